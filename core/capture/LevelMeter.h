#pragma once

#include <QtGlobal>

#include <atomic>
#include <vector>

namespace hattama {

// Levels of one microphone channel as last published (about every 50 ms).
struct ChannelLevel {
    float peakDbfs = -120.0f;
    float rmsDbfs = -120.0f;
    bool voiceActive = false;
    bool noSignal = false; // silent for longer than the configured time
    qint64 clippedSamples = 0;
};

// Per-channel peak/RMS, voice activity, clipping and "no signal". Fed by the audio writer
// thread; read from any thread (atomics, no locks).
class LevelMeter {
public:
    struct Settings {
        int sampleRateHz = 48000;
        int windowMs = 50; // one published value per window (20 Hz)
        float voiceThresholdDbfs = -42.0f;
        int voiceHangoverMs = 300;
        float silenceThresholdDbfs = -70.0f;
        int noSignalAfterMs = 10'000;
    };

    LevelMeter(int channelCount, Settings settings);

    // Interleaved float frames from the writer thread.
    void process(const float *interleaved, std::size_t frameCount);
    ChannelLevel level(int channel) const;
    int channelCount() const { return static_cast<int>(m_channels.size()); }

    static float toDbfs(double linear);

private:
    struct Channel {
        // Accumulators (writer thread only).
        double sumSquares = 0.0;
        float peak = 0.0f;
        qint64 silentSamples = 0;
        qint64 hangoverSamples = 0;
        // Published values.
        std::atomic<float> peakDbfs { -120.0f };
        std::atomic<float> rmsDbfs { -120.0f };
        std::atomic<bool> voiceActive { false };
        std::atomic<bool> noSignal { false };
        std::atomic<qint64> clipped { 0 };
    };

    Settings m_settings;
    std::size_t m_windowFrames;
    std::size_t m_inWindow = 0;
    std::vector<Channel> m_channels;
};

} // namespace hattama
