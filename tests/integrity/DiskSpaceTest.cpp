// Free disk space, bytes per hour and hours left, with the real file system and with an
// injected one for the thresholds.
#include "TestSupport.h"

#include "media/DiskSpaceMonitor.h"

#include <QTemporaryDir>

using namespace hattama;
using namespace hattama::test;

namespace {
constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kGiB = 1024 * kMiB;

DiskSpaceMonitor::SpaceProbe fixedSpace(qint64 freeBytes)
{
    return [freeBytes](const QString &) -> Result<DiskSpaceMonitor::Space> {
        return DiskSpaceMonitor::Space { freeBytes, 100 * kGiB };
    };
}
} // namespace

TEST_CASE("disk space: the free bytes of the real file system agree with df")
{
    QTemporaryDir tmp;
    // A hearing folder that does not exist yet: its parent's file system is checked.
    DiskSpaceMonitor monitor(tmp.path() + QStringLiteral("/archive/hearing-1"), 100 * kMiB);
    const Result<DiskSpaceStatus> status = monitor.check();
    REQUIRE(status.ok());
    CHECK(status->path == tmp.path());
    const auto df
        = runProgram(QStringLiteral("df"), { QStringLiteral("-B1"), QStringLiteral("--output=avail"), tmp.path() });
    REQUIRE(df.exitCode == 0);
    const qint64 dfFree = df.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).at(1).trimmed().toLongLong();
    REQUIRE(dfFree > 0);
    // Other processes write meanwhile; within 64 MiB.
    CHECK(std::llabs(status->freeBytes - dfFree) < 64 * kMiB);
    CHECK(status->totalBytes >= status->freeBytes);
    CHECK(status->bytesPerHour == 100 * kMiB);
    CHECK_FALSE(status->measured);
}

TEST_CASE("disk space: the budget of 4 cameras and 6 microphones per hour")
{
    RecordingBudget budget;
    budget.audioTracks = 6;
    budget.audioBitrateBps = 32'000;
    budget.cameras = 4;
    budget.videoBitrateBps = 1'500'000;
    budget.containerOverhead = 1.0;
    // (6 × 32 kbit/s + 4 × 1.5 Mbit/s) / 8 × 3600 s = 2 786 400 000 bytes
    CHECK(budget.bytesPerHour() == 2'786'400'000LL);
    budget.containerOverhead = 1.03;
    CHECK(budget.bytesPerHour() == 2'869'992'000LL);
}

TEST_CASE("disk space: thresholds for warning and stop and the measured write rate")
{
    DiskSpaceThresholds thresholds;
    thresholds.warnBelowHours = 2.0;
    thresholds.stopBelowBytes = 512 * kMiB;
    QTemporaryDir tmp;

    DiskSpaceMonitor plenty(tmp.path(), kGiB, thresholds, fixedSpace(10 * kGiB + 512 * kMiB));
    Result<DiskSpaceStatus> status = plenty.check();
    REQUIRE(status.ok());
    CHECK(status->level == DiskSpaceLevel::Ok);
    CHECK(status->hoursLeft == Approx(10.0));

    DiskSpaceMonitor low(tmp.path(), kGiB, thresholds, fixedSpace(kGiB + 512 * kMiB));
    status = low.check();
    REQUIRE(status.ok());
    CHECK(status->level == DiskSpaceLevel::Warning);
    CHECK(status->hoursLeft == Approx(1.0));

    DiskSpaceMonitor full(tmp.path(), kGiB, thresholds, fixedSpace(100 * kMiB));
    status = full.check();
    REQUIRE(status.ok());
    CHECK(status->level == DiskSpaceLevel::Stop);
    CHECK(status->hoursLeft == 0.0);

    // After 30 s of recording the measured rate replaces the estimate: 50 MiB in 60 s = 3000 MiB/h.
    plenty.recordWritten(10 * kMiB, 20'000);
    CHECK(plenty.bytesPerHour() == kGiB);
    plenty.recordWritten(50 * kMiB, 60'000);
    CHECK(plenty.bytesPerHour() == 3000 * kMiB);
    status = plenty.check();
    REQUIRE(status.ok());
    CHECK(status->measured);
    CHECK(status->hoursLeft == Approx(10.0 * 1024 / 3000));
    CHECK(status->level == DiskSpaceLevel::Ok);

    DiskSpaceMonitor broken(tmp.path(), kGiB, thresholds, [](const QString &folder) -> Result<DiskSpaceMonitor::Space> {
        return environmentError(QStringLiteral("no file system at %1").arg(folder));
    });
    const Result<DiskSpaceStatus> failed = broken.check();
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == ExitCode::Environment);
}
