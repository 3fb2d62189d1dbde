#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

namespace hattama {

// One stream of a media file as libavformat sees it.
struct MediaTrack {
    QString type; // "audio", "video", "subtitle", "data"
    QString codec; // e.g. "opus", "h264"
    QString title; // Matroska track title, e.g. "mic 1 (judge)"
    QString language;
    int channels = 0;
    int sampleRateHz = 0;
    int width = 0;
    int height = 0;

    bool sameShape(const MediaTrack &other) const
    {
        return type == other.type && codec == other.codec && title == other.title;
    }
};

struct MediaInfo {
    QString formatName;
    qint64 durationMs = 0;
    QList<MediaTrack> tracks;
    qint64 packetCount = 0; // only when the packets were scanned
};

// Reads a media file's container header (libavformat) without decoding.
class MediaProbe {
public:
    // scanPackets: read every packet and take the duration from the timestamps (for files
    // whose header carries none, e.g. a segment cut off by a crash).
    static Result<MediaInfo> probe(const QString &path, bool scanPackets = false);
};

} // namespace hattama
