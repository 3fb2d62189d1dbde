#pragma once

#include "media/AudioTrackEncoder.h"
#include "capture/FfmpegPtr.h"
#include "util/Result.h"

#include <QString>

#include <memory>

namespace hattama {

struct VideoEncoding {
    int widthPx = 1280;
    int heightPx = 720;
    int frameRate = 25;
    QString preset = QStringLiteral("superfast"); // 4 × 720p25 in ≈ 0.8 core; veryfast ≈ 1.1 core
    int crf = 26;
    int threads = 1; // x264 threads per camera (cameras already run in parallel)
    int keyframeSeconds = 2; // plus one at every segment start
};

// One camera track: YUV420P frames in, H.264 (libx264) packets out; pts in frames. One encoder
// runs through a whole part; an IDR frame (closed GOP) starts every segment, so the packets
// split into self-contained segments by their pts.
class VideoTrackEncoder {
public:
    static Result<std::unique_ptr<VideoTrackEncoder>> create(const VideoEncoding &encoding);

    const AVCodecContext *context() const { return m_ctx.get(); }
    void encode(const AVFrame *picture, qint64 pts, bool keyframe, const PacketSink &sink);
    void finish(const PacketSink &sink);

private:
    VideoTrackEncoder() = default;
    void drain(const PacketSink &sink);

    ff::CodecContextPtr m_ctx;
    ff::PacketPtr m_packet;
};

} // namespace hattama
