// hattama clip and hattama frame on a real demo recording, read back with ffprobe and FFmpeg.
#include "MediaAnalysis.h"
#include "PlaybackFixture.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cmath>

using namespace hattama::test;

namespace {

double meanBrightness(const QImage &image)
{
    double sum = 0.0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            sum += qGray(image.pixel(x, y));
    return sum / (image.width() * image.height());
}

} // namespace

TEST_CASE("clip writes an H.264/AAC MP4 of the passage in sync, frame writes the picture of a moment")
{
    QTemporaryDir home;
    QTemporaryDir dir;
    const QString hearing = dir.filePath(QStringLiteral("hearing"));
    recordDemoHearing(hearing);
    const QProcessEnvironment env = isolatedEnvironment(home.path());
    const double oneFrameSec = 1.0 / DemoRecording::kFrameRate;

    SECTION("one camera, every microphone")
    {
        const QString clip = dir.filePath(QStringLiteral("passage.mp4"));
        const auto result = runHattama({ QStringLiteral("clip"), hearing, QStringLiteral("--from"),
                                           QStringLiteral("00:00:01.700"), QStringLiteral("--to"),
                                           QStringLiteral("00:00:04.700"), QStringLiteral("--camera"),
                                           QStringLiteral("2"), QStringLiteral("-o"), clip },
            env, 120'000);
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        CHECK_FALSE(QFileInfo::exists(clip + QStringLiteral(".part")));
        const QJsonObject info = probeMedia(clip);
        const double durationSec = info.value(QStringLiteral("format")).toObject().value(QStringLiteral("duration")).toString().toDouble();
        CHECK(std::fabs(durationSec - 3.0) <= oneFrameSec);
        const QJsonArray streams = info.value(QStringLiteral("streams")).toArray();
        REQUIRE(streams.size() == 2);
        CHECK(streams[0].toObject().value(QStringLiteral("codec_name")).toString() == QStringLiteral("h264"));
        CHECK(streams[0].toObject().value(QStringLiteral("pix_fmt")).toString() == QStringLiteral("yuv420p"));
        CHECK(streams[1].toObject().value(QStringLiteral("codec_name")).toString() == QStringLiteral("aac"));
        for (const QJsonValue &stream : streams) {
            const double streamSec = stream.toObject().value(QStringLiteral("duration")).toString().toDouble();
            CHECK(std::fabs(streamSec - 3.0) <= oneFrameSec);
        }
        // +faststart: the index (moov) before the media (mdat), so it plays while loading.
        QFile file(clip);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(1 << 20);
        REQUIRE(head.indexOf("moov") >= 0);
        CHECK(head.indexOf("moov") < head.indexOf("mdat"));

        // The white frames sit on the beeps (2, 3 and 4 s of the hearing: 0.3, 1.3, 2.3 s).
        const std::vector<double> beeps = beepOnsets(decodeAudio(clip, 1));
        const std::vector<double> flashes = flashTimes(pictureLevels(clip, 0));
        REQUIRE(beeps.size() == 3);
        CHECK(beeps[0] == Approx(0.3).margin(oneFrameSec));
        REQUIRE(flashes.size() == 3);
        for (std::size_t i = 0; i < 3; ++i) {
            INFO("beep " << beeps[i] << " s, flash " << flashes[i] << " s");
            CHECK(std::fabs(beeps[i] - flashes[i]) <= oneFrameSec);
        }
    }

    SECTION("every camera in a grid, one microphone")
    {
        const QString clip = dir.filePath(QStringLiteral("grid.mp4"));
        const auto result = runHattama({ QStringLiteral("clip"), hearing, QStringLiteral("--from"),
                                           QStringLiteral("00:00:02.200"), QStringLiteral("--to"),
                                           QStringLiteral("00:00:02.900"), QStringLiteral("--grid"),
                                           QStringLiteral("--mics"), QStringLiteral("2"), QStringLiteral("-o"), clip },
            env, 120'000);
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        const DecodedAudio audio = decodeAudio(clip, 1);
        REQUIRE(audio.samples.size() > 20'000u);
        CHECK(dominantFrequency(audio.samples, audio.sampleRateHz, 250.0, 900.0) == Approx(500.0).margin(3.0));
    }

    SECTION("a time outside the recording is a usage error naming its range, and nothing is written")
    {
        const QString clip = dir.filePath(QStringLiteral("outside.mp4"));
        const auto result = runHattama({ QStringLiteral("clip"), hearing, QStringLiteral("--from"),
                                           QStringLiteral("00:00:01"), QStringLiteral("--to"),
                                           QStringLiteral("01:00:00"), QStringLiteral("-o"), clip },
            env);
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QStringLiteral("01:00:00.000")));
        CHECK(result.err.contains(QStringLiteral("00:00:00.000")));
        CHECK_FALSE(QFileInfo::exists(clip));
        CHECK_FALSE(QFileInfo::exists(clip + QStringLiteral(".part")));

        const auto badCamera = runHattama({ QStringLiteral("frame"), hearing, QStringLiteral("--at"),
                                              QStringLiteral("00:00:01"), QStringLiteral("--camera"), QStringLiteral("7"),
                                              QStringLiteral("-o"), dir.filePath(QStringLiteral("x.png")) },
            env);
        CHECK(badCamera.exitCode == 2);
        CHECK(badCamera.err.contains(QStringLiteral("7")));
        const auto badTime = runHattama({ QStringLiteral("frame"), hearing, QStringLiteral("--at"),
                                            QStringLiteral("half past two"), QStringLiteral("-o"),
                                            dir.filePath(QStringLiteral("x.png")) },
            env);
        CHECK(badTime.exitCode == 2);

        // play checks its arguments before opening any window, with the same errors.
        const auto playOutside = runHattama(
            { QStringLiteral("play"), hearing, QStringLiteral("--at"), QStringLiteral("01:00:00") }, env);
        CHECK(playOutside.exitCode == 2);
        CHECK(playOutside.err.contains(QStringLiteral("hattama play")));
        CHECK(playOutside.err.contains(QStringLiteral("01:00:00.000")));
        CHECK(playOutside.err.contains(QStringLiteral("00:00:00.000")));
        const auto playBadTime = runHattama(
            { QStringLiteral("play"), hearing, QStringLiteral("--at"), QStringLiteral("half past two") }, env);
        CHECK(playBadTime.exitCode == 2);
        const auto playMissing = runHattama({ QStringLiteral("play"), dir.filePath(QStringLiteral("nowhere")) }, env);
        CHECK(playMissing.exitCode == 1);
        CHECK(playMissing.err.contains(QStringLiteral("nowhere")));
    }

    SECTION("frame at a whole second is the white flash, half a second later it is not")
    {
        for (int camera = 1; camera <= DemoRecording::kCameras; ++camera) {
            const QString white = dir.filePath(QStringLiteral("white%1.png").arg(camera));
            const QString plain = dir.filePath(QStringLiteral("plain%1.png").arg(camera));
            const auto atSecond = runHattama({ QStringLiteral("frame"), hearing, QStringLiteral("--at"),
                                                 QStringLiteral("00:00:03.000"), QStringLiteral("--camera"),
                                                 QString::number(camera), QStringLiteral("-o"), white },
                env);
            INFO(atSecond.err.toStdString());
            REQUIRE(atSecond.exitCode == 0);
            const auto later = runHattama({ QStringLiteral("frame"), hearing, QStringLiteral("--at"),
                                              QStringLiteral("00:00:03.500"), QStringLiteral("--camera"),
                                              QString::number(camera), QStringLiteral("-o"), plain },
                env);
            REQUIRE(later.exitCode == 0);
            const QImage whiteImage(white);
            const QImage plainImage(plain);
            REQUIRE(whiteImage.size() == QSize(160, 120));
            CHECK(meanBrightness(whiteImage) > 200.0);
            CHECK(meanBrightness(plainImage) < 160.0);
        }
    }
}
