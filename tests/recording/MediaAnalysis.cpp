#include "MediaAnalysis.h"

#include "playback/CameraReader.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

#include <QDir>
#include <QFile>

#include <cmath>
#include <map>
#include <numbers>

namespace hattama::test {

namespace {
struct Input {
    AVFormatContext *ctx = nullptr;
    explicit Input(const QString &path)
    {
        if (avformat_open_input(&ctx, QFile::encodeName(path).constData(), nullptr, nullptr) < 0)
            ctx = nullptr;
        else
            avformat_find_stream_info(ctx, nullptr);
    }
    ~Input()
    {
        if (ctx)
            avformat_close_input(&ctx);
    }
};

double goertzelPower(const float *x, int n, double frequencyHz, int sampleRateHz)
{
    const double w = 2.0 * std::numbers::pi * frequencyHz / sampleRateHz;
    const double coeff = 2.0 * std::cos(w);
    double s1 = 0.0;
    double s2 = 0.0;
    for (int i = 0; i < n; ++i) {
        const double s0 = x[i] + coeff * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    return (s1 * s1 + s2 * s2 - coeff * s1 * s2) / (static_cast<double>(n) * n);
}

template<typename OnFrame> void decodeStream(const QString &path, int streamIndex, OnFrame &&onFrame)
{
    Input input(path);
    if (!input.ctx || streamIndex >= static_cast<int>(input.ctx->nb_streams))
        return;
    AVStream *stream = input.ctx->streams[streamIndex];
    const AVCodec *codec = avcodec_find_decoder(stream->codecpar->codec_id);
    AVCodecContext *dec = avcodec_alloc_context3(codec);
    avcodec_parameters_to_context(dec, stream->codecpar);
    dec->pkt_timebase = stream->time_base;
    if (avcodec_open2(dec, codec, nullptr) < 0) {
        avcodec_free_context(&dec);
        return;
    }
    AVPacket *packet = av_packet_alloc();
    AVFrame *frame = av_frame_alloc();
    auto drain = [&] {
        while (avcodec_receive_frame(dec, frame) == 0) {
            const int64_t pts = frame->best_effort_timestamp;
            onFrame(frame, pts == AV_NOPTS_VALUE ? -1.0 : pts * av_q2d(stream->time_base));
            av_frame_unref(frame);
        }
    };
    while (av_read_frame(input.ctx, packet) >= 0) {
        if (packet->stream_index == streamIndex && avcodec_send_packet(dec, packet) >= 0)
            drain();
        av_packet_unref(packet);
    }
    avcodec_send_packet(dec, nullptr);
    drain();
    av_frame_free(&frame);
    av_packet_free(&packet);
    avcodec_free_context(&dec);
}
} // namespace

std::vector<StreamSpan> streamSpans(const QString &path)
{
    std::vector<StreamSpan> spans;
    Input input(path);
    if (!input.ctx)
        return spans;
    spans.resize(input.ctx->nb_streams);
    std::vector<bool> seen(input.ctx->nb_streams, false);
    for (unsigned i = 0; i < input.ctx->nb_streams; ++i)
        spans[i].video = input.ctx->streams[i]->codecpar->codec_type == AVMEDIA_TYPE_VIDEO;
    AVPacket *packet = av_packet_alloc();
    while (av_read_frame(input.ctx, packet) >= 0) {
        const auto i = static_cast<std::size_t>(packet->stream_index);
        const double tb = av_q2d(input.ctx->streams[i]->time_base);
        if (packet->pts != AV_NOPTS_VALUE) {
            const double start = packet->pts * tb;
            const double end = (packet->pts + packet->duration) * tb;
            if (!seen[i] || start < spans[i].startSec)
                spans[i].startSec = start;
            if (!seen[i] || end > spans[i].endSec)
                spans[i].endSec = end;
            seen[i] = true;
        }
        ++spans[i].packets;
        av_packet_unref(packet);
    }
    av_packet_free(&packet);
    return spans;
}

DecodedAudio decodeAudio(const QString &path, int streamIndex)
{
    DecodedAudio audio;
    bool first = true;
    decodeStream(path, streamIndex, [&](AVFrame *frame, double ptsSec) {
        if (first) {
            audio.startSec = ptsSec < 0 ? 0.0 : ptsSec;
            audio.sampleRateHz = frame->sample_rate;
            first = false;
        }
        for (int i = 0; i < frame->nb_samples; ++i) {
            float v = 0.0f;
            switch (frame->format) {
            case AV_SAMPLE_FMT_FLT:
            case AV_SAMPLE_FMT_FLTP:
                v = reinterpret_cast<const float *>(frame->data[0])[i];
                break;
            case AV_SAMPLE_FMT_S16:
            case AV_SAMPLE_FMT_S16P:
                v = reinterpret_cast<const int16_t *>(frame->data[0])[i] / 32768.0f;
                break;
            case AV_SAMPLE_FMT_S32:
            case AV_SAMPLE_FMT_S32P:
                v = static_cast<float>(reinterpret_cast<const int32_t *>(frame->data[0])[i] / 2147483648.0);
                break;
            default:
                break;
            }
            audio.samples.push_back(v);
        }
    });
    return audio;
}

std::vector<PictureLevel> pictureLevels(const QString &path, int streamIndex)
{
    std::vector<PictureLevel> levels;
    decodeStream(path, streamIndex, [&](AVFrame *frame, double ptsSec) {
        levels.push_back(PictureLevel { ptsSec, pictureMeanLuma(frame) });
    });
    return levels;
}

std::vector<double> beepOnsets(const DecodedAudio &audio)
{
    std::vector<double> onsets;
    const int rate = audio.sampleRateHz > 0 ? audio.sampleRateHz : 48000;
    const int window = rate / 100; // 10 ms
    const int hop = rate / 1000; // 1 ms
    const double beepAmplitude = 0.5;
    const double threshold = (beepAmplitude / 2) * (beepAmplitude / 2) / 4.0; // half the amplitude
    bool inBeep = false;
    for (std::size_t start = 0; start + static_cast<std::size_t>(window) <= audio.samples.size();
         start += static_cast<std::size_t>(hop)) {
        const double power = goertzelPower(audio.samples.data() + start, window, 1000.0, rate);
        if (!inBeep && power > threshold) {
            // The window is about half full of the beep: its centre is the onset.
            onsets.push_back(audio.startSec + (static_cast<double>(start) + window / 2.0) / rate);
            inBeep = true;
        } else if (inBeep && power < threshold / 4) {
            inBeep = false;
        }
    }
    return onsets;
}

std::vector<double> flashTimes(const std::vector<PictureLevel> &levels)
{
    std::vector<double> times;
    for (const PictureLevel &level : levels)
        if (level.meanLuma > 200.0)
            times.push_back(level.ptsSec);
    return times;
}

double dominantFrequency(const std::vector<float> &samples, int sampleRateHz, double minHz, double maxHz)
{
    const int n = static_cast<int>(std::min<std::size_t>(samples.size(), static_cast<std::size_t>(sampleRateHz)));
    double bestHz = 0.0;
    double bestPower = -1.0;
    for (double hz = minHz; hz <= maxHz; hz += 1.0) {
        const double power = goertzelPower(samples.data(), n, hz, sampleRateHz);
        if (power > bestPower) {
            bestPower = power;
            bestHz = hz;
        }
    }
    return bestHz;
}

// The ALSA file plugin as a capture device reading inFile (S16_LE, 48 kHz, as many channels as
// the reader opens).
QString writeAlsaConfig(const QString &dir, const QString &inFile)
{
    const QString path = QDir(dir).filePath(QStringLiteral("virt6.conf"));
    QFile conf(path);
    if (!conf.open(QIODevice::WriteOnly))
        return {};
    conf.write(QStringLiteral("pcm.virt6 {\n"
                              "    type file\n"
                              "    slave.pcm \"nullsrc\"\n"
                              "    file \"/dev/null\"\n"
                              "    infile \"%1\"\n"
                              "    format \"raw\"\n"
                              "    perm 0644\n"
                              "}\n"
                              "pcm.nullsrc { type null }\n")
                   .arg(inFile)
                   .toUtf8());
    return path;
}

} // namespace hattama::test
