#pragma once

#include "util/Result.h"

#include <QString>

namespace hattama {

struct RemuxResult {
    qint64 packetsCopied = 0;
    qint64 packetsDropped = 0; // corrupt, or timestamps going back
    int streams = 0;
};

// Copies what is readable of a (possibly cut-off) media file into a new, properly closed
// Matroska file: every stream, stream copy (no re-encoding), titles and languages kept,
// timestamps unchanged. Fails when not even the header or a single packet can be read.
class SegmentRemuxer {
public:
    static Result<RemuxResult> remux(const QString &inputPath, const QString &outputPath);
};

} // namespace hattama
