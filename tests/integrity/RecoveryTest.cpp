// hattama recover after a crash: a segment cut off mid-write and a torn manifest line.
#include "IntegrityFixture.h"
#include "TestSupport.h"

#include "media/HearingFolder.h"
#include "media/HearingRecovery.h"
#include "media/SegmentRemuxer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QTemporaryDir>

using namespace hattama;
using namespace hattama::test;

namespace {

// A hearing as a kill -9 leaves it: two closed, listed segments; a third written under its
// final name but cut off at 60 %; the manifest ending in a torn line; recording.json open.
FixtureHearing makeCrashedHearing(const QString &dir)
{
    FixtureHearing hearing;
    hearing.dir = dir;
    QDir().mkpath(dir);
    writeAll(dir + QStringLiteral("/recording.json"),
        R"({"hearingId":"2-555-26","closed":false,"parts":[{"part":1,"startMs":0}],"custom":{"keep":[1,2,3]}})");
    Result<SegmentManifest> manifest = SegmentManifest::openOrCreate(dir);
    REQUIRE(manifest.ok());
    for (int i = 0; i < 2; ++i) {
        const QString relative = HearingFolder::segmentPath(1, i + 1);
        REQUIRE(makeSegment(dir + QLatin1Char('/') + relative, 2, 2 * i));
        REQUIRE(manifest->appendSegment(relative, 1, 2000 * i, 2000).ok());
        hearing.segments << relative;
    }
    const QString third = HearingFolder::segmentPath(1, 3);
    const QString thirdPath = dir + QLatin1Char('/') + third;
    REQUIRE(makeSegment(thirdPath, 4, 4));
    QFile file(thirdPath);
    REQUIRE(file.resize(file.size() * 6 / 10));
    hearing.segments << third;
    QFile manifestFile(dir + QStringLiteral("/manifest.jsonl"));
    REQUIRE(manifestFile.open(QIODevice::Append));
    manifestFile.write(R"({"seq":4,"type":"segment","part":1,"path":"media/part-01/seg-00003.mkv","si)");
    return hearing;
}

} // namespace

TEST_CASE("recover: a cut-off segment and a torn manifest line become a hearing that verifies")
{
    QTemporaryDir tmp;
    const FixtureHearing hearing = makeCrashedHearing(tmp.path() + QStringLiteral("/h"));
    const auto env = isolatedEnvironment(tmp.path() + QStringLiteral("/home"));
    const QString third = QDir(hearing.dir).filePath(hearing.segments.at(2));

    // Before: verify fails and names the torn line and the unclosed segment.
    auto before = runHattama({ QStringLiteral("verify"), hearing.dir }, env);
    INFO(before.out.toStdString());
    CHECK(before.exitCode == 1);
    CHECK(before.out.contains(QLatin1String("manifest line 4 is incomplete")));
    CHECK(before.out.contains(QLatin1String("segment media/part-01/seg-00003.mkv is not in the manifest: unclosed")));
    CHECK(HearingRecovery::reasonsToRecover(hearing.dir).size() >= 3);

    const auto recovered = runHattama({ QStringLiteral("recover"), hearing.dir }, env);
    INFO(recovered.out.toStdString() << recovered.err.toStdString());
    REQUIRE(recovered.exitCode == 0);
    CHECK(recovered.out.contains(QLatin1String("dropped the incomplete manifest line 4")));
    CHECK(recovered.out.contains(QLatin1String("recovered segment media/part-01/seg-00003.mkv")));
    CHECK(recovered.out.contains(QLatin1String("closed the manifest")));
    CHECK(recovered.out.contains(QLatin1String("marked the recording closed in recording.json")));
    CHECK(recovered.out.contains(QLatin1String("Segments in the manifest: 3")));
    CHECK_FALSE(QFileInfo::exists(third + QStringLiteral(".recover-tmp")));

    const auto after = runHattama({ QStringLiteral("verify"), hearing.dir }, env);
    INFO(after.out.toStdString());
    CHECK(after.exitCode == 0);
    CHECK(after.out.contains(QLatin1String("Segments: 3\n")));
    // The one warning left is what the crash cut off, for as long as the folder exists.
    CHECK(after.out.count(QLatin1String("warning")) == 1);
    CHECK(after.out.contains(QLatin1String("warning: recovered after a crash: the recording ends at 00:00:0")));

    // The recovered segment is a closed Matroska file that decodes, with a real duration.
    const auto probe = runProgram(QStringLiteral("ffprobe"),
        { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
            QStringLiteral("format=duration,format_name"), QStringLiteral("-of"), QStringLiteral("default=nw=1"),
            third });
    INFO(probe.out.toStdString() << probe.err.toStdString());
    REQUIRE(probe.exitCode == 0);
    CHECK(probe.out.contains(QLatin1String("format_name=matroska,webm")));
    const double durationS
        = probe.out.section(QStringLiteral("duration="), 1).section(QLatin1Char('\n'), 0, 0).toDouble();
    CHECK(durationS > 4.5); // starts at 4 s on the clock; ~60 % of 4 s survived
    const auto frames = runProgram(QStringLiteral("ffprobe"),
        { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
            QStringLiteral("-select_streams"), QStringLiteral("v:0"), QStringLiteral("-show_entries"),
            QStringLiteral("stream=nb_read_frames"), QStringLiteral("-of"), QStringLiteral("csv=p=0"), third });
    REQUIRE(frames.exitCode == 0);
    CHECK(frames.out.trimmed().toInt() >= 25); // at least a second of video decoded
    const auto decode = runProgram(QStringLiteral("ffmpeg"),
        { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), third, QStringLiteral("-map"),
            QStringLiteral("0"), QStringLiteral("-f"), QStringLiteral("null"), QStringLiteral("-") });
    CHECK(decode.exitCode == 0);
    const auto streams = runProgram(QStringLiteral("ffprobe"),
        { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
            QStringLiteral("stream_tags=title"), QStringLiteral("-of"), QStringLiteral("csv=p=0"), third });
    CHECK(streams.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)
        == QStringList { QStringLiteral("camera 1"), QStringLiteral("mic 1"), QStringLiteral("mic 2") });

    // recording.json: closed, unknown fields kept.
    const QJsonObject recording
        = QJsonDocument::fromJson(readAll(hearing.dir + QStringLiteral("/recording.json"))).object();
    CHECK(recording.value(QStringLiteral("closed")).toBool());
    CHECK(recording.value(QStringLiteral("closedBy")).toString() == QStringLiteral("recover"));
    CHECK(recording.value(QStringLiteral("custom")).toObject().value(QStringLiteral("keep")).toArray().size() == 3);
    CHECK(recording.value(QStringLiteral("hearingId")).toString() == QStringLiteral("2-555-26"));

    // The recovered segment's manifest line starts where the previous one ended.
    const QList<QByteArray> lines = manifestLines(hearing.dir);
    REQUIRE(lines.size() == 5);
    const QJsonObject line4 = QJsonDocument::fromJson(lines.at(3)).object();
    CHECK(line4.value(QStringLiteral("path")).toString() == hearing.segments.at(2));
    CHECK(line4.value(QStringLiteral("startMs")).toInteger() == 4000);
    CHECK(line4.value(QStringLiteral("durationMs")).toInteger() > 1000);
    CHECK(QJsonDocument::fromJson(lines.at(4)).object().value(QStringLiteral("by")).toString()
        == QStringLiteral("recover"));

    // Idempotent: a second run changes nothing.
    const QByteArray manifestBefore = readAll(hearing.dir + QStringLiteral("/manifest.jsonl"));
    const QByteArray segmentBefore = readAll(third);
    const auto again = runHattama({ QStringLiteral("recover"), hearing.dir }, env);
    INFO(again.out.toStdString());
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QLatin1String("Nothing to do")));
    CHECK(readAll(hearing.dir + QStringLiteral("/manifest.jsonl")) == manifestBefore);
    CHECK(readAll(third) == segmentBefore);
    CHECK(HearingRecovery::reasonsToRecover(hearing.dir).isEmpty());
}

TEST_CASE("recover: a segment with nothing readable is set aside and the rest verifies")
{
    QTemporaryDir tmp;
    const FixtureHearing hearing = makeCrashedHearing(tmp.path() + QStringLiteral("/h"));
    const QString third = QDir(hearing.dir).filePath(hearing.segments.at(2));
    QFile file(third);
    REQUIRE(file.resize(100)); // not even the Matroska header survived
    const auto env = isolatedEnvironment(tmp.path() + QStringLiteral("/home"));
    const auto recovered = runHattama({ QStringLiteral("recover"), hearing.dir }, env);
    INFO(recovered.out.toStdString() << recovered.err.toStdString());
    CHECK(recovered.exitCode == 0);
    CHECK(recovered.out.contains(QLatin1String("segment media/part-01/seg-00003.mkv holds nothing readable")));
    CHECK(QFileInfo::exists(third + QStringLiteral(".damaged")));
    CHECK_FALSE(QFileInfo::exists(third));
    const auto after = runHattama({ QStringLiteral("verify"), hearing.dir }, env);
    INFO(after.out.toStdString());
    CHECK(after.exitCode == 0);
    CHECK(after.out.contains(QLatin1String("Segments: 2\n")));
    CHECK(after.out.contains(QLatin1String("warning: media/part-01/seg-00003.mkv.damaged is not a segment")));
}

TEST_CASE("recover: refuses a hearing being recorded and a manifest that was tampered with")
{
    QTemporaryDir tmp;
    const FixtureHearing hearing = makeCrashedHearing(tmp.path() + QStringLiteral("/h"));
    const auto env = isolatedEnvironment(tmp.path() + QStringLiteral("/home"));
    {
        QLockFile recorderLock(hearing.dir + QLatin1Char('/') + HearingFolder::lockFileName());
        REQUIRE(recorderLock.tryLock(0));
        const auto busy = runHattama({ QStringLiteral("recover"), hearing.dir }, env);
        CHECK(busy.exitCode == 3);
        CHECK(busy.err.contains(QLatin1String("is being recorded")));
        CHECK(HearingRecovery::reasonsToRecover(hearing.dir).isEmpty());
    }
    QList<QByteArray> lines = manifestLines(hearing.dir);
    lines[1].replace(R"("durationMs":2000)", R"("durationMs":2500)");
    QByteArray data;
    for (const QByteArray &line : lines)
        data += line + '\n';
    data.chop(1); // keep the torn tail torn
    writeAll(hearing.dir + QStringLiteral("/manifest.jsonl"), data);
    const auto tampered = runHattama({ QStringLiteral("recover"), hearing.dir }, env);
    CHECK(tampered.exitCode == 1);
    CHECK(tampered.err.contains(QLatin1String("manifest line 2 is altered")));

    auto result = runHattama({ QStringLiteral("recover") }, env);
    CHECK(result.exitCode == 2);
    result = runHattama({ QStringLiteral("recover"), tmp.path() + QStringLiteral("/nowhere") }, env);
    CHECK(result.exitCode == 3);
    result = runHattama({ QStringLiteral("recover"), tmp.path() + QStringLiteral("/home") }, env);
    CHECK(result.exitCode == 1); // no manifest, no segments: nothing recoverable
}

TEST_CASE("recover: the archive scan finds the crashed hearings and not the closed ones")
{
    QTemporaryDir tmp;
    const QString archive = tmp.path() + QStringLiteral("/archive");
    makeClosedHearing(archive + QStringLiteral("/2026/closed-hearing"), { 1 });
    const FixtureHearing crashed = makeCrashedHearing(archive + QStringLiteral("/2026/crashed-hearing"));
    QList<RecoveryNeed> needs = HearingRecovery::findHearingsNeedingRecovery(archive);
    REQUIRE(needs.size() == 1);
    CHECK(needs.constFirst().hearingDir == QFileInfo(crashed.dir).absoluteFilePath());
    CHECK(needs.constFirst().reasons.join(QLatin1Char(';')).contains(QLatin1String("seg-00003.mkv is not closed")));
    const Result<RecoveryReport> report = HearingRecovery::recover(needs.constFirst().hearingDir);
    REQUIRE(report.ok());
    CHECK_FALSE(report->failed());
    CHECK(report->count(RecoveryAction::Kind::RecoveredSegment) == 1);
    CHECK(HearingRecovery::findHearingsNeedingRecovery(archive).isEmpty());
}

TEST_CASE("recover: a segment added to a closed hearing is not blessed into the manifest")
{
    QTemporaryDir tmp;
    const FixtureHearing hearing = makeClosedHearing(tmp.path() + QStringLiteral("/h"), { 1 });
    REQUIRE(makeSegment(QDir(hearing.dir).filePath(QStringLiteral("media/part-01/seg-00002.mkv")), 1, 2));
    const QByteArray manifestBefore = readAll(hearing.dir + QStringLiteral("/manifest.jsonl"));
    CHECK(HearingRecovery::reasonsToRecover(hearing.dir).isEmpty());
    const auto env = isolatedEnvironment(tmp.path() + QStringLiteral("/home"));
    const auto result = runHattama({ QStringLiteral("recover"), hearing.dir }, env);
    INFO(result.out.toStdString() << result.err.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.out.contains(
        QLatin1String("segment media/part-01/seg-00002.mkv is not listed although the recording was closed")));
    CHECK(readAll(hearing.dir + QStringLiteral("/manifest.jsonl")) == manifestBefore);

    // A crash in a later part: recording.json says not closed, so the new segment is recovered.
    writeAll(hearing.dir + QStringLiteral("/recording.json"), R"({"hearingId":"2-1234-26","closed":false})");
    CHECK_FALSE(HearingRecovery::reasonsToRecover(hearing.dir).isEmpty());
    const auto verifyOpen = runHattama({ QStringLiteral("verify"), hearing.dir }, env);
    CHECK(
        verifyOpen.out.contains(QLatin1String("segment media/part-01/seg-00002.mkv is not in the manifest: unclosed")));
    const auto recovered = runHattama({ QStringLiteral("recover"), hearing.dir }, env);
    INFO(recovered.out.toStdString());
    CHECK(recovered.exitCode == 0);
    CHECK(recovered.out.contains(QLatin1String("recovered segment media/part-01/seg-00002.mkv")));
    CHECK(runHattama({ QStringLiteral("verify"), hearing.dir }, env).exitCode == 0);
}

TEST_CASE("recover: the recorder's recording.json with state and numbered parts")
{
    QTemporaryDir tmp;
    const QString dir = tmp.path() + QStringLiteral("/h");
    QDir().mkpath(dir);
    writeAll(dir + QStringLiteral("/recording.json"),
        R"({"hearingId":"2-9-26","state":"recording","segmentDurationMs":2000,)"
        R"("parts":[{"number":1,"folder":"media/part-01","startMs":0},{"number":2,"folder":"media/part-02","startMs":90000}]})");
    Result<SegmentManifest> manifest = SegmentManifest::openOrCreate(dir);
    REQUIRE(manifest.ok());
    REQUIRE(makeSegment(dir + QStringLiteral("/media/part-01/seg-00001.mkv"), 2, 0));
    REQUIRE(manifest->appendSegment(QStringLiteral("media/part-01/seg-00001.mkv"), 1, 0, 2000).ok());
    REQUIRE(manifest->close().ok()); // the recess closed part 1
    const QString cut = dir + QStringLiteral("/media/part-02/seg-00002.mkv");
    REQUIRE(makeSegment(cut, 2, 0));
    QFile file(cut);
    REQUIRE(file.resize(file.size() * 6 / 10));

    CHECK_FALSE(HearingRecovery::reasonsToRecover(dir).isEmpty());
    const Result<RecoveryReport> report = HearingRecovery::recover(dir);
    REQUIRE(report.ok());
    CHECK_FALSE(report->failed());
    CHECK(report->count(RecoveryAction::Kind::RecoveredSegment) == 1);
    const QJsonObject line = QJsonDocument::fromJson(manifestLines(dir).at(3)).object();
    CHECK(line.value(QStringLiteral("path")).toString() == QStringLiteral("media/part-02/seg-00002.mkv"));
    CHECK(line.value(QStringLiteral("part")).toInt() == 2);
    CHECK(line.value(QStringLiteral("startMs")).toInteger() == 90000);
    const QJsonObject recording = QJsonDocument::fromJson(readAll(dir + QStringLiteral("/recording.json"))).object();
    CHECK(recording.value(QStringLiteral("state")).toString() == QStringLiteral("stopped"));
    CHECK(recording.value(QStringLiteral("closed")).toBool());
    CHECK(recording.value(QStringLiteral("segmentDurationMs")).toInt() == 2000);
    CHECK(recording.value(QStringLiteral("parts")).toArray().size() == 2);
    const auto verified
        = runHattama({ QStringLiteral("verify"), dir }, isolatedEnvironment(tmp.path() + QStringLiteral("/home")));
    INFO(verified.out.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains(QLatin1String("Parts: 2\n")));
}

TEST_CASE("recover: fsync reaches the segment, the manifest and the folders (seen with strace)")
{
    const auto probe = runProgram(
        QStringLiteral("strace"), { QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("true") });
    if (probe.exitCode != 0) {
        WARN("strace cannot trace here (not installed or ptrace not permitted): " << probe.err.toStdString());
        return;
    }
    QTemporaryDir tmp;
    const FixtureHearing hearing = makeCrashedHearing(tmp.path() + QStringLiteral("/h"));
    const QString log = tmp.path() + QStringLiteral("/strace.log");
    const auto traced = runProgram(QStringLiteral("strace"),
        { QStringLiteral("-f"), QStringLiteral("-y"), QStringLiteral("-e"), QStringLiteral("trace=fsync,fdatasync"),
            QStringLiteral("-o"), log, hattamaBinary(), QStringLiteral("recover"), hearing.dir },
        60'000, isolatedEnvironment(tmp.path() + QStringLiteral("/home")));
    INFO(traced.out.toStdString() << traced.err.toStdString());
    REQUIRE(traced.exitCode == 0);
    const QString calls = QString::fromUtf8(readAll(log));
    INFO(calls.toStdString());
    const QString dir = QFileInfo(hearing.dir).canonicalFilePath();
    // The remuxed segment before its rename, the segment and its folder when listed, the
    // manifest after the torn line is dropped and after each append, the hearing folder.
    CHECK(calls.contains(dir + QStringLiteral("/media/part-01/seg-00003.mkv.recover-tmp>")));
    CHECK(calls.contains(dir + QStringLiteral("/media/part-01/seg-00003.mkv>")));
    CHECK(calls.contains(dir + QStringLiteral("/media/part-01>")));
    CHECK(calls.count(dir + QStringLiteral("/manifest.jsonl>")) >= 3); // truncate, segment line, close line
    CHECK(calls.contains(dir + QStringLiteral(">)")));
    CHECK(calls.contains(dir + QStringLiteral("/recording.json.tmp>")));
}

TEST_CASE("recover: remuxing keeps every packet of H.264 with B-frames")
{
    QTemporaryDir tmp;
    const QString input = tmp.path() + QStringLiteral("/bframes.mkv");
    const auto made = runProgram(QStringLiteral("ffmpeg"),
        { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"), QStringLiteral("lavfi"),
            QStringLiteral("-i"), QStringLiteral("testsrc2=size=160x120:rate=25"), QStringLiteral("-c:v"),
            QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("veryfast"), QStringLiteral("-bf"),
            QStringLiteral("2"), QStringLiteral("-t"), QStringLiteral("2"), input });
    REQUIRE(made.exitCode == 0);
    const auto countPackets = [](const QString &path) {
        const auto probe = runProgram(QStringLiteral("ffprobe"),
            { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"), QStringLiteral("v:0"),
                QStringLiteral("-count_packets"), QStringLiteral("-show_entries"),
                QStringLiteral("stream=nb_read_packets,has_b_frames"), QStringLiteral("-of"), QStringLiteral("csv=p=0"),
                path });
        REQUIRE(probe.exitCode == 0);
        return probe.out.trimmed();
    };
    const QString before = countPackets(input);
    CHECK(before.section(QLatin1Char(','), 0, 0).toInt() > 0); // has_b_frames
    const QString output = tmp.path() + QStringLiteral("/remuxed.mkv");
    const Result<RemuxResult> remuxed = SegmentRemuxer::remux(input, output);
    REQUIRE(remuxed.ok());
    CHECK(remuxed->packetsDropped == 0);
    CHECK(remuxed->packetsCopied == 50);
    CHECK(countPackets(output) == before);
}
