#pragma once

#include "capture/AudioSource.h"

#include <QList>

#include <memory>
#include <vector>

typedef void PaStream;

namespace hattama {

// One PortAudio input device in callback mode. The callback copies the selected channels into
// the ring and returns: no locks, allocation, logging or Qt.
class PortAudioSource : public AudioSource {
public:
    // device: a PortAudio device index ("3") or a case-insensitive part of its name; empty
    // means the default input. channels: 0-based device channels to record, in track order;
    // empty means all input channels of the device. float32: capture in float (keeps 24-bit
    // interfaces' resolution); the default is 16-bit integer, plenty for speech and the format
    // every ALSA plugin converts exactly.
    static Result<std::unique_ptr<PortAudioSource>> open(
        const QString &device, const QList<int> &channels, int sampleRateHz, double ringSeconds, bool float32 = false);
    ~PortAudioSource() override;

    Status start() override;
    void stop() override;
    QString name() const override { return m_deviceName; }
    int channelOnSource(int channel) const override
    {
        return channel >= 0 && channel < int(m_channelMap.size()) ? m_channelMap[std::size_t(channel)] : channel;
    }
    int deviceChannelCount() const { return m_deviceChannels; }

    // The real-time callback (public only for the C trampoline).
    static int callback(const void *input, void *output, unsigned long frameCount, const void *timeInfo,
        unsigned long statusFlags, void *userData);

private:
    PortAudioSource(int channelCount, int sampleRateHz, double ringSeconds);

    QString m_deviceName;
    int m_deviceIndex = -1;
    int m_deviceChannels = 0;
    bool m_float32 = false;
    std::vector<int> m_channelMap; // track index -> device channel
    PaStream *m_stream = nullptr;
    bool m_initialized = false;
};

} // namespace hattama
