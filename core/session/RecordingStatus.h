#pragma once

#include "capture/CameraSource.h"
#include "capture/LevelMeter.h"
#include "hearing/RecordingStopReason.h"
#include "media/Recorder.h"
#include "util/Result.h"

#include <QMetaType>

#include <optional>
#include <vector>

namespace hattama {

// A snapshot of a RecordingSession for the status line and the workspace: one plain struct,
// taken after every service step of the session (RecordingSession::status()).
struct RecordingStatus {
    RecorderState state = RecorderState::Idle;
    bool monitoring = false; // the devices run without recording (before Record)
    qint64 hearingTimeMs = 0; // the one hearing clock, from the first Record
    // Per recorded channel. While the sound is lost every channel shows noSignal.
    std::vector<ChannelLevel> levels;
    std::vector<CameraHealth> cameras;
    qint64 overruns = 0; // audio ring overruns and device overflows
    qint64 droppedFrames = 0; // over all cameras
    double diskHoursLeft = -1.0; // < 0: unknown
    qint64 diskFreeBytes = -1; // < 0: unknown
    bool diskWarning = false; // fewer than DiskPolicy::warnBelowHours of recording fit
    bool audioLost = false; // the audio input stopped; the cameras go on, it is retried
    RecordingStopReason stopReason = RecordingStopReason::None;
    std::optional<Error> stopError; // with DiskFull and Failed: what to tell the user
    RecorderStatus recorder; // the engine's own snapshot (parts, segments, per-camera counts)
};

} // namespace hattama

Q_DECLARE_METATYPE(hattama::RecordingStopReason)
