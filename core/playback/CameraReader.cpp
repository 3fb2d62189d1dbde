#include "playback/CameraReader.h"

extern "C" {
#include <libswscale/swscale.h>
}

#include <algorithm>

namespace hattama {

namespace {
// Whether a decoder opened for one segment's camera stream decodes another's as a fresh one
// would: the same codec, picture and header (the SPS/PPS of H.264).
bool sameStream(const AVCodecContext *decoder, const AVStream *stream)
{
    const AVCodecParameters *par = stream->codecpar;
    return decoder->codec_id == par->codec_id && decoder->width == par->width && decoder->height == par->height
        && av_cmp_q(decoder->pkt_timebase, stream->time_base) == 0 && decoder->extradata_size == par->extradata_size
        && (par->extradata_size == 0 || std::equal(par->extradata, par->extradata + par->extradata_size, decoder->extradata));
}
} // namespace

CameraReader::CameraReader(HearingTimeline timeline, int camera)
    : m_timeline(std::move(timeline))
    , m_camera(camera)
    , m_packet(av_packet_alloc())
    , m_prefetch(SegmentInput::Want::Camera, camera)
{
}

Status CameraReader::openSegment(int index)
{
    auto opened = m_prefetch.take(index, m_timeline.segments()[index].path);
    if (!opened)
        return opened.error();
    m_input.emplace(std::move(opened.value()));
    m_segmentIndex = index;
    m_fileEnded = false;
    m_flushed = false;
    if (m_input->cameraStream() < 0) {
        m_decoder.reset();
        return {};
    }
    // The decoder carries on into a segment of the same stream (flushed, as after a seek):
    // its pictures' buffers are reused, not a second set made at every segment while the
    // last segment's pictures are still held.
    if (m_decoder && sameStream(m_decoder.get(), m_input->context()->streams[m_input->cameraStream()])) {
        avcodec_flush_buffers(m_decoder.get());
        return {};
    }
    m_decoder.reset();
    auto decoder = openStreamDecoder(*m_input, m_input->cameraStream());
    if (!decoder)
        return decoder.error();
    m_decoder = std::move(decoder.value());
    return {};
}

Result<std::optional<CameraPicture>> CameraReader::decodeNext()
{
    if (!m_decoder)
        return std::optional<CameraPicture> {};
    const TimelineSegment &segment = m_timeline.segments()[m_segmentIndex];
    const int stream = m_input->cameraStream();
    const AVRational timeBase = m_input->context()->streams[stream]->time_base;
    ff::FramePtr frame(av_frame_alloc());
    for (;;) {
        const int received = avcodec_receive_frame(m_decoder.get(), frame.get());
        if (received == 0) {
            const int64_t pts = frame->best_effort_timestamp;
            const qint64 localMs = pts == AV_NOPTS_VALUE ? 0 : av_rescale_q(pts, timeBase, AVRational { 1, 1000 });
            if (localMs >= segment.durationMs || localMs < 0) {
                av_frame_unref(frame.get());
                continue; // outside the segment's span
            }
            // Halfway through a segment, the next one is opened ahead (not at once after a
            // seek, which must not wait on it).
            if (localMs * 2 >= segment.durationMs && m_segmentIndex + 1 < m_timeline.segments().size())
                m_prefetch.start(m_segmentIndex + 1, m_timeline.segments()[m_segmentIndex + 1].path);
            CameraPicture picture;
            picture.frame = std::move(frame);
            picture.playMs = segment.playStartMs + localMs;
            picture.hearingMs = segment.startMs + localMs;
            return std::optional<CameraPicture>(std::move(picture));
        }
        if (received == AVERROR_EOF || m_flushed)
            return std::optional<CameraPicture> {};
        if (m_fileEnded) {
            avcodec_send_packet(m_decoder.get(), nullptr);
            m_flushed = true;
            continue;
        }
        const int read = av_read_frame(m_input->context(), m_packet.get());
        if (read < 0) {
            m_fileEnded = true;
            continue;
        }
        if (m_packet->stream_index == stream)
            avcodec_send_packet(m_decoder.get(), m_packet.get());
        av_packet_unref(m_packet.get());
    }
}

Status CameraReader::seek(qint64 playMs)
{
    m_held.reset();
    playMs = std::clamp<qint64>(playMs, 0, std::max<qint64>(0, m_timeline.playLengthMs() - 1));
    const int index = m_timeline.segmentIndexAtPlay(playMs);
    if (const Status opened = openSegment(index); !opened)
        return opened;
    if (!m_decoder)
        return {};
    const TimelineSegment &segment = m_timeline.segments()[index];
    const qint64 localMs = playMs - segment.playStartMs;
    const int stream = m_input->cameraStream();
    const AVRational timeBase = m_input->context()->streams[stream]->time_base;
    const int64_t target = av_rescale_q(localMs, AVRational { 1, 1000 }, timeBase);
    if (localMs > 0)
        av_seek_frame(m_input->context(), stream, target, AVSEEK_FLAG_BACKWARD);
    // Decode forward from the key frame; keep the last picture starting at or before the target.
    for (;;) {
        auto picture = decodeNext();
        if (!picture)
            return picture.error();
        if (!picture->has_value())
            return {};
        if ((*picture)->playMs > playMs) {
            if (!m_held)
                m_held = std::move(*picture); // nothing before it: the first one is shown
            else
                m_pendingAfterSeek = std::move(*picture);
            return {};
        }
        m_held = std::move(*picture);
    }
}

Result<std::optional<CameraPicture>> CameraReader::next()
{
    if (m_segmentIndex < 0) {
        if (const Status opened = seek(0); !opened)
            return opened.error();
    }
    if (m_held) {
        std::optional<CameraPicture> held = std::move(m_held);
        m_held.reset();
        return held;
    }
    if (m_pendingAfterSeek) {
        std::optional<CameraPicture> pending = std::move(m_pendingAfterSeek);
        m_pendingAfterSeek.reset();
        return pending;
    }
    for (;;) {
        auto picture = decodeNext();
        if (!picture || picture->has_value())
            return picture;
        if (m_segmentIndex + 1 >= m_timeline.segments().size())
            return std::optional<CameraPicture> {};
        if (const Status opened = openSegment(m_segmentIndex + 1); !opened)
            return opened.error();
    }
}

QImage pictureImage(const AVFrame *frame, QSize size)
{
    if (!frame || frame->width <= 0 || frame->height <= 0)
        return {};
    if (!size.isValid() || size.isEmpty())
        size = QSize(frame->width, frame->height);
    QImage image(size, QImage::Format_RGB32);
    SwsContext *scaler = sws_getContext(frame->width, frame->height, static_cast<AVPixelFormat>(frame->format),
        size.width(), size.height(), AV_PIX_FMT_BGRA, SWS_BILINEAR, nullptr, nullptr, nullptr);
    if (!scaler)
        return {};
    uint8_t *planes[] = { image.bits() };
    const int strides[] = { static_cast<int>(image.bytesPerLine()) };
    sws_scale(scaler, frame->data, frame->linesize, 0, frame->height, planes, strides);
    sws_freeContext(scaler);
    return image;
}

double pictureMeanLuma(const AVFrame *frame)
{
    if (!frame || !frame->data[0])
        return 0.0;
    double sum = 0.0;
    long count = 0;
    for (int y = 0; y < frame->height; y += 4) {
        const uint8_t *row = frame->data[0] + static_cast<std::ptrdiff_t>(y) * frame->linesize[0];
        for (int x = 0; x < frame->width; x += 4) {
            sum += row[x];
            ++count;
        }
    }
    return count ? sum / static_cast<double>(count) : 0.0;
}

} // namespace hattama
