#pragma once

#include <QtGlobal>

#include <atomic>

namespace hattama {

// The one clock of a hearing. Within a part the master time is the count of audio samples
// written (sampleRateHz per second); between audio blocks it is interpolated with the
// monotonic clock, at most kMaxInterpolationNs ahead of the last block. A part without
// audio runs on the monotonic clock alone. Hearing time = part start (hearing ms) + part time.
// Thread-safe: one writer (the audio writer thread), any number of readers.
class HearingClock {
public:
    static constexpr qint64 kMaxInterpolationNs = 100'000'000;

    explicit HearingClock(int sampleRateHz = 48000);

    static qint64 steadyNowNs();
    // Sample count to nanoseconds without overflow for any realistic hearing length.
    static qint64 samplesToNs(qint64 samples, int sampleRateHz)
    {
        return samples / sampleRateHz * 1'000'000'000 + samples % sampleRateHz * 1'000'000'000 / sampleRateHz;
    }

    // Starts a part at hearingStartMs on the hearing clock. audioDriven: time follows
    // addAudioSamples(); otherwise the monotonic clock.
    void startPart(qint64 hearingStartMs, bool audioDriven);
    void addAudioSamples(qint64 count);

    int sampleRateHz() const { return m_sampleRateHz; }
    qint64 audioSamples() const { return m_samples.load(std::memory_order_acquire); }
    qint64 partStartHearingMs() const { return m_partStartMs.load(std::memory_order_acquire); }
    qint64 partTimeNs() const;
    qint64 hearingTimeNs() const { return partStartHearingMs() * 1'000'000 + partTimeNs(); }

private:
    const int m_sampleRateHz;
    std::atomic<qint64> m_partStartMs { 0 };
    std::atomic<qint64> m_partStartSteadyNs { 0 };
    std::atomic<qint64> m_samples { 0 };
    std::atomic<qint64> m_lastUpdateSteadyNs { 0 };
    std::atomic<bool> m_audioDriven { false };
};

} // namespace hattama
