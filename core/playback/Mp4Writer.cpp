#include "playback/Mp4Writer.h"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

#include <QDir>
#include <QFile>

#include <algorithm>

namespace hattama {

void Mp4Writer::OutputDeleter::operator()(AVFormatContext *ctx) const
{
    if (ctx && !(ctx->oformat->flags & AVFMT_NOFILE))
        avio_closep(&ctx->pb);
    avformat_free_context(ctx);
}

Mp4Writer::Mp4Writer(QString finalPath)
    : m_path(std::move(finalPath))
{
}

Mp4Writer::~Mp4Writer()
{
    sws_freeContext(m_scaler);
}

Error Mp4Writer::fail(const QString &detail) const
{
    return Error::of(ErrorCode::ClipWriteFailed, { QDir::toNativeSeparators(m_path), detail });
}

Error Mp4Writer::fail(int code) const
{
    return fail(ff::errorText(code));
}

Status Mp4Writer::open(const QString &tempPath, const Mp4Settings &settings)
{
    AVFormatContext *raw = nullptr;
    int result = avformat_alloc_output_context2(&raw, nullptr, "mp4", QFile::encodeName(tempPath).constData());
    if (result < 0)
        return fail(result);
    m_output.reset(raw);

    const AVCodec *h264 = avcodec_find_encoder_by_name("libx264");
    if (!h264)
        h264 = avcodec_find_encoder(AV_CODEC_ID_H264);
    if (!h264)
        return fail(QStringLiteral("no H.264 encoder"));
    m_video.codec.reset(avcodec_alloc_context3(h264));
    AVCodecContext *video = m_video.codec.get();
    video->width = settings.size.width();
    video->height = settings.size.height();
    video->pix_fmt = AV_PIX_FMT_YUV420P;
    video->time_base = AVRational { 1, settings.frameRate };
    video->framerate = AVRational { settings.frameRate, 1 };
    video->gop_size = settings.frameRate * settings.keyFrameSeconds;
    video->max_b_frames = 0;
    video->thread_count = 2;
    if (settings.maxVideoKbps > 0) {
        video->rc_max_rate = settings.maxVideoKbps * 1000LL;
        video->rc_buffer_size = settings.maxVideoKbps * 2000;
    }
    if (m_output->oformat->flags & AVFMT_GLOBALHEADER)
        video->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    av_opt_set(video->priv_data, "preset", settings.preset.toUtf8().constData(), 0);
    av_opt_set(video->priv_data, "crf", QByteArray::number(settings.crf).constData(), 0);
    av_opt_set(video->priv_data, "profile", "main", 0);
    if ((result = avcodec_open2(video, h264, nullptr)) < 0)
        return fail(result);
    m_video.stream = avformat_new_stream(m_output.get(), nullptr);
    avcodec_parameters_from_context(m_video.stream->codecpar, video);
    m_video.stream->time_base = video->time_base;

    const AVCodec *aac = avcodec_find_encoder(AV_CODEC_ID_AAC);
    if (!aac)
        return fail(QStringLiteral("no AAC encoder"));
    m_audio.codec.reset(avcodec_alloc_context3(aac));
    AVCodecContext *audio = m_audio.codec.get();
    audio->sample_rate = settings.sampleRateHz;
    audio->sample_fmt = AV_SAMPLE_FMT_FLTP;
    av_channel_layout_default(&audio->ch_layout, 1);
    audio->bit_rate = settings.audioKbps * 1000LL;
    audio->time_base = AVRational { 1, settings.sampleRateHz };
    if (m_output->oformat->flags & AVFMT_GLOBALHEADER)
        audio->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    if ((result = avcodec_open2(audio, aac, nullptr)) < 0)
        return fail(result);
    m_audio.stream = avformat_new_stream(m_output.get(), nullptr);
    avcodec_parameters_from_context(m_audio.stream->codecpar, audio);
    m_audio.stream->time_base = audio->time_base;

    if ((result = avio_open(&m_output->pb, QFile::encodeName(tempPath).constData(), AVIO_FLAG_WRITE)) < 0)
        return fail(result);
    AVDictionary *options = nullptr;
    av_dict_set(&options, "movflags", "+faststart", 0);
    result = avformat_write_header(m_output.get(), &options);
    av_dict_free(&options);
    if (result < 0)
        return fail(result);
    m_packet.reset(av_packet_alloc());
    return {};
}

Result<ff::FramePtr> Mp4Writer::newFrame() const
{
    ff::FramePtr frame(av_frame_alloc());
    frame->format = AV_PIX_FMT_YUV420P;
    frame->width = m_video.codec->width;
    frame->height = m_video.codec->height;
    if (const int result = av_frame_get_buffer(frame.get(), 0); result < 0)
        return fail(result);
    return frame;
}

Status Mp4Writer::writeFrame(AVFrame *frame, qint64 index)
{
    frame->pts = index;
    return encode(m_video, frame);
}

Status Mp4Writer::writePicture(const QImage &image, qint64 index)
{
    auto frame = newFrame();
    if (!frame)
        return frame.error();
    AVCodecContext *video = m_video.codec.get();
    m_scaler = sws_getCachedContext(m_scaler, image.width(), image.height(), AV_PIX_FMT_BGRA, video->width,
        video->height, AV_PIX_FMT_YUV420P, SWS_BILINEAR, nullptr, nullptr, nullptr);
    const uint8_t *planes[] = { image.constBits() };
    const int strides[] = { static_cast<int>(image.bytesPerLine()) };
    sws_scale(m_scaler, planes, strides, 0, image.height(), (*frame)->data, (*frame)->linesize);
    return writeFrame(frame->get(), index);
}

Status Mp4Writer::writeAudio(const float *samples, std::size_t count)
{
    m_pendingAudio.insert(m_pendingAudio.end(), samples, samples + count);
    return flushAudio(false);
}

Status Mp4Writer::finish(const QString &tempPath)
{
    if (const Status flushed = flushAudio(true); !flushed)
        return flushed;
    if (const Status video = encode(m_video, nullptr); !video)
        return video;
    if (const Status audio = encode(m_audio, nullptr); !audio)
        return audio;
    if (const int result = av_write_trailer(m_output.get()); result < 0)
        return fail(result);
    m_output.reset();
    if (QFile::exists(m_path) && !QFile::remove(m_path))
        return fail(QStringLiteral("cannot replace the existing file"));
    if (!QFile::rename(tempPath, m_path))
        return fail(QStringLiteral("cannot rename the finished file into place"));
    return {};
}

Status Mp4Writer::flushAudio(bool last)
{
    AVCodecContext *audio = m_audio.codec.get();
    const auto frameSize = static_cast<std::size_t>(audio->frame_size > 0 ? audio->frame_size : 1024);
    std::size_t used = 0;
    while (m_pendingAudio.size() - used >= frameSize || (last && used < m_pendingAudio.size())) {
        const std::size_t count = std::min(frameSize, m_pendingAudio.size() - used);
        ff::FramePtr frame(av_frame_alloc());
        frame->format = AV_SAMPLE_FMT_FLTP;
        frame->sample_rate = audio->sample_rate;
        av_channel_layout_default(&frame->ch_layout, 1);
        frame->nb_samples = static_cast<int>(count);
        if (const int result = av_frame_get_buffer(frame.get(), 0); result < 0)
            return fail(result);
        std::copy_n(m_pendingAudio.begin() + static_cast<std::ptrdiff_t>(used), count,
            reinterpret_cast<float *>(frame->data[0]));
        frame->pts = m_audioSamples;
        m_audioSamples += static_cast<qint64>(count);
        used += count;
        if (const Status encoded = encode(m_audio, frame.get()); !encoded)
            return encoded;
    }
    m_pendingAudio.erase(m_pendingAudio.begin(), m_pendingAudio.begin() + static_cast<std::ptrdiff_t>(used));
    return {};
}

Status Mp4Writer::encode(Encoder &encoder, AVFrame *frame)
{
    int result = avcodec_send_frame(encoder.codec.get(), frame);
    if (result < 0 && result != AVERROR_EOF)
        return fail(result);
    while ((result = avcodec_receive_packet(encoder.codec.get(), m_packet.get())) == 0) {
        // A picture lasts one frame; without it the MP4's edit list leaves out the last one.
        if (m_packet->duration <= 0 && encoder.codec->codec_type == AVMEDIA_TYPE_VIDEO)
            m_packet->duration = 1;
        av_packet_rescale_ts(m_packet.get(), encoder.codec->time_base, encoder.stream->time_base);
        m_packet->stream_index = encoder.stream->index;
        if ((result = av_interleaved_write_frame(m_output.get(), m_packet.get())) < 0)
            return fail(result);
    }
    if (result != AVERROR(EAGAIN) && result != AVERROR_EOF)
        return fail(result);
    return {};
}

} // namespace hattama
