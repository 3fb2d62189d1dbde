#include "capture/PortAudioSource.h"

#include "capture/StderrSilencer.h"
#include "util/Logging.h"

#include <portaudio.h>

namespace hattama {

namespace {
int paCallback(const void *input, void *output, unsigned long frameCount, const PaStreamCallbackTimeInfo *,
    PaStreamCallbackFlags statusFlags, void *userData)
{
    return PortAudioSource::callback(input, output, frameCount, nullptr, statusFlags, userData);
}
} // namespace

PortAudioSource::PortAudioSource(int channelCount, int sampleRateHz, double ringSeconds)
    : AudioSource(channelCount, sampleRateHz, ringSeconds)
{
}

PortAudioSource::~PortAudioSource()
{
    stop();
    if (m_stream)
        Pa_CloseStream(m_stream);
    if (m_initialized)
        Pa_Terminate();
}

Result<std::unique_ptr<PortAudioSource>> PortAudioSource::open(
    const QString &device, const QList<int> &channels, int sampleRateHz, double ringSeconds, bool float32)
{
    // Pa_Initialize scans every ALSA card and JACK server, and opening a stream probes again:
    // dozens of library lines on stderr that would bury the error a missing device gives.
    StderrSilencer quiet;
    if (Pa_Initialize() != paNoError)
        return Error::of(ErrorCode::AudioSystemUnavailable);
    struct Guard {
        bool release = true;
        ~Guard()
        {
            if (release)
                Pa_Terminate();
        }
    } guard;

    int index = -1;
    bool isNumber = false;
    const int asNumber = device.toInt(&isNumber);
    const int count = Pa_GetDeviceCount();
    if (device.isEmpty()) {
        index = Pa_GetDefaultInputDevice();
    } else if (isNumber) {
        if (asNumber >= 0 && asNumber < count && Pa_GetDeviceInfo(asNumber)->maxInputChannels > 0)
            index = asNumber;
    } else {
        // Exact name first, then a part of the name.
        for (int i = 0; i < count && index < 0; ++i) {
            const PaDeviceInfo *info = Pa_GetDeviceInfo(i);
            if (info->maxInputChannels > 0 && QString::fromUtf8(info->name).compare(device, Qt::CaseInsensitive) == 0)
                index = i;
        }
        for (int i = 0; i < count && index < 0; ++i) {
            const PaDeviceInfo *info = Pa_GetDeviceInfo(i);
            if (info->maxInputChannels > 0 && QString::fromUtf8(info->name).contains(device, Qt::CaseInsensitive))
                index = i;
        }
    }
    if (index < 0 || index >= count)
        return device.isEmpty() ? Error::of(ErrorCode::AudioDefaultInputMissing)
                                : Error::of(ErrorCode::AudioInputMissing, { device });
    const PaDeviceInfo *info = Pa_GetDeviceInfo(index);
    const int deviceChannels = info->maxInputChannels;
    std::vector<int> map;
    if (channels.isEmpty()) {
        for (int c = 0; c < deviceChannels; ++c)
            map.push_back(c);
    } else {
        for (int c : channels) {
            if (c < 0 || c >= deviceChannels)
                return Error::of(ErrorCode::AudioChannelMissing,
                    { QString::fromUtf8(info->name), QString::number(deviceChannels), QString::number(c + 1) });
            map.push_back(c);
        }
    }
    int openChannels = 0;
    for (int c : map)
        openChannels = std::max(openChannels, c + 1);

    std::unique_ptr<PortAudioSource> source(
        new PortAudioSource(static_cast<int>(map.size()), sampleRateHz, ringSeconds));
    source->m_initialized = true;
    guard.release = false;
    source->m_deviceName = QString::fromUtf8(info->name);
    source->m_deviceIndex = index;
    source->m_deviceChannels = openChannels;
    source->m_channelMap = std::move(map);
    source->m_float32 = float32;

    PaStreamParameters params {};
    params.device = index;
    params.channelCount = openChannels;
    params.sampleFormat = float32 ? paFloat32 : paInt16;
    params.suggestedLatency = info->defaultHighInputLatency;
    const PaError err = Pa_OpenStream(&source->m_stream, &params, nullptr, sampleRateHz, paFramesPerBufferUnspecified,
        paNoFlag, &paCallback, source.get());
    if (err != paNoError) {
        source->m_stream = nullptr;
        return Error::of(ErrorCode::AudioInputOpenFailed,
            { source->m_deviceName, QString::number(openChannels), QString::number(sampleRateHz),
                QString::fromUtf8(Pa_GetErrorText(err)) });
    }
    qCInfo(lcCapture) << "opened audio input" << source->m_deviceName << "with" << openChannels << "channels";
    return source;
}

int PortAudioSource::callback(
    const void *input, void *, unsigned long frameCount, const void *, unsigned long statusFlags, void *userData)
{
    auto *self = static_cast<PortAudioSource *>(userData);
    if (statusFlags & paInputOverflow)
        self->m_deviceOverflows.fetch_add(1, std::memory_order_relaxed);
    const std::size_t stride = static_cast<std::size_t>(self->m_deviceChannels);
    const int *map = self->m_channelMap.data();
    if (!input) {
        self->pushFrames(frameCount, [](std::size_t, std::size_t) { return 0.0f; });
    } else if (self->m_float32) {
        const auto *in = static_cast<const float *>(input);
        self->pushFrames(frameCount, [&](std::size_t frame, std::size_t channel) {
            return in[frame * stride + static_cast<std::size_t>(map[channel])];
        });
    } else {
        const auto *in = static_cast<const qint16 *>(input);
        self->pushFrames(frameCount, [&](std::size_t frame, std::size_t channel) {
            return static_cast<float>(in[frame * stride + static_cast<std::size_t>(map[channel])]) / 32768.0f;
        });
    }
    return paContinue;
}

Status PortAudioSource::start()
{
    if (!m_stream)
        return Error::of(ErrorCode::AudioInputStartFailed, { m_deviceName, QStringLiteral("not open") });
    const PaError err = Pa_StartStream(m_stream);
    if (err != paNoError)
        return Error::of(ErrorCode::AudioInputStartFailed, { m_deviceName, QString::fromUtf8(Pa_GetErrorText(err)) });
    return {};
}

void PortAudioSource::stop()
{
    if (m_stream && Pa_IsStreamActive(m_stream) == 1)
        Pa_StopStream(m_stream);
}

} // namespace hattama
