#pragma once

#include <QtGlobal>

class QIODevice;

namespace hattama {

// Where the player's sound goes, and the player's one clock: how much of the sound has been
// heard. The sound is mono 32-bit float at the timeline's sample rate, pulled from source.
// Implemented by the sound card (QAudioSink, in ui/review) and by SystemClockOutput (no sound
// device: the system clock paces the pulls and nothing is heard).
class PlaybackOutput {
public:
    virtual ~PlaybackOutput() = default;

    // Starts pulling from source from its beginning (heard frames back to 0).
    virtual bool start(QIODevice *source, int sampleRateHz) = 0;
    virtual void stop() = 0;
    virtual void setPaused(bool paused) = 0;
    // Frames heard since start: pulled minus what still waits in the output's buffer.
    virtual qint64 heardFrames() const = 0;
    // True when no sound device plays: the system clock stands in.
    virtual bool isSystemClock() const = 0;
};

} // namespace hattama
