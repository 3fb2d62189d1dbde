#include "playback/TempoFilter.h"

#include "capture/FfmpegPtr.h"

extern "C" {
#include <libavfilter/avfilter.h>
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
}

#include <cmath>
#include <cstring>

namespace hattama {

namespace {
bool passThrough(double speed)
{
    return std::fabs(speed - 1.0) < 1e-6;
}
Error filterError(const char *what, int code)
{
    return Error::of(ErrorCode::Generic, { QStringLiteral("audio speed filter: %1: %2").arg(QLatin1String(what), ff::errorText(code)), {} });
}
} // namespace

TempoFilter::TempoFilter(int sampleRateHz, double speed)
    : m_rateHz(sampleRateHz)
    , m_speed(speed)
{
}

TempoFilter::~TempoFilter()
{
    avfilter_graph_free(&m_graph);
}

Status TempoFilter::open()
{
    if (passThrough(m_speed))
        return {};
    if (m_speed < 0.5 || m_speed > 2.0)
        return Error::of(ErrorCode::PlaybackSpeedOutOfRange, { QString::number(m_speed) });
    m_graph = avfilter_graph_alloc();
    const QByteArray sourceArgs
        = QStringLiteral("sample_rate=%1:sample_fmt=flt:channel_layout=mono:time_base=1/%1").arg(m_rateHz).toLatin1();
    int result = avfilter_graph_create_filter(
        &m_source, avfilter_get_by_name("abuffer"), "in", sourceArgs.constData(), nullptr, m_graph);
    if (result < 0)
        return filterError("abuffer", result);
    AVFilterContext *tempo = nullptr;
    const QByteArray tempoArgs = QStringLiteral("tempo=%1").arg(m_speed, 0, 'f', 6).toLatin1();
    result = avfilter_graph_create_filter(&tempo, avfilter_get_by_name("atempo"), "tempo", tempoArgs.constData(), nullptr, m_graph);
    if (result < 0)
        return filterError("atempo", result);
    result = avfilter_graph_create_filter(&m_sink, avfilter_get_by_name("abuffersink"), "out", nullptr, nullptr, m_graph);
    if (result < 0)
        return filterError("abuffersink", result);
    const AVSampleFormat formats[] = { AV_SAMPLE_FMT_FLT, AV_SAMPLE_FMT_NONE };
    av_opt_set_int_list(m_sink, "sample_fmts", formats, AV_SAMPLE_FMT_NONE, AV_OPT_SEARCH_CHILDREN);
    if ((result = avfilter_link(m_source, 0, tempo, 0)) < 0 || (result = avfilter_link(tempo, 0, m_sink, 0)) < 0)
        return filterError("link", result);
    if ((result = avfilter_graph_config(m_graph, nullptr)) < 0)
        return filterError("configure", result);
    return {};
}

Status TempoFilter::process(const std::vector<float> &in, std::vector<float> &out)
{
    if (!m_graph) {
        out.insert(out.end(), in.begin(), in.end());
        return {};
    }
    if (in.empty())
        return {};
    ff::FramePtr frame(av_frame_alloc());
    frame->format = AV_SAMPLE_FMT_FLT;
    frame->sample_rate = m_rateHz;
    av_channel_layout_default(&frame->ch_layout, 1);
    frame->nb_samples = static_cast<int>(in.size());
    frame->pts = m_fedSamples;
    if (const int result = av_frame_get_buffer(frame.get(), 0); result < 0)
        return filterError("buffer", result);
    std::memcpy(frame->data[0], in.data(), in.size() * sizeof(float));
    m_fedSamples += static_cast<qint64>(in.size());
    if (const int result = av_buffersrc_add_frame(m_source, frame.get()); result < 0)
        return filterError("feed", result);
    return drain(out);
}

Status TempoFilter::finish(std::vector<float> &out)
{
    if (!m_graph)
        return {};
    if (const int result = av_buffersrc_add_frame(m_source, nullptr); result < 0)
        return filterError("flush", result);
    return drain(out);
}

Status TempoFilter::drain(std::vector<float> &out)
{
    ff::FramePtr frame(av_frame_alloc());
    for (;;) {
        const int result = av_buffersink_get_frame(m_sink, frame.get());
        if (result == AVERROR(EAGAIN) || result == AVERROR_EOF)
            return {};
        if (result < 0)
            return filterError("drain", result);
        const auto *samples = reinterpret_cast<const float *>(frame->data[0]);
        out.insert(out.end(), samples, samples + frame->nb_samples);
        av_frame_unref(frame.get());
    }
}

} // namespace hattama
