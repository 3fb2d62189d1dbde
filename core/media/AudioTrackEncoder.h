#pragma once

#include "capture/FfmpegPtr.h"
#include "util/Result.h"

#include <functional>
#include <memory>
#include <vector>

namespace hattama {

enum class AudioCodec { Opus, Flac };

struct AudioEncoding {
    AudioCodec codec = AudioCodec::Opus;
    int bitrateBps = 48'000; // Opus only
    int sampleRateHz = 48'000;
};

using PacketSink = std::function<void(AVPacket *)>;

class AudioTrackEncoder;
// Makes the encoder of one track for one segment. The default is AudioTrackEncoder::create;
// tests pass one that fails to see how a part ends when an encoder cannot start.
using AudioEncoderFactory = std::function<Result<std::unique_ptr<AudioTrackEncoder>>(const AudioEncoding &)>;

// One mono microphone track: float samples in, Opus or FLAC packets out (pts in samples from
// the start of the encoder, i.e. of the segment).
class AudioTrackEncoder {
public:
    static Result<std::unique_ptr<AudioTrackEncoder>> create(const AudioEncoding &encoding);

    const AVCodecContext *context() const { return m_ctx.get(); }
    void push(const float *mono, std::size_t count, const PacketSink &sink);
    // Encodes what is left and drains the encoder.
    void finish(const PacketSink &sink);

private:
    AudioTrackEncoder() = default;
    void encodeFrame(const float *samples, int count, const PacketSink &sink);
    void drain(const PacketSink &sink);

    ff::CodecContextPtr m_ctx;
    ff::FramePtr m_frame;
    ff::PacketPtr m_packet;
    std::vector<float> m_pending;
    int m_frameSize = 960;
    qint64 m_nextPts = 0;
};

} // namespace hattama
