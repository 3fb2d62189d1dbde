#include "media/AudioTrackEncoder.h"

#include <algorithm>
#include <cmath>

namespace hattama {

Result<std::unique_ptr<AudioTrackEncoder>> AudioTrackEncoder::create(const AudioEncoding &encoding)
{
    const bool flac = encoding.codec == AudioCodec::Flac;
    const AVCodec *codec = flac ? avcodec_find_encoder(AV_CODEC_ID_FLAC) : avcodec_find_encoder_by_name("libopus");
    if (!codec)
        return Error::of(
            ErrorCode::FfmpegComponentMissing, { flac ? QStringLiteral("flac") : QStringLiteral("libopus") });
    std::unique_ptr<AudioTrackEncoder> encoder(new AudioTrackEncoder);
    encoder->m_ctx.reset(avcodec_alloc_context3(codec));
    AVCodecContext *ctx = encoder->m_ctx.get();
    ctx->sample_rate = encoding.sampleRateHz;
    av_channel_layout_default(&ctx->ch_layout, 1);
    ctx->time_base = AVRational { 1, encoding.sampleRateHz };
    ctx->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    AVDictionary *options = nullptr;
    if (flac) {
        ctx->sample_fmt = AV_SAMPLE_FMT_S32;
        ctx->bits_per_raw_sample = 24;
        ctx->frame_size = 4800; // 100 ms
        av_dict_set(&options, "compression_level", "5", 0);
    } else {
        ctx->sample_fmt = AV_SAMPLE_FMT_FLT;
        ctx->bit_rate = encoding.bitrateBps;
        av_dict_set(&options, "application", "voip", 0);
        av_dict_set(&options, "frame_duration", "20", 0);
        av_dict_set(&options, "vbr", "on", 0);
    }
    const int rc = avcodec_open2(ctx, codec, &options);
    av_dict_free(&options);
    if (rc < 0)
        return Error::of(ErrorCode::EncoderStartFailed,
            { flac ? QStringLiteral("FLAC") : QStringLiteral("Opus"), ff::errorText(rc) });
    encoder->m_frameSize = ctx->frame_size > 0 ? ctx->frame_size : 960;
    encoder->m_frame.reset(av_frame_alloc());
    encoder->m_packet.reset(av_packet_alloc());
    encoder->m_pending.reserve(static_cast<std::size_t>(encoder->m_frameSize) * 2);
    return encoder;
}

void AudioTrackEncoder::push(const float *mono, std::size_t count, const PacketSink &sink)
{
    const std::size_t frameSize = static_cast<std::size_t>(m_frameSize);
    while (count > 0) {
        if (m_pending.empty() && count >= frameSize) {
            encodeFrame(mono, m_frameSize, sink);
            mono += frameSize;
            count -= frameSize;
            continue;
        }
        const std::size_t take = std::min(count, frameSize - m_pending.size());
        m_pending.insert(m_pending.end(), mono, mono + take);
        mono += take;
        count -= take;
        if (m_pending.size() == frameSize) {
            encodeFrame(m_pending.data(), m_frameSize, sink);
            m_pending.clear();
        }
    }
}

void AudioTrackEncoder::encodeFrame(const float *samples, int count, const PacketSink &sink)
{
    AVFrame *frame = m_frame.get();
    av_frame_unref(frame);
    frame->nb_samples = count;
    frame->format = m_ctx->sample_fmt;
    av_channel_layout_copy(&frame->ch_layout, &m_ctx->ch_layout);
    frame->sample_rate = m_ctx->sample_rate;
    if (av_frame_get_buffer(frame, 0) < 0)
        return;
    if (m_ctx->sample_fmt == AV_SAMPLE_FMT_S32) {
        auto *out = reinterpret_cast<int32_t *>(frame->data[0]);
        for (int i = 0; i < count; ++i) {
            const double scaled = std::round(std::clamp(static_cast<double>(samples[i]), -1.0, 1.0) * 2147483648.0);
            out[i] = static_cast<int32_t>(std::clamp(scaled, -2147483648.0, 2147483647.0));
        }
    } else {
        std::copy(samples, samples + count, reinterpret_cast<float *>(frame->data[0]));
    }
    frame->pts = m_nextPts;
    m_nextPts += count;
    if (avcodec_send_frame(m_ctx.get(), frame) >= 0)
        drain(sink);
}

void AudioTrackEncoder::drain(const PacketSink &sink)
{
    while (avcodec_receive_packet(m_ctx.get(), m_packet.get()) == 0) {
        sink(m_packet.get());
        av_packet_unref(m_packet.get());
    }
}

void AudioTrackEncoder::finish(const PacketSink &sink)
{
    if (!m_pending.empty()) {
        encodeFrame(m_pending.data(), static_cast<int>(m_pending.size()), sink);
        m_pending.clear();
    }
    if (avcodec_send_frame(m_ctx.get(), nullptr) >= 0)
        drain(sink);
}

} // namespace hattama
