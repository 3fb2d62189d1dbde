#pragma once

#include "protocol/ProtocolInput.h"

#include <QString>

namespace hattama {
struct HearingRecord;
}

namespace hattama::protocol {

// The protocol's input from a hearing as stored in the database. Wall times are shown in
// court time (UTC+05:00, the single time zone of Kazakhstan). manifestHeadHash identifies the
// recording (the last hash of the media manifest); empty when the hearing has no recording.
ProtocolInput protocolInputFromHearing(const HearingRecord &record, const QString &manifestHeadHash);

// The last hash of the media manifest in hearingDir (manifest.jsonl): the recording's
// identification. Empty when the hearing has no recording. Only reads the file.
QString manifestHeadHash(const QString &hearingDir);

} // namespace hattama::protocol
