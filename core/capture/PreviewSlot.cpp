#include "capture/PreviewSlot.h"

extern "C" {
#include <libavutil/frame.h>
#include <libswscale/swscale.h>
}

#include <algorithm>

namespace hattama {

PreviewSlot::PreviewSlot(int fps, int previewWidthPx)
    : m_intervalNs(1'000'000'000 / std::max(1, fps))
    , m_widthPx(std::max(16, previewWidthPx))
{
}

PreviewSlot::~PreviewSlot()
{
    sws_freeContext(m_sws);
}

void PreviewSlot::publish(const AVFrame *frame, qint64 steadyNs)
{
    m_nextDueNs.store(steadyNs + m_intervalNs, std::memory_order_relaxed);
    if (!frame || frame->width <= 0 || frame->height <= 0)
        return;
    const int width = std::min(m_widthPx, frame->width) & ~1;
    const int height = std::max(2, static_cast<int>(qint64(frame->height) * width / frame->width) & ~1);
    QImage image(width, height, QImage::Format_RGB32);
    m_sws = sws_getCachedContext(m_sws, frame->width, frame->height, static_cast<AVPixelFormat>(frame->format), width,
        height, AV_PIX_FMT_BGRA, SWS_BILINEAR, nullptr, nullptr, nullptr);
    if (!m_sws)
        return;
    uint8_t *planes[4] = { image.bits(), nullptr, nullptr, nullptr };
    int strides[4] = { static_cast<int>(image.bytesPerLine()), 0, 0, 0 };
    sws_scale(m_sws, frame->data, frame->linesize, 0, frame->height, planes, strides);
    // Never wait for the GUI: if it is copying the last picture right now, skip this one.
    std::unique_lock lock(m_mutex, std::try_to_lock);
    if (!lock.owns_lock())
        return;
    m_image = std::move(image);
    m_sequence.fetch_add(1, std::memory_order_release);
    m_published.fetch_add(1, std::memory_order_relaxed);
}

QImage PreviewSlot::takeNewer(quint64 &sequence) const
{
    std::lock_guard lock(m_mutex);
    const quint64 now = m_sequence.load(std::memory_order_acquire);
    if (now == sequence)
        return {};
    sequence = now;
    return m_image;
}

} // namespace hattama
