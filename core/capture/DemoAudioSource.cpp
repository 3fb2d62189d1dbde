#include "capture/DemoAudioSource.h"

#include "capture/HearingClock.h"

#include <chrono>
#include <cmath>
#include <numbers>
#include <vector>

namespace hattama {

DemoAudioSource::DemoAudioSource(int channelCount, int sampleRateHz, double ringSeconds, bool paced)
    : AudioSource(channelCount, sampleRateHz, ringSeconds)
    , m_paced(paced)
{
}

DemoAudioSource::~DemoAudioSource()
{
    stop();
}

float DemoAudioSource::sample(int channel1Based, qint64 sampleIndex, int sampleRateHz)
{
    const double t = static_cast<double>(sampleIndex % (static_cast<qint64>(sampleRateHz) * 3600)) / sampleRateHz;
    const double toneHz = 300.0 + 100.0 * channel1Based;
    double value = 0.25 * std::sin(2.0 * std::numbers::pi * toneHz * t);
    const qint64 inSecond = sampleIndex % sampleRateHz;
    if (inSecond < sampleRateHz / 20) // 50 ms beep from every whole second
        value += 0.5 * std::sin(2.0 * std::numbers::pi * 1000.0 * static_cast<double>(inSecond) / sampleRateHz);
    return static_cast<float>(value);
}

Status DemoAudioSource::start()
{
    if (m_running.exchange(true))
        return {};
    m_thread = std::thread([this] { run(); });
    return {};
}

void DemoAudioSource::stop()
{
    m_running.store(false);
    if (m_thread.joinable())
        m_thread.join();
}

void DemoAudioSource::run()
{
    const std::size_t blockFrames = static_cast<std::size_t>(m_sampleRateHz / 100);
    const qint64 startNs = HearingClock::steadyNowNs();
    qint64 produced = 0;
    while (m_running.load(std::memory_order_acquire)) {
        if (m_paced) {
            const qint64 dueNs
                = startNs + (produced + static_cast<qint64>(blockFrames)) * 1'000'000'000 / m_sampleRateHz;
            const qint64 waitNs = dueNs - HearingClock::steadyNowNs();
            if (waitNs > 0) {
                std::this_thread::sleep_for(std::chrono::nanoseconds(std::min<qint64>(waitNs, 5'000'000)));
                continue;
            }
        } else if (m_ring.writable() < blockFrames * static_cast<std::size_t>(m_channelCount)) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
            continue;
        }
        const qint64 base = produced;
        pushFrames(blockFrames, [&](std::size_t frame, std::size_t channel) {
            return sample(static_cast<int>(channel) + 1, base + static_cast<qint64>(frame), m_sampleRateHz);
        });
        produced += static_cast<qint64>(blockFrames);
    }
}

} // namespace hattama
