#pragma once

#include "util/Result.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <atomic>
#include <functional>

namespace hattama::copy {

// The compact profile's program video (docs/party-copy.md, "The compact profile"): one MP4
// that follows the active speaker — the camera of the microphone with voice activity, held
// for a minimum time; a grid of the cameras when no one speaks — H.264 + AAC (the mix of all
// microphones), +faststart, about 0.2 GB per hour.
struct CompactRequest {
    QString hearingFolder; // a stopped, verified hearing folder
    QList<QPair<qint64, qint64>> excludedMs; // hearing-time ranges [from, to) to leave out
    QString outputFile; // the .mp4 to write
    int width = 640;
    int height = 360;
    // The stretch of the hearing clock to write, [fromMs, toMs); toMs -1: to the end. A
    // recess inside it is left out, as the player does.
    qint64 fromMs = 0;
    qint64 toMs = -1;
    // Microphone channel → camera, both 1-based. Empty: each microphone's "camera" in
    // recording.json. A microphone with no camera (or one the hearing does not have) shows
    // the grid while it speaks.
    QMap<int, int> cameraOfChannel;
    int minHoldMs = 3000; // a view is kept at least this long
    int hangoverMs = 600; // a microphone counts as speaking this long after its level falls
    double speechLevelDbfs = -40.0; // RMS level over one frame above which a microphone speaks
};

struct CompactReport {
    qint64 durationMs = 0;
    qint64 bytes = 0;
};

// Writes the program to request.outputFile + ".part" and renames it when complete; a failure
// or a cancel removes it (CopyCancelled). progress gets 0…1 (may be empty); cancel may be
// null. The pictures and sound held do not grow with the hearing's length (the MP4 index
// does, until the end). Synchronous: run it on a worker thread; progress is called on it.
Result<CompactReport> writeCompactProgram(const CompactRequest &request,
    const std::function<void(double fraction)> &progress, const std::atomic_bool *cancel);

} // namespace hattama::copy
