// Evidence-grade recording: what verify finds beyond the hash chain (recording.json's parts,
// the manifest lines' shapes), what recover refuses to seal and the loss it reports.
#include "IntegrityFixture.h"
#include "TestSupport.h"

#include "media/HearingFolder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace hattama;
using namespace hattama::test;

namespace {

QByteArray rehash(QByteArray line, const QByteArray &prev)
{
    // A forger who recomputes the chain: new prev, new entry.
    const qsizetype prevAt = line.indexOf(R"("prev":")");
    line = line.left(prevAt) + R"("prev":")" + prev + "\"}";
    const QByteArray entry = QCryptographicHash::hash(line, QCryptographicHash::Sha256).toHex();
    line.chop(1);
    return line + R"(,"entry":")" + entry + "\"}";
}

// Recomputes every line's prev and entry from line 1 on.
QList<QByteArray> rechain(const QList<QByteArray> &lines)
{
    QList<QByteArray> out;
    QByteArray prev(64, '0');
    for (const QByteArray &line : lines) {
        const QByteArray body = line.left(line.lastIndexOf(R"(,"entry":")")) + '}';
        const QByteArray fixed = rehash(body, prev);
        out << fixed;
        prev = fixed.mid(fixed.size() - 66, 64);
    }
    return out;
}

QByteArray replaceField(const QByteArray &line, const QByteArray &field, const QByteArray &value)
{
    const qsizetype at = line.indexOf("\"" + field + "\":");
    const qsizetype start = at + field.size() + 3;
    qsizetype end = start;
    if (line.at(start) == '"')
        end = line.indexOf('"', start + 1) + 1;
    else
        while (end < line.size() && line.at(end) != ',' && line.at(end) != '}')
            ++end;
    return line.left(start) + value + line.mid(end);
}

ProcessResult verify(const QString &dir, const QString &home)
{
    return runHattama({ QStringLiteral("verify"), dir }, isolatedEnvironment(home));
}

void setRecordingJson(const QString &dir, const QJsonObject &object)
{
    writeAll(dir + QStringLiteral("/recording.json"), QJsonDocument(object).toJson());
}

} // namespace

TEST_CASE("verify: a removed close line is an error when recording.json says stopped")
{
    QTemporaryDir tmp;
    const FixtureHearing hearing = makeClosedHearing(tmp.path() + QStringLiteral("/h"), { 2 });
    setRecordingJson(hearing.dir,
        { { QStringLiteral("id"), QStringLiteral("2-1234-26") }, { QStringLiteral("state"), QStringLiteral("stopped") },
            { QStringLiteral("parts"),
                QJsonArray { QJsonObject { { QStringLiteral("number"), 1 }, { QStringLiteral("startMs"), 0 } } } } });
    QList<QByteArray> lines = manifestLines(hearing.dir);
    lines.removeLast(); // the close line: no hash needs recomputing
    writeManifestLines(hearing.dir, lines);

    const auto result = verify(hearing.dir, tmp.path() + QStringLiteral("/home"));
    INFO(result.out.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.out.contains(QLatin1String("ERROR: the manifest ends at line 3 without its close line")));
}

TEST_CASE("verify: recording.json's parts are compared with the manifest")
{
    QTemporaryDir tmp;
    const FixtureHearing hearing = makeClosedHearing(tmp.path() + QStringLiteral("/h"), { 3 });
    const QString home = tmp.path() + QStringLiteral("/home");
    setRecordingJson(hearing.dir,
        { { QStringLiteral("id"), QStringLiteral("2-1234-26") }, { QStringLiteral("state"), QStringLiteral("stopped") },
            { QStringLiteral("parts"),
                QJsonArray { QJsonObject { { QStringLiteral("number"), 1 }, { QStringLiteral("startMs"), 0 },
                    { QStringLiteral("segments"), 3 }, { QStringLiteral("durationMs"), 6000 } } } } });
    const auto intact = verify(hearing.dir, home);
    INFO(intact.out.toStdString());
    REQUIRE(intact.exitCode == 0);

    // The last segment cut off with its line; the close line rewritten to match, chain recomputed.
    QList<QByteArray> lines = manifestLines(hearing.dir);
    REQUIRE(lines.size() == 5);
    lines.removeAt(3);
    lines[3] = replaceField(replaceField(lines[3], "seq", "4"), "segments", "2");
    writeManifestLines(hearing.dir, rechain(lines));
    REQUIRE(QFile::remove(hearing.dir + QLatin1Char('/') + hearing.segments.at(2)));

    const auto result = verify(hearing.dir, home);
    INFO(result.out.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.out.contains(QLatin1String(
        "ERROR: recording.json says part 1 has 3 segments (00:00:06.000); the manifest lists 2 segments (00:00:04.000)")));
}

TEST_CASE("verify: manifest entries are shape-checked even with a recomputed chain")
{
    QTemporaryDir tmp;
    const FixtureHearing hearing = makeClosedHearing(tmp.path() + QStringLiteral("/h"), { 2 });
    QList<QByteArray> lines = manifestLines(hearing.dir);
    QString expected;
    SECTION("size 0 for a whole file")
    {
        lines[1] = replaceField(lines[1], "size", "0");
        expected = QStringLiteral("ERROR: manifest line 2 gives 0 bytes for segment media/part-01/seg-00001.mkv, the "
                                  "file has %1")
                       .arg(QFileInfo(hearing.dir + QLatin1Char('/') + hearing.segments.at(0)).size());
    }
    SECTION("a duration that is not a number")
    {
        lines[2] = replaceField(lines[2], "durationMs", "\"judge\"");
        expected = QStringLiteral("ERROR: manifest chain broken: manifest line 3 is malformed");
    }
    SECTION("a negative start")
    {
        lines[2] = replaceField(lines[2], "startMs", "-5");
        expected = QStringLiteral("ERROR: manifest chain broken: manifest line 3 is malformed");
    }
    SECTION("a fractional size")
    {
        lines[1] = replaceField(lines[1], "size", "12.5");
        expected = QStringLiteral("ERROR: manifest chain broken: manifest line 2 is malformed");
    }
    writeManifestLines(hearing.dir, rechain(lines));
    const auto result = verify(hearing.dir, tmp.path() + QStringLiteral("/home"));
    INFO(result.out.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.out.contains(expected));
}

TEST_CASE("recover: never seals a hearing it could not recover")
{
    QTemporaryDir tmp;
    const QString home = tmp.path() + QStringLiteral("/home");
    const FixtureHearing hearing = makeClosedHearing(tmp.path() + QStringLiteral("/h"), { 2 });
    // Cut off by a crash: no close line, recording.json still recording.
    QList<QByteArray> lines = manifestLines(hearing.dir);
    setRecordingJson(hearing.dir,
        { { QStringLiteral("id"), QStringLiteral("2-1234-26") },
            { QStringLiteral("state"), QStringLiteral("recording") } });
    QString expected;
    SECTION("the media are gone")
    {
        writeManifestLines(hearing.dir, { lines.first() });
        REQUIRE(QDir(hearing.dir + QStringLiteral("/media")).removeRecursively());
        expected = QStringLiteral("no segment could be recovered: the recording is left open, nothing is sealed");
    }
    SECTION("part-01 is a symbolic link")
    {
        writeManifestLines(hearing.dir, { lines.first() });
        const QString elsewhere = tmp.path() + QStringLiteral("/elsewhere");
        REQUIRE(QDir().rename(hearing.dir + QStringLiteral("/media/part-01"), elsewhere));
        REQUIRE(QFile::link(elsewhere, hearing.dir + QStringLiteral("/media/part-01")));
        expected = QStringLiteral(
            "media/part-01 is a symbolic link, not a recorded file: the recording is left open, nothing is sealed");
    }
    const QByteArray manifestBefore = readAll(hearing.dir + QStringLiteral("/manifest.jsonl"));
    const auto recovered = runHattama({ QStringLiteral("recover"), hearing.dir }, isolatedEnvironment(home));
    INFO(recovered.out.toStdString() << recovered.err.toStdString());
    CHECK(recovered.exitCode == 1);
    CHECK(recovered.out.contains(expected));
    // Nothing sealed: no close line, recording.json still open.
    CHECK(readAll(hearing.dir + QStringLiteral("/manifest.jsonl")) == manifestBefore);
    CHECK(QJsonDocument::fromJson(readAll(hearing.dir + QStringLiteral("/recording.json")))
              .object()
              .value(QStringLiteral("state"))
              .toString()
        == QStringLiteral("recording"));
    const auto verified = verify(hearing.dir, home);
    INFO(verified.out.toStdString());
    // Still open: media put back later are recovered then, not called "added after closing".
    CHECK(verified.out.contains(QLatin1String("warning: the recording is not closed")));
}

TEST_CASE("recover: says what a crash cut off, and verify keeps saying it")
{
    QTemporaryDir tmp;
    const QString home = tmp.path() + QStringLiteral("/home");
    const FixtureHearing hearing = makeClosedHearing(tmp.path() + QStringLiteral("/h"), { 2 });
    // The recorder was killed while writing a third segment: its part started at a known wall
    // time, the segment was last written 7.5 s after it (4 s listed + ~3 s recorded + 0.5 s lost).
    QList<QByteArray> lines = manifestLines(hearing.dir);
    lines.removeLast();
    writeManifestLines(hearing.dir, lines);
    const QString third = hearing.dir + QStringLiteral("/media/part-01/seg-00003.mkv");
    REQUIRE(makeSegment(third, 3, 4));
    const QDateTime startedAt = QDateTime::fromString(QStringLiteral("2026-11-30T09:00:00.000Z"), Qt::ISODateWithMs);
    setRecordingJson(hearing.dir,
        { { QStringLiteral("id"), QStringLiteral("2-1234-26") }, { QStringLiteral("state"), QStringLiteral("recording") },
            { QStringLiteral("parts"),
                QJsonArray { QJsonObject { { QStringLiteral("number"), 1 }, { QStringLiteral("startMs"), 0 },
                    { QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs) } } } } });
    // The listed segments were written 2 s and 4 s into the part (their files' times, whatever
    // the clock of the machine running the test says), the third last.
    for (int segment = 1; segment <= 3; ++segment) {
        QFile file(hearing.dir + QStringLiteral("/media/part-01/seg-%1.mkv").arg(segment, 5, 10, QLatin1Char('0')));
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.setFileTime(startedAt.addMSecs(segment == 3 ? 7500 : 2000 * segment),
            QFileDevice::FileModificationTime));
    }

    const auto recovered = runHattama({ QStringLiteral("recover"), hearing.dir }, isolatedEnvironment(home));
    INFO(recovered.out.toStdString() << recovered.err.toStdString());
    REQUIRE(recovered.exitCode == 0);
    // The recovered segment ends at 4 s + its length (3 s, within a frame).
    const QJsonObject close = QJsonDocument::fromJson(manifestLines(hearing.dir).constLast()).object();
    const qint64 atMs = close.value(QStringLiteral("lostAtMs")).toInteger(-1);
    const qint64 lostMs = close.value(QStringLiteral("lostMs")).toInteger(-1);
    CHECK(atMs >= 6900);
    CHECK(atMs <= 7100);
    CHECK(lostMs == 7500 - atMs);
    const QString said = QStringLiteral("recovered after a crash: about %1 s lost at 00:00:0%2")
                             .arg(static_cast<double>(lostMs) / 1000.0, 0, 'f', 1)
                             .arg(static_cast<double>(atMs) / 1000.0, 0, 'f', 3);
    CHECK(recovered.out.contains(said));

    const auto verified = verify(hearing.dir, home);
    INFO(verified.out.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains(QStringLiteral("warning: ") + said));
}
