// The recording engine end to end: real PortAudio, real FFmpeg, assertions on the files.
#include "MediaAnalysis.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cmath>

using namespace hattama::test;

namespace {

QStringList segmentFiles(const QString &hearingDir, int part = 1)
{
    QDir dir(QDir(hearingDir).filePath(QStringLiteral("media/part-%1").arg(part, 2, 10, QLatin1Char('0'))));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("seg-*.mkv")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

QJsonArray probeStreams(const QString &file)
{
    const auto probe = runProgram(QStringLiteral("ffprobe"),
                                  {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_streams"),
                                   QStringLiteral("-of"), QStringLiteral("json"), file});
    REQUIRE(probe.exitCode == 0);
    return QJsonDocument::fromJson(probe.out.toUtf8()).object().value(QStringLiteral("streams")).toArray();
}

} // namespace

TEST_CASE("a demo recording of 4 cameras and 6 microphones is in sync in every segment")
{
    QTemporaryDir home;
    QTemporaryDir out;
    const QString hearing = out.filePath(QStringLiteral("hearing"));
    const auto result = runHattama({QStringLiteral("--lang"), QStringLiteral("kk"), QStringLiteral("record"),
                                    QStringLiteral("--out"), hearing, QStringLiteral("--demo"),
                                    QStringLiteral("--mics"), QStringLiteral("6"), QStringLiteral("--cameras"),
                                    QStringLiteral("4"), QStringLiteral("--duration"), QStringLiteral("20"),
                                    QStringLiteral("--video-size"), QStringLiteral("320x240")},
                                   isolatedEnvironment(home.path()), 120'000);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);

    const QStringList segments = segmentFiles(hearing);
    REQUIRE(segments.size() == 2);
    double totalSec = 0.0;
    for (const QString &segment : segments) {
        INFO(segment.toStdString());
        // ffprobe: 6 mono Opus tracks titled by channel, 4 H.264 tracks titled by camera.
        const QJsonArray streams = probeStreams(segment);
        REQUIRE(streams.size() == 10);
        for (int i = 0; i < 10; ++i) {
            const QJsonObject stream = streams.at(i).toObject();
            const QJsonObject tags = stream.value(QStringLiteral("tags")).toObject();
            if (i < 6) {
                CHECK(stream.value(QStringLiteral("codec_type")).toString() == QStringLiteral("audio"));
                CHECK(stream.value(QStringLiteral("codec_name")).toString() == QStringLiteral("opus"));
                CHECK(stream.value(QStringLiteral("channels")).toInt() == 1);
                CHECK(stream.value(QStringLiteral("sample_rate")).toString() == QStringLiteral("48000"));
                CHECK(tags.value(QStringLiteral("title")).toString() == QStringLiteral("Mic %1").arg(i + 1));
            } else {
                CHECK(stream.value(QStringLiteral("codec_type")).toString() == QStringLiteral("video"));
                CHECK(stream.value(QStringLiteral("codec_name")).toString() == QStringLiteral("h264"));
                CHECK(tags.value(QStringLiteral("title")).toString() == QStringLiteral("Camera %1").arg(i - 5));
            }
            CHECK(tags.value(QStringLiteral("language")).toString() == QStringLiteral("kaz"));
        }

        // Every stream covers the same span, to within one frame (40 ms).
        const std::vector<StreamSpan> spans = streamSpans(segment);
        REQUIRE(spans.size() == 10);
        double minEnd = 1e9;
        double maxEnd = 0.0;
        for (const StreamSpan &span : spans) {
            // Opus starts before zero by its encoder delay (Matroska CodecDelay); the decoder drops it.
            CHECK(span.startSec <= 0.001);
            CHECK(span.startSec >= -0.020);
            minEnd = std::min(minEnd, span.endSec);
            maxEnd = std::max(maxEnd, span.endSec);
        }
        CHECK(maxEnd - minEnd <= 0.040);
        CHECK(minEnd >= 9.9);
        totalSec += minEnd;

        // The white frame of every camera sits on the beep of microphone 1: at most 20 ms apart.
        const std::vector<double> beeps = beepOnsets(decodeAudio(segment, 0));
        CHECK(beeps.size() >= 9);
        for (int camera = 0; camera < 4; ++camera) {
            const std::vector<double> flashes = flashTimes(pictureLevels(segment, 6 + camera));
            INFO("camera " << camera + 1 << ": " << flashes.size() << " flashes, " << beeps.size() << " beeps");
            CHECK(flashes.size() >= 9);
            for (double flash : flashes) {
                double nearest = 1e9;
                for (double beep : beeps)
                    nearest = std::min(nearest, std::fabs(beep - flash));
                INFO("flash at " << flash);
                CHECK(nearest <= 0.020);
            }
        }
    }
    CHECK(totalSec >= 19.9);
    CHECK(totalSec <= 20.1);

    QFile description(QDir(hearing).filePath(QStringLiteral("recording.json")));
    REQUIRE(description.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(description.readAll()).object();
    CHECK(json.value(QStringLiteral("state")).toString() == QStringLiteral("stopped"));
    CHECK(json.value(QStringLiteral("parts")).toArray().size() == 1);
    CHECK(json.value(QStringLiteral("parts")).toArray().at(0).toObject().value(QStringLiteral("durationMs")).toInteger() == 20000);
    CHECK(json.value(QStringLiteral("tracks")).toObject().value(QStringLiteral("audio")).toArray().size() == 6);
    CHECK(json.value(QStringLiteral("tracks")).toObject().value(QStringLiteral("video")).toArray().size() == 4);
}
