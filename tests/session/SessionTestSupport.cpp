#include "SessionTestSupport.h"

#include "TestSupport.h"

#include "capture/CameraSpec.h"
#include "media/HearingVerifier.h"

namespace hattama::test {

RecorderConfig smallDemoConfig(const QString &hearingDir)
{
    RecorderConfig config;
    config.hearingDir = hearingDir;
    config.title = QStringLiteral("2-100/2026");
    config.demoAudio = true;
    config.demoMicrophones = 2;
    config.cameras.push_back(CameraSpec::demoCamera(1, 320, 180, 10));
    config.video.widthPx = 320;
    config.video.heightPx = 180;
    config.video.frameRate = 10;
    config.segmentDurationMs = 1000;
    return config;
}

DiskSpaceMonitor::SpaceProbe FakeDisk::probe() const
{
    auto free = freeBytes;
    return [free](const QString &) -> Result<DiskSpaceMonitor::Space> {
        return DiskSpaceMonitor::Space { free->load(), 1'000'000 * kMiB };
    };
}

VerificationReport verifyHearing(const QString &hearingDir)
{
    const auto report = HearingVerifier::withDefaultSteps().verify(hearingDir);
    REQUIRE(report.ok());
    return *report;
}

} // namespace hattama::test
