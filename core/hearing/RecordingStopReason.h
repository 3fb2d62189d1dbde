#pragma once

#include <QString>

#include <optional>

namespace hattama {

// Why a recording stopped: one vocabulary for the recording session (which stops it), the
// hearing workflow (which writes it to the timeline) and the protocol (which states it).
// Ids are stored in the audit log.
enum class RecordingStopReason {
    None, // not stopped (yet)
    Requested, // the secretary pressed Stop (or closed the hearing, or Ctrl+C)
    DiskFull, // the disk policy stopped it cleanly before the disk was full
    PartLimit, // the configured part length (--duration) was reached
    Failed, // writing or a device failed; the error says what
    CutOff, // the program or the computer stopped; found at the next start
};

// "none", "requested", "disk_full", "part_limit", "failure", "cut_off"
QString stopReasonId(RecordingStopReason reason);
std::optional<RecordingStopReason> stopReasonFromId(const QString &id);

} // namespace hattama
