#pragma once

#include "capture/SpscRing.h"
#include "util/Result.h"

#include <QString>

#include <atomic>
#include <memory>

namespace hattama {

// A run of frames the producer had to drop because the ring was full, at its place in the
// stream (position = frames committed to the ring before it).
struct DropEvent {
    qint64 position = 0;
    qint64 frames = 0;
};

// A source of interleaved float audio at 48 kHz feeding a lock-free ring. The producer
// (a PortAudio callback or the demo thread) never blocks: when the ring is full the block is
// dropped and counted, and the drop is recorded at its place in the stream; the audio writer
// puts the same number of silent frames there, so that later audio never shifts in time.
class AudioSource {
public:
    AudioSource(int channelCount, int sampleRateHz, double ringSeconds)
        : m_channelCount(channelCount)
        , m_sampleRateHz(sampleRateHz)
        , m_ring(static_cast<std::size_t>(ringSeconds * sampleRateHz) * static_cast<std::size_t>(channelCount))
        , m_drops(256)
    {
    }
    virtual ~AudioSource() = default;
    AudioSource(const AudioSource &) = delete;
    AudioSource &operator=(const AudioSource &) = delete;

    virtual Status start() = 0;
    virtual void stop() = 0;
    virtual QString name() const = 0;
    // The device a channel (0-based, of this source) comes from, and its channel there.
    virtual QString channelSource(int /*channel*/) const { return name(); }
    virtual int channelOnSource(int channel) const { return channel; }

    int channelCount() const { return m_channelCount; }
    int sampleRateHz() const { return m_sampleRateHz; }
    SpscRing<float> &ring() { return m_ring; }
    SpscRing<DropEvent> &drops() { return m_drops; }
    // A drop still in progress when the producer stopped (read after stop()).
    DropEvent openDrop() const
    {
        return DropEvent { m_dropStart.load(std::memory_order_acquire), m_dropFrames.load(std::memory_order_acquire) };
    }
    // Frames (one sample of every channel) dropped because the ring was full.
    qint64 droppedFrames() const { return m_droppedFrames.load(std::memory_order_acquire); }
    // Number of times the producer found the ring full.
    qint64 overruns() const { return m_overruns.load(std::memory_order_acquire); }
    // Device-side overflows reported by the driver (input overflow flag).
    qint64 deviceOverflows() const { return m_deviceOverflows.load(std::memory_order_acquire); }

protected:
    // For producers: copy frameCount frames; gather(frame, channel) gives one sample.
    template<typename Gather> void pushFrames(std::size_t frameCount, Gather &&gather)
    {
        const std::size_t channels = static_cast<std::size_t>(m_channelCount);
        const std::size_t needed = frameCount * channels;
        const qint64 frames = static_cast<qint64>(frameCount);
        qint64 dropFrames = m_dropFrames.load(std::memory_order_relaxed);
        if (dropFrames > 0 && m_ring.writable() >= needed) {
            // Close the drop run before new audio follows it; if the event ring is full, the
            // run goes on (dropping this block too) so the stream stays in order.
            if (m_drops.writable() >= 1) {
                m_drops.slot(0) = DropEvent { m_dropStart.load(std::memory_order_relaxed), dropFrames };
                m_drops.commit(1);
                m_dropFrames.store(0, std::memory_order_release);
                dropFrames = 0;
            }
        }
        if (dropFrames > 0 || m_ring.writable() < needed) {
            if (dropFrames == 0)
                m_dropStart.store(m_committedFrames, std::memory_order_relaxed);
            m_dropFrames.store(dropFrames + frames, std::memory_order_release);
            m_overruns.fetch_add(1, std::memory_order_acq_rel);
            m_droppedFrames.fetch_add(frames, std::memory_order_acq_rel);
            return;
        }
        for (std::size_t f = 0; f < frameCount; ++f)
            for (std::size_t c = 0; c < channels; ++c)
                m_ring.slot(f * channels + c) = gather(f, c);
        m_ring.commit(needed);
        m_committedFrames += frames;
    }

    const int m_channelCount;
    const int m_sampleRateHz;
    SpscRing<float> m_ring;
    SpscRing<DropEvent> m_drops;
    qint64 m_committedFrames = 0; // producer only
    std::atomic<qint64> m_dropStart { 0 };
    std::atomic<qint64> m_dropFrames { 0 };
    std::atomic<qint64> m_droppedFrames { 0 };
    std::atomic<qint64> m_overruns { 0 };
    std::atomic<qint64> m_deviceOverflows { 0 };
};

} // namespace hattama
