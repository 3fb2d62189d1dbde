// A recording session linked to a hearing's workflow, with no window: what the recorder does
// (start, recess, resume, the disk policy's clean stop) becomes the hearing's status and
// timeline, each event at its hearing time, read back from SQLite.
#include "SessionTestSupport.h"
#include "WorkflowTestSupport.h"

#include "session/DiskPolicy.h"
#include "session/HearingWorkflow.h"
#include "session/RecordingSession.h"
#include "session/RecordingWorkflowLink.h"

#include <catch2/catch.hpp>

#include <QTest>

using namespace hattama;
using namespace hattama::test;

namespace {

constexpr int kWaitMs = 20'000;

bool waitForSegments(const RecordingSession &session, int segments)
{
    return QTest::qWaitFor([&] { return session.status().recorder.segmentsClosed >= segments; }, kWaitMs);
}

qint64 timeOf(const QString &entry)
{
    return entry.section(QLatin1Char('@'), 1).toLongLong();
}

} // namespace

TEST_CASE("workflow: a recording session's recess and its disk-policy stop reach the hearing's timeline")
{
    WorkflowArchive archive;
    const QString hearingId = archive.addHearing(QStringLiteral("2-902/2026"));
    HearingWorkflow workflow(*archive.db, hearingId);
    REQUIRE(workflow.load());

    FakeDisk disk;
    RecordingSession session;
    session.setSpaceProbe(disk.probe());
    session.setDiskCheckIntervalMs(100);
    DiskPolicy policy;
    policy.stopBelowBytes = 600 * kMiB;
    session.setDiskPolicy(policy);
    session.setConfig(smallDemoConfig(archive.hearingDir(hearingId)));
    RecordingWorkflowLink link(session, workflow);
    QStringList refused;
    link.onRefused = [&refused](const Error &error) { refused << error.message; };

    REQUIRE(session.start());
    REQUIRE(archive.status(hearingId) == QStringLiteral("live"));
    REQUIRE(waitForSegments(session, 1));
    const qint64 beforeRecess = session.hearingTimeMs();
    REQUIRE(session.recess());
    CHECK(archive.status(hearingId) == QStringLiteral("recess"));
    REQUIRE(QTest::qWaitFor([&] { return session.hearingTimeMs() >= beforeRecess + 500; }, kWaitMs));
    REQUIRE(session.resume());
    CHECK(archive.status(hearingId) == QStringLiteral("live"));
    const int segments = session.status().recorder.segmentsClosed;
    REQUIRE(waitForSegments(session, segments + 1));

    // The disk policy stops the recording by itself; the hearing ends with the reason stated.
    disk.setFreeMb(590);
    REQUIRE(QTest::qWaitFor([&] { return session.state() == RecorderState::Stopped; }, kWaitMs));
    CHECK(session.status().stopReason == RecordingStopReason::DiskFull);
    CHECK(refused.isEmpty());
    CHECK(archive.status(hearingId) == QStringLiteral("ended"));

    const QStringList entries = archive.entries(hearingId);
    REQUIRE(entries.size() == 4);
    CHECK(entries[0] == QStringLiteral("recording_started@0"));
    CHECK(entries[1].startsWith(QStringLiteral("recess_start@")));
    CHECK(entries[2].startsWith(QStringLiteral("recess_end@")));
    CHECK(entries[3].startsWith(QStringLiteral("recording_stopped@")));
    CHECK(timeOf(entries[1]) >= beforeRecess);
    CHECK(timeOf(entries[2]) >= beforeRecess + 500); // the hearing clock runs on through the recess
    CHECK(timeOf(entries[2]) > timeOf(entries[1]));
    CHECK(timeOf(entries[3]) > timeOf(entries[2]));
    auto stopText = archive.db->exec(
        QStringLiteral("SELECT text FROM timeline_entries WHERE hearing_id = ? AND kind = 'recording_stopped'"),
        { hearingId });
    REQUIRE(stopText);
    REQUIRE(stopText->next());
    CHECK(stopText->value(0).toString().contains(QStringLiteral("на диске заканчивается свободное место")));

    // Each carries its event catalogue id, whose wording the protocol uses.
    auto ids = archive.db->exec(
        QStringLiteral("SELECT event_id FROM timeline_entries WHERE hearing_id = ? ORDER BY hearing_time_ms, id"),
        { hearingId });
    REQUIRE(ids);
    QStringList eventIds;
    while (ids->next())
        eventIds << ids->value(0).toString();
    CHECK(eventIds
        == QStringList { QStringLiteral("recording_started"), QStringLiteral("recess_started"),
            QStringLiteral("recess_ended"), QStringLiteral("recording_stopped") });

    // The ended hearing is not recorded again.
    CHECK_FALSE(workflow.checkCanRecord().ok());
}
