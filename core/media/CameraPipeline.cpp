#include "media/CameraPipeline.h"

#include "capture/HearingClock.h"
#include "util/Logging.h"

#include <chrono>
#include <cstring>
#include <limits>

namespace hattama {

CameraPipeline::CameraPipeline(CameraSpec spec, const HearingClock &clock, VideoEncoding encoding,
    qint64 framesPerSegment, int stream, Settings settings)
    : m_spec(std::move(spec))
    , m_clock(clock)
    , m_encoding(encoding)
    , m_framesPerSegment(framesPerSegment)
    , m_stream(stream)
    , m_settings(settings)
    , m_queue(settings.queueCapacity)
{
}

CameraPipeline::~CameraPipeline()
{
    if (m_thread.joinable())
        finish(0);
    if (m_source)
        m_source->stop();
}

void CameraPipeline::makeNoSignalPicture()
{
    // Prefer lavfi with burned-in text; fall back to a plain dark picture.
    CameraSpec spec;
    spec.name = m_spec.name;
    spec.inputFormat = QStringLiteral("lavfi");
    spec.widthPx = m_spec.widthPx;
    spec.heightPx = m_spec.heightPx;
    spec.url = QStringLiteral("color=c=0x202830:s=%1x%2:r=1").arg(m_spec.widthPx).arg(m_spec.heightPx);
    const QString font = CameraSpec::platformFontFile();
    if (!font.isEmpty())
        spec.url += QStringLiteral(",drawtext=fontfile=%1:text='NO SIGNAL':fontsize=%2:fontcolor=white:"
                                   "x=(w-text_w)/2:y=(h-text_h)/2")
                        .arg(font)
                        .arg(std::max(16, m_spec.heightPx / 8));
    HearingClock clock;
    clock.startPart(0, false);
    FrameQueue queue(2);
    {
        CameraSource source(spec, clock, queue);
        if (source.start()) {
            for (int i = 0; i < 200 && source.framesCaptured() == 0; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        source.stop();
    }
    StampedFrame picture = queue.takeLatestBefore(std::numeric_limits<qint64>::max());
    if (picture.frame) {
        m_noSignal = std::move(picture.frame);
        return;
    }
    m_noSignal.reset(av_frame_alloc());
    m_noSignal->format = AV_PIX_FMT_YUV420P;
    m_noSignal->width = m_spec.widthPx;
    m_noSignal->height = m_spec.heightPx;
    if (av_frame_get_buffer(m_noSignal.get(), 0) < 0)
        return;
    for (int plane = 0; plane < 3; ++plane) {
        const int rows = plane == 0 ? m_spec.heightPx : m_spec.heightPx / 2;
        std::memset(m_noSignal->data[plane], plane == 0 ? 40 : 128,
            static_cast<std::size_t>(m_noSignal->linesize[plane]) * static_cast<std::size_t>(rows));
    }
}

Status CameraPipeline::open()
{
    auto encoder = VideoTrackEncoder::create(m_encoding);
    if (!encoder)
        return encoder.error();
    m_encoder = std::move(*encoder);
    makeNoSignalPicture();
    m_source = std::make_unique<CameraSource>(m_spec, m_clock, m_queue);
    m_source->setPreview(m_preview);
    return m_source->start();
}

StreamDescription CameraPipeline::description(const QString &language) const
{
    return StreamDescription::fromEncoder(m_encoder->context(), m_spec.name, language);
}

void CameraPipeline::start(SegmentWriter &writer)
{
    m_writer = &writer;
    m_thread = std::thread([this] { run(); });
}

void CameraPipeline::finish(qint64 partEndNs)
{
    m_endNs.store(std::max<qint64>(0, partEndNs), std::memory_order_release);
    if (m_thread.joinable())
        m_thread.join();
    if (m_source)
        m_source->stop();
}

void CameraPipeline::run()
{
    const qint64 frameNs = 1'000'000'000 / m_encoding.frameRate;
    const qint64 latencyNs = m_settings.captureLatencyMs * 1'000'000;
    const qint64 noSignalAfterNs = m_settings.noSignalAfterMs * 1'000'000;
    const qint64 segmentMs = m_framesPerSegment * 1000 / m_encoding.frameRate;
    ff::FramePtr last;
    qint64 lastStampNs = 0;
    int openSegment = 0; // the lowest segment this stream has not finished yet

    // Packets come out in decode order with pts in frames since the part start. Every segment
    // starts with an IDR and GOPs are closed, so once a packet of segment k arrives, nothing of
    // an earlier segment follows: those are finished.
    const PacketSink sink = [&](AVPacket *packet) {
        const int segment = static_cast<int>(packet->pts / m_framesPerSegment);
        while (openSegment < segment)
            m_writer->finishStream(openSegment++, m_stream, segmentMs);
        const qint64 offset = static_cast<qint64>(segment) * m_framesPerSegment;
        packet->pts -= offset;
        if (packet->dts != AV_NOPTS_VALUE)
            packet->dts -= offset;
        (void)m_writer->write(segment, m_stream, packet);
    };

    qint64 n = 0;
    for (;; ++n) {
        const qint64 slotNs = n * 1'000'000'000 / m_encoding.frameRate;
        // Wait for the clock to pass the slot (plus latency), unless the part has ended.
        for (;;) {
            const qint64 endNs = m_endNs.load(std::memory_order_acquire);
            if (endNs >= 0 || m_clock.partTimeNs() >= slotNs + frameNs / 2 + latencyNs)
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        const qint64 endNs = m_endNs.load(std::memory_order_acquire);
        if (endNs >= 0 && slotNs >= endNs - frameNs / 2)
            break; // n frames cover the part to within half a frame

        StampedFrame captured = m_queue.takeLatestBefore(slotNs + frameNs / 2);
        const AVFrame *picture = nullptr;
        if (captured.frame) {
            last = std::move(captured.frame);
            lastStampNs = captured.partTimeNs;
            picture = last.get();
        } else if (last
            && (slotNs - lastStampNs <= noSignalAfterNs || slotNs - m_source->lastStampNs() <= noSignalAfterNs)) {
            // The camera is alive (its picture for this slot may have been dropped under load).
            picture = last.get();
            m_duplicated.fetch_add(1, std::memory_order_relaxed);
        } else {
            picture = m_noSignal.get();
            m_noSignalFrames.fetch_add(1, std::memory_order_relaxed);
        }
        m_encoder->encode(picture, n, n % m_framesPerSegment == 0, sink);
        m_encoded.fetch_add(1, std::memory_order_relaxed);
    }
    m_encoder->finish(sink);
    if (n > 0) {
        const int lastSegment = static_cast<int>((n - 1) / m_framesPerSegment);
        while (openSegment < lastSegment)
            m_writer->finishStream(openSegment++, m_stream, segmentMs);
        const qint64 framesInLast = n - static_cast<qint64>(lastSegment) * m_framesPerSegment;
        m_writer->finishStream(lastSegment, m_stream, framesInLast * 1000 / m_encoding.frameRate);
    }
}

CameraHealth CameraPipeline::health() const
{
    CameraHealth health;
    health.name = m_spec.name;
    if (m_source) {
        health.framesCaptured = m_source->framesCaptured();
        health.reconnects = m_source->reconnects();
        health.connected = m_source->connected();
        health.frozen = m_source->frozen();
    }
    health.framesEncoded = m_encoded.load(std::memory_order_relaxed);
    health.framesDropped = m_queue.dropped();
    health.framesDuplicated = m_duplicated.load(std::memory_order_relaxed);
    health.framesNoSignal = m_noSignalFrames.load(std::memory_order_relaxed);
    return health;
}

} // namespace hattama
