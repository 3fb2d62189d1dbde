// hattama verify on real Matroska segments: the summary when intact, and every kind of
// tampering named by segment or manifest line with exit code 1.
#include "IntegrityFixture.h"
#include "TestSupport.h"

#include "media/HearingVerifier.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace hattama;
using namespace hattama::test;

namespace {

ProcessResult verify(const QString &dir, const QString &home)
{
    return runHattama({ QStringLiteral("verify"), dir }, isolatedEnvironment(home));
}

QByteArray recomputeEntry(QByteArray line)
{
    const qsizetype at = line.lastIndexOf(R"(,"entry":")");
    QByteArray body = line.left(at) + '}';
    const QByteArray entry = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    return line.left(at) + R"(,"entry":")" + entry + "\"}";
}

} // namespace

TEST_CASE("verify: an intact hearing of two parts passes with its summary")
{
    QTemporaryDir tmp;
    const FixtureHearing hearing = makeClosedHearing(tmp.path() + QStringLiteral("/h"), { 2, 1 });
    const auto result = verify(hearing.dir, tmp.path() + QStringLiteral("/home"));
    INFO(result.out.toStdString() << result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QLatin1String("Hearing: 2-1234-26")));
    CHECK(result.out.contains(QLatin1String("Parts: 2\n")));
    CHECK(result.out.contains(QLatin1String("Segments: 3\n")));
    CHECK(result.out.contains(QLatin1String("Manifest lines: 5\n")));
    const QRegularExpressionMatch duration
        = QRegularExpression(QStringLiteral("Duration: \\S+ \\((\\d+) ms\\)")).match(result.out);
    REQUIRE(duration.hasMatch());
    // Three segments of 2 s each (Matroska durations are within a frame of that).
    CHECK(duration.captured(1).toInt() >= 5900);
    CHECK(duration.captured(1).toInt() <= 6200);
    CHECK(result.out.contains(QLatin1String("Tracks: 3\n")));
    CHECK(result.out.contains(QLatin1String("video h264 160x120 \"camera 1\"")));
    CHECK(result.out.contains(QLatin1String("audio opus 1 ch, 48000 Hz \"mic 2\"")));
    CHECK(result.out.contains(QLatin1String("Result: intact")));
    CHECK_FALSE(result.out.contains(QLatin1String("ERROR")));
}

TEST_CASE("verify: tampering with segments is named and exits 1")
{
    QTemporaryDir tmp;
    const FixtureHearing hearing = makeClosedHearing(tmp.path() + QStringLiteral("/h"), { 3 });
    const QDir root(hearing.dir);
    const QString home = tmp.path() + QStringLiteral("/home");
    QString expected;

    SECTION("a flipped byte")
    {
        const QString path = root.filePath(hearing.segments.at(1));
        QByteArray data = readAll(path);
        data[data.size() / 2] = static_cast<char>(data[data.size() / 2] ^ 0x01);
        writeAll(path, data);
        expected = QStringLiteral(
            "ERROR: segment media/part-01/seg-00002.mkv is altered: its SHA-256 differs from manifest line 3");
    }
    SECTION("a deleted segment")
    {
        REQUIRE(QFile::remove(root.filePath(hearing.segments.at(2))));
        expected = QStringLiteral("ERROR: segment media/part-01/seg-00003.mkv (manifest line 4) is missing");
    }
    SECTION("two swapped segments")
    {
        const QString a = root.filePath(hearing.segments.at(0));
        const QString b = root.filePath(hearing.segments.at(1));
        REQUIRE(QFile::rename(a, a + QStringLiteral(".x")));
        REQUIRE(QFile::rename(b, a));
        REQUIRE(QFile::rename(a + QStringLiteral(".x"), b));
        expected = QStringLiteral(
            "ERROR: segment media/part-01/seg-00001.mkv holds the content listed for media/part-01/seg-00002.mkv");
    }
    SECTION("an extra segment")
    {
        REQUIRE(makeSegment(root.filePath(QStringLiteral("media/part-01/seg-00004.mkv")), 1, 6));
        expected = QStringLiteral("ERROR: segment media/part-01/seg-00004.mkv is not in the manifest: it was added "
                                  "after the recording was closed");
    }
    SECTION("a segment renamed into the place of another")
    {
        REQUIRE(QFile::remove(root.filePath(hearing.segments.at(1))));
        REQUIRE(QFile::rename(root.filePath(hearing.segments.at(2)), root.filePath(hearing.segments.at(1))));
        expected = QStringLiteral(
            "ERROR: segment media/part-01/seg-00002.mkv holds the content listed for media/part-01/seg-00003.mkv");
    }

    const auto result = verify(hearing.dir, home);
    INFO(result.out.toStdString() << result.err.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.out.contains(expected));
    CHECK(result.out.contains(QLatin1String("Result: NOT intact.")));
}

TEST_CASE("verify: tampering with the manifest names the line and exits 1")
{
    QTemporaryDir tmp;
    const FixtureHearing hearing = makeClosedHearing(tmp.path() + QStringLiteral("/h"), { 3 });
    const QString home = tmp.path() + QStringLiteral("/home");
    QList<QByteArray> lines = manifestLines(hearing.dir);
    REQUIRE(lines.size() == 5);
    QStringList expected;

    SECTION("an edited line")
    {
        lines[2].replace(R"("durationMs":2000)", R"("durationMs":1000)");
        writeManifestLines(hearing.dir, lines);
        expected << QStringLiteral("ERROR: manifest chain broken: manifest line 3 is altered");
    }
    SECTION("an edited line with its own hash recomputed")
    {
        lines[2].replace(R"("durationMs":2000)", R"("durationMs":1000)");
        lines[2] = recomputeEntry(lines[2]);
        writeManifestLines(hearing.dir, lines);
        expected << QStringLiteral("ERROR: manifest chain broken: manifest line 4 does not chain to line 3");
    }
    SECTION("a segment line removed and the segment deleted")
    {
        REQUIRE(QFile::remove(QDir(hearing.dir).filePath(hearing.segments.at(1))));
        lines.removeAt(2);
        writeManifestLines(hearing.dir, lines);
        expected << QStringLiteral("ERROR: manifest chain broken: manifest line 3 does not chain to line 2");
    }
    SECTION("two lines swapped")
    {
        lines.swapItemsAt(2, 3);
        writeManifestLines(hearing.dir, lines);
        expected << QStringLiteral("ERROR: manifest chain broken: manifest line 3 does not chain to line 2");
    }
    SECTION("the manifest truncated in the middle of a line")
    {
        QByteArray data = readAll(QDir(hearing.dir).filePath(QStringLiteral("manifest.jsonl")));
        writeAll(QDir(hearing.dir).filePath(QStringLiteral("manifest.jsonl")), data.left(data.size() - 100));
        expected << QStringLiteral("ERROR: manifest line 5 is incomplete");
    }
    SECTION("the last whole lines cut off")
    {
        lines = lines.mid(0, 3);
        writeManifestLines(hearing.dir, lines);
        expected << QStringLiteral("ERROR: the manifest ends at line 3 without its close line")
                 << QStringLiteral("ERROR: segment media/part-01/seg-00003.mkv is not in the manifest");
    }

    const auto result = verify(hearing.dir, home);
    INFO(result.out.toStdString() << result.err.toStdString());
    CHECK(result.exitCode == 1);
    for (const QString &text : expected)
        CHECK(result.out.contains(text));
}

TEST_CASE("verify: bad arguments exit 2 and an unreadable folder exits 3")
{
    QTemporaryDir tmp;
    const auto env = isolatedEnvironment(tmp.path());
    auto result = runHattama({ QStringLiteral("verify") }, env);
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QLatin1String("Usage: hattama verify DIR")));
    result = runHattama({ QStringLiteral("verify"), tmp.path(), tmp.path() }, env);
    CHECK(result.exitCode == 2);
    result = runHattama({ QStringLiteral("verify"), tmp.path() + QStringLiteral("/nowhere") }, env);
    CHECK(result.exitCode == 3);
    CHECK(result.err.contains(QLatin1String("nowhere")));
    // A folder that is no hearing: the manifest is missing, which is a failed check.
    result = runHattama({ QStringLiteral("verify"), tmp.path() }, env);
    CHECK(result.exitCode == 1);
    CHECK(result.out.contains(QLatin1String("manifest.jsonl is missing")));
}

namespace {
// A later check (e.g. signatures) plugs in as one more step.
class FailingSignatureStep : public VerificationStep {
public:
    QString name() const override { return QStringLiteral("signatures"); }
    void run(VerificationContext &context, VerificationReport &report) override
    {
        m_sawIntactSegments = static_cast<int>(context.intactSegments.size());
        report.add({ VerificationFinding::Kind::UnexpectedFile, VerificationFinding::Severity::Error,
            QStringLiteral("protocol.p7s"), 0, {}, QStringLiteral("signature does not verify") });
    }
    int m_sawIntactSegments = -1;
};
} // namespace

TEST_CASE("verify: the core verifier reports progress and runs added steps after the default ones")
{
    QTemporaryDir tmp;
    const FixtureHearing hearing = makeClosedHearing(tmp.path() + QStringLiteral("/h"), { 2 });
    HearingVerifier verifier = HearingVerifier::withDefaultSteps();
    auto step = std::make_unique<FailingSignatureStep>();
    FailingSignatureStep *added = step.get();
    verifier.addStep(std::move(step));
    QStringList progress;
    verifier.setProgress([&progress](const QString &name, int done, int total) {
        progress << QStringLiteral("%1 %2/%3").arg(name).arg(done).arg(total);
    });
    const Result<VerificationReport> report = verifier.verify(hearing.dir);
    REQUIRE(report.ok());
    CHECK(report->stepsRun
        == QStringList { QStringLiteral("manifest-chain"), QStringLiteral("segment-files"),
            QStringLiteral("media-probe"), QStringLiteral("signatures") });
    CHECK(progress
        == QStringList { QStringLiteral("segment-files 0/2"), QStringLiteral("segment-files 1/2"),
            QStringLiteral("media-probe 0/2"), QStringLiteral("media-probe 1/2") });
    CHECK(added->m_sawIntactSegments == 2);
    CHECK_FALSE(report->intact());
    REQUIRE(report->findings.size() == 1);
    CHECK(report->findings.constFirst().subject == QStringLiteral("protocol.p7s"));
    CHECK(report->summary.segments == 2);
    CHECK(report->summary.closed);
}
