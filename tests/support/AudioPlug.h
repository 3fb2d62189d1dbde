#pragma once

#include "media/RecorderConfig.h"

#include <atomic>
#include <memory>

namespace hattama::test {

// The cable of a simulated audio interface. Sources made by factory() play the demo
// microphones' signal in real time while plugged; pulling the plug silences the running ones
// (as a device that stops calling back) and makes opening a new one fail, as a missing device
// does. Put factory() into RecorderConfig::audioSourceFactory.
class AudioPlug {
public:
    AudioPlug();

    void setPlugged(bool plugged);
    bool plugged() const;
    AudioSourceFactory factory() const;

private:
    std::shared_ptr<std::atomic<bool>> m_plugged;
};

} // namespace hattama::test
