#pragma once

#include <QString>

namespace hattama::test {

// The demo recording the playback tests read back, made by the real recorder in real time:
// 2 demo microphones, 2 demo cameras (160×120 at 20 fps), half-second segments; part 1 of
// 6 s, a recess of about 1 s on the hearing clock, part 2 of 5 s: 22 segment boundaries and
// one recess. The cameras flash white and the microphones beep 1 kHz at every whole second
// of each part.
struct DemoRecording {
    static constexpr int kMicrophones = 2;
    static constexpr int kCameras = 2;
    static constexpr int kFrameRate = 20;
    static constexpr qint64 kSegmentMs = 500;
    static constexpr qint64 kPart1Ms = 6000;
    static constexpr qint64 kPart2Ms = 5000;
};

// Records it into hearingDir (fails the test when recording fails).
void recordDemoHearing(const QString &hearingDir);

} // namespace hattama::test
