#include "media/AudioInputs.h"

#include "capture/DemoAudioSource.h"
#include "capture/MultiAudioSource.h"
#include "capture/PortAudioSource.h"

namespace hattama {

bool configWantsAudio(const RecorderConfig &config)
{
    return config.demoAudio ? config.demoMicrophones > 0 : config.useAudioDevice;
}

Result<std::unique_ptr<AudioSource>> openAudioInput(const RecorderConfig &c)
{
    if (!configWantsAudio(c))
        return std::unique_ptr<AudioSource>();
    if (c.audioSourceFactory)
        return c.audioSourceFactory(c);
    if (c.demoAudio)
        return std::unique_ptr<AudioSource>(
            std::make_unique<DemoAudioSource>(c.demoMicrophones, c.sampleRateHz, c.ringSeconds, c.demoAudioPaced));
    auto first = PortAudioSource::open(c.audioDevice, c.channels, c.sampleRateHz, c.ringSeconds, c.captureFloat32);
    if (!first)
        return first.error();
    if (c.extraAudioDevices.isEmpty())
        return std::unique_ptr<AudioSource>(std::move(*first));
    std::vector<std::unique_ptr<AudioSource>> inputs;
    inputs.push_back(std::move(*first));
    for (qsizetype i = 0; i < c.extraAudioDevices.size(); ++i) {
        const QString &device = c.extraAudioDevices.at(i);
        auto more = PortAudioSource::open(
            device, c.extraAudioChannels.value(i), c.sampleRateHz, c.ringSeconds, c.captureFloat32);
        if (!more)
            return more.error();
        if ((*more)->name() == inputs.front()->name())
            return Error::of(ErrorCode::AudioInputGivenTwice, { device });
        inputs.push_back(std::move(*more));
    }
    return std::unique_ptr<AudioSource>(std::make_unique<MultiAudioSource>(std::move(inputs), c.ringSeconds));
}

} // namespace hattama
