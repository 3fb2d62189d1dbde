// The recording engine end to end: real PortAudio, real FFmpeg, assertions on the files.
#include "MediaAnalysis.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cmath>

using namespace hattama::test;

namespace {

QStringList segmentFiles(const QString &hearingDir, int part = 1)
{
    QDir dir(QDir(hearingDir).filePath(QStringLiteral("media/part-%1").arg(part, 2, 10, QLatin1Char('0'))));
    QStringList files;
    for (const QString &name : dir.entryList({ QStringLiteral("seg-*.mkv") }, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

QJsonArray probeStreams(const QString &file)
{
    const auto probe = runProgram(QStringLiteral("ffprobe"),
        { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_streams"), QStringLiteral("-of"),
            QStringLiteral("json"), file });
    REQUIRE(probe.exitCode == 0);
    return QJsonDocument::fromJson(probe.out.toUtf8()).object().value(QStringLiteral("streams")).toArray();
}

// Seconds of every stream of a segment already on the disk (it may still be being written;
// its clusters are flushed every half second). 0 while it does not exist.
double writtenSec(const QString &segment)
{
    if (!QFileInfo::exists(segment))
        return 0.0;
    const std::vector<StreamSpan> spans = streamSpans(segment);
    if (spans.empty())
        return 0.0;
    double end = 1e9;
    for (const StreamSpan &span : spans)
        end = std::min(end, span.endSec);
    return end;
}

} // namespace

TEST_CASE("a demo recording of 4 cameras and 6 microphones is in sync in every segment")
{
    QTemporaryDir home;
    QTemporaryDir out;
    const QString hearing = out.filePath(QStringLiteral("hearing"));
    const auto result = runHattama(
        { QStringLiteral("--lang"), QStringLiteral("kk"), QStringLiteral("record"), QStringLiteral("--out"), hearing,
            QStringLiteral("--demo"), QStringLiteral("--mics"), QStringLiteral("6"), QStringLiteral("--cameras"),
            QStringLiteral("4"), QStringLiteral("--duration"), QStringLiteral("20"), QStringLiteral("--video-size"),
            QStringLiteral("320x240"), QStringLiteral("--mic-camera"), QStringLiteral("1=2,3=4") },
        isolatedEnvironment(home.path()), 120'000);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);

    // The camera that shows each microphone's seat, as --mic-camera gave it.
    QList<int> cameras;
    for (const QJsonValue &track : recordedAudioTracks(hearing))
        cameras << track.toObject().value(QStringLiteral("camera")).toInt(0);
    CHECK(cameras == QList<int> { 2, 0, 4, 0, 0, 0 });

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
    CHECK(json.value(QStringLiteral("parts")).toArray().at(0).toObject().value(QStringLiteral("durationMs")).toInteger()
        == 20000);
    CHECK(json.value(QStringLiteral("tracks")).toObject().value(QStringLiteral("audio")).toArray().size() == 6);
    CHECK(json.value(QStringLiteral("tracks")).toObject().value(QStringLiteral("video")).toArray().size() == 4);
}

TEST_CASE("six channels through real PortAudio arrive complete and each on its own track")
{
    QTemporaryDir home;
    QTemporaryDir work;
    // Source: channel k carries 300 + 100·k Hz plus a little noise, so every sample is distinct.
    constexpr int kRate = 48000;
    constexpr int kChannels = 6;
    constexpr int kSourceSeconds = 10; // longer than the capture: the plugin repeats stale data at the end
    std::vector<qint16> source(static_cast<std::size_t>(kRate) * kSourceSeconds * kChannels);
    quint32 lcg = 12345;
    for (int i = 0; i < kRate * kSourceSeconds; ++i)
        for (int c = 0; c < kChannels; ++c) {
            lcg = lcg * 1664525u + 1013904223u;
            const double tone = 8000.0 * std::sin(2.0 * M_PI * (300.0 + 100.0 * (c + 1)) * i / kRate);
            source[static_cast<std::size_t>(i) * kChannels + c]
                = static_cast<qint16>(std::lround(tone) + static_cast<int>(lcg >> 24) - 128);
        }
    const QString rawPath = work.filePath(QStringLiteral("in6.raw"));
    QFile raw(rawPath);
    REQUIRE(raw.open(QIODevice::WriteOnly));
    raw.write(reinterpret_cast<const char *>(source.data()), static_cast<qint64>(source.size() * sizeof(qint16)));
    raw.close();
    const QString conf = writeAlsaConfig(work.path(), rawPath);

    QProcessEnvironment env = isolatedEnvironment(home.path());
    env.insert(QStringLiteral("ALSA_CONFIG_PATH"), QStringLiteral("/usr/share/alsa/alsa.conf:") + conf);
    const QString hearing = work.filePath(QStringLiteral("hearing"));
    // The file plugin delivers faster than real time: the recorder keeps exactly the first
    // 3 s, the rest overruns the ring and is counted, never written out of place.
    const auto result = runHattama(
        { QStringLiteral("record"), QStringLiteral("--out"), hearing, QStringLiteral("--audio-device"),
            QStringLiteral("virt6"), QStringLiteral("--channels"), QStringLiteral("1-6"), QStringLiteral("--duration"),
            QStringLiteral("3"), QStringLiteral("--audio-codec"), QStringLiteral("flac") },
        env, 60'000);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QStringList segments = segmentFiles(hearing);
    REQUIRE(segments.size() == 1);
    const QJsonArray streams = probeStreams(segments.first());
    REQUIRE(streams.size() == kChannels);
    for (int c = 0; c < kChannels; ++c) {
        INFO("track " << c + 1);
        const QJsonObject stream = streams.at(c).toObject();
        CHECK(stream.value(QStringLiteral("codec_name")).toString() == QStringLiteral("flac"));
        CHECK(stream.value(QStringLiteral("tags")).toObject().value(QStringLiteral("title")).toString()
            == QStringLiteral("Mic %1").arg(c + 1));
        const DecodedAudio audio = decodeAudio(segments.first(), c);
        REQUIRE(audio.samples.size() == static_cast<std::size_t>(3 * kRate));
        CHECK(dominantFrequency(audio.samples, kRate, 250.0, 1200.0) == Approx(300.0 + 100.0 * (c + 1)).margin(2.0));
        // Bit-exact against the source channel: nothing lost, duplicated or moved.
        std::size_t firstDifference = audio.samples.size();
        for (std::size_t i = 0; i < audio.samples.size(); ++i) {
            const auto decoded = static_cast<qint16>(std::lround(audio.samples[i] * 32768.0f));
            if (decoded != source[i * kChannels + static_cast<std::size_t>(c)]) {
                firstDifference = i;
                break;
            }
        }
        CHECK(firstDifference == audio.samples.size());
    }
}

TEST_CASE("a missing audio device exits 3 and names the device")
{
    QTemporaryDir home;
    QTemporaryDir work;
    const auto result
        = runHattama({ QStringLiteral("record"), QStringLiteral("--out"), work.filePath(QStringLiteral("h")),
                         QStringLiteral("--audio-device"), QStringLiteral("no-such-interface-42") },
            isolatedEnvironment(home.path()));
    CHECK(result.exitCode == 3);
    CHECK(result.err.contains(QLatin1String("no-such-interface-42")));
    const auto bad = runHattama({ QStringLiteral("record"), QStringLiteral("--out"), work.filePath(QStringLiteral("h")),
                                    QStringLiteral("--demo"), QStringLiteral("--segment"), QStringLiteral("zero") },
        isolatedEnvironment(home.path()));
    CHECK(bad.exitCode == 2);
    // A microphone mapped to a camera that is not recorded: refused before anything is written.
    const auto noCamera
        = runHattama({ QStringLiteral("record"), QStringLiteral("--out"), work.filePath(QStringLiteral("h")),
                         QStringLiteral("--demo"), QStringLiteral("--cameras"), QStringLiteral("1"),
                         QStringLiteral("--mic-camera"), QStringLiteral("2=3") },
            isolatedEnvironment(home.path()));
    CHECK(noCamera.exitCode == 2);
    CHECK(noCamera.err.contains(QLatin1String("--mic-camera")));
    CHECK(noCamera.err.contains(QLatin1String("camera 3")));
    const auto notAList
        = runHattama({ QStringLiteral("record"), QStringLiteral("--out"), work.filePath(QStringLiteral("h")),
                         QStringLiteral("--demo"), QStringLiteral("--mic-camera"), QStringLiteral("2") },
            isolatedEnvironment(home.path()));
    CHECK(notAList.exitCode == 2);
    CHECK(notAList.err.contains(QLatin1String("1=2,3=1")));
    CHECK_FALSE(QFile::exists(work.filePath(QStringLiteral("h/recording.json"))));
}

TEST_CASE("after kill -9 in mid-segment recover and verify pass and all but the last two seconds decodes")
{
    QTemporaryDir home;
    QTemporaryDir work;
    const QString hearing = work.filePath(QStringLiteral("hearing"));
    QProcess child;
    child.setProcessEnvironment(isolatedEnvironment(home.path()));
    child.setProgram(hattamaBinary());
    child.setArguments({ QStringLiteral("record"), QStringLiteral("--out"), hearing, QStringLiteral("--demo"),
        QStringLiteral("--mics"), QStringLiteral("2"), QStringLiteral("--cameras"), QStringLiteral("1"),
        QStringLiteral("--video-size"), QStringLiteral("320x240"), QStringLiteral("--segment"), QStringLiteral("4") });
    child.start();
    REQUIRE(child.waitForStarted());
    // Killed in the middle of the second 4-second segment, once 2 s of it are on the disk.
    const QString second = QDir(hearing).filePath(QStringLiteral("media/part-01/seg-00002.mkv"));
    REQUIRE(waitUntil([&second] { return writtenSec(second) >= 2.0; }, 60'000));
    const double killedAtSec = 4.0 + writtenSec(second); // hearing time already on the disk
    child.kill(); // SIGKILL
    REQUIRE(child.waitForFinished());

    // Before recovery the cut-off segment is not in the manifest: verify says so.
    const auto env = isolatedEnvironment(home.path());
    const auto before = runHattama({ QStringLiteral("verify"), hearing }, env);
    INFO(before.out.toStdString() << before.err.toStdString());
    CHECK(before.exitCode == 1);
    CHECK(before.out.contains(QLatin1String("run 'hattama recover'")));

    const auto recovered = runHattama({ QStringLiteral("recover"), hearing }, env);
    INFO(recovered.out.toStdString() << recovered.err.toStdString());
    REQUIRE(recovered.exitCode == 0);
    const auto verified = runHattama({ QStringLiteral("verify"), hearing }, env);
    INFO(verified.out.toStdString() << verified.err.toStdString());
    REQUIRE(verified.exitCode == 0);
    CHECK(verified.out.contains(QLatin1String("Result: intact")));
    // Recovery is idempotent.
    CHECK(runHattama({ QStringLiteral("recover"), hearing }, env).exitCode == 0);
    CHECK(runHattama({ QStringLiteral("verify"), hearing }, env).exitCode == 0);

    const QStringList segments = segmentFiles(hearing);
    REQUIRE(segments.size() >= 2);
    double decodableSec = 0.0;
    for (const QString &segment : segments) {
        INFO(segment.toStdString());
        const std::vector<StreamSpan> spans = streamSpans(segment);
        REQUIRE(spans.size() == 3);
        double end = 1e9;
        for (const StreamSpan &span : spans)
            end = std::min(end, span.endSec);
        // Audio really decodes that far, not only its packets exist.
        const DecodedAudio audio = decodeAudio(segment, 0);
        CHECK(static_cast<double>(audio.samples.size()) / 48000.0 >= end - 0.05);
        decodableSec += end;
    }
    // What was on the disk when the process died survives recovery (up to the cluster being
    // written, half a second, and what the muxer still held).
    INFO("killed after " << killedAtSec << " s on the disk; decodable " << decodableSec << " s");
    CHECK(decodableSec >= killedAtSec - 1.0);
}

TEST_CASE("a full disk stops the recording cleanly with exit 3 and keeps the earlier segments")
{
    QTemporaryDir home;
    QTemporaryDir work;
    const QString mountPoint = work.filePath(QStringLiteral("small-disk"));
    QDir().mkpath(mountPoint);
    // A 3 MB tmpfs needs root; elsewhere this test cannot make a disk full and says so.
    const auto mounted = runProgram(QStringLiteral("mount"),
        { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=3m"),
            QStringLiteral("tmpfs"), mountPoint });
    if (mounted.exitCode != 0) {
        WARN("cannot mount a small tmpfs here (needs root): " << mounted.err.toStdString());
        return;
    }
    struct Unmount {
        QString path;
        ~Unmount()
        {
            if (runProgram(QStringLiteral("umount"), { path }).exitCode != 0) // lazily if busy: never leave it mounted
                runProgram(QStringLiteral("umount"), { QStringLiteral("-l"), path });
        }
    } unmount { mountPoint };

    const QString hearing = QDir(mountPoint).filePath(QStringLiteral("hearing"));
    const auto result
        = runHattama({ QStringLiteral("record"), QStringLiteral("--out"), hearing, QStringLiteral("--demo"),
                         QStringLiteral("--mics"), QStringLiteral("6"), QStringLiteral("--cameras"),
                         QStringLiteral("1"), QStringLiteral("--video-size"), QStringLiteral("320x240"),
                         QStringLiteral("--audio-codec"), QStringLiteral("flac"), QStringLiteral("--segment"),
                         QStringLiteral("2"), QStringLiteral("--duration"), QStringLiteral("60"),
                         // No early stop: this test is about a write that fails.
                         QStringLiteral("--min-free"), QStringLiteral("0") },
            isolatedEnvironment(home.path()), 90'000);
    INFO(result.out.toStdString() << result.err.toStdString());
    CHECK_FALSE(result.crashed);
    CHECK(result.exitCode == 3);
    // The user is told the disk ran full and where the recording was closed.
    CHECK(result.err.contains(QLatin1String("the disk ran full while writing")));
    CHECK(result.err.contains(QLatin1String("is closed at")));

    // The error names the segment that hit the full disk; every segment before it is complete.
    const QRegularExpressionMatch failed
        = QRegularExpression(QStringLiteral("hattama record: .*seg-(\\d+)\\.mkv")).match(result.err);
    REQUIRE(failed.hasMatch());
    const int failedIndex = failed.captured(1).toInt();
    CHECK(failedIndex >= 2);
    const QStringList segments = segmentFiles(hearing);
    REQUIRE(segments.size() >= failedIndex);
    for (int i = 0; i + 1 < failedIndex; ++i) {
        INFO(segments.at(i).toStdString());
        const std::vector<StreamSpan> spans = streamSpans(segments.at(i));
        REQUIRE(spans.size() == 7);
        for (const StreamSpan &span : spans)
            CHECK(span.endSec >= 1.95);
        CHECK(decodeAudio(segments.at(i), 0).samples.size() == 2u * 48000u);
    }
    // The segment that hit the full disk is closed as far as it got and listed: the folder
    // verifies in place, with nothing left for recover.
    const auto verified = runHattama({ QStringLiteral("verify"), hearing }, isolatedEnvironment(home.path()));
    INFO(verified.out.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains(QStringLiteral("Segments: %1\n").arg(failedIndex)));
}

TEST_CASE("SIGTERM stops a recording cleanly with every segment closed")
{
    QTemporaryDir home;
    QTemporaryDir work;
    const QString hearing = work.filePath(QStringLiteral("hearing"));
    QProcess child;
    child.setProcessEnvironment(isolatedEnvironment(home.path()));
    child.setProgram(hattamaBinary());
    child.setArguments({ QStringLiteral("record"), QStringLiteral("--out"), hearing, QStringLiteral("--demo"),
        QStringLiteral("--mics"), QStringLiteral("2"), QStringLiteral("--cameras"), QStringLiteral("1"),
        QStringLiteral("--video-size"), QStringLiteral("320x240"), QStringLiteral("--segment"), QStringLiteral("2") });
    child.start();
    REQUIRE(child.waitForStarted());
    // Stopped once half a second of the second 2-second segment is on the disk.
    const QString second = QDir(hearing).filePath(QStringLiteral("media/part-01/seg-00002.mkv"));
    REQUIRE(waitUntil([&second] { return writtenSec(second) >= 0.5; }, 60'000));
    child.terminate(); // SIGTERM, like Ctrl+C
    REQUIRE(child.waitForFinished(20'000));
    INFO(child.readAllStandardError().toStdString());
    CHECK(child.exitStatus() == QProcess::NormalExit);
    CHECK(child.exitCode() == 0);

    QFile description(QDir(hearing).filePath(QStringLiteral("recording.json")));
    REQUIRE(description.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(description.readAll()).object();
    CHECK(json.value(QStringLiteral("state")).toString() == QStringLiteral("stopped"));
    const qint64 durationMs = json.value(QStringLiteral("parts"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("durationMs"))
                                  .toInteger();
    CHECK(durationMs >= 2500);
    // A cleanly closed segment carries its index (Cues) and a duration in its header.
    const QStringList segments = segmentFiles(hearing);
    REQUIRE(segments.size() >= 2);
    double total = 0.0;
    for (const QString &segment : segments) {
        const auto probe = runProgram(QStringLiteral("ffprobe"),
            { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                QStringLiteral("format=duration"), QStringLiteral("-of"), QStringLiteral("csv=p=0"), segment });
        REQUIRE(probe.exitCode == 0);
        total += probe.out.trimmed().toDouble();
    }
    CHECK(total == Approx(durationMs / 1000.0).margin(0.1));
}

TEST_CASE("recording into a folder that already holds a recording is refused and leaves it intact")
{
    QTemporaryDir home;
    QTemporaryDir work;
    const QString hearing = work.filePath(QStringLiteral("hearing"));
    const QStringList args { QStringLiteral("record"), QStringLiteral("--out"), hearing, QStringLiteral("--demo"),
        QStringLiteral("--mics"), QStringLiteral("1"), QStringLiteral("--cameras"), QStringLiteral("0"),
        QStringLiteral("--duration"), QStringLiteral("1") };
    REQUIRE(runHattama(args, isolatedEnvironment(home.path())).exitCode == 0);
    const QString segment = QDir(hearing).filePath(QStringLiteral("media/part-01/seg-00001.mkv"));
    const QDateTime written = QFileInfo(segment).lastModified();
    const qint64 size = QFileInfo(segment).size();
    const auto again = runHattama(args, isolatedEnvironment(home.path()));
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QLatin1String("already holds a recording")));
    CHECK(QFileInfo(segment).size() == size);
    CHECK(QFileInfo(segment).lastModified() == written);
}

TEST_CASE("the app recovers a hearing cut off by kill -9 when it starts next")
{
    QTemporaryDir home;
    QTemporaryDir archive;
    const QString hearing = archive.filePath(QStringLiteral("2026-11-23-1-77-2026-abcdef"));
    const auto env = isolatedEnvironment(home.path());
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProgram(hattamaBinary());
    child.setArguments({ QStringLiteral("record"), QStringLiteral("--out"), hearing, QStringLiteral("--demo"),
        QStringLiteral("--mics"), QStringLiteral("2"), QStringLiteral("--cameras"), QStringLiteral("1"),
        QStringLiteral("--video-size"), QStringLiteral("320x240"), QStringLiteral("--segment"), QStringLiteral("2") });
    child.start();
    REQUIRE(child.waitForStarted());
    // Killed in the middle of the second segment.
    const QString second = QDir(hearing).filePath(QStringLiteral("media/part-01/seg-00002.mkv"));
    REQUIRE(waitUntil([&second] { return writtenSec(second) >= 1.0; }, 60'000));
    child.kill();
    REQUIRE(child.waitForFinished());
    REQUIRE(runHattama({ QStringLiteral("verify"), hearing }, env).exitCode == 1);

    // The window starts (offscreen); before it shows, the hearing is closed.
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(hattamaBinary(), { QStringLiteral("--archive"), archive.path() });
    REQUIRE(app.waitForStarted());
    const bool intact = waitUntil(
        [&hearing, &env] { return runHattama({ QStringLiteral("verify"), hearing }, env).exitCode == 0; }, 30'000);
    app.kill();
    app.waitForFinished();
    CHECK(intact);
}

TEST_CASE("free disk space is checked before and during recording and a low disk stops cleanly")
{
    QTemporaryDir home;
    QTemporaryDir work;
    const QString mountPoint = work.filePath(QStringLiteral("small-disk"));
    QDir().mkpath(mountPoint);
    const auto mounted = runProgram(QStringLiteral("mount"),
        { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=20m"),
            QStringLiteral("tmpfs"), mountPoint });
    if (mounted.exitCode != 0) {
        WARN("cannot mount a small tmpfs here (needs root): " << mounted.err.toStdString());
        return;
    }
    struct Unmount {
        QString path;
        ~Unmount()
        {
            if (runProgram(QStringLiteral("umount"), { path }).exitCode != 0)
                runProgram(QStringLiteral("umount"), { QStringLiteral("-l"), path });
        }
    } unmount { mountPoint };
    const auto env = isolatedEnvironment(home.path());
    const QStringList sources { QStringLiteral("--demo"), QStringLiteral("--mics"), QStringLiteral("2"),
        QStringLiteral("--cameras"), QStringLiteral("1"), QStringLiteral("--segment"), QStringLiteral("2"),
        QStringLiteral("--duration"), QStringLiteral("60") };

    // Before: 20 MB is below the default 512 MB: refused, nothing written.
    const QString refused = QDir(mountPoint).filePath(QStringLiteral("refused"));
    const auto before = runHattama(QStringList { QStringLiteral("record"), QStringLiteral("--out"), refused } + sources, env);
    INFO(before.out.toStdString() << before.err.toStdString());
    CHECK(before.exitCode == 3);
    CHECK(before.err.contains(QLatin1String("not enough free disk space")));
    CHECK_FALSE(QFileInfo::exists(QDir(refused).filePath(QStringLiteral("media"))));

    // During: stop when less than 14 MB is left, long before the 60 s are over.
    const QString hearing = QDir(mountPoint).filePath(QStringLiteral("hearing"));
    const auto during = runHattama(QStringList { QStringLiteral("record"), QStringLiteral("--out"), hearing,
                                       QStringLiteral("--min-free"), QStringLiteral("14") }
            + sources,
        env, 90'000);
    INFO(during.out.toStdString() << during.err.toStdString());
    CHECK(during.exitCode == 3);
    CHECK(during.err.contains(QLatin1String("is almost full")));
    CHECK(during.out.contains(QLatin1String("Disk: ")));
    const QStringList segments = segmentFiles(hearing);
    CHECK(segments.size() >= 1);
    // Everything written is closed and verifies.
    const auto verified = runHattama({ QStringLiteral("verify"), hearing }, env);
    INFO(verified.out.toStdString());
    CHECK(verified.exitCode == 0);
}
