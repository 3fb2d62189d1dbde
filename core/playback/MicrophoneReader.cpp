#include "playback/MicrophoneReader.h"

#include <algorithm>

namespace hattama {

namespace {
float sampleAt(const AVFrame *frame, int i)
{
    switch (frame->format) {
    case AV_SAMPLE_FMT_FLT:
    case AV_SAMPLE_FMT_FLTP:
        return reinterpret_cast<const float *>(frame->data[0])[i];
    case AV_SAMPLE_FMT_S16:
    case AV_SAMPLE_FMT_S16P:
        return reinterpret_cast<const int16_t *>(frame->data[0])[i] / 32768.0f;
    case AV_SAMPLE_FMT_S32:
    case AV_SAMPLE_FMT_S32P:
        return static_cast<float>(reinterpret_cast<const int32_t *>(frame->data[0])[i] / 2147483648.0);
    case AV_SAMPLE_FMT_DBL:
    case AV_SAMPLE_FMT_DBLP:
        return static_cast<float>(reinterpret_cast<const double *>(frame->data[0])[i]);
    default:
        return 0.0f;
    }
}

// Where a frame decoded after a seek starts in the segment, exact to the sample. Its time
// stamp is not: Matroska keeps milliseconds, so a 20 ms Opus packet that starts 6.5 ms into
// the stream (its pre-skip of 312 samples) is stamped 6 or 7 ms, and the decoder rounds again
// when it drops the pre-skip. Read from its start, a segment's packets end on a grid: every
// packet of frameSamples, the first one less the decoder's pre-skip (delay), so packet n ends
// at n * frameSamples - delay. The frame's end is moved to the nearest point of that grid (the
// stamp is off by far less than half a packet); with no packet length known, the stamp is it.
qint64 onFrameGrid(qint64 stampedFirst, int frameLength, qint64 frameSamples, int delay)
{
    if (frameSamples <= 0 || frameLength <= 0 || frameLength > frameSamples)
        return stampedFirst;
    const qint64 end = stampedFirst + frameLength + delay;
    const qint64 half = end + frameSamples / 2; // rounded to the nearest packet end, also below 0
    const qint64 n = half >= 0 ? half / frameSamples : -((-half + frameSamples - 1) / frameSamples);
    return n * frameSamples - delay - frameLength;
}

// Opus needs about 80 ms of decoding before a seek target to sound right.
constexpr qint64 kPrerollMs = 100;
} // namespace

MicrophoneReader::MicrophoneReader(HearingTimeline timeline)
    : m_timeline(std::move(timeline))
    , m_rateHz(m_timeline.sampleRateHz())
    , m_packet(av_packet_alloc())
    , m_frame(av_frame_alloc())
{
}

qint64 MicrophoneReader::playSample() const
{
    if (m_segmentIndex < 0)
        return 0;
    return m_timeline.segments()[m_segmentIndex].playStartMs * m_rateHz / 1000 + m_segmentPosition;
}

Status MicrophoneReader::seek(qint64 playMs)
{
    playMs = std::clamp<qint64>(playMs, 0, m_timeline.playLengthMs());
    const int index = m_timeline.segmentIndexAtPlay(playMs);
    const TimelineSegment &segment = m_timeline.segments()[index];
    return openSegment(index, (playMs - segment.playStartMs) * m_rateHz / 1000);
}

Status MicrophoneReader::openSegment(int index, qint64 startSampleInSegment)
{
    const TimelineSegment &segment = m_timeline.segments()[index];
    auto opened = m_prefetch.take(index, segment.path);
    if (!opened)
        return opened.error();
    m_input.emplace(std::move(opened.value()));
    m_segmentIndex = index;
    m_segmentSamples = segment.durationMs * m_rateHz / 1000;
    m_segmentPosition = std::clamp<qint64>(startSampleInSegment, 0, m_segmentSamples);
    m_fileEnded = false;

    const auto microphones = static_cast<std::size_t>(m_timeline.microphones().size());
    m_decoders.clear();
    m_pending.assign(microphones, {});
    m_decodedUntil.assign(microphones, m_segmentPosition);
    // A target within the pre-roll of the segment's start is read from the first packet on, as
    // when played on from the segment before, and the samples before it dropped: a seek to 0
    // would pass over the first packet (stamped before 0, by its pre-skip) and start the
    // decoder without its pre-roll.
    const bool fromStart = m_segmentPosition <= kPrerollMs * m_rateHz / 1000;
    m_nextDecoded.assign(microphones, fromStart ? 0 : m_segmentPosition);
    m_frameSamples.assign(microphones, 0);
    m_placed.assign(microphones, fromStart);
    const std::vector<int> &streams = m_input->audioStreams();
    for (std::size_t k = 0; k < std::min(microphones, streams.size()); ++k) {
        auto decoder = openStreamDecoder(*m_input, streams[k]);
        if (!decoder)
            return decoder.error();
        m_decoders.push_back(std::move(decoder.value()));
    }
    if (!fromStart && !m_decoders.empty()) {
        const qint64 targetUs = m_segmentPosition * 1'000'000 / m_rateHz - kPrerollMs * 1000;
        if (avformat_seek_file(m_input->context(), -1, INT64_MIN, targetUs, targetUs, 0) < 0)
            avformat_seek_file(m_input->context(), -1, INT64_MIN, 0, 0, 0);
    }
    return {};
}

Status MicrophoneReader::fill(int frames)
{
    const auto needed = static_cast<std::size_t>(frames);
    auto enough = [&] {
        for (std::size_t k = 0; k < m_decoders.size(); ++k) {
            if (m_pending[k].size() < needed)
                return false;
        }
        return true;
    };
    auto take = [&](std::size_t k) {
        AVCodecContext *decoder = m_decoders[k].get();
        const AVRational timeBase = decoder->pkt_timebase;
        while (avcodec_receive_frame(decoder, m_frame.get()) == 0) {
            qint64 first = m_nextDecoded[k];
            if (!m_placed[k]) {
                // The first frame after a seek is placed by its time; later ones follow on
                // from it, sample after sample, whether or not they reach the target yet.
                const int64_t pts = m_frame->best_effort_timestamp;
                if (pts != AV_NOPTS_VALUE)
                    first = onFrameGrid(av_rescale_q(pts, timeBase, AVRational { 1, m_rateHz }),
                        m_frame->nb_samples, m_frameSamples[k], decoder->delay);
                const qint64 silence = first - m_decodedUntil[k];
                for (qint64 i = 0; i < silence; ++i)
                    m_pending[k].push_back(0.0f);
                m_placed[k] = true;
            }
            // Samples before the target (the pre-roll decoded ahead of a seek) are dropped.
            for (int i = 0; i < m_frame->nb_samples; ++i) {
                const qint64 at = first + i;
                if (at >= m_decodedUntil[k] && at < m_segmentSamples)
                    m_pending[k].push_back(sampleAt(m_frame.get(), i));
            }
            m_nextDecoded[k] = first + m_frame->nb_samples;
            m_decodedUntil[k] = std::max(m_decodedUntil[k], m_nextDecoded[k]);
            av_frame_unref(m_frame.get());
        }
    };
    const std::vector<int> &streams = m_input->audioStreams();
    while (!m_fileEnded && !enough()) {
        const int read = av_read_frame(m_input->context(), m_packet.get());
        if (read < 0) {
            m_fileEnded = true;
            for (std::size_t k = 0; k < m_decoders.size(); ++k) {
                avcodec_send_packet(m_decoders[k].get(), nullptr);
                take(k);
            }
            break;
        }
        for (std::size_t k = 0; k < m_decoders.size(); ++k) {
            if (m_packet->stream_index == streams[k]) {
                if (!m_placed[k] && m_packet->duration > 0)
                    m_frameSamples[k] = av_rescale_q(m_packet->duration, m_input->context()->streams[streams[k]]->time_base,
                        AVRational { 1, m_rateHz });
                avcodec_send_packet(m_decoders[k].get(), m_packet.get());
                take(k);
            }
        }
        av_packet_unref(m_packet.get());
    }
    return {};
}

Result<int> MicrophoneReader::read(std::vector<std::vector<float>> &perMicrophone, int frames)
{
    const auto microphones = static_cast<std::size_t>(m_timeline.microphones().size());
    perMicrophone.resize(microphones);
    for (auto &samples : perMicrophone)
        samples.clear();
    if (m_segmentIndex < 0) {
        if (const Status opened = seek(0); !opened)
            return opened.error();
    }
    int given = 0;
    while (given < frames) {
        if (m_segmentPosition >= m_segmentSamples) {
            if (m_segmentIndex + 1 >= m_timeline.segments().size())
                break;
            if (const Status opened = openSegment(m_segmentIndex + 1, 0); !opened)
                return opened.error();
            continue;
        }
        const int chunk = static_cast<int>(std::min<qint64>(frames - given, m_segmentSamples - m_segmentPosition));
        if (const Status filled = fill(chunk); !filled)
            return filled.error();
        for (std::size_t k = 0; k < microphones; ++k) {
            std::vector<float> &out = perMicrophone[k];
            std::deque<float> *pending = k < m_decoders.size() ? &m_pending[k] : nullptr;
            for (int i = 0; i < chunk; ++i) {
                // A microphone missing from the segment, or a file ending early: silence.
                if (pending && !pending->empty()) {
                    out.push_back(pending->front());
                    pending->pop_front();
                } else {
                    out.push_back(0.0f);
                    if (pending)
                        m_decodedUntil[k] = std::max(m_decodedUntil[k], m_segmentPosition + i + 1);
                }
            }
        }
        m_segmentPosition += chunk;
        given += chunk;
        // Halfway through a segment, the next one is opened ahead (not at once after a seek,
        // which must not wait on it).
        if (m_segmentPosition * 2 >= m_segmentSamples && m_segmentIndex + 1 < m_timeline.segments().size())
            m_prefetch.start(m_segmentIndex + 1, m_timeline.segments()[m_segmentIndex + 1].path);
    }
    return given;
}

} // namespace hattama
