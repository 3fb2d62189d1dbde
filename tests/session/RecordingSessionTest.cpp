// RecordingSession with the demo sources: monitor, record, recess, resume, stop, and the files
// read back; the disk policy (a fake free-space probe) warns and then stops the recording
// cleanly, and the folder verifies intact and closed.
#include "SessionTestSupport.h"
#include "TestSupport.h"

#include "session/RecordingSession.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hattama;
using namespace hattama::test;

namespace {

constexpr int kTimeoutMs = 15'000;

// The events a session announces, in order, with their hearing times.
struct EventLog {
    QStringList names;
    QList<qint64> times;

    explicit EventLog(RecordingSession &session)
    {
        auto add = [this](const char *name) {
            return [this, name](qint64 ms) {
                names << QString::fromLatin1(name);
                times << ms;
            };
        };
        QObject::connect(&session, &RecordingSession::started, add("started"));
        QObject::connect(&session, &RecordingSession::recessStarted, add("recess"));
        QObject::connect(&session, &RecordingSession::resumed, add("resumed"));
        QObject::connect(&session, &RecordingSession::soundLost, add("soundLost"));
        QObject::connect(&session, &RecordingSession::soundRestored, add("soundRestored"));
        QObject::connect(&session, &RecordingSession::diskLow, [this](double, qint64) {
            names << QStringLiteral("diskLow");
            times << -1;
        });
        QObject::connect(&session, &RecordingSession::stopped, [this](qint64 ms, RecordingStopReason) {
            names << QStringLiteral("stopped");
            times << ms;
        });
    }
};

bool waitForSegments(const RecordingSession &session, int segments)
{
    return QTest::qWaitFor([&] { return session.status().recorder.segmentsClosed >= segments; }, kTimeoutMs);
}

} // namespace

TEST_CASE("a recording session monitors and records the demo sources and the files read back")
{
    QTemporaryDir dir;
    FakeDisk disk;
    RecordingSession session;
    session.setSpaceProbe(disk.probe());
    session.setConfig(smallDemoConfig(dir.path() + QStringLiteral("/hearing")));
    EventLog events(session);

    // Before Record: the devices are live, nothing is written.
    REQUIRE(session.startMonitoring().isEmpty());
    REQUIRE(session.isMonitoring());
    REQUIRE(QTest::qWaitFor(
        [&] {
            const RecordingStatus status = session.status();
            return status.levels.size() == 2 && status.levels[0].rmsDbfs > -30.0f && status.diskHoursLeft > 0;
        },
        kTimeoutMs));
    CHECK(session.status().state == RecorderState::Idle);
    CHECK_FALSE(QFile::exists(dir.path() + QStringLiteral("/hearing/media")));

    REQUIRE(session.start());
    CHECK_FALSE(session.isMonitoring()); // the monitor handed the devices over
    CHECK(session.state() == RecorderState::Recording);
    REQUIRE(waitForSegments(session, 2));
    CHECK(session.status().levels.size() == 2);
    CHECK(session.status().cameras.size() == 1);
    REQUIRE(session.recess());
    CHECK(session.state() == RecorderState::Recess);
    REQUIRE(session.resume());
    REQUIRE(QTest::qWaitFor([&] { return session.status().recorder.part == 2; }, kTimeoutMs));
    REQUIRE(waitForSegments(session, 1));
    QSignalSpy stopped(&session, &RecordingSession::stopped);
    REQUIRE(session.stop());
    REQUIRE(stopped.size() == 1);
    CHECK(stopped.at(0).at(1).value<RecordingStopReason>() == RecordingStopReason::Requested);
    CHECK(session.state() == RecorderState::Stopped);
    CHECK(session.status().stopReason == RecordingStopReason::Requested);
    CHECK_FALSE(session.status().stopError.has_value());

    CHECK(events.names == QStringList { "started", "recess", "resumed", "stopped" });
    REQUIRE(events.times.size() == 4);
    CHECK(events.times[1] >= 2000); // two closed one-second segments before the recess
    CHECK(events.times[2] >= events.times[1]);
    CHECK(events.times[3] > events.times[2]);

    const VerificationReport report = verifyHearing(session.config().hearingDir);
    CHECK(report.intact());
    CHECK(report.summary.closed);
    CHECK(report.summary.parts == 2);
    CHECK(report.summary.segments >= 3);
    const auto probe = runProgram(QStringLiteral("ffprobe"),
        { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
            QStringLiteral("stream=codec_type"), QStringLiteral("-of"), QStringLiteral("csv=p=0"),
            session.config().hearingDir + QStringLiteral("/media/part-01/seg-00001.mkv") });
    REQUIRE(probe.exitCode == 0);
    CHECK(probe.out.count(QStringLiteral("audio")) == 2);
    CHECK(probe.out.count(QStringLiteral("video")) == 1);
}

TEST_CASE("the disk policy warns first and then stops the recording cleanly before the disk is full")
{
    QTemporaryDir dir;
    FakeDisk disk;
    RecordingSession session;
    session.setSpaceProbe(disk.probe());
    session.setDiskCheckIntervalMs(100);
    // As `hattama record --min-free 600` sets it.
    DiskPolicy policy;
    policy.warnBelowHours = 2.0;
    policy.stopBelowBytes = 600 * kMiB;
    session.setDiskPolicy(policy);
    session.setConfig(smallDemoConfig(dir.path() + QStringLiteral("/hearing")));
    EventLog events(session);

    REQUIRE(session.start());
    REQUIRE(waitForSegments(session, 1));
    CHECK_FALSE(session.status().diskWarning);

    // 10 MB above the stop threshold: minutes of recording left, a warning, the recording goes on.
    QSignalSpy low(&session, &RecordingSession::diskLow);
    disk.setFreeMb(610);
    REQUIRE(low.wait(kTimeoutMs));
    CHECK(session.status().diskWarning);
    CHECK(session.status().diskHoursLeft < 2.0);
    CHECK(session.state() == RecorderState::Recording);
    const int segments = session.status().recorder.segmentsClosed;
    REQUIRE(waitForSegments(session, segments + 1));

    // Below the stop threshold: the segment and the manifest are closed, the reason reported.
    QSignalSpy stopped(&session, &RecordingSession::stopped);
    int problems = 0;
    QObject::connect(&session, &RecordingSession::problem, [&problems](const Error &) { ++problems; });
    disk.setFreeMb(590);
    REQUIRE(stopped.wait(kTimeoutMs));
    CHECK(stopped.at(0).at(1).value<RecordingStopReason>() == RecordingStopReason::DiskFull);
    CHECK(session.state() == RecorderState::Stopped);
    const RecordingStatus status = session.status();
    CHECK(status.stopReason == RecordingStopReason::DiskFull);
    REQUIRE(status.stopError.has_value());
    CHECK(status.stopError->code == ExitCode::Environment);
    CHECK(status.stopError->message.contains(QStringLiteral("almost full")));
    CHECK(problems == 1);
    CHECK(events.names == QStringList { "started", "diskLow", "stopped" });

    // Intact and closed, by the verifier and by `hattama verify`.
    const VerificationReport report = verifyHearing(session.config().hearingDir);
    CHECK(report.intact());
    CHECK(report.summary.closed);
    CHECK(report.summary.segments >= 2);
    const auto verify = runHattama({ QStringLiteral("verify"), session.config().hearingDir },
        isolatedEnvironment(dir.path() + QStringLiteral("/home")));
    INFO(verify.out.toStdString() << verify.err.toStdString());
    CHECK(verify.exitCode == 0);
}

TEST_CASE("a recording session does not start below the stop threshold and keeps monitoring")
{
    QTemporaryDir dir;
    FakeDisk disk;
    disk.setFreeMb(100);
    RecordingSession session;
    session.setSpaceProbe(disk.probe());
    session.setConfig(smallDemoConfig(dir.path() + QStringLiteral("/hearing")));
    REQUIRE(session.diskPolicy().stopBelowBytes == DiskPolicy::kDefaultStopBelowMb * kMiB);
    REQUIRE(session.startMonitoring().isEmpty());
    const Status started = session.start();
    REQUIRE_FALSE(started);
    CHECK(started.error().code == ExitCode::Environment);
    CHECK(started.error().message.contains(QStringLiteral("not enough free disk space")));
    CHECK(session.state() == RecorderState::Idle);
    CHECK(session.isMonitoring());
    CHECK_FALSE(QFile::exists(dir.path() + QStringLiteral("/hearing/media")));
}
