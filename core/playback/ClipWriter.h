#pragma once

#include "playback/HearingTimeline.h"
#include "playback/MixSettings.h"

#include <QSize>
#include <QString>

namespace hattama {

// A passage of a hearing as one MP4 file that plays anywhere: H.264 (yuv420p) and AAC (mono,
// 48 kHz), the index at the front (+faststart). One camera, or every camera in a grid; the
// microphones mixed as asked. A recess inside the passage is left out, as the player does.
struct ClipRequest {
    qint64 fromHearingMs = 0;
    qint64 toHearingMs = 0;
    int camera = 1; // 1-based; 0: every camera in a grid
    MixSettings mix;
    QString outputPath;
    QSize size; // of the picture; invalid: the camera's (the grid: camera 1's)
};

class ClipWriter {
public:
    explicit ClipWriter(HearingTimeline timeline);

    // Written to a temporary file beside the output and renamed into place when complete,
    // so the output is whole or not there. Checks the request first (times, camera).
    Status write(const ClipRequest &request) const;
    // The request's problems, if any: a time outside the recording (usage), an empty passage,
    // a camera or microphone the hearing does not have.
    Status check(const ClipRequest &request) const;

private:
    HearingTimeline m_timeline;
};

} // namespace hattama
