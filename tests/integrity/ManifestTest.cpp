// The segment manifest: hash chain, fsync, and hashes anyone can recompute with sha256sum.
#include "IntegrityFixture.h"
#include "TestSupport.h"

#include "media/DurableFiles.h"
#include "media/HearingFolder.h"
#include "media/SegmentManifest.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace hattama;
using namespace hattama::test;

TEST_CASE("manifest: appended segments carry hashes that sha256sum and a shell pipeline reproduce")
{
    QTemporaryDir tmp;
    const QString dir = tmp.path() + QStringLiteral("/hearing");
    QDir().mkpath(dir);
    Result<SegmentManifest> manifest = SegmentManifest::openOrCreate(dir, QStringLiteral("2-77-26"));
    REQUIRE(manifest.ok());
    CHECK(manifest->syncCount() == 2); // new manifest file and the hearing folder
    const QString first = HearingFolder::segmentPath(1, 1);
    const QString second = HearingFolder::segmentPath(1, 2);
    REQUIRE(makeSegment(dir + QLatin1Char('/') + first, 1, 0));
    REQUIRE(makeSegment(dir + QLatin1Char('/') + second, 1, 1));
    REQUIRE(manifest->appendSegment(first, 1, 0, 1000).ok());
    // Each append syncs the segment, its folder, the manifest and the hearing folder.
    CHECK(manifest->syncCount() == 2 + 4);
    REQUIRE(manifest->appendSegment(second, 1, 1000, 1000).ok());
    REQUIRE(manifest->close().ok());
    CHECK(manifest->syncCount() == 2 + 4 + 4 + 2);
    CHECK(manifest->segmentCount() == 2);
    CHECK(manifest->isClosed());

    // The same segment twice, a path outside the folder, a missing file: refused.
    CHECK(manifest->appendSegment(first, 1, 0, 1000).error().code == ExitCode::Usage);
    CHECK(manifest->appendSegment(QStringLiteral("../x.mkv"), 1, 0, 1000).error().code == ExitCode::Usage);
    CHECK(manifest->appendSegment(QStringLiteral("media/part-01/seg-00009.mkv"), 1, 0, 1000).error().code
        == ExitCode::Environment);

    const QList<QByteArray> lines = manifestLines(dir);
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0).startsWith(
        R"({"seq":1,"type":"header","format":"hattama-manifest","version":1,"hearing":"2-77-26",)"));
    CHECK(lines.at(0).contains(R"("prev":"0000000000000000000000000000000000000000000000000000000000000000")"));
    CHECK(lines.at(1).startsWith(R"({"seq":2,"type":"segment","part":1,"path":"media/part-01/seg-00001.mkv",)"));
    CHECK(lines.at(3).startsWith(R"({"seq":4,"type":"close","segments":2,"by":"recorder",)"));

    // sha256sum of the segment file is the "sha256" field.
    const auto sum = runProgram(QStringLiteral("sha256sum"), { dir + QLatin1Char('/') + second });
    REQUIRE(sum.exitCode == 0);
    const QJsonObject line3 = QJsonDocument::fromJson(lines.at(2)).object();
    CHECK(line3.value(QStringLiteral("sha256")).toString() == sum.out.section(QLatin1Char(' '), 0, 0));
    CHECK(line3.value(QStringLiteral("size")).toInteger() == QFileInfo(dir + QLatin1Char('/') + second).size());

    // The documented shell recipe: entry = sha256 of the line without its "entry" field;
    // prev = entry of the line before.
    const QString script = QStringLiteral(
        "sed -n %1p manifest.jsonl | sed 's/,\"entry\":\"[0-9a-f]*\"}$/}/' | tr -d '\\n' | sha256sum | cut -c1-64");
    for (int n = 1; n <= 4; ++n) {
        const auto recomputed = runProgram(
            QStringLiteral("sh"), { QStringLiteral("-c"), QStringLiteral("cd '%1' && ").arg(dir) + script.arg(n) });
        REQUIRE(recomputed.exitCode == 0);
        const QJsonObject object = QJsonDocument::fromJson(lines.at(n - 1)).object();
        INFO("line " << n);
        CHECK(object.value(QStringLiteral("entry")).toString() == recomputed.out.trimmed());
        if (n > 1) {
            CHECK(object.value(QStringLiteral("prev")).toString()
                == QJsonDocument::fromJson(lines.at(n - 2)).object().value(QStringLiteral("entry")).toString());
        }
    }

    // Reopening continues the chain; the manifest reads back intact.
    Result<SegmentManifest> reopened = SegmentManifest::openOrCreate(dir);
    REQUIRE(reopened.ok());
    CHECK(reopened->hearingId() == QStringLiteral("2-77-26"));
    CHECK(reopened->entries().size() == 4);
    CHECK(reopened->lastEntryHex() == manifest->lastEntryHex());
    Result<ManifestContents> contents = SegmentManifest::read(reopened->manifestPath());
    REQUIRE(contents.ok());
    CHECK(SegmentManifest::checkChain(*contents).isEmpty());
    CHECK(contents->tornTail.isEmpty());
}

TEST_CASE("manifest: a torn last line is detected and blocks appending until recovery")
{
    QTemporaryDir tmp;
    const FixtureHearing hearing = makeClosedHearing(tmp.path(), { 1 });
    const QString path = tmp.path() + QStringLiteral("/manifest.jsonl");
    QByteArray data = readAll(path);
    const qint64 intactSize = data.size();
    data += R"({"seq":4,"type":"segment","part":1,"path":"media/pa)";
    writeAll(path, data);
    Result<ManifestContents> contents = SegmentManifest::read(path);
    REQUIRE(contents.ok());
    CHECK(contents->validBytes == intactSize);
    CHECK(contents->tornLineNumber == 4);
    CHECK(SegmentManifest::checkChain(*contents).isEmpty());
    const Result<SegmentManifest> opened = SegmentManifest::openOrCreate(tmp.path());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QLatin1String("manifest line 4")));
    CHECK(opened.error().hint.contains(QLatin1String("hattama recover")));
}

TEST_CASE("manifest: the fsync helpers sync real files and folders and report failures")
{
    QTemporaryDir tmp;
    const QString file = tmp.path() + QStringLiteral("/a.bin");
    writeAll(file, QByteArray(4096, 'x'));
    CHECK(DurableFiles::syncFile(file).ok());
    CHECK(DurableFiles::syncDirectory(tmp.path()).ok());
    const Status missing = DurableFiles::syncFile(tmp.path() + QStringLiteral("/missing.bin"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ExitCode::Environment);
    CHECK(missing.error().message.contains(QLatin1String("missing.bin")));
    CHECK_FALSE(DurableFiles::syncDirectory(file).ok()); // a file is not a folder
    const QString other = tmp.path() + QStringLiteral("/b.bin");
    writeAll(other, "new");
    REQUIRE(DurableFiles::replaceFile(other, file).ok());
    CHECK(readAll(file) == "new");
    CHECK_FALSE(QFileInfo::exists(other));
}
