#pragma once

#include "hearing/HearingModel.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace hattama {

// A standard procedural event the secretary enters with one key (slot 1..12 → F1..F12;
// more slots may carry other key sequences). Per case category and protocol language.
struct EventTemplate {
    qint64 id = 0;
    CaseCategory category = CaseCategory::Civil;
    QString language; // "ru" | "kk"
    int slot = 0;
    QString hotkey; // QKeySequence text, e.g. "F1"
    EntryKind kind = EntryKind::ProceduralEvent;
    QString text;

    // The shipped defaults: resource :/templates/event-templates.json (in hattama_resources).
    static constexpr const char *kDefaultsResource = ":/templates/event-templates.json";
    static Result<QList<EventTemplate>> parse(const QByteArray &json);
    static Result<QList<EventTemplate>> shippedDefaults();
};

} // namespace hattama
