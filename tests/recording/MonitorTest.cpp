// Before Record: the input monitor shows levels and camera previews from the same devices a
// recording will use, writes nothing, and gives the devices back; recordings publish previews.
#include "MediaAnalysis.h"
#include "TestSupport.h"

#include "capture/DeviceList.h"
#include "media/DeviceChoice.h"
#include "media/InputMonitor.h"
#include "media/Recorder.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <cmath>
#include <functional>

using namespace hattama;

namespace {

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QThread::msleep(20);
    }
    return true;
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
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 2000) {
            for (int camera = 0; camera < 2; ++camera) {
                const QImage image = monitor.previewFrame(camera, sequence[std::size_t(camera)]);
                if (!image.isNull()) {
                    ++pictures[std::size_t(camera)];
                    last = image;
                    spread = std::max(spread, lumaSpread(image));
                }
            }
            QThread::msleep(20);
        }
        for (int camera = 0; camera < 2; ++camera) {
            INFO("camera " << camera + 1 << ": " << pictures[std::size_t(camera)] << " previews in 2 s");
            CHECK(pictures[std::size_t(camera)] >= 6);
            CHECK(pictures[std::size_t(camera)] <= 12);
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
            CHECK(camera.framesCaptured >= 45); // 25 fps for over 2 s
        }
        // Monitoring leaves no trace in the archive.
        CHECK_FALSE(QDir(hearingDir).exists());
    }

    // Stopped, it has given the devices back: a recording of the same configuration starts.
    Recorder recorder(config);
    REQUIRE(recorder.start());
    QThread::msleep(1200);
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
            source[std::size_t(i) * kChannels + std::size_t(c)] = static_cast<qint16>(
                std::lround(amplitude * std::sin(2.0 * M_PI * (300.0 + 100.0 * c) * i / kRate)));
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
    REQUIRE(waitFor([&monitor] { return monitor.status().levels.size() == kChannels
                                     && monitor.status().levels[0].rmsDbfs > -20.0f; },
        3000));
    QThread::msleep(300);
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
    while (!recorder.needsStop()) {
        const QImage image = recorder.previewFrame(0, sequence);
        if (!image.isNull()) {
            ++pictures;
            last = image;
            spread = std::max(spread, lumaSpread(image));
        }
        QThread::msleep(20);
    }
    REQUIRE(recorder.stop());
    INFO(pictures << " previews in 2 s");
    CHECK(pictures >= 5);
    CHECK(pictures <= 10);
    CHECK(last.size() == QSize(320, 180));
    CHECK(spread > 100);
    // The recording itself is full size and full rate.
    const std::vector<test::StreamSpan> spans = test::streamSpans(
        QDir(config.hearingDir).filePath(QStringLiteral("media/part-01/seg-00001.mkv")));
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
    CHECK(DeviceChoice::fromConfig(config).cameraIds == QStringList { QStringLiteral("demo:1"), QStringLiteral("/dev/video2") });

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

    choice.audioName = QStringLiteral("demo");
    CHECK(applyDeviceChoice(config, inventory, choice).size() == 1);
    CHECK(config.demoAudio);
}
