#pragma once

#include "util/Result.h"

#include <QList>
#include <QPair>
#include <QString>

#include <atomic>
#include <functional>

namespace hattama::copy {

// The compact profile's program video (docs/party-copy.md): one MP4 per part that follows the
// active speaker, at 640×360, so a long hearing fits a CD.
struct CompactRequest {
    QString hearingFolder; // a stopped, verified hearing folder
    QList<QPair<qint64, qint64>> excludedMs; // hearing-time ranges [from, to) to leave out
    QString outputFile; // the .mp4 to write
    int width = 640;
    int height = 360;
};

struct CompactReport {
    qint64 durationMs = 0;
    qint64 bytes = 0;
};

Result<CompactReport> writeCompactProgram(const CompactRequest &request,
    const std::function<void(double fraction)> &progress, const std::atomic_bool *cancel);

} // namespace hattama::copy
