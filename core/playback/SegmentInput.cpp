#include "playback/SegmentInput.h"

#include <QDir>
#include <QFile>

namespace hattama {

Result<SegmentInput> SegmentInput::open(const QString &path, Want want, int camera)
{
    AVFormatContext *raw = nullptr;
    const int opened = avformat_open_input(&raw, QFile::encodeName(path).constData(), nullptr, nullptr);
    if (opened < 0)
        return Error::of(ErrorCode::PlaybackSegmentUnreadable, { QDir::toNativeSeparators(path), ff::errorText(opened) });
    SegmentInput input;
    input.m_context.reset(raw);
    input.m_path = path;
    // No avformat_find_stream_info(): the Matroska header of a segment already says every
    // stream's codec, size and rate, and probing would decode the first frames of every
    // stream, the slowest part of a seek.
    int videoCount = 0;
    for (unsigned i = 0; i < raw->nb_streams; ++i) {
        AVStream *stream = raw->streams[i];
        bool wanted = false;
        if (stream->codecpar->codec_type == AVMEDIA_TYPE_AUDIO) {
            input.m_audioStreams.push_back(static_cast<int>(i));
            wanted = want == Want::Microphones;
        } else if (stream->codecpar->codec_type == AVMEDIA_TYPE_VIDEO) {
            if (want == Want::Camera && videoCount == camera) {
                input.m_cameraStream = static_cast<int>(i);
                wanted = true;
            }
            ++videoCount;
        }
        stream->discard = wanted ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
    }
    return input;
}

SegmentPrefetch::~SegmentPrefetch()
{
    if (m_next.valid())
        m_next.wait();
}

void SegmentPrefetch::start(int index, const QString &path)
{
    if (m_next.valid() && m_index == index)
        return;
    if (m_next.valid())
        m_next.wait();
    m_index = index;
    m_next = std::async(std::launch::async, [path, want = m_want, camera = m_camera] {
        return SegmentInput::open(path, want, camera);
    });
}

Result<SegmentInput> SegmentPrefetch::take(int index, const QString &path)
{
    if (m_next.valid() && m_index == index) {
        m_index = -1;
        return m_next.get();
    }
    return SegmentInput::open(path, m_want, m_camera);
}

Result<ff::CodecContextPtr> openStreamDecoder(const SegmentInput &input, int streamIndex, int threads)
{
    AVStream *stream = input.context()->streams[streamIndex];
    const AVCodec *codec = avcodec_find_decoder(stream->codecpar->codec_id);
    if (!codec)
        return Error::of(ErrorCode::PlaybackSegmentUnreadable,
            { QDir::toNativeSeparators(input.path()), QStringLiteral("no decoder for stream %1").arg(streamIndex) });
    ff::CodecContextPtr decoder(avcodec_alloc_context3(codec));
    avcodec_parameters_to_context(decoder.get(), stream->codecpar);
    decoder->pkt_timebase = stream->time_base;
    decoder->thread_count = threads;
    const int opened = avcodec_open2(decoder.get(), codec, nullptr);
    if (opened < 0)
        return Error::of(ErrorCode::PlaybackSegmentUnreadable, { QDir::toNativeSeparators(input.path()), ff::errorText(opened) });
    return decoder;
}

} // namespace hattama
