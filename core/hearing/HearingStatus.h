#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace hattama {

// scheduled → live (recording) ⇄ recess → ended → protocol_draft → signed → issued → archived.
// The ids are stored in the database and in hearing JSON; docs/hearing-states.md shows the
// machine, and session/HearingWorkflow is the one place that moves a hearing along it.
enum class HearingStatus { Scheduled, Live, Recess, Ended, ProtocolDraft, Signed, Issued, Archived };

// "scheduled", "live", "recess", "ended", "protocol_draft", "signed", "issued", "archived"
QString statusId(HearingStatus status);
std::optional<HearingStatus> statusFromId(const QString &id);

// The transitions the status machine allows (docs/hearing-states.md).
bool canTransition(HearingStatus from, HearingStatus to);
QList<HearingStatus> nextStatuses(HearingStatus from);

} // namespace hattama
