#include "capture/LevelMeter.h"

#include <cmath>

namespace hattama {

LevelMeter::LevelMeter(int channelCount, Settings settings)
    : m_settings(settings)
    , m_windowFrames(static_cast<std::size_t>(settings.sampleRateHz * settings.windowMs / 1000))
    , m_channels(static_cast<std::size_t>(channelCount))
{
}

float LevelMeter::toDbfs(double linear)
{
    if (linear <= 1e-6)
        return -120.0f;
    return static_cast<float>(20.0 * std::log10(linear));
}

void LevelMeter::process(const float *interleaved, std::size_t frameCount)
{
    const std::size_t channels = m_channels.size();
    if (channels == 0)
        return;
    for (std::size_t f = 0; f < frameCount; ++f) {
        for (std::size_t c = 0; c < channels; ++c) {
            const float v = interleaved[f * channels + c];
            const float a = std::fabs(v);
            Channel &ch = m_channels[c];
            ch.sumSquares += static_cast<double>(v) * v;
            if (a > ch.peak)
                ch.peak = a;
            if (a >= 0.999f)
                ch.clipped.fetch_add(1, std::memory_order_relaxed);
        }
        if (++m_inWindow < m_windowFrames)
            continue;
        for (Channel &ch : m_channels) {
            const float peakDb = toDbfs(ch.peak);
            const float rmsDb = toDbfs(std::sqrt(ch.sumSquares / static_cast<double>(m_inWindow)));
            ch.peakDbfs.store(peakDb, std::memory_order_relaxed);
            ch.rmsDbfs.store(rmsDb, std::memory_order_relaxed);
            if (rmsDb >= m_settings.voiceThresholdDbfs)
                ch.hangoverSamples = static_cast<qint64>(m_settings.voiceHangoverMs) * m_settings.sampleRateHz / 1000;
            else
                ch.hangoverSamples = std::max<qint64>(0, ch.hangoverSamples - static_cast<qint64>(m_inWindow));
            ch.voiceActive.store(ch.hangoverSamples > 0, std::memory_order_relaxed);
            if (peakDb < m_settings.silenceThresholdDbfs)
                ch.silentSamples += static_cast<qint64>(m_inWindow);
            else
                ch.silentSamples = 0;
            ch.noSignal.store(
                ch.silentSamples >= static_cast<qint64>(m_settings.noSignalAfterMs) * m_settings.sampleRateHz / 1000,
                std::memory_order_relaxed);
            ch.sumSquares = 0.0;
            ch.peak = 0.0f;
        }
        m_inWindow = 0;
    }
}

ChannelLevel LevelMeter::level(int channel) const
{
    const Channel &ch = m_channels.at(static_cast<std::size_t>(channel));
    ChannelLevel level;
    level.peakDbfs = ch.peakDbfs.load(std::memory_order_relaxed);
    level.rmsDbfs = ch.rmsDbfs.load(std::memory_order_relaxed);
    level.voiceActive = ch.voiceActive.load(std::memory_order_relaxed);
    level.noSignal = ch.noSignal.load(std::memory_order_relaxed);
    level.clippedSamples = ch.clipped.load(std::memory_order_relaxed);
    return level;
}

} // namespace hattama
