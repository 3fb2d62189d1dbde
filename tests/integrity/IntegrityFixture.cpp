#include "IntegrityFixture.h"

#include "TestSupport.h"

#include "media/HearingFolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace hattama::test {

bool makeSegment(const QString &path, int durationS, int offsetS)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString seconds = QString::number(durationS);
    const ProcessResult result = runProgram(QStringLiteral("ffmpeg"),
        { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-f"),
            QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("testsrc2=size=160x120:rate=25"),
            QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("sine=f=400:r=48000"),
            QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("sine=f=500:r=48000"),
            QStringLiteral("-map"), QStringLiteral("0"), QStringLiteral("-map"), QStringLiteral("1"),
            QStringLiteral("-map"), QStringLiteral("2"), QStringLiteral("-c:v"), QStringLiteral("libx264"),
            QStringLiteral("-preset"), QStringLiteral("ultrafast"), QStringLiteral("-g"), QStringLiteral("25"),
            QStringLiteral("-c:a"), QStringLiteral("libopus"), QStringLiteral("-b:a"), QStringLiteral("32k"),
            QStringLiteral("-metadata:s:v:0"), QStringLiteral("title=camera 1"), QStringLiteral("-metadata:s:a:0"),
            QStringLiteral("title=mic 1"), QStringLiteral("-metadata:s:a:1"), QStringLiteral("title=mic 2"),
            QStringLiteral("-t"), seconds, QStringLiteral("-output_ts_offset"), QString::number(offsetS), path });
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    return result.exitCode == 0;
}

FixtureHearing makeClosedHearing(const QString &dir, const QList<int> &segmentsPerPart)
{
    FixtureHearing hearing;
    hearing.dir = dir;
    QDir().mkpath(dir);
    writeAll(dir + QStringLiteral("/recording.json"),
        R"({"hearingId":"2-1234-26","closed":true,"parts":[{"part":1,"startMs":0},{"part":2,"startMs":60000}]})");
    Result<SegmentManifest> manifest = SegmentManifest::openOrCreate(dir);
    REQUIRE(manifest.ok());
    int number = 0;
    for (int part = 1; part <= segmentsPerPart.size(); ++part) {
        const qint64 partStartMs = part == 1 ? 0 : 60'000;
        for (int i = 0; i < segmentsPerPart.at(part - 1); ++i) {
            const QString relative = HearingFolder::segmentPath(part, ++number);
            REQUIRE(makeSegment(dir + QLatin1Char('/') + relative, 2, 2 * i));
            const Status appended = manifest->appendSegment(relative, part, partStartMs + 2000 * i, 2000);
            INFO((appended.ok() ? std::string() : appended.error().text().toStdString()));
            REQUIRE(appended.ok());
            hearing.segments << relative;
        }
    }
    REQUIRE(manifest->close().ok());
    return hearing;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(data) == data.size());
}

QList<QByteArray> manifestLines(const QString &hearingDir)
{
    QByteArray data = readAll(hearingDir + QStringLiteral("/manifest.jsonl"));
    if (data.endsWith('\n'))
        data.chop(1);
    return data.split('\n');
}

void writeManifestLines(const QString &hearingDir, const QList<QByteArray> &lines)
{
    QByteArray data;
    for (const QByteArray &line : lines)
        data += line + '\n';
    writeAll(hearingDir + QStringLiteral("/manifest.jsonl"), data);
}

} // namespace hattama::test
