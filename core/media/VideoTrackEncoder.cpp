#include "media/VideoTrackEncoder.h"

namespace hattama {

Result<std::unique_ptr<VideoTrackEncoder>> VideoTrackEncoder::create(const VideoEncoding &encoding)
{
    const AVCodec *codec = avcodec_find_encoder_by_name("libx264");
    if (!codec)
        return Error::of(ErrorCode::FfmpegComponentMissing, { QStringLiteral("libx264") });
    std::unique_ptr<VideoTrackEncoder> encoder(new VideoTrackEncoder);
    encoder->m_ctx.reset(avcodec_alloc_context3(codec));
    AVCodecContext *ctx = encoder->m_ctx.get();
    ctx->width = encoding.widthPx;
    ctx->height = encoding.heightPx;
    ctx->pix_fmt = AV_PIX_FMT_YUV420P;
    ctx->time_base = AVRational { 1, encoding.frameRate };
    ctx->framerate = AVRational { encoding.frameRate, 1 };
    ctx->gop_size = encoding.frameRate * encoding.keyframeSeconds;
    ctx->thread_count = encoding.threads;
    ctx->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    AVDictionary *options = nullptr;
    const QByteArray preset = encoding.preset.toUtf8();
    av_dict_set(&options, "preset", preset.constData(), 0);
    av_dict_set(&options, "crf", QByteArray::number(encoding.crf).constData(), 0);
    av_dict_set(&options, "forced-idr", "1", 0);
    // Short lookahead keeps the packets close behind the pictures: little is lost on a crash.
    av_dict_set(&options, "x264-params", "rc-lookahead=10:sync-lookahead=0", 0);
    const int rc = avcodec_open2(ctx, codec, &options);
    av_dict_free(&options);
    if (rc < 0)
        return Error::of(ErrorCode::EncoderStartFailed,
            { QStringLiteral("H.264"),
                QStringLiteral("%1x%2, %3 fps, preset %4: %5")
                    .arg(encoding.widthPx)
                    .arg(encoding.heightPx)
                    .arg(encoding.frameRate)
                    .arg(encoding.preset, ff::errorText(rc)) });
    encoder->m_packet.reset(av_packet_alloc());
    return encoder;
}

void VideoTrackEncoder::encode(const AVFrame *picture, qint64 pts, bool keyframe, const PacketSink &sink)
{
    ff::FramePtr frame = ff::cloneFrame(picture);
    if (!frame)
        return;
    frame->pts = pts;
    // Pictures from rawvideo carry pict_type=I; libx264 would make each one an IDR. With
    // forced-idr, pict_type I makes an IDR (closed GOP) where a segment starts.
    frame->pict_type = keyframe ? AV_PICTURE_TYPE_I : AV_PICTURE_TYPE_NONE;
    if (avcodec_send_frame(m_ctx.get(), frame.get()) >= 0)
        drain(sink);
}

void VideoTrackEncoder::drain(const PacketSink &sink)
{
    while (avcodec_receive_packet(m_ctx.get(), m_packet.get()) == 0) {
        sink(m_packet.get());
        av_packet_unref(m_packet.get());
    }
}

void VideoTrackEncoder::finish(const PacketSink &sink)
{
    if (avcodec_send_frame(m_ctx.get(), nullptr) >= 0)
        drain(sink);
}

} // namespace hattama
