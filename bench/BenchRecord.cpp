// bench_record: 4 × 720p25 cameras + 6 microphones from the demo sources, recorded in real time
// by the Recorder, then the same encodes of the same sources by the ffmpeg command line.
// Reports CPU seconds per recorded second, peak memory, dropped frames, overruns and the
// flash/beep (A/V) offset of the first and last segment.
//
//   bench_record [--seconds N] [--out DIR] [--cameras N] [--mics N] [--size WxH] [--preset P]

#include "MediaAnalysis.h"

#include "capture/CameraSpec.h"
#include "media/Recorder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>

#include <cmath>
#include <cstdio>

using namespace hattama;

namespace {

double cpuSeconds(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long peakRssKb(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return usage.ru_maxrss;
}

// Largest |flash − nearest beep| over all cameras of one segment, in ms (-1: nothing found).
double maxOffsetMs(const QString &segment, int mics, int cameras)
{
    const std::vector<double> beeps = test::beepOnsets(test::decodeAudio(segment, 0));
    double worst = -1.0;
    for (int camera = 0; camera < cameras; ++camera) {
        for (double flash : test::flashTimes(test::pictureLevels(segment, mics + camera))) {
            double nearest = 1e9;
            for (double beep : beeps)
                nearest = std::min(nearest, std::fabs(beep - flash));
            worst = std::max(worst, nearest * 1000.0);
        }
    }
    return worst;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int seconds = 60;
    int cameras = 4;
    int mics = 6;
    int width = 1280;
    int height = 720;
    QString preset = QStringLiteral("superfast");
    QString outDir;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--seconds"))
            seconds = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--cameras"))
            cameras = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--mics"))
            mics = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--out"))
            outDir = args[i + 1];
        else if (args[i] == QLatin1String("--preset"))
            preset = args[i + 1];
        else if (args[i] == QLatin1String("--size")) {
            width = args[i + 1].section(QLatin1Char('x'), 0, 0).toInt();
            height = args[i + 1].section(QLatin1Char('x'), 1, 1).toInt();
        }
    }
    QTemporaryDir temp;
    if (outDir.isEmpty())
        outDir = temp.path();
    const QString hearing = QDir(outDir).filePath(QStringLiteral("bench-hearing"));
    QDir(hearing).removeRecursively();

    RecorderConfig config;
    config.hearingDir = hearing;
    config.demoAudio = true;
    config.demoMicrophones = mics;
    for (int i = 0; i < cameras; ++i)
        config.cameras.push_back(CameraSpec::demoCamera(i + 1, width, height, 25));
    config.video.preset = preset;
    config.maxPartDurationMs = static_cast<qint64>(seconds) * 1000;

    std::printf("bench_record: %d cameras %dx%d@25 (x264 %s, crf %d), %d microphones (Opus %d kb/s), %d s\n", cameras,
        width, height, qPrintable(preset), config.video.crf, mics, config.audio.bitrateBps / 1000, seconds);
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    QElapsedTimer wall;
    wall.start();
    Recorder recorder(config);
    Status started = recorder.start();
    if (!started) {
        std::fprintf(stderr, "cannot start: %s\n", qPrintable(started.error().text()));
        return 3;
    }
    while (!recorder.needsStop())
        QThread::msleep(100);
    const RecorderStatus last = recorder.status();
    Status stopped = recorder.stop();
    const double wallSec = static_cast<double>(wall.elapsed()) / 1000.0;
    const double cpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
    if (!stopped)
        std::fprintf(stderr, "stop: %s\n", qPrintable(stopped.error().text()));

    qint64 dropped = 0, duplicated = 0, noSignal = 0, encoded = 0;
    for (const CameraHealth &camera : last.cameras) {
        dropped += camera.framesDropped;
        duplicated += camera.framesDuplicated;
        noSignal += camera.framesNoSignal;
        encoded += camera.framesEncoded;
    }
    QDir partDir(QDir(hearing).filePath(QStringLiteral("media/part-01")));
    const QStringList segments = partDir.entryList({ QStringLiteral("seg-*.mkv") }, QDir::Files, QDir::Name);
    qint64 bytes = 0;
    for (const QString &segment : segments)
        bytes += QFileInfo(partDir.filePath(segment)).size();
    std::printf("hattama:  wall %.1f s, CPU %.1f s = %.3f CPU s per recorded s, peak RSS %ld MB\n", wallSec, cpu,
        cpu / seconds, peakRssKb(RUSAGE_SELF) / 1024);
    std::printf(
        "          frames: %lld encoded at stop-1, %lld dropped, %lld repeated, %lld no-signal; audio overruns %lld; "
        "%lld segments, %.1f MB (%.2f GB/hour)\n",
        static_cast<long long>(encoded), static_cast<long long>(dropped), static_cast<long long>(duplicated),
        static_cast<long long>(noSignal), static_cast<long long>(last.audioOverruns),
        static_cast<long long>(segments.size()), static_cast<double>(bytes) / 1e6,
        static_cast<double>(bytes) / 1e9 * 3600.0 / seconds);
    if (!segments.isEmpty() && cameras > 0 && mics > 0) {
        std::printf("          A/V offset (max |flash - beep| over cameras): first segment %.1f ms, last full segment "
                    "%.1f ms\n",
            maxOffsetMs(partDir.filePath(segments.first()), mics, cameras),
            maxOffsetMs(partDir.filePath(segments.size() > 1 ? segments.at(segments.size() - 2) : segments.last()),
                mics, cameras));
    }

    // The same encodes by the ffmpeg command line, unpaced.
    QStringList ffArgs { QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"),
        QStringLiteral("-y") };
    for (int i = 0; i < cameras; ++i)
        ffArgs << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
               << CameraSpec::demoCamera(i + 1, width, height, 25).url;
    for (int k = 1; k <= mics; ++k)
        ffArgs << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
               << QStringLiteral(
                      "aevalsrc=0.25*sin(2*PI*%1*t)+0.5*sin(2*PI*1000*t)*lt(mod(t\\,1)\\,0.05):s=48000:c=mono")
                      .arg(300 + 100 * k);
    for (int i = 0; i < cameras + mics; ++i)
        ffArgs << QStringLiteral("-map") << QStringLiteral("%1").arg(i);
    ffArgs << QStringLiteral("-t") << QString::number(seconds) << QStringLiteral("-c:v") << QStringLiteral("libx264")
           << QStringLiteral("-preset") << preset << QStringLiteral("-crf") << QString::number(config.video.crf)
           << QStringLiteral("-g") << QStringLiteral("50") << QStringLiteral("-threads:v") << QStringLiteral("1")
           << QStringLiteral("-x264-params") << QStringLiteral("rc-lookahead=10:sync-lookahead=0")
           << QStringLiteral("-c:a") << QStringLiteral("libopus") << QStringLiteral("-b:a") << QStringLiteral("48k")
           << QStringLiteral("-application") << QStringLiteral("voip") << QStringLiteral("-f")
           << QStringLiteral("matroska") << QDir(outDir).filePath(QStringLiteral("bench-ffmpeg.mkv"));
    const double childBefore = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer ffWall;
    ffWall.start();
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), ffArgs);
    ffmpeg.waitForFinished(-1);
    const double ffCpu = cpuSeconds(RUSAGE_CHILDREN) - childBefore;
    std::printf("ffmpeg:   exit %d, wall %.1f s (unpaced), CPU %.1f s = %.3f CPU s per recorded s\n", ffmpeg.exitCode(),
        static_cast<double>(ffWall.elapsed()) / 1000.0, ffCpu, ffCpu / seconds);
    if (ffmpeg.exitCode() != 0)
        std::printf("          %s\n", ffmpeg.readAllStandardError().constData());
    std::printf("ratio hattama/ffmpeg CPU: %.2f\n", ffCpu > 0 ? cpu / ffCpu : 0.0);
    std::printf("command:  ffmpeg %s\n", qPrintable(ffArgs.join(QLatin1Char(' '))));
    return stopped ? 0 : 1;
}
