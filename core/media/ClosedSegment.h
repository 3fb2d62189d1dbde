#pragma once

#include "util/Result.h"

#include <QString>

#include <functional>

namespace hattama {

// A segment file that has been finished, closed and fsynced.
struct ClosedSegment {
    QString hearingDir;
    QString relativePath; // "media/part-01/seg-00001.mkv"
    int part = 1; // 1-based
    int index = 1; // 1-based within the part
    qint64 startMs = 0; // on the hearing clock
    qint64 durationMs = 0;
    bool complete = true; // false: cut short by a write error (disk full); not for the manifest
};

// Called on the writer's closing thread after each segment is closed and fsynced; the record
// command wires it to the hash-chained manifest.
using SegmentClosedHandler = std::function<Status(const ClosedSegment &)>;

} // namespace hattama
