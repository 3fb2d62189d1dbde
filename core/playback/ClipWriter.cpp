#include "playback/ClipWriter.h"

#include "capture/FfmpegPtr.h"
#include "playback/CameraReader.h"
#include "playback/MicrophoneReader.h"
#include "playback/PlaybackTime.h"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

#include <QDir>
#include <QFile>
#include <QPainter>

#include <cmath>

namespace hattama {

namespace {

struct OutputDeleter {
    void operator()(AVFormatContext *ctx) const
    {
        if (ctx && !(ctx->oformat->flags & AVFMT_NOFILE))
            avio_closep(&ctx->pb);
        avformat_free_context(ctx);
    }
};
using OutputPtr = std::unique_ptr<AVFormatContext, OutputDeleter>;

struct Encoder {
    ff::CodecContextPtr codec;
    AVStream *stream = nullptr;
};

class Clip {
public:
    Clip(const QString &path)
        : m_path(path)
    {
    }
    Error fail(const QString &detail) const
    {
        return Error::of(ErrorCode::ClipWriteFailed, { QDir::toNativeSeparators(m_path), detail });
    }
    Error fail(int code) const { return fail(ff::errorText(code)); }

    Status open(const QString &tempPath, QSize size, int frameRate, int sampleRateHz)
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
        video->width = size.width();
        video->height = size.height();
        video->pix_fmt = AV_PIX_FMT_YUV420P;
        video->time_base = AVRational { 1, frameRate };
        video->framerate = AVRational { frameRate, 1 };
        video->gop_size = frameRate * 2;
        video->max_b_frames = 0;
        video->thread_count = 2;
        if (m_output->oformat->flags & AVFMT_GLOBALHEADER)
            video->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
        av_opt_set(video->priv_data, "preset", "veryfast", 0);
        av_opt_set(video->priv_data, "crf", "23", 0);
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
        audio->sample_rate = sampleRateHz;
        audio->sample_fmt = AV_SAMPLE_FMT_FLTP;
        av_channel_layout_default(&audio->ch_layout, 1);
        audio->bit_rate = 96'000;
        audio->time_base = AVRational { 1, sampleRateHz };
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
        m_frame.reset(av_frame_alloc());
        m_packet.reset(av_packet_alloc());
        return {};
    }

    Status writePicture(const QImage &image, qint64 index)
    {
        AVCodecContext *video = m_video.codec.get();
        ff::FramePtr frame(av_frame_alloc());
        frame->format = AV_PIX_FMT_YUV420P;
        frame->width = video->width;
        frame->height = video->height;
        if (const int result = av_frame_get_buffer(frame.get(), 0); result < 0)
            return fail(result);
        m_scaler = sws_getCachedContext(m_scaler, image.width(), image.height(), AV_PIX_FMT_BGRA, video->width,
            video->height, AV_PIX_FMT_YUV420P, SWS_BILINEAR, nullptr, nullptr, nullptr);
        const uint8_t *planes[] = { image.constBits() };
        const int strides[] = { static_cast<int>(image.bytesPerLine()) };
        sws_scale(m_scaler, planes, strides, 0, image.height(), frame->data, frame->linesize);
        frame->pts = index;
        return encode(m_video, frame.get());
    }

    Status writeAudio(const std::vector<float> &samples)
    {
        m_pendingAudio.insert(m_pendingAudio.end(), samples.begin(), samples.end());
        return flushAudio(false);
    }

    Status finish(const QString &tempPath, const QString &finalPath)
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
        if (QFile::exists(finalPath) && !QFile::remove(finalPath))
            return fail(QStringLiteral("cannot replace the existing file"));
        if (!QFile::rename(tempPath, finalPath))
            return fail(QStringLiteral("cannot rename the finished file into place"));
        return {};
    }

    ~Clip() { sws_freeContext(m_scaler); }

private:
    Status flushAudio(bool last)
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

    Status encode(Encoder &encoder, AVFrame *frame)
    {
        int result = avcodec_send_frame(encoder.codec.get(), frame);
        if (result < 0 && result != AVERROR_EOF)
            return fail(result);
        while ((result = avcodec_receive_packet(encoder.codec.get(), m_packet.get())) == 0) {
            av_packet_rescale_ts(m_packet.get(), encoder.codec->time_base, encoder.stream->time_base);
            m_packet->stream_index = encoder.stream->index;
            if ((result = av_interleaved_write_frame(m_output.get(), m_packet.get())) < 0)
                return fail(result);
        }
        if (result != AVERROR(EAGAIN) && result != AVERROR_EOF)
            return fail(result);
        return {};
    }

    QString m_path;
    OutputPtr m_output;
    Encoder m_video;
    Encoder m_audio;
    ff::FramePtr m_frame;
    ff::PacketPtr m_packet;
    SwsContext *m_scaler = nullptr;
    std::vector<float> m_pendingAudio;
    qint64 m_audioSamples = 0;
};

QSize evenSize(QSize size)
{
    return QSize(std::max(2, size.width() & ~1), std::max(2, size.height() & ~1));
}

} // namespace

ClipWriter::ClipWriter(HearingTimeline timeline)
    : m_timeline(std::move(timeline))
{
}

Status ClipWriter::check(const ClipRequest &request) const
{
    const QString range0 = formatHearingTime(m_timeline.startMs(), true);
    const QString range1 = formatHearingTime(m_timeline.endMs(), true);
    for (const qint64 at : { request.fromHearingMs, request.toHearingMs }) {
        if (at < m_timeline.startMs() || at > m_timeline.endMs())
            return Error::of(ErrorCode::PlaybackTimeOutside, { formatHearingTime(at, true), range0, range1 });
    }
    if (m_timeline.playTimeOf(request.toHearingMs) <= m_timeline.playTimeOf(request.fromHearingMs))
        return Error::of(ErrorCode::ClipEmptyRange,
            { formatHearingTime(request.fromHearingMs, true), formatHearingTime(request.toHearingMs, true) });
    const int cameras = static_cast<int>(m_timeline.cameras().size());
    if (request.camera < 0 || request.camera > cameras || cameras == 0)
        return Error::of(ErrorCode::PlaybackCameraUnknown, { QString::number(request.camera), QString::number(cameras) });
    const int microphones = static_cast<int>(m_timeline.microphones().size());
    for (const QList<int> &list : { request.mix.solo, request.mix.muted }) {
        for (int microphone : list) {
            if (microphone < 1 || microphone > microphones)
                return Error::of(ErrorCode::PlaybackMicrophoneUnknown,
                    { QString::number(microphone), QString::number(microphones) });
        }
    }
    return {};
}

Status ClipWriter::write(const ClipRequest &request) const
{
    if (const Status checked = check(request); !checked)
        return checked;
    QList<int> cameras;
    if (request.camera == 0) {
        for (int c = 0; c < m_timeline.cameras().size(); ++c)
            cameras << c;
    } else {
        cameras << request.camera - 1;
    }
    const TimelineCamera &first = m_timeline.cameras()[cameras.first()];
    const int frameRate = first.frameRate;
    QSize size = request.size.isValid() ? request.size : QSize(first.widthPx, first.heightPx);
    if (size.isEmpty())
        size = QSize(1280, 720);
    size = evenSize(size);
    const int columns = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(cameras.size()))));
    const int rows = static_cast<int>((cameras.size() + columns - 1) / columns);
    const QSize cell(size.width() / columns, size.height() / rows);

    const qint64 startPlayMs = m_timeline.playTimeOf(request.fromHearingMs);
    const qint64 endPlayMs = m_timeline.playTimeOf(request.toHearingMs);
    const int rateHz = m_timeline.sampleRateHz();

    const QString tempPath = request.outputPath + QStringLiteral(".part");
    Clip clip(request.outputPath);
    Status written = [&]() -> Status {
        if (const Status opened = clip.open(tempPath, size, frameRate, rateHz); !opened)
            return opened;
        std::vector<std::unique_ptr<CameraReader>> readers;
        std::vector<std::optional<CameraPicture>> shown(static_cast<std::size_t>(cameras.size()));
        std::vector<std::optional<CameraPicture>> coming(static_cast<std::size_t>(cameras.size()));
        for (int camera : cameras) {
            readers.push_back(std::make_unique<CameraReader>(m_timeline, camera));
            if (const Status sought = readers.back()->seek(startPlayMs); !sought)
                return sought;
        }
        MicrophoneReader microphones(m_timeline);
        if (const Status sought = microphones.seek(startPlayMs); !sought)
            return sought;
        const qint64 frames = std::max<qint64>(1, std::llround(static_cast<double>(endPlayMs - startPlayMs) * frameRate / 1000.0));
        const qint64 endSample = endPlayMs * rateHz / 1000;
        std::vector<std::vector<float>> perMicrophone;
        std::vector<float> mixed;
        QImage canvas(size, QImage::Format_RGB32);
        for (qint64 n = 0; n < frames; ++n) {
            const qint64 atPlayMs = startPlayMs + n * 1000 / frameRate;
            // Each camera: the last picture starting at or before this output frame.
            for (std::size_t i = 0; i < readers.size(); ++i) {
                for (;;) {
                    if (!coming[i]) {
                        auto picture = readers[i]->next();
                        if (!picture)
                            return picture.error();
                        if (!picture->has_value())
                            break;
                        coming[i] = std::move(*picture);
                    }
                    if (shown[i] && coming[i]->playMs > atPlayMs)
                        break;
                    shown[i] = std::move(coming[i]);
                    coming[i].reset();
                }
            }
            canvas.fill(Qt::black);
            {
                QPainter painter(&canvas);
                for (std::size_t i = 0; i < readers.size(); ++i) {
                    if (!shown[i])
                        continue;
                    const int column = static_cast<int>(i) % columns;
                    const int row = static_cast<int>(i) / columns;
                    painter.drawImage(QPoint(column * cell.width(), row * cell.height()),
                        pictureImage(shown[i]->frame.get(), cell));
                }
            }
            if (const Status pictured = clip.writePicture(canvas, n); !pictured)
                return pictured;
            // The sound up to the next output frame.
            const qint64 untilSample = std::min(endSample, (startPlayMs * rateHz + (n + 1) * rateHz * 1000 / frameRate) / 1000);
            while (microphones.playSample() < untilSample) {
                auto read = microphones.read(perMicrophone, static_cast<int>(untilSample - microphones.playSample()));
                if (!read)
                    return read.error();
                if (*read == 0)
                    break;
                request.mix.mix(perMicrophone, mixed);
                if (const Status sounded = clip.writeAudio(mixed); !sounded)
                    return sounded;
            }
        }
        return clip.finish(tempPath, request.outputPath);
    }();
    if (!written)
        QFile::remove(tempPath);
    return written;
}

} // namespace hattama
