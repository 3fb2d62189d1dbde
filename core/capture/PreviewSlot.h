#pragma once

#include <QImage>

#include <atomic>
#include <mutex>

struct AVFrame;
struct SwsContext;

namespace hattama {

// The newest small picture of one camera, for the GUI's preview tiles. The camera's thread
// publishes at most `fps` pictures a second, scaled down to previewWidthPx; publishing never
// waits (a GUI that is reading at that moment just misses one picture), so a preview can never
// slow the recording. The GUI takes the picture when it is newer than the one it has.
class PreviewSlot {
public:
    static constexpr int kDefaultFps = 5;
    static constexpr int kDefaultWidthPx = 320;

    explicit PreviewSlot(int fps = kDefaultFps, int previewWidthPx = kDefaultWidthPx);
    ~PreviewSlot();
    PreviewSlot(const PreviewSlot &) = delete;
    PreviewSlot &operator=(const PreviewSlot &) = delete;

    // Producer (one camera thread): true when the next picture is due at steadyNs.
    bool due(qint64 steadyNs) const { return steadyNs >= m_nextDueNs.load(std::memory_order_relaxed); }
    // Producer: scales a YUV420P frame into the slot and schedules the next one.
    void publish(const AVFrame *yuv420p, qint64 steadyNs);

    // Consumer: the newest picture when it is newer than `sequence` (which is then updated),
    // else a null image.
    QImage takeNewer(quint64 &sequence) const;
    quint64 sequence() const { return m_sequence.load(std::memory_order_acquire); }
    qint64 published() const { return m_published.load(std::memory_order_relaxed); }

private:
    const qint64 m_intervalNs;
    const int m_widthPx;
    std::atomic<qint64> m_nextDueNs { 0 };
    SwsContext *m_sws = nullptr; // producer only
    mutable std::mutex m_mutex;
    QImage m_image;
    std::atomic<quint64> m_sequence { 0 };
    std::atomic<qint64> m_published { 0 };
};

} // namespace hattama
