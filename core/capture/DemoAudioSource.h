#pragma once

#include "capture/AudioSource.h"

#include <thread>

namespace hattama {

// Demo microphones: channel k (1-based) plays a steady tone of 300 + 100·k Hz and a 1 kHz beep
// of 50 ms starting at every whole second of the part clock. Paced in real time (10 ms blocks)
// or, for tests, as fast as the ring takes it.
class DemoAudioSource : public AudioSource {
public:
    DemoAudioSource(int channelCount, int sampleRateHz, double ringSeconds, bool paced = true);
    ~DemoAudioSource() override;

    Status start() override;
    void stop() override;
    QString name() const override { return QStringLiteral("demo"); }

    // The demo signal itself (also used by tests and the benchmark to check results).
    static float sample(int channel1Based, qint64 sampleIndex, int sampleRateHz);

private:
    void run();

    const bool m_paced;
    std::atomic<bool> m_running { false };
    std::thread m_thread;
};

} // namespace hattama
