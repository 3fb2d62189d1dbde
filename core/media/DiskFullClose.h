#pragma once

#include "util/Result.h"

#include <QString>

#include <functional>

namespace hattama {

class SegmentManifest;

// Closing a recording the disk filled up: the segments of the failing part that the manifest
// does not list yet were cut short by the error. Each is closed as far as it got
// (HearingRecovery::salvageSegment) and listed, so the recording verifies in place.
namespace DiskFullClose {

// part: the failing part's number; partStartMs: where it starts on the hearing clock.
// onClosed is called for every segment closed, with where it now ends on the hearing clock.
Status closeCutOffSegments(SegmentManifest &manifest, const QString &hearingDir, int part, qint64 partStartMs,
    const std::function<void(qint64 endMs)> &onClosed);

} // namespace DiskFullClose
} // namespace hattama
