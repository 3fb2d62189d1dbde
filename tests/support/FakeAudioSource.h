#pragma once

#include "capture/AudioSource.h"

namespace hattama::test {

// An audio source driven by the test itself: nothing runs on its own, the test is the
// producer and calls push() from the thread it chooses (the real-time side of the ring).
class FakeAudioSource : public AudioSource {
public:
    FakeAudioSource(int channelCount, int sampleRateHz, double ringSeconds)
        : AudioSource(channelCount, sampleRateHz, ringSeconds)
    {
    }

    Status start() override { return {}; }
    void stop() override { }
    QString name() const override { return QStringLiteral("fake"); }

    // As a device callback does: frameCount frames, gather(frame, channel) gives one sample.
    template<typename Gather> void push(std::size_t frameCount, Gather &&gather)
    {
        pushFrames(frameCount, std::forward<Gather>(gather));
    }
    // Frames that went into the ring so far (producer side).
    qint64 committedFrames() const { return m_committedFrames; }
};

} // namespace hattama::test
