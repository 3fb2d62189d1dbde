#pragma once

#include "workspace/WorkspaceModels.h"

#include <QVector>

namespace hattama::ui {

// Texts that go into the hearing's record, in the protocol language (ru or kk) — data, not
// interface strings: they never change when the interface language is switched.
// The standard procedural events below are the defaults until the protocol templates
// (resources/) provide the court's own list.
class ProtocolPhrases {
public:
    static QVector<EventTemplate> standardEvents(const QString &language);
    static QString entryKindText(EntryKind kind, const QString &language);
};

} // namespace hattama::ui
