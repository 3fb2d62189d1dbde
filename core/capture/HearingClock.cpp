#include "capture/HearingClock.h"

#include <algorithm>
#include <chrono>

namespace hattama {

HearingClock::HearingClock(int sampleRateHz)
    : m_sampleRateHz(sampleRateHz)
{
}

qint64 HearingClock::steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void HearingClock::startPart(qint64 hearingStartMs, bool audioDriven)
{
    const qint64 now = steadyNowNs();
    m_samples.store(0, std::memory_order_release);
    m_partStartSteadyNs.store(now, std::memory_order_release);
    m_lastUpdateSteadyNs.store(now, std::memory_order_release);
    m_audioDriven.store(audioDriven, std::memory_order_release);
    m_partStartMs.store(hearingStartMs, std::memory_order_release);
}

void HearingClock::addAudioSamples(qint64 count)
{
    m_lastUpdateSteadyNs.store(steadyNowNs(), std::memory_order_release);
    m_samples.fetch_add(count, std::memory_order_acq_rel);
}

qint64 HearingClock::partTimeNs() const
{
    const qint64 now = steadyNowNs();
    if (!m_audioDriven.load(std::memory_order_acquire))
        return now - m_partStartSteadyNs.load(std::memory_order_acquire);
    const qint64 samples = m_samples.load(std::memory_order_acquire);
    const qint64 sinceUpdate
        = std::clamp<qint64>(now - m_lastUpdateSteadyNs.load(std::memory_order_acquire), 0, kMaxInterpolationNs);
    return samplesToNs(samples, m_sampleRateHz) + sinceUpdate;
}

} // namespace hattama
