#pragma once

#include "capture/SpscRing.h"
#include "util/Result.h"

#include <QString>

#include <atomic>
#include <memory>

namespace hattama {

// A source of interleaved float audio at 48 kHz feeding a lock-free ring. The producer
// (a PortAudio callback or the demo thread) never blocks: when the ring is full the block is
// dropped and counted; the audio writer replaces dropped frames with silence so that time
// never shifts.
class AudioSource {
public:
    AudioSource(int channelCount, int sampleRateHz, double ringSeconds)
        : m_channelCount(channelCount), m_sampleRateHz(sampleRateHz),
          m_ring(static_cast<std::size_t>(ringSeconds * sampleRateHz) * static_cast<std::size_t>(channelCount))
    {
    }
    virtual ~AudioSource() = default;
    AudioSource(const AudioSource &) = delete;
    AudioSource &operator=(const AudioSource &) = delete;

    virtual Status start() = 0;
    virtual void stop() = 0;
    virtual QString name() const = 0;

    int channelCount() const { return m_channelCount; }
    int sampleRateHz() const { return m_sampleRateHz; }
    SpscRing<float> &ring() { return m_ring; }
    // Frames (one sample of every channel) dropped because the ring was full.
    qint64 droppedFrames() const { return m_droppedFrames.load(std::memory_order_acquire); }
    // Number of times the producer found the ring full.
    qint64 overruns() const { return m_overruns.load(std::memory_order_acquire); }
    // Device-side overflows reported by the driver (input overflow flag).
    qint64 deviceOverflows() const { return m_deviceOverflows.load(std::memory_order_acquire); }

protected:
    // For producers: copy frameCount frames; gather(frame, channel) gives one sample.
    template <typename Gather>
    void pushFrames(std::size_t frameCount, Gather &&gather)
    {
        const std::size_t channels = static_cast<std::size_t>(m_channelCount);
        const std::size_t needed = frameCount * channels;
        if (m_ring.writable() < needed) {
            m_overruns.fetch_add(1, std::memory_order_acq_rel);
            m_droppedFrames.fetch_add(static_cast<qint64>(frameCount), std::memory_order_acq_rel);
            return;
        }
        for (std::size_t f = 0; f < frameCount; ++f)
            for (std::size_t c = 0; c < channels; ++c)
                m_ring.slot(f * channels + c) = gather(f, c);
        m_ring.commit(needed);
    }

    const int m_channelCount;
    const int m_sampleRateHz;
    SpscRing<float> m_ring;
    std::atomic<qint64> m_droppedFrames{0};
    std::atomic<qint64> m_overruns{0};
    std::atomic<qint64> m_deviceOverflows{0};
};

} // namespace hattama
