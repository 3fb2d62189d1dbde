// The Recorder facade in-process: parts and recesses on the hearing clock, levels, lost cameras.
#include "AudioPlug.h"
#include "MediaAnalysis.h"
#include "TestSupport.h"

#include "capture/LevelMeter.h"
#include "media/Recorder.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <atomic>
#include <cmath>
#include <functional>

using namespace hattama;

namespace {
RecorderConfig smallDemo(const QString &dir)
{
    RecorderConfig config;
    config.hearingDir = dir;
    config.demoAudio = true;
    config.demoMicrophones = 2;
    config.cameras.push_back(CameraSpec::demoCamera(1, 160, 120, 25));
    config.segmentDurationMs = 2000;
    return config;
}

// Services the recorder as its owner does until `until` holds (the timeout only bounds a failure).
bool serviceUntil(Recorder &recorder, const std::function<bool()> &until, int timeoutMs = 30'000)
{
    return test::waitUntil(until, timeoutMs, [&recorder] { recorder.service(); });
}

// Records until the current part holds partMs of media (by its own clock, not the wall's).
bool recordPart(Recorder &recorder, qint64 partMs)
{
    return serviceUntil(recorder, [&recorder, partMs] { return recorder.status().partTimeMs >= partMs; });
}

// Waits until the hearing clock (which runs on through recesses) reaches hearingMs.
bool hearingReaches(Recorder &recorder, qint64 hearingMs)
{
    return serviceUntil(recorder, [&recorder, hearingMs] { return recorder.status().hearingTimeMs >= hearingMs; });
}

RecorderConfig pluggedDemo(const QString &dir, const test::AudioPlug &plug)
{
    RecorderConfig config = smallDemo(dir);
    config.segmentDurationMs = 1000;
    config.audioSourceFactory = plug.factory(); // an interface whose cable the test can pull
    return config;
}
} // namespace

TEST_CASE("a recess ends a part and resume starts the next one later on the hearing clock")
{
    QTemporaryDir dir;
    std::vector<ClosedSegment> closed;
    RecorderConfig config = smallDemo(dir.path());
    config.channelRoles = { QStringLiteral("Судья"), QStringLiteral("Истец") };
    // Microphone 1 is shown by camera 1; microphone 2 names a camera the recording does not have.
    config.channelCameras = { 1, 2 };
    config.onSegmentClosed = [&closed](const ClosedSegment &segment) -> Status {
        closed.push_back(segment); // called on the writer's closing thread; read after stop()
        return {};
    };
    Recorder recorder(config);
    REQUIRE(recorder.start());
    REQUIRE(recordPart(recorder, 2500));
    REQUIRE(recorder.recess());
    CHECK(recorder.state() == RecorderState::Recess);
    const qint64 recessAtMs = recorder.status().hearingTimeMs;
    REQUIRE(hearingReaches(recorder, recessAtMs + 700)); // the hearing clock runs on in the recess
    const qint64 beforeResumeMs = recorder.status().hearingTimeMs;
    REQUIRE(recorder.resume());
    const qint64 afterResumeMs = recorder.status().hearingTimeMs;
    REQUIRE(recordPart(recorder, 1500));
    const RecorderStatus status = recorder.status();
    CHECK(status.part == 2);
    REQUIRE(status.levels.size() == 2u);
    CHECK(status.levels[0].peakDbfs > -15.0f); // tone -12 dBFS, beep on top
    CHECK(status.levels[0].voiceActive);
    REQUIRE(recorder.stop());

    QFile file(QDir(dir.path()).filePath(QStringLiteral("recording.json")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject description = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray parts = description.value(QStringLiteral("parts")).toArray();
    REQUIRE(parts.size() == 2);
    const QJsonArray audio
        = description.value(QStringLiteral("tracks")).toObject().value(QStringLiteral("audio")).toArray();
    REQUIRE(audio.size() == 2);
    CHECK(audio[0].toObject().value(QStringLiteral("role")).toString() == QStringLiteral("Судья"));
    CHECK(audio[0].toObject().value(QStringLiteral("camera")).toInt() == 1);
    CHECK_FALSE(audio[1].toObject().contains(QStringLiteral("camera")));
    const qint64 firstEnd = parts[0].toObject().value(QStringLiteral("startMs")).toInteger()
        + parts[0].toObject().value(QStringLiteral("durationMs")).toInteger();
    const qint64 secondStart = parts[1].toObject().value(QStringLiteral("startMs")).toInteger();
    CHECK(firstEnd <= recessAtMs);
    CHECK(secondStart >= firstEnd + 700);
    CHECK(secondStart >= beforeResumeMs); // part 2 starts where the hearing clock stood at resume
    CHECK(secondStart <= afterResumeMs);

    // The segments handed to the manifest callback are exactly the files on disk, in order.
    QStringList onDisk;
    for (int part = 1; part <= 2; ++part) {
        QDir media(QDir(dir.path()).filePath(QStringLiteral("media/part-%1").arg(part, 2, 10, QLatin1Char('0'))));
        for (const QString &name : media.entryList({ QStringLiteral("*.mkv") }, QDir::Files, QDir::Name))
            onDisk << QStringLiteral("media/part-%1/%2").arg(part, 2, 10, QLatin1Char('0')).arg(name);
    }
    QStringList reported;
    for (const ClosedSegment &segment : closed)
        reported << segment.relativePath;
    CHECK(reported == onDisk);
    REQUIRE(closed.size() >= 3u);
    CHECK(closed.front().startMs == 0);
    CHECK(closed.front().durationMs == 2000);
    CHECK(closed.back().part == 2);
    CHECK(closed.back().startMs == secondStart);
}

TEST_CASE("a camera that cannot be opened is an environment error naming it")
{
    QTemporaryDir dir;
    RecorderConfig config = smallDemo(dir.path());
    CameraSpec missing;
    missing.name = QStringLiteral("Door camera");
    missing.inputFormat = QStringLiteral("v4l2");
    missing.url = QStringLiteral("/dev/video-does-not-exist");
    config.cameras.push_back(missing);
    Recorder recorder(config);
    const Status started = recorder.start();
    REQUIRE_FALSE(started);
    CHECK(started.error().code == ExitCode::Environment);
    CHECK(started.error().message.contains(QLatin1String("Door camera")));
}

TEST_CASE("a camera that stops delivering is filled with no-signal pictures at the right time")
{
    QTemporaryDir dir;
    RecorderConfig config = smallDemo(dir.path());
    config.cameras.clear();
    // A source that delivers 1.5 s of pictures and then ends, like an unplugged camera.
    CameraSpec dying;
    dying.name = QStringLiteral("Dying camera");
    dying.inputFormat = QStringLiteral("lavfi");
    dying.url = QStringLiteral("testsrc2=size=160x120:rate=25:duration=1.5,realtime");
    dying.widthPx = 160;
    dying.heightPx = 120;
    dying.frameRate = 25;
    config.cameras.push_back(dying);
    config.segmentDurationMs = 4000;
    config.maxPartDurationMs = 4000;
    config.cameraSettings.noSignalAfterMs = 200;
    Recorder recorder(config);
    REQUIRE(recorder.start());
    REQUIRE(test::waitUntil([&recorder] { return recorder.needsStop(); })); // the 4 s limit
    const RecorderStatus status = recorder.status();
    REQUIRE(recorder.stop());
    REQUIRE(status.cameras.size() == 1u);
    // Lost at 1.5 s, reopened a second later (lavfi then plays its 1.5 s again).
    CHECK(status.cameras[0].framesNoSignal >= 10);
    CHECK(status.cameras[0].reconnects >= 1);

    // The video still covers the whole 4 s: the gap is pictures, not a shift.
    const QString segment = QDir(dir.path()).filePath(QStringLiteral("media/part-01/seg-00001.mkv"));
    const std::vector<test::StreamSpan> spans = test::streamSpans(segment);
    REQUIRE(spans.size() == 3u);
    CHECK(spans[2].endSec == Approx(4.0).margin(0.041));
    CHECK(spans[0].endSec == Approx(4.0).margin(0.041));
    // At 1.0 s the bright test pattern; at 2.2 s (camera lost) the dark no-signal picture.
    const std::vector<test::PictureLevel> levels = test::pictureLevels(segment, 2);
    REQUIRE(levels.size() == 100u);
    CHECK(levels[25].ptsSec == Approx(1.0).margin(0.001));
    CHECK(levels[25].meanLuma > 60.0);
    CHECK(levels[55].meanLuma < 60.0);
}

TEST_CASE("levels report peak and RMS in dBFS voice activity clipping and no signal")
{
    LevelMeter::Settings settings;
    settings.noSignalAfterMs = 200;
    LevelMeter meter(2, settings);
    std::vector<float> block(48000 * 2);
    for (int i = 0; i < 48000; ++i) {
        block[static_cast<std::size_t>(i) * 2] = static_cast<float>(0.5 * std::sin(2.0 * M_PI * 1000.0 * i / 48000.0));
        block[static_cast<std::size_t>(i) * 2 + 1] = 0.0f;
    }
    block[1000] = 1.0f; // one clipped sample on channel 1
    meter.process(block.data(), 48000);
    const ChannelLevel tone = meter.level(0);
    const ChannelLevel silent = meter.level(1);
    CHECK(tone.peakDbfs == Approx(-6.02).margin(0.1));
    CHECK(tone.rmsDbfs == Approx(-9.03).margin(0.1));
    CHECK(tone.voiceActive);
    CHECK_FALSE(tone.noSignal);
    CHECK(tone.clippedSamples == 1);
    CHECK(silent.peakDbfs <= -100.0f);
    CHECK_FALSE(silent.voiceActive);
    CHECK(silent.noSignal);
}

TEST_CASE("a camera showing the same picture for seconds is reported frozen and a moving one is not")
{
    QTemporaryDir dir;
    RecorderConfig config = smallDemo(dir.path());
    CameraSpec still;
    still.name = QStringLiteral("Still camera");
    still.inputFormat = QStringLiteral("lavfi");
    still.url = QStringLiteral("color=c=red:s=160x120:r=25,realtime");
    still.widthPx = 160;
    still.heightPx = 120;
    still.frameRate = 25;
    config.cameras.push_back(still);
    Recorder recorder(config);
    REQUIRE(recorder.start());
    REQUIRE(recordPart(recorder, 3500));
    const RecorderStatus status = recorder.status();
    REQUIRE(recorder.stop());
    REQUIRE(status.cameras.size() == 2u);
    CHECK_FALSE(status.cameras[0].frozen);
    CHECK(status.cameras[1].frozen);
    CHECK(status.cameras[1].connected);
    CHECK(status.cameras[1].framesCaptured >= 60);
}

TEST_CASE("a lost audio input ends the part the cameras go on and sound returns in a new part")
{
    QTemporaryDir dir;
    test::AudioPlug plug;
    Recorder recorder(pluggedDemo(dir.path(), plug));
    REQUIRE(recorder.start());
    REQUIRE(recordPart(recorder, 1500));
    const qint64 pulledAtMs = recorder.status().hearingTimeMs; // sound written so far
    plug.setPlugged(false); // the interface's cable is pulled
    REQUIRE(serviceUntil(recorder, [&recorder] { return recorder.status().audioLost; }));
    const qint64 noticedAtMs = recorder.status().hearingTimeMs;
    CHECK(recorder.status().part == 2);
    CHECK(recorder.status().levels.empty());
    CHECK_FALSE(recorder.needsStop()); // the hearing goes on
    // The camera records on alone.
    REQUIRE(serviceUntil(recorder, [&recorder] { return recorder.status().cameras.at(0).framesCaptured >= 10; }));
    REQUIRE(recordPart(recorder, 1500));
    plug.setPlugged(true); // plugged back in
    REQUIRE(serviceUntil(recorder, [&recorder] { return !recorder.status().audioLost; }));
    CHECK(recorder.status().part == 3);
    REQUIRE(recordPart(recorder, 1500));
    CHECK(recorder.status().levels.size() == 2u);
    CHECK(recorder.status().audioLosses == 1);
    REQUIRE(recorder.stop());

    QFile file(QDir(dir.path()).filePath(QStringLiteral("recording.json")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject description = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray parts = description.value(QStringLiteral("parts")).toArray();
    REQUIRE(parts.size() == 3);
    const auto startOf = [&parts](int i) { return parts[i].toObject().value(QStringLiteral("startMs")).toInteger(); };
    const auto endOf = [&parts, &startOf](int i) {
        return startOf(i) + parts[i].toObject().value(QStringLiteral("durationMs")).toInteger();
    };
    CHECK_FALSE(parts[0].toObject().contains(QStringLiteral("audio")));
    CHECK(parts[1].toObject().value(QStringLiteral("audio")).toString() == QStringLiteral("lost"));
    CHECK_FALSE(parts[2].toObject().contains(QStringLiteral("audio")));
    // Part 1 ends where the sound stopped (what the ring still held is written, no more); the
    // cameras' part begins when the loss was noticed, after three seconds without sound, and
    // the next part where it ends: one unbroken clock.
    CHECK(endOf(0) >= pulledAtMs);
    CHECK(endOf(0) <= pulledAtMs + qint64(RecorderConfig().ringSeconds * 1000));
    CHECK(startOf(1) - endOf(0) >= Recorder::kAudioStallMs);
    CHECK(startOf(1) <= noticedAtMs);
    CHECK(startOf(2) == endOf(1));
    // The hearing's tracks stay those of the parts with sound.
    CHECK(description.value(QStringLiteral("tracks")).toObject().value(QStringLiteral("audio")).toArray().size() == 2);

    const QString cameraOnly = QDir(dir.path()).filePath(QStringLiteral("media/part-02/seg-00001.mkv"));
    const std::vector<test::StreamSpan> alone = test::streamSpans(cameraOnly);
    REQUIRE(alone.size() == 1u);
    CHECK(alone[0].video);
    const std::vector<test::StreamSpan> back
        = test::streamSpans(QDir(dir.path()).filePath(QStringLiteral("media/part-03/seg-00001.mkv")));
    CHECK(back.size() == 3u);
    const auto verify
        = test::runHattama({ QStringLiteral("verify"), dir.path() }, test::isolatedEnvironment(dir.path()));
    INFO(verify.out.toStdString() << verify.err.toStdString());
    CHECK(verify.exitCode == 0);
}

TEST_CASE("a recess while the sound is lost resumes with the cameras and sound comes back later")
{
    QTemporaryDir dir;
    test::AudioPlug plug;
    Recorder recorder(pluggedDemo(dir.path(), plug));
    REQUIRE(recorder.start());
    REQUIRE(recordPart(recorder, 1000));
    plug.setPlugged(false);
    REQUIRE(serviceUntil(recorder, [&recorder] { return recorder.status().audioLost; }));
    REQUIRE(recorder.recess());
    REQUIRE(hearingReaches(recorder, recorder.status().hearingTimeMs + 300));
    REQUIRE(recorder.resume()); // still unplugged: the cameras record, the input is looked for
    CHECK(recorder.status().audioLost);
    CHECK(recorder.state() == RecorderState::Recording);
    REQUIRE(recordPart(recorder, 1200));
    plug.setPlugged(true);
    REQUIRE(serviceUntil(recorder, [&recorder] { return !recorder.status().audioLost; }));
    REQUIRE(recordPart(recorder, 1200));
    CHECK(recorder.status().levels.size() == 2u);
    REQUIRE(recorder.stop());
    // Parts: sound, cameras alone, (recess) cameras alone, sound again.
    QFile file(QDir(dir.path()).filePath(QStringLiteral("recording.json")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonArray parts = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("parts")).toArray();
    REQUIRE(parts.size() == 4);
    CHECK(parts[1].toObject().value(QStringLiteral("audio")).toString() == QStringLiteral("lost"));
    CHECK(parts[2].toObject().value(QStringLiteral("audio")).toString() == QStringLiteral("lost"));
    CHECK_FALSE(parts[3].toObject().contains(QStringLiteral("audio")));
    const auto verify
        = test::runHattama({ QStringLiteral("verify"), dir.path() }, test::isolatedEnvironment(dir.path()));
    INFO(verify.out.toStdString() << verify.err.toStdString());
    CHECK(verify.exitCode == 0);
}

TEST_CASE("an audio encoder that cannot start at a segment boundary ends the part with a clear error")
{
    QTemporaryDir dir;
    std::vector<ClosedSegment> closed;
    RecorderConfig config = smallDemo(dir.path());
    config.cameras.clear();
    config.segmentDurationMs = 1000;
    config.demoAudioPaced = false; // as fast as the writer takes it
    config.onSegmentClosed = [&closed](const ClosedSegment &segment) -> Status {
        closed.push_back(segment);
        return {};
    };
    std::atomic<int> made { 0 };
    config.audioEncoderFactory = [&made](const AudioEncoding &encoding) -> Result<std::unique_ptr<AudioTrackEncoder>> {
        if (++made > 4) // two microphones: segments 1 and 2 open, segment 3 does not
            return environmentError(QStringLiteral("the encoder is out of memory"));
        return AudioTrackEncoder::create(encoding);
    };
    Recorder recorder(config);
    REQUIRE(recorder.start());
    REQUIRE(test::waitUntil([&recorder] { return recorder.needsStop(); }));
    const RecorderStatus status = recorder.status();
    REQUIRE(status.error.has_value());
    CHECK(status.error->message.contains(QLatin1String("segment 3")));
    CHECK(status.error->message.contains(QLatin1String("the encoder is out of memory")));
    CHECK(status.partTimeMs == 2000); // nothing after the boundary
    const Status stopped = recorder.stop();
    REQUIRE_FALSE(stopped);
    CHECK(stopped.error().message == status.error->message);
    CHECK(recorder.state() == RecorderState::Failed);

    // Only the two whole segments are claimed, and they are what the manifest holds.
    REQUIRE(closed.size() == 2u);
    CHECK(closed[1].durationMs == 1000);
    CHECK_FALSE(QFile::exists(QDir(dir.path()).filePath(QStringLiteral("media/part-01/seg-00003.mkv"))));
    const auto verify
        = test::runHattama({ QStringLiteral("verify"), dir.path() }, test::isolatedEnvironment(dir.path()));
    INFO(verify.out.toStdString() << verify.err.toStdString());
    CHECK(verify.exitCode == 0);
}
