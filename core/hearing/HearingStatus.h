#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace hattama {

// scheduled → live ⇄ recess → ended → protocol_draft → signed → issued.
enum class HearingStatus { Scheduled, Live, Recess, Ended, ProtocolDraft, Signed, Issued };

QString statusId(HearingStatus status); // "scheduled", "live", "recess", "ended", "protocol_draft", "signed", "issued"
std::optional<HearingStatus> statusFromId(const QString &id);

// The transitions the status machine allows (docs/storage.md).
bool canTransition(HearingStatus from, HearingStatus to);
QList<HearingStatus> nextStatuses(HearingStatus from);

} // namespace hattama
