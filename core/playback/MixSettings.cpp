#include "playback/MixSettings.h"

#include <algorithm>

namespace hattama {

bool MixSettings::audible(int microphone) const
{
    if (!solo.isEmpty())
        return solo.contains(microphone);
    return !muted.contains(microphone);
}

double MixSettings::gain(int microphone) const
{
    return microphone >= 1 && microphone <= gains.size() ? gains[microphone - 1] : 1.0;
}

void MixSettings::mix(const std::vector<std::vector<float>> &perMicrophone, std::vector<float> &out) const
{
    std::size_t frames = 0;
    for (const auto &samples : perMicrophone)
        frames = std::max(frames, samples.size());
    out.assign(frames, 0.0f);
    for (std::size_t k = 0; k < perMicrophone.size(); ++k) {
        const int microphone = static_cast<int>(k) + 1;
        if (!audible(microphone))
            continue;
        const auto factor = static_cast<float>(gain(microphone));
        const std::vector<float> &samples = perMicrophone[k];
        for (std::size_t i = 0; i < samples.size(); ++i)
            out[i] += factor * samples[i];
    }
    for (float &sample : out)
        sample = std::clamp(sample, -1.0f, 1.0f);
}

} // namespace hattama
