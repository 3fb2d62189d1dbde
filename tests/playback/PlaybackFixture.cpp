#include "PlaybackFixture.h"

#include "TestSupport.h"

#include "capture/CameraSpec.h"
#include "media/Recorder.h"

#include <catch2/catch.hpp>

namespace hattama::test {

void recordDemoHearing(const QString &hearingDir)
{
    RecorderConfig config;
    config.hearingDir = hearingDir;
    config.title = QStringLiteral("2-12/2026");
    config.demoAudio = true;
    config.demoMicrophones = DemoRecording::kMicrophones;
    for (int camera = 1; camera <= DemoRecording::kCameras; ++camera)
        config.cameras.push_back(CameraSpec::demoCamera(camera, 160, 120, DemoRecording::kFrameRate));
    config.video.widthPx = 160;
    config.video.heightPx = 120;
    config.video.frameRate = DemoRecording::kFrameRate;
    config.video.preset = QStringLiteral("ultrafast");
    config.segmentDurationMs = DemoRecording::kSegmentMs;

    Recorder recorder(config);
    auto serviceUntil = [&recorder](const std::function<bool()> &until) {
        return waitUntil(until, 60'000, [&recorder] { recorder.service(); });
    };
    REQUIRE(recorder.start());
    REQUIRE(serviceUntil([&] { return recorder.status().partTimeMs >= DemoRecording::kPart1Ms; }));
    REQUIRE(recorder.recess());
    const qint64 recessAtMs = recorder.status().hearingTimeMs;
    REQUIRE(serviceUntil([&] { return recorder.status().hearingTimeMs >= recessAtMs + 1000; }));
    REQUIRE(recorder.resume());
    REQUIRE(serviceUntil([&] { return recorder.status().partTimeMs >= DemoRecording::kPart2Ms; }));
    REQUIRE(recorder.stop());
}

} // namespace hattama::test
