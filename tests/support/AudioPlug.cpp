#include "AudioPlug.h"

#include "capture/DemoAudioSource.h"
#include "capture/HearingClock.h"

#include <chrono>
#include <thread>

namespace hattama::test {

namespace {

// The demo signal, paced in 10 ms blocks, delivered only while the plug is in.
class PluggedDemoSource : public AudioSource {
public:
    PluggedDemoSource(
        int channelCount, int sampleRateHz, double ringSeconds, std::shared_ptr<std::atomic<bool>> plugged)
        : AudioSource(channelCount, sampleRateHz, ringSeconds)
        , m_plugged(std::move(plugged))
    {
    }
    ~PluggedDemoSource() override { stop(); }

    Status start() override
    {
        if (!m_running.exchange(true))
            m_thread = std::thread([this] { run(); });
        return {};
    }
    void stop() override
    {
        m_running.store(false);
        if (m_thread.joinable())
            m_thread.join();
    }
    QString name() const override { return QStringLiteral("test interface"); }

private:
    void run()
    {
        const std::size_t blockFrames = static_cast<std::size_t>(m_sampleRateHz / 100);
        qint64 produced = 0;
        qint64 startNs = HearingClock::steadyNowNs();
        while (m_running.load(std::memory_order_acquire)) {
            if (!m_plugged->load(std::memory_order_acquire)) {
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
                // When plugged back in, go on from now rather than catching up.
                startNs = HearingClock::steadyNowNs() - HearingClock::samplesToNs(produced, m_sampleRateHz);
                continue;
            }
            const qint64 dueNs
                = startNs + HearingClock::samplesToNs(produced + static_cast<qint64>(blockFrames), m_sampleRateHz);
            const qint64 waitNs = dueNs - HearingClock::steadyNowNs();
            if (waitNs > 0) {
                std::this_thread::sleep_for(std::chrono::nanoseconds(std::min<qint64>(waitNs, 5'000'000)));
                continue;
            }
            const qint64 base = produced;
            pushFrames(blockFrames, [&](std::size_t frame, std::size_t channel) {
                return DemoAudioSource::sample(
                    static_cast<int>(channel) + 1, base + static_cast<qint64>(frame), m_sampleRateHz);
            });
            produced += static_cast<qint64>(blockFrames);
        }
    }

    std::shared_ptr<std::atomic<bool>> m_plugged;
    std::atomic<bool> m_running { false };
    std::thread m_thread;
};

} // namespace

AudioPlug::AudioPlug()
    : m_plugged(std::make_shared<std::atomic<bool>>(true))
{
}

void AudioPlug::setPlugged(bool plugged)
{
    m_plugged->store(plugged, std::memory_order_release);
}

bool AudioPlug::plugged() const
{
    return m_plugged->load(std::memory_order_acquire);
}

AudioSourceFactory AudioPlug::factory() const
{
    return [plugged = m_plugged](const RecorderConfig &config) -> Result<std::unique_ptr<AudioSource>> {
        if (!plugged->load(std::memory_order_acquire))
            return environmentError(QStringLiteral("the test's audio interface is unplugged"));
        return std::unique_ptr<AudioSource>(std::make_unique<PluggedDemoSource>(
            config.demoMicrophones, config.sampleRateHz, config.ringSeconds, plugged));
    };
}

} // namespace hattama::test
