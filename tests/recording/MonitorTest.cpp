// Before Record: the input monitor shows levels and camera previews from the same devices a
// recording will use, writes nothing, and gives the devices back; recordings publish previews.
#include "MediaAnalysis.h"
#include "FakeAudioSource.h"
#include "TestSupport.h"

#include "capture/DemoAudioSource.h"
#include "capture/DeviceList.h"
#include "capture/MultiAudioSource.h"
#include "media/DeviceChoice.h"
#include "media/InputMonitor.h"
#include "media/Recorder.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <cmath>
#include <functional>

using namespace hattama;

namespace {

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    return test::waitUntil(condition, std::max(timeoutMs, 30'000)); // generous: the machine may be busy
}

// The spread of brightness in a picture: a test pattern has a lot, a flat picture none.
double lumaSpread(const QImage &image)
{
    int lo = 255;
    int hi = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4) {
            const int gray = qGray(image.pixel(x, y));
            lo = std::min(lo, gray);
            hi = std::max(hi, gray);
        }
    return hi - lo;
}

} // namespace

TEST_CASE("the input monitor shows levels and camera previews before recording and writes nothing")
{
    QTemporaryDir dir;
    const QString hearingDir = dir.filePath(QStringLiteral("hearing"));
    RecorderConfig config;
    config.hearingDir = hearingDir;
    config.demoAudio = true;
    config.demoMicrophones = 3;
    config.cameras.push_back(CameraSpec::demoCamera(1, 640, 360, 25));
    config.cameras.push_back(CameraSpec::demoCamera(2, 640, 360, 25));
    config.previewFps = 5;
    config.segmentDurationMs = 2000;

    {
        InputMonitor monitor(config);
        const QList<Error> problems = monitor.start();
        REQUIRE(problems.isEmpty());
        CHECK(monitor.channelCount() == 3);
        REQUIRE(waitFor(
            [&monitor] {
                const MonitorStatus status = monitor.status();
                return status.levels.size() == 3u && status.levels[0].voiceActive && status.levels[2].voiceActive;
            },
            3000));

        // Previews: at about the preview rate, scaled down, showing the moving test pattern.
        std::vector<quint64> sequence(2, 0);
        std::vector<int> pictures(2, 0);
        QImage last;
        double spread = 0; // the largest seen (the demo's flash pictures are plain white)
        const auto takePreviews = [&] {
            for (int camera = 0; camera < 2; ++camera) {
                const QImage image = monitor.previewFrame(camera, sequence[std::size_t(camera)]);
                if (!image.isNull()) {
                    ++pictures[std::size_t(camera)];
                    last = image;
                    spread = std::max(spread, lumaSpread(image));
                }
            }
        };
        REQUIRE(test::waitUntil([&] { return pictures[0] >= 6 && pictures[1] >= 6; }, 30'000, takePreviews));
        const MonitorStatus seen = monitor.status();
        for (int camera = 0; camera < 2; ++camera) {
            // At most one preview per 25 / previewFps pictures of the camera: scaled down in rate.
            const qint64 captured = seen.cameras.at(std::size_t(camera)).framesCaptured;
            INFO("camera " << camera + 1 << ": " << pictures[std::size_t(camera)] << " previews of " << captured);
            CHECK(pictures[std::size_t(camera)] <= captured * config.previewFps / 25 + 1);
        }
        REQUIRE_FALSE(last.isNull());
        CHECK(last.width() == 320);
        CHECK(last.height() == 180);
        CHECK(spread > 100);

        const MonitorStatus status = monitor.status();
        CHECK(status.audioName == QStringLiteral("demo"));
        for (const ChannelLevel &level : status.levels) {
            CHECK(level.rmsDbfs > -20.0f); // the demo tone is -12 dBFS
            CHECK(level.peakDbfs < 0.0f);
            CHECK_FALSE(level.noSignal);
        }
        REQUIRE(status.cameras.size() == 2u);
        for (const CameraHealth &camera : status.cameras) {
            CHECK(camera.connected);
            CHECK_FALSE(camera.frozen);
            CHECK(camera.framesCaptured >= 25); // six previews at 5 a second: over a second of pictures
        }
        // Monitoring leaves no trace in the archive.
        CHECK_FALSE(QDir(hearingDir).exists());
    }

    // Stopped, it has given the devices back: a recording of the same configuration starts.
    Recorder recorder(config);
    REQUIRE(recorder.start());
    REQUIRE(test::waitUntil([&recorder] { return recorder.status().partTimeMs >= 1200; }));
    REQUIRE(recorder.stop());
    CHECK(QFile::exists(QDir(hearingDir).filePath(QStringLiteral("media/part-01/seg-00001.mkv"))));
}

TEST_CASE("the input monitor reads every channel of a real PortAudio device at its own level")
{
    QTemporaryDir work;
    // Six channels at -6, silent, -30, -18, -40 and -12 dBFS (sine tones).
    constexpr int kRate = 48000;
    constexpr int kChannels = 6;
    constexpr int kSeconds = 20;
    const double dbfs[kChannels] = { -6.0, -200.0, -30.0, -18.0, -40.0, -12.0 };
    std::vector<qint16> source(std::size_t(kRate) * kSeconds * kChannels);
    for (int i = 0; i < kRate * kSeconds; ++i)
        for (int c = 0; c < kChannels; ++c) {
            const double amplitude = 32767.0 * std::pow(10.0, dbfs[c] / 20.0);
            source[std::size_t(i) * kChannels + std::size_t(c)]
                = static_cast<qint16>(std::lround(amplitude * std::sin(2.0 * M_PI * (300.0 + 100.0 * c) * i / kRate)));
        }
    const QString rawPath = work.filePath(QStringLiteral("in6.raw"));
    QFile raw(rawPath);
    REQUIRE(raw.open(QIODevice::WriteOnly));
    raw.write(reinterpret_cast<const char *>(source.data()), qint64(source.size() * sizeof(qint16)));
    raw.close();
    const QString conf = test::writeAlsaConfig(work.path(), rawPath);
    REQUIRE_FALSE(conf.isEmpty());
    // This test runs in its own process: PortAudio reads the configuration when it starts.
    qputenv("ALSA_CONFIG_PATH", QByteArrayLiteral("/usr/share/alsa/alsa.conf:") + conf.toLocal8Bit());

    RecorderConfig config;
    config.hearingDir = work.filePath(QStringLiteral("hearing"));
    config.audioDevice = QStringLiteral("virt6");
    config.channels = { 0, 1, 2, 3, 4, 5 };
    InputMonitor monitor(config);
    const QList<Error> problems = monitor.start();
    INFO((problems.isEmpty() ? QString() : problems.first().text()).toStdString());
    REQUIRE(problems.isEmpty());
    REQUIRE(monitor.channelCount() == kChannels);
    REQUIRE(waitFor(
        [&monitor] {
            return monitor.status().levels.size() == kChannels && monitor.status().levels[0].rmsDbfs > -20.0f;
        },
        3000));
    // The meters settle on the tones (the silent channel on silence) within the level window.
    const auto settled = [&monitor, &dbfs] {
        const MonitorStatus now = monitor.status();
        for (int c = 0; c < kChannels; ++c) {
            const float rms = now.levels[std::size_t(c)].rmsDbfs;
            if (dbfs[c] < -100.0 ? rms >= -90.0f : std::abs(rms - (dbfs[c] - 3.01)) > 1.0)
                return false;
        }
        return true;
    };
    CHECK(waitFor(settled, 30'000));
    const MonitorStatus status = monitor.status();
    CHECK(status.audioName.contains(QStringLiteral("virt6")));
    for (int c = 0; c < kChannels; ++c) {
        INFO("channel " << c + 1 << " rms " << status.levels[std::size_t(c)].rmsDbfs);
        if (dbfs[c] < -100.0) {
            CHECK(status.levels[std::size_t(c)].rmsDbfs < -90.0f);
            CHECK_FALSE(status.levels[std::size_t(c)].voiceActive);
        } else {
            // A sine's RMS is 3 dB below its peak.
            CHECK(status.levels[std::size_t(c)].rmsDbfs == Approx(dbfs[c] - 3.01).margin(1.0));
            CHECK(status.levels[std::size_t(c)].peakDbfs == Approx(dbfs[c]).margin(1.0));
        }
    }
    CHECK(status.levels[0].voiceActive);
    CHECK_FALSE(status.levels[4].voiceActive); // -43 dBFS RMS: below the voice threshold
}

TEST_CASE("a camera that cannot be opened does not keep the monitor from showing the rest")
{
    QTemporaryDir dir;
    RecorderConfig config;
    config.hearingDir = dir.filePath(QStringLiteral("hearing"));
    config.demoAudio = true;
    config.demoMicrophones = 2;
    CameraSpec missing;
    missing.name = QStringLiteral("Door camera");
    missing.inputFormat = QStringLiteral("v4l2");
    missing.url = QStringLiteral("/dev/video-does-not-exist");
    config.cameras.push_back(missing);
    config.cameras.push_back(CameraSpec::demoCamera(2, 320, 180, 25));

    InputMonitor monitor(config);
    const QList<Error> problems = monitor.start();
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().code == ExitCode::Environment);
    CHECK(problems.first().message.contains(QLatin1String("Door camera")));
    REQUIRE(waitFor([&monitor] { return monitor.status().cameras.at(1).framesCaptured >= 10; }, 3000));
    const MonitorStatus status = monitor.status();
    CHECK_FALSE(status.cameras[0].connected);
    CHECK(status.cameras[0].framesCaptured == 0);
    CHECK(status.cameras[1].connected);
    CHECK(status.levels.size() == 2u);
    quint64 sequence = 0;
    CHECK(monitor.previewFrame(0, sequence).isNull());
}

TEST_CASE("a recording publishes low-rate camera previews without touching what it records")
{
    QTemporaryDir dir;
    RecorderConfig config;
    config.hearingDir = dir.filePath(QStringLiteral("hearing"));
    config.demoAudio = true;
    config.demoMicrophones = 1;
    config.cameras.push_back(CameraSpec::demoCamera(1, 640, 360, 25));
    config.previewFps = 4;
    config.segmentDurationMs = 2000;
    config.maxPartDurationMs = 2000;
    Recorder recorder(config);
    REQUIRE(recorder.start());
    quint64 sequence = 0;
    int pictures = 0;
    QImage last;
    double spread = 0;
    const auto takePreview = [&] {
        const QImage image = recorder.previewFrame(0, sequence);
        if (!image.isNull()) {
            ++pictures;
            last = image;
            spread = std::max(spread, lumaSpread(image));
        }
    };
    REQUIRE(test::waitUntil([&recorder] { return recorder.needsStop(); }, 30'000, takePreview)); // 2 s recorded
    REQUIRE(recorder.stop());
    INFO(pictures << " previews of 50 pictures");
    CHECK(pictures >= 3);
    CHECK(pictures <= 50 * config.previewFps / 25 + 1); // at most one per 25 / previewFps pictures
    CHECK(last.size() == QSize(320, 180));
    CHECK(spread > 100);
    // The recording itself is full size and full rate.
    const std::vector<test::StreamSpan> spans
        = test::streamSpans(QDir(config.hearingDir).filePath(QStringLiteral("media/part-01/seg-00001.mkv")));
    REQUIRE(spans.size() == 2u);
    CHECK(spans[1].packets == 50);
}

TEST_CASE("a device choice sets the recording's inputs and names what is not connected")
{
    DeviceInventory inventory;
    AudioInputDevice interface;
    interface.id = QStringLiteral("pa:3");
    interface.portAudioIndex = 3;
    interface.name = QStringLiteral("Focusrite USB: Audio (hw:1,0)");
    interface.maxInputChannels = 8;
    inventory.audioInputs << interface << DeviceList::demoMicrophones();
    CameraDevice webcam;
    webcam.id = QStringLiteral("/dev/video2");
    webcam.name = QStringLiteral("HD Webcam");
    webcam.backend = QStringLiteral("v4l2");
    inventory.cameras << webcam << DeviceList::demoCameras();

    RecorderConfig config;
    config.demoAudio = true;
    config.channels = { 0, 1 };
    config.video.widthPx = 640;
    config.video.heightPx = 360;
    config.video.frameRate = 15;

    DeviceChoice choice;
    choice.audioName = interface.name;
    choice.cameraIds = { QStringLiteral("demo:3"), QStringLiteral("/dev/video2") };
    CHECK(applyDeviceChoice(config, inventory, choice, { QStringLiteral("Зал") }).isEmpty());
    CHECK_FALSE(config.demoAudio);
    CHECK(config.useAudioDevice);
    CHECK(config.audioDevice == QStringLiteral("3"));
    CHECK(config.channels.isEmpty()); // every channel of the interface
    REQUIRE(config.cameras.size() == 2u);
    CHECK(config.cameras[0].demo);
    CHECK(config.cameras[0].name == QStringLiteral("Зал"));
    CHECK(config.cameras[0].widthPx == 640);
    CHECK(config.cameras[1].name == QStringLiteral("HD Webcam"));
    CHECK(config.cameras[1].inputFormat == QStringLiteral("v4l2"));
    CHECK(config.cameras[1].url == QStringLiteral("/dev/video2"));
    CHECK(config.cameras[1].frameRate == 15);
    // The choice read back from the configuration is the same devices (audio by index now).
    CHECK(DeviceChoice::fromConfig(config).cameraIds
        == QStringList { QStringLiteral("demo:1"), QStringLiteral("/dev/video2") });

    // Unplugged since last time: the default input instead, the camera left out, both named.
    choice.audioName = QStringLiteral("Behringer UMC404HD");
    choice.cameraIds = { QStringLiteral("/dev/video7"), QStringLiteral("demo:1") };
    const QStringList problems = applyDeviceChoice(config, inventory, choice);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].contains(QStringLiteral("Behringer UMC404HD")));
    CHECK(problems[1].contains(QStringLiteral("/dev/video7")));
    CHECK(config.audioDevice.isEmpty());
    CHECK_FALSE(config.demoAudio);
    REQUIRE(config.cameras.size() == 1u);
    CHECK(config.cameras[0].name == QStringLiteral("demo camera 1"));

    // A second interface recorded with the first; one that is gone is named and left out.
    AudioInputDevice second = interface;
    second.portAudioIndex = 5;
    second.name = QStringLiteral("UMC204HD 192k: USB Audio (hw:2,0)");
    inventory.audioInputs << second;
    choice.audioName = interface.name;
    choice.extraAudioNames = { second.name, QStringLiteral("Old interface") };
    choice.cameraIds.clear();
    const QStringList extraProblems = applyDeviceChoice(config, inventory, choice);
    REQUIRE(extraProblems.size() == 1);
    CHECK(extraProblems[0].contains(QStringLiteral("Old interface")));
    CHECK(config.audioDevice == QStringLiteral("3"));
    CHECK(config.extraAudioDevices == QStringList { QStringLiteral("5") });

    choice.audioName = QStringLiteral("demo");
    CHECK(applyDeviceChoice(config, inventory, choice).isEmpty());
    CHECK(config.demoAudio);
    CHECK(config.extraAudioDevices.isEmpty()); // the demo microphones record alone
}

TEST_CASE("two inputs on their own clocks merge on the first one's clock with drift corrected")
{
    // The second input runs 0.5 % fast, the third 0.5 % slow: ten times a real crystal's error.
    // Each delivers the demo tones in 10 ms blocks of its own rate, at the moments its own clock
    // says (simulated: the test is every device's callback, in the order of their moments), and
    // waits after each block of the first input until the merging thread has taken it. So the
    // merging thread sees exactly what three devices on three clocks would give it, whatever the
    // load of the machine; no wall clock takes part.
    struct Device {
        test::FakeAudioSource *source;
        qint64 rateHz;
        std::size_t blockFrames;
        qint64 blocks = 0; // delivered so far
    };
    std::vector<std::unique_ptr<AudioSource>> inputs;
    std::vector<Device> devices;
    for (const auto &[channels, rateHz] : { std::pair { 2, 48000 }, std::pair { 1, 48240 }, std::pair { 1, 47760 } }) {
        auto source = std::make_unique<test::FakeAudioSource>(channels, rateHz, 2.0);
        devices.push_back(Device { source.get(), rateHz, std::size_t(rateHz / 100) });
        inputs.push_back(std::move(source));
    }
    MultiAudioSource merged(std::move(inputs), 2.0);
    REQUIRE(merged.channelCount() == 4);
    CHECK(merged.channelSource(2) == QStringLiteral("fake"));
    CHECK(merged.channelOnSource(3) == 0);
    REQUIRE(merged.start());
    REQUIRE(devices[0].blockFrames == MultiAudioSource::kBlockFrames);

    std::vector<float> samples;
    std::vector<float> chunk(4 * MultiAudioSource::kBlockFrames);
    // Four seconds on the first input's clock (its sample count, not the wall's).
    while (samples.size() < 4u * 4 * 48000) {
        // The device whose next block is due first: block n ends at n·blockFrames/rate seconds
        // (compared exactly, cross-multiplied); on a tie the extra inputs come first.
        std::size_t next = 0;
        for (std::size_t d = 1; d < devices.size(); ++d) {
            const auto due = [](const Device &device) {
                return std::pair { (device.blocks + 1) * qint64(device.blockFrames), device.rateHz };
            };
            const auto [a, rateA] = due(devices[d]);
            const auto [b, rateB] = due(devices[next]);
            if (a * rateB < b * rateA || (a * rateB == b * rateA && next == 0))
                next = d;
        }
        Device &device = devices[next];
        const qint64 base = device.blocks * qint64(device.blockFrames);
        const int rateHz = int(device.rateHz);
        device.source->push(device.blockFrames, [base, rateHz](std::size_t frame, std::size_t channel) {
            return DemoAudioSource::sample(int(channel) + 1, base + qint64(frame), rateHz);
        });
        ++device.blocks;
        if (next != 0)
            continue;
        // The merging thread makes one block of output per block of the first input.
        const std::size_t expected = chunk.size();
        std::size_t got = 0;
        REQUIRE(test::waitUntil([&] { return got == expected; }, 60'000, [&] {
            got += merged.ring().read(chunk.data() + got, expected - got);
        }));
        samples.insert(samples.end(), chunk.begin(), chunk.end());
    }
    merged.stop();
    const std::size_t frames = samples.size() / 4;
    INFO(frames << " frames; skipped " << merged.framesSkipped(1) << ", repeated " << merged.framesRepeated(2)
                << ", backlogs " << merged.backlogFrames(1) << "/" << merged.backlogFrames(2) << ", underruns "
                << merged.underrunFrames(1) << "/" << merged.underrunFrames(2));
    // 0.5 % of 4 s is 960 frames. Every one of them was either left out (or repeated) or is
    // still waiting in the backlog, which stays near its target.
    const qint64 target = MultiAudioSource::kTargetBacklogFrames;
    CHECK(merged.framesSkipped(1) + (merged.backlogFrames(1) - target) == Approx(960).margin(250));
    CHECK(merged.framesRepeated(2) - (merged.backlogFrames(2) - target) == Approx(960).margin(250));
    CHECK(std::abs(merged.backlogFrames(1) - target) <= 1000);
    CHECK(std::abs(merged.backlogFrames(2) - target) <= 1000);
    CHECK(merged.framesSkipped(1) >= 300);
    CHECK(merged.framesRepeated(2) >= 300);
    // Never both ways: the devices' block sizes do not make it hunt.
    CHECK(merged.framesRepeated(1) <= 5);
    CHECK(merged.framesSkipped(2) <= 5);
    // Silence only while each started (its backlog filling up), never later.
    CHECK(merged.underrunFrames(1) <= 2 * MultiAudioSource::kTargetBacklogFrames);
    CHECK(merged.underrunFrames(2) <= 2 * MultiAudioSource::kTargetBacklogFrames);
    CHECK(merged.overruns() == 0);
    // Each channel keeps its own tone (the drifting ones shifted by their 0.5 %).
    std::vector<float> channel(frames / 2);
    for (int c = 0; c < 4; ++c) {
        for (std::size_t i = 0; i < channel.size(); ++i)
            channel[i] = samples[(frames / 2 + i) * 4 + std::size_t(c)];
        const double expected = c < 2 ? 400.0 + 100.0 * c : (c == 2 ? 400.0 * 48000 / 48240 : 400.0 * 48000 / 47760);
        INFO("channel " << c + 1);
        CHECK(test::dominantFrequency(channel, 48000, 300.0, 700.0) == Approx(expected).margin(3.0));
    }
}

TEST_CASE("two PortAudio devices record together as one set of tracks")
{
    QTemporaryDir home;
    QTemporaryDir work;
    // Device A: 2 channels at 500 and 700 Hz; device B: 2 channels at 900 and 1100 Hz.
    const auto writeRaw = [&work](const QString &name, double f1, double f2) {
        std::vector<qint16> data(std::size_t(48000) * 10 * 2);
        for (int i = 0; i < 48000 * 10; ++i) {
            data[std::size_t(i) * 2] = qint16(std::lround(8000 * std::sin(2 * M_PI * f1 * i / 48000)));
            data[std::size_t(i) * 2 + 1] = qint16(std::lround(8000 * std::sin(2 * M_PI * f2 * i / 48000)));
        }
        QFile file(work.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(reinterpret_cast<const char *>(data.data()), qint64(data.size() * sizeof(qint16)));
        return file.fileName();
    };
    const QString a = writeRaw(QStringLiteral("a.raw"), 500, 700);
    const QString b = writeRaw(QStringLiteral("b.raw"), 900, 1100);
    const QString conf = work.filePath(QStringLiteral("two.conf"));
    QFile confFile(conf);
    REQUIRE(confFile.open(QIODevice::WriteOnly));
    confFile.write(QStringLiteral("pcm.virtA { type file slave.pcm \"nullsrc\" file \"/dev/null\" infile \"%1\" "
                                  "format \"raw\" perm 0644 }\n"
                                  "pcm.virtB { type file slave.pcm \"nullsrc\" file \"/dev/null\" infile \"%2\" "
                                  "format \"raw\" perm 0644 }\n"
                                  "pcm.nullsrc { type null }\n")
                       .arg(a, b)
                       .toUtf8());
    confFile.close();
    QProcessEnvironment env = test::isolatedEnvironment(home.path());
    env.insert(QStringLiteral("ALSA_CONFIG_PATH"), QStringLiteral("/usr/share/alsa/alsa.conf:") + conf);
    const QString hearing = work.filePath(QStringLiteral("hearing"));
    const auto result = test::runHattama(
        { QStringLiteral("record"), QStringLiteral("--out"), hearing, QStringLiteral("--audio-device"),
            QStringLiteral("virtA"), QStringLiteral("--audio-device"), QStringLiteral("virtB"),
            QStringLiteral("--channels"), QStringLiteral("1=Judge,2"), QStringLiteral("--channels"),
            QStringLiteral("1-2"), QStringLiteral("--duration"), QStringLiteral("3"), QStringLiteral("--audio-codec"),
            QStringLiteral("flac") },
        env, 60'000);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QString segment = QDir(hearing).filePath(QStringLiteral("media/part-01/seg-00001.mkv"));
    const std::vector<test::StreamSpan> spans = test::streamSpans(segment);
    REQUIRE(spans.size() == 4u);
    const double expected[4] = { 500, 700, 900, 1100 };
    for (int c = 0; c < 4; ++c) {
        INFO("track " << c + 1);
        const test::DecodedAudio audio = test::decodeAudio(segment, c);
        REQUIRE(audio.samples.size() > 48000u);
        // These virtual devices are not paced by any clock: each delivers as fast as it is read,
        // so the second runs at its own speed against the first, is heard only once its backlog
        // filled, and the drift correction works at its limit: its pitch is up to 0.8 % off (plus
        // the 4 Hz resolution of a quarter second); real devices differ by hundredths of a percent.
        // Look at the loudest quarter second of each track.
        std::size_t best = 0;
        double bestEnergy = -1;
        for (std::size_t at = 0; at + 12000 <= audio.samples.size(); at += 6000) {
            double energy = 0;
            for (std::size_t i = at; i < at + 12000; ++i)
                energy += double(audio.samples[i]) * audio.samples[i];
            if (energy > bestEnergy) {
                bestEnergy = energy;
                best = at;
            }
        }
        const std::vector<float> loudest(
            audio.samples.begin() + qsizetype(best), audio.samples.begin() + qsizetype(best) + 12000);
        INFO("loudest quarter second at " << best << ", mean power " << bestEnergy / 12000);
        CHECK(bestEnergy / 12000 > 0.001); // a tone, not silence
        const double margin = c < 2 ? 4.0 : expected[c] * 0.02;
        CHECK(test::dominantFrequency(loudest, 48000, 300.0, 1300.0) == Approx(expected[c]).margin(margin));
    }
    const QJsonArray tracks = test::recordedAudioTracks(hearing);
    REQUIRE(tracks.size() == 4);
    CHECK(tracks[2].toObject().value(QStringLiteral("channel")).toInt() == 3);
    CHECK(tracks[2].toObject().value(QStringLiteral("deviceChannel")).toInt() == 1);
    CHECK(tracks[2].toObject().value(QStringLiteral("source")).toString().contains(QStringLiteral("virtB")));
    CHECK(tracks[0].toObject().value(QStringLiteral("source")).toString().contains(QStringLiteral("virtA")));
    CHECK(tracks[0].toObject().value(QStringLiteral("title")).toString() == QStringLiteral("Mic 1 — Judge"));
    CHECK(tracks[3].toObject().value(QStringLiteral("title")).toString() == QStringLiteral("Mic 4"));
}
