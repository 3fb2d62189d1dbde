#pragma once

#include "capture/AudioSource.h"
#include "media/RecorderConfig.h"
#include "util/Result.h"

#include <memory>

namespace hattama {

// Opens the audio input a configuration asks for: the demo microphones, one PortAudio device,
// or several (config.audioDevice first, then config.extraAudioDevices, merged on the first
// one's clock by MultiAudioSource). Null without audio. Not started yet.
Result<std::unique_ptr<AudioSource>> openAudioInput(const RecorderConfig &config);

// Whether the configuration records sound at all.
bool configWantsAudio(const RecorderConfig &config);

} // namespace hattama
