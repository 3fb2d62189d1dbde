#pragma once

#include "protocol/ProtocolInput.h"
#include "protocol/RecordingSummary.h"

#include <QString>

namespace hattama {
struct HearingRecord;
}

namespace hattama::protocol {

// The protocol's input from a hearing as stored in the database. Wall times are shown in
// court time (UTC+05:00, the single time zone of Kazakhstan). recording is what the hearing
// folder's manifest lists (RecordingSummary::read(hearingDir)): the protocol's line about the
// recording (parts, duration, manifest head hash) is derived from it; a summary without
// segments gives the "not recorded" line.
ProtocolInput protocolInputFromHearing(const HearingRecord &record, const RecordingSummary &recording);

} // namespace hattama::protocol
