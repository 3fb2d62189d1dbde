#include "capture/CameraSource.h"

#include "capture/HearingClock.h"
#include "capture/PreviewSlot.h"
#include "util/Logging.h"

extern "C" {
#include <libavdevice/avdevice.h>
#include <libavutil/imgutils.h>
#include <libswscale/swscale.h>
}

#include <chrono>

namespace hattama {

namespace {
constexpr qint64 kOpenTimeoutNs = 5'000'000'000;
constexpr qint64 kReadTimeoutNs = 2'000'000'000;
constexpr qint64 kFrozenAfterNs = 2'000'000'000;
constexpr int kReopenIntervalMs = 1000;

struct SwsDeleter {
    void operator()(SwsContext *ctx) const { sws_freeContext(ctx); }
};
} // namespace

struct CameraSource::Device {
    ff::InputContextPtr input;
    ff::CodecContextPtr decoder;
    std::unique_ptr<SwsContext, SwsDeleter> sws;
    int streamIndex = -1;
    AVRational timeBase { 1, 1 };
    qint64 firstPts = AV_NOPTS_VALUE;
    ff::PacketPtr packet { av_packet_alloc() };
    ff::FramePtr decoded { av_frame_alloc() };
};

CameraSource::CameraSource(CameraSpec spec, const HearingClock &clock, FrameQueue &queue)
    : m_spec(std::move(spec))
    , m_clock(clock)
    , m_queue(queue)
{
}

CameraSource::~CameraSource()
{
    stop();
}

int CameraSource::interruptCallback(void *opaque)
{
    auto *self = static_cast<CameraSource *>(opaque);
    if (!self->m_running.load(std::memory_order_relaxed))
        return 1;
    const qint64 deadline = self->m_deadlineNs.load(std::memory_order_relaxed);
    return deadline > 0 && HearingClock::steadyNowNs() > deadline ? 1 : 0;
}

Status CameraSource::open()
{
    avdevice_register_all();
    const QByteArray formatName = m_spec.inputFormat.toUtf8();
    const AVInputFormat *format = av_find_input_format(formatName.constData());
    if (!format)
        return Error::of(ErrorCode::FfmpegComponentMissing, { m_spec.inputFormat });
    auto device = std::make_unique<Device>();
    AVFormatContext *ctx = avformat_alloc_context();
    ctx->interrupt_callback.callback = &CameraSource::interruptCallback;
    ctx->interrupt_callback.opaque = this;
    AVDictionary *options = nullptr;
    if (m_spec.inputFormat != QLatin1String("lavfi")) {
        const QByteArray size = QStringLiteral("%1x%2").arg(m_spec.widthPx).arg(m_spec.heightPx).toUtf8();
        av_dict_set(&options, "video_size", size.constData(), 0);
        av_dict_set(&options, "framerate", QByteArray::number(m_spec.frameRate).constData(), 0);
    }
    m_deadlineNs.store(HearingClock::steadyNowNs() + kOpenTimeoutNs);
    const QByteArray url = m_spec.url.toUtf8();
    int rc = avformat_open_input(&ctx, url.constData(), format, &options);
    av_dict_free(&options);
    if (rc < 0) // ctx is freed by avformat_open_input on failure
        return Error::of(ErrorCode::CameraUnavailable,
            { m_spec.name, m_spec.inputFormat + QLatin1Char(':') + m_spec.url, ff::errorText(rc) });
    device->input.reset(ctx);
    rc = av_find_best_stream(ctx, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (rc < 0)
        return Error::of(ErrorCode::CameraNoVideo, { m_spec.name });
    device->streamIndex = rc;
    AVStream *stream = ctx->streams[rc];
    device->timeBase = stream->time_base;
    const AVCodec *codec = avcodec_find_decoder(stream->codecpar->codec_id);
    if (!codec)
        return Error::of(ErrorCode::CameraFormatUnsupported, { m_spec.name });
    device->decoder.reset(avcodec_alloc_context3(codec));
    avcodec_parameters_to_context(device->decoder.get(), stream->codecpar);
    device->decoder->thread_count = 1;
    rc = avcodec_open2(device->decoder.get(), codec, nullptr);
    if (rc < 0)
        return Error::of(ErrorCode::CameraDecoderFailed, { m_spec.name, ff::errorText(rc) });
    m_deadlineNs.store(0);
    m_device = std::move(device);
    m_connected.store(true);
    return {};
}

void CameraSource::close()
{
    m_device.reset();
    m_connected.store(false);
}

Status CameraSource::start()
{
    m_running.store(true);
    Status opened = open();
    if (!opened) {
        m_running.store(false);
        return opened;
    }
    qCDebug(lcCapture) << "camera" << m_spec.name << "opened:" << m_spec.inputFormat << m_spec.url.left(60);
    m_thread = std::thread([this] { run(); });
    return {};
}

void CameraSource::stop()
{
    m_running.store(false);
    if (m_thread.joinable())
        m_thread.join();
    close();
}

void CameraSource::run()
{
    while (m_running.load(std::memory_order_relaxed)) {
        if (!m_device) {
            Status reopened = open();
            if (!reopened) {
                for (int waited = 0; waited < kReopenIntervalMs && m_running.load(); waited += 50)
                    std::this_thread::sleep_for(std::chrono::milliseconds(50));
                continue;
            }
            m_reconnects.fetch_add(1, std::memory_order_relaxed);
            qCInfo(lcCapture) << "camera" << m_spec.name << "reconnected";
        }
        if (!readOne()) {
            if (!m_running.load())
                break;
            qCWarning(lcCapture) << "camera" << m_spec.name << "lost; reopening";
            close();
            // Give a replugged device time to settle; the encoder fills the gap meanwhile.
            for (int waited = 0; waited < kReopenIntervalMs && m_running.load(); waited += 50)
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }
}

bool CameraSource::readOne()
{
    Device &d = *m_device;
    m_deadlineNs.store(HearingClock::steadyNowNs() + kReadTimeoutNs, std::memory_order_relaxed);
    const int rc = av_read_frame(d.input.get(), d.packet.get());
    m_deadlineNs.store(0, std::memory_order_relaxed);
    if (rc == AVERROR(EAGAIN)) {
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
        return true;
    }
    if (rc < 0)
        return false;
    if (d.packet->stream_index != d.streamIndex) {
        av_packet_unref(d.packet.get());
        return true;
    }
    int sent = avcodec_send_packet(d.decoder.get(), d.packet.get());
    av_packet_unref(d.packet.get());
    if (sent < 0 && sent != AVERROR(EAGAIN))
        return true; // a corrupt packet: skip it
    while (avcodec_receive_frame(d.decoder.get(), d.decoded.get()) == 0) {
        deliver(d.decoded.get());
        av_frame_unref(d.decoded.get());
    }
    return true;
}

void CameraSource::deliver(AVFrame *decoded)
{
    Device &d = *m_device;
    qint64 stampNs = 0;
    if (m_spec.demo) {
        const qint64 pts = decoded->best_effort_timestamp;
        if (d.firstPts == AV_NOPTS_VALUE)
            d.firstPts = pts;
        stampNs = av_rescale_q(pts - d.firstPts, d.timeBase, AVRational { 1, 1'000'000'000 });
        // A synthetic source appears in real time on the part clock.
        while (m_running.load(std::memory_order_relaxed)) {
            const qint64 aheadNs = stampNs - m_clock.partTimeNs();
            if (aheadNs <= 0)
                break;
            std::this_thread::sleep_for(std::chrono::nanoseconds(std::min<qint64>(aheadNs, 5'000'000)));
        }
    } else {
        stampNs = m_clock.partTimeNs();
    }

    ff::FramePtr out;
    if (decoded->format == AV_PIX_FMT_YUV420P && decoded->width == m_spec.widthPx
        && decoded->height == m_spec.heightPx) {
        out = ff::cloneFrame(decoded);
    } else {
        out.reset(av_frame_alloc());
        out->format = AV_PIX_FMT_YUV420P;
        out->width = m_spec.widthPx;
        out->height = m_spec.heightPx;
        if (av_frame_get_buffer(out.get(), 0) < 0)
            return;
        d.sws.reset(sws_getCachedContext(d.sws.release(), decoded->width, decoded->height,
            static_cast<AVPixelFormat>(decoded->format), m_spec.widthPx, m_spec.heightPx, AV_PIX_FMT_YUV420P,
            SWS_FAST_BILINEAR, nullptr, nullptr, nullptr));
        if (!d.sws)
            return;
        sws_scale(d.sws.get(), decoded->data, decoded->linesize, 0, decoded->height, out->data, out->linesize);
    }
    m_captured.fetch_add(1, std::memory_order_relaxed);

    // Frozen picture: a sparse checksum of the luma plane that stays the same.
    quint64 checksum = 1469598103934665603ull;
    for (int y = 0; y < out->height; y += 16) {
        const uint8_t *row = out->data[0] + static_cast<std::ptrdiff_t>(y) * out->linesize[0];
        for (int x = 0; x < out->width; x += 16)
            checksum = (checksum ^ row[x]) * 1099511628211ull;
    }
    if (checksum == m_lastChecksum) {
        if (m_sameSinceNs < 0)
            m_sameSinceNs = stampNs;
        m_frozen.store(stampNs - m_sameSinceNs > kFrozenAfterNs, std::memory_order_relaxed);
    } else {
        m_sameSinceNs = -1;
        m_frozen.store(false, std::memory_order_relaxed);
    }
    m_lastChecksum = checksum;

    if (m_preview) {
        const qint64 nowNs = HearingClock::steadyNowNs();
        if (m_preview->due(nowNs))
            m_preview->publish(out.get(), nowNs);
    }

    m_lastStampNs.store(stampNs, std::memory_order_relaxed);
    m_queue.push(StampedFrame { std::move(out), stampNs });
}

} // namespace hattama
