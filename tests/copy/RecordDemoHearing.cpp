// Test fixture: a real demo recording with a recess, for the party's copy tests
// (make-demo-copy.sh). The command line cannot make a recess (the window's Recess button
// does), so this drives the recorder as the window does: part 1 of 4 s, a recess of 2 s on
// the hearing clock, part 2 of 6 s; 3 demo microphones, 2 demo cameras 320×180 at 25 fps,
// 2 s segments. The cameras flash white and the microphones beep at every whole second of a part.
//
//   record_demo_hearing HEARING_DIR
// Prints "part1End=<ms> part2Start=<ms> end=<ms>" (hearing time) for the script's entries.
#include "capture/CameraSpec.h"
#include "media/Recorder.h"
#include "playback/HearingTimeline.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <cstdio>
#include <functional>

using namespace hattama;

namespace {

// Services the recorder until the condition holds (or a minute passes on a loaded machine).
bool serviceUntil(Recorder &recorder, const std::function<bool()> &until)
{
    QDeadlineTimer deadline(120'000);
    while (!until()) {
        if (deadline.hasExpired())
            return false;
        recorder.service();
        QThread::msleep(5);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: record_demo_hearing HEARING_DIR\n");
        return 2;
    }
    RecorderConfig config;
    config.hearingDir = QString::fromLocal8Bit(argv[1]);
    config.title = QStringLiteral("2-1234/2026");
    config.demoAudio = true;
    config.demoMicrophones = 3;
    for (int camera = 1; camera <= 2; ++camera)
        config.cameras.push_back(CameraSpec::demoCamera(camera, 320, 180, 25));
    config.video.widthPx = 320;
    config.video.heightPx = 180;
    config.video.frameRate = 25;
    config.video.preset = QStringLiteral("ultrafast");
    config.segmentDurationMs = 2000;

    Recorder recorder(config);
    if (!recorder.start()) {
        std::fprintf(stderr, "record_demo_hearing: the recorder does not start\n");
        return 1;
    }
    bool ok = serviceUntil(recorder, [&] { return recorder.status().partTimeMs >= 4000; }) && recorder.recess();
    const qint64 recessAt = recorder.status().hearingTimeMs;
    ok = ok && serviceUntil(recorder, [&] { return recorder.status().hearingTimeMs >= recessAt + 2000; })
        && recorder.resume() && serviceUntil(recorder, [&] { return recorder.status().partTimeMs >= 6000; });
    ok = recorder.stop() && ok;
    if (!ok) {
        std::fprintf(stderr, "record_demo_hearing: recording failed\n");
        return 1;
    }
    auto timeline = HearingTimeline::open(config.hearingDir);
    if (!timeline || timeline->gaps().size() != 1) {
        std::fprintf(stderr, "record_demo_hearing: the recording has no recess\n");
        return 1;
    }
    const TimelineGap gap = timeline->gaps().first();
    std::printf("part1End=%lld part2Start=%lld end=%lld\n", static_cast<long long>(gap.startMs),
        static_cast<long long>(gap.endMs), static_cast<long long>(timeline->endMs()));
    return 0;
}
