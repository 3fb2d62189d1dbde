#include "commands/CommandFactories.h"

#include "media/DiskSpaceMonitor.h"
#include "media/Recorder.h"
#include "session/RecordingSession.h"
#include "storage/AuditManifestAnchor.h"
#include "util/ErrorText.h"
#include "util/ExitCode.h"
#include "util/Logging.h"

#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRegularExpression>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <cmath>
#include <optional>

#ifdef Q_OS_WIN
#include <io.h>
#define HATTAMA_ISATTY _isatty
#define HATTAMA_FILENO _fileno
#else
#include <unistd.h>
#define HATTAMA_ISATTY isatty
#define HATTAMA_FILENO fileno
#endif

namespace hattama::cli {

namespace {

std::atomic<bool> g_stopRequested { false };

extern "C" void onStopSignal(int)
{
    g_stopRequested.store(true);
}

// "1,2,5-6" or "1=Judge,2=Prosecutor" (1-based) -> 0-based channels and roles.
bool parseChannels(const QString &text, QList<int> &channels, QStringList &roles)
{
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString spec = item.section(QLatin1Char('='), 0, 0).trimmed();
        const QString role = item.contains(QLatin1Char('=')) ? item.section(QLatin1Char('='), 1).trimmed() : QString();
        bool okFirst = false;
        bool okLast = true;
        const int first = spec.section(QLatin1Char('-'), 0, 0).toInt(&okFirst);
        const int last = spec.contains(QLatin1Char('-')) ? spec.section(QLatin1Char('-'), 1).toInt(&okLast) : first;
        if (!okFirst || !okLast || first < 1 || last < first || last > 256)
            return false;
        for (int c = first; c <= last; ++c) {
            channels << c - 1;
            roles << (first == last ? role : QString());
        }
    }
    return !channels.isEmpty();
}

// "1=2,3=1": microphone track (1-based, numbered on across the devices) = the camera (1-based)
// that shows its seat. Fills cameras (index: track - 1; 0 = none). False: not such a list.
bool parseMicrophoneCameras(const QString &text, QList<int> &cameras)
{
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool okTrack = false;
        bool okCamera = false;
        const int track = item.section(QLatin1Char('='), 0, 0).trimmed().toInt(&okTrack);
        const int camera = item.section(QLatin1Char('='), 1).trimmed().toInt(&okCamera);
        if (!item.contains(QLatin1Char('=')) || !okTrack || !okCamera || track < 1 || track > 256 || camera < 1)
            return false;
        while (cameras.size() < track)
            cameras << 0;
        cameras[track - 1] = camera;
    }
    return !cameras.isEmpty();
}

QString clockText(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3.%4")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'))
        .arg((ms % 1000) / 100);
}

QString statusLine(const RecorderStatus &status)
{
    QStringList levels;
    for (const ChannelLevel &level : status.levels)
        levels << (level.noSignal ? QStringLiteral("--") : QString::number(std::lround(level.peakDbfs)))
                + (level.voiceActive ? QStringLiteral("*") : QString());
    qint64 dropped = 0;
    qint64 noSignal = 0;
    for (const CameraHealth &camera : status.cameras) {
        dropped += camera.framesDropped;
        noSignal += camera.framesNoSignal;
    }
    return QCoreApplication::translate("RecordCommand",
        "%1  part %2  segments %3  mics [%4] dBFS  overruns %5  dropped frames %6  no-signal frames %7")
        .arg(clockText(status.hearingTimeMs))
        .arg(status.part)
        .arg(status.segmentsClosed)
        .arg(levels.join(QLatin1Char(' ')))
        .arg(status.audioOverruns)
        .arg(dropped)
        .arg(noSignal);
}

int fail(CommandContext &ctx, const Error &error)
{
    ctx.err << QCoreApplication::translate("RecordCommand", "hattama record: %1").arg(ErrorText::message(error))
            << '\n';
    if (const QString hint = ErrorText::hint(error); !hint.isEmpty())
        ctx.err << QCoreApplication::translate("RecordCommand", "What to do: %1").arg(hint) << '\n';
    ctx.err.flush();
    return static_cast<int>(error.code);
}

// Records with a RecordingSession (its own service loop and disk policy) until Ctrl+C, the
// --duration limit, the disk policy or a failure ends it; prints the status line meanwhile.
int driveSession(CommandContext &ctx, const RecorderConfig &config, std::optional<qint64> minFreeBytes)
{
    RecordingSession session;
    session.setConfig(config);
    DiskPolicy policy = session.diskPolicy(); // QSettings "recording/diskWarnHours", "recording/diskStopMb"
    if (minFreeBytes)
        policy.stopBelowBytes = *minFreeBytes;
    session.setDiskPolicy(policy);

    // Free disk space before recording, with the estimated rate; then measured while recording.
    const auto space = session.checkDisk();
    if (!space.ok())
        return fail(ctx, space.error());
    if (space->level != DiskSpaceLevel::Stop)
        ctx.out << QCoreApplication::translate("RecordCommand", "Disk: %1 MB free, about %2 hours of recording.")
                       .arg(space->freeBytes / (1024 * 1024))
                       .arg(space->hoursLeft, 0, 'f', 1)
                << '\n';
    if (Status started = session.start(); !started)
        return fail(ctx, started.error());

    const bool terminal = HATTAMA_ISATTY(HATTAMA_FILENO(stderr)) != 0;
    ctx.out << QCoreApplication::translate("RecordCommand", "Recording into %1. Press Ctrl+C to stop.")
                   .arg(config.hearingDir)
            << '\n';
    ctx.out.flush();
    QObject::connect(&session, &RecordingSession::soundLost, [&](qint64) {
        ctx.err << (terminal ? QStringLiteral("\n") : QString())
                << QCoreApplication::translate("RecordCommand",
                       "hattama record: the audio input stopped delivering sound; the cameras go on and the input is "
                       "tried again every second")
                << '\n';
        ctx.err.flush();
    });
    QObject::connect(&session, &RecordingSession::soundRestored, [&](qint64) {
        ctx.err << (terminal ? QStringLiteral("\n") : QString())
                << QCoreApplication::translate(
                       "RecordCommand", "hattama record: the audio input is back; recording sound again")
                << '\n';
        ctx.err.flush();
    });
    QObject::connect(&session, &RecordingSession::diskLow, [&](double hoursLeft, qint64 freeBytes) {
        ctx.err << (terminal ? QStringLiteral("\n") : QString())
                << QCoreApplication::translate(
                       "RecordCommand", "hattama record: the disk is getting full: %1 MB free, about %2 hours left")
                       .arg(freeBytes / (1024 * 1024))
                       .arg(hoursLeft, 0, 'f', 1)
                << '\n';
        ctx.err.flush();
    });

    QEventLoop loop;
    QObject::connect(&session, &RecordingSession::stopped, &loop, &QEventLoop::quit);
    QElapsedTimer lineTimer;
    lineTimer.start();
    QObject::connect(&session, &RecordingSession::statusChanged, [&] {
        if (g_stopRequested.load() && session.isRecording()) {
            (void)session.stop(); // its result is in status().stopError
            return;
        }
        if (!terminal || lineTimer.elapsed() < 200 || !session.isRecording())
            return;
        lineTimer.restart();
        const RecordingStatus status = session.status();
        ctx.err
            << '\r' << statusLine(status.recorder) << QStringLiteral(" | ")
            << (status.diskHoursLeft >= 0
                       ? QCoreApplication::translate("RecordCommand", "disk %1 h").arg(status.diskHoursLeft, 0, 'f', 1)
                       : QString())
            << "\x1b[K";
        ctx.err.flush();
    });
    if (session.isRecording())
        loop.exec();

    const RecordingStatus last = session.status();
    if (terminal)
        ctx.err << '\n';
    ctx.out << statusLine(last.recorder) << '\n';
    for (const CameraHealth &camera : last.recorder.cameras)
        ctx.out << QCoreApplication::translate(
            "RecordCommand", "%1: %2 frames, %3 captured, %4 dropped, %5 repeated, %6 no signal, %7 reconnects")
                       .arg(camera.name)
                       .arg(camera.framesEncoded)
                       .arg(camera.framesCaptured)
                       .arg(camera.framesDropped)
                       .arg(camera.framesDuplicated)
                       .arg(camera.framesNoSignal)
                       .arg(camera.reconnects)
                << '\n';
    ctx.out.flush();
    if (last.stopError)
        return fail(ctx, *last.stopError);
    ctx.out << QCoreApplication::translate("RecordCommand", "Recording stopped; %1 recorded.")
                   .arg(clockText(last.hearingTimeMs))
            << '\n';
    return 0;
}

// Removes folder and the folders in it, but only when none holds a file (of any kind): what
// a recording wrote is never removed.
void removeFoldersWithoutFiles(const QString &folder)
{
    QStringList folders { folder };
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (!info.isDir() || info.isSymLink())
            return;
        folders << info.absoluteFilePath();
    }
    // Deepest first: each is empty by the time it is removed.
    std::sort(folders.begin(), folders.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &path : std::as_const(folders))
        QDir().rmdir(path);
}

int runRecord(CommandContext &ctx, const Command &command)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"),
        QCoreApplication::translate("RecordCommand", "Hearing folder to record into."), QStringLiteral("DIR"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QCoreApplication::translate("RecordCommand", "Record demo sources (test tones, test pictures)."));
    const QCommandLineOption micsOption(QStringLiteral("mics"),
        QCoreApplication::translate(
            "RecordCommand", "Number of microphones (demo), or the first N channels of the device."),
        QStringLiteral("N"));
    const QCommandLineOption camerasOption(QStringLiteral("cameras"),
        QCoreApplication::translate("RecordCommand", "Number of demo cameras."), QStringLiteral("N"));
    const QCommandLineOption durationOption(QStringLiteral("duration"),
        QCoreApplication::translate("RecordCommand", "Stop after S seconds."), QStringLiteral("S"));
    const QCommandLineOption deviceOption(QStringLiteral("audio-device"),
        QCoreApplication::translate("RecordCommand",
            "Audio input: index or part of the name (see 'hattama devices'). Repeat it to record several "
            "inputs together, on the first one's clock."),
        QStringLiteral("NAME|INDEX"));
    const QCommandLineOption channelsOption(QStringLiteral("channels"),
        QCoreApplication::translate("RecordCommand", "Channels to record, e.g. 1-4 or 1=Judge,2=Prosecutor."),
        QStringLiteral("LIST"));
    const QCommandLineOption cameraOption(QStringLiteral("camera"),
        QCoreApplication::translate(
            "RecordCommand", "A camera: [NAME=]demo, [NAME=]v4l2:/dev/video0 or [NAME=]lavfi:GRAPH. Repeat for more."),
        QStringLiteral("SPEC"));
    const QCommandLineOption micCameraOption(QStringLiteral("mic-camera"),
        QCoreApplication::translate("RecordCommand",
            "The camera that shows each microphone's seat, e.g. 1=2,3=1 (microphone track = camera, both "
            "from 1); written into recording.json for the party's compact copy."),
        QStringLiteral("LIST"));
    const QCommandLineOption segmentOption(QStringLiteral("segment"),
        QCoreApplication::translate("RecordCommand", "Segment length in seconds (default 10)."), QStringLiteral("S"));
    const QCommandLineOption codecOption(QStringLiteral("audio-codec"),
        QCoreApplication::translate("RecordCommand", "Microphone track codec: opus (default) or flac."),
        QStringLiteral("CODEC"));
    const QCommandLineOption sizeOption(QStringLiteral("video-size"),
        QCoreApplication::translate("RecordCommand", "Camera picture size (default 1280x720)."), QStringLiteral("WxH"));
    const QCommandLineOption fpsOption(QStringLiteral("fps"),
        QCoreApplication::translate("RecordCommand", "Camera frame rate (default 25)."), QStringLiteral("N"));
    const QCommandLineOption presetOption(QStringLiteral("preset"),
        QCoreApplication::translate("RecordCommand", "x264 preset (default superfast)."), QStringLiteral("NAME"));
    const QCommandLineOption minFreeOption(QStringLiteral("min-free"),
        QCoreApplication::translate("RecordCommand",
            "Stop cleanly when the disk has less than this many MB free, for this run (default: the setting "
            "recording/diskStopMb, 512 unless changed, the same as the program's); checked before and during "
            "recording."),
        QStringLiteral("MB"));
    const QCommandLineOption titleOption(QStringLiteral("title"),
        QCoreApplication::translate("RecordCommand", "Title stored in the media, e.g. the case number."),
        QStringLiteral("TEXT"));
    for (const auto &option :
        { outOption, demoOption, micsOption, camerasOption, durationOption, deviceOption, channelsOption, cameraOption,
            micCameraOption, segmentOption, codecOption, sizeOption, fpsOption, presetOption, minFreeOption, titleOption })
        parser.addOption(option);
    bool helpShown = false;
    if (!parseArguments(parser, ctx, command, helpShown))
        return static_cast<int>(ExitCode::Usage);
    if (helpShown)
        return 0;

    auto usage = [&](const QString &message) {
        ctx.err << QCoreApplication::translate("RecordCommand", "hattama record: %1").arg(message) << '\n'
                << QCoreApplication::translate("RecordCommand", "Usage: hattama %1")
                       .arg(QString::fromUtf8(command.synopsis))
                << '\n';
        return static_cast<int>(ExitCode::Usage);
    };
    if (!parser.isSet(outOption) || parser.value(outOption).trimmed().isEmpty())
        return usage(QCoreApplication::translate("RecordCommand", "--out DIR is required"));
    if (!parser.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate("RecordCommand", "unexpected argument '%1'")
                         .arg(parser.positionalArguments().first()));

    RecorderConfig config;
    config.hearingDir = QDir(parser.value(outOption)).absolutePath();
    config.title = parser.value(titleOption);
    config.language = ctx.global.language == QLatin1String("kk") ? QStringLiteral("kaz")
        : ctx.global.language == QLatin1String("ru")             ? QStringLiteral("rus")
                                                                 : QStringLiteral("und");
    const bool demo = parser.isSet(demoOption);
    auto intValue = [&](const QCommandLineOption &option, int fallback, int min, int max, bool &ok) {
        if (!parser.isSet(option))
            return fallback;
        const int value = parser.value(option).toInt(&ok);
        ok = ok && value >= min && value <= max;
        return value;
    };
    bool ok = true;
    const int mics = intValue(micsOption, demo ? 6 : -1, 0, 64, ok);
    if (!ok)
        return usage(QCoreApplication::translate("RecordCommand", "--mics needs a number from 0 to 64"));
    const int demoCameras = intValue(camerasOption, demo ? 4 : 0, 0, 16, ok);
    if (!ok)
        return usage(QCoreApplication::translate("RecordCommand", "--cameras needs a number from 0 to 16"));
    if (!demo && parser.isSet(camerasOption) && demoCameras > 0)
        return usage(QCoreApplication::translate(
            "RecordCommand", "--cameras is for demo cameras; name real cameras with --camera"));
    const int fps = intValue(fpsOption, 25, 1, 120, ok);
    if (!ok)
        return usage(QCoreApplication::translate("RecordCommand", "--fps needs a number from 1 to 120"));
    int width = 1280;
    int height = 720;
    if (parser.isSet(sizeOption)) {
        const QRegularExpressionMatch match
            = QRegularExpression(QStringLiteral("^(\\d+)x(\\d+)$")).match(parser.value(sizeOption));
        if (!match.hasMatch())
            return usage(
                QCoreApplication::translate("RecordCommand", "--video-size needs WIDTHxHEIGHT, e.g. 1280x720"));
        width = match.captured(1).toInt();
        height = match.captured(2).toInt();
        if (width < 16 || height < 16 || width > 7680 || height > 4320 || width % 2 || height % 2)
            return usage(
                QCoreApplication::translate("RecordCommand", "--video-size needs even sizes from 16x16 to 7680x4320"));
    }
    double segmentSeconds = 10.0;
    if (parser.isSet(segmentOption)) {
        segmentSeconds = parser.value(segmentOption).toDouble(&ok);
        if (!ok || segmentSeconds < 1.0 || segmentSeconds > 600.0)
            return usage(QCoreApplication::translate("RecordCommand", "--segment needs seconds from 1 to 600"));
    }
    config.segmentDurationMs = std::llround(segmentSeconds * 1000.0);
    if ((config.segmentDurationMs * fps) % 1000 != 0)
        return usage(
            QCoreApplication::translate("RecordCommand", "--segment must hold a whole number of frames at %1 fps")
                .arg(fps));
    if (parser.isSet(durationOption)) {
        const double seconds = parser.value(durationOption).toDouble(&ok);
        if (!ok || seconds <= 0.0)
            return usage(QCoreApplication::translate("RecordCommand", "--duration needs a positive number of seconds"));
        config.maxPartDurationMs = std::llround(seconds * 1000.0);
    }
    if (parser.isSet(codecOption)) {
        const QString codec = parser.value(codecOption).toLower();
        if (codec == QLatin1String("flac"))
            config.audio.codec = AudioCodec::Flac;
        else if (codec != QLatin1String("opus"))
            return usage(QCoreApplication::translate("RecordCommand", "--audio-codec needs opus or flac"));
    }
    if (parser.isSet(presetOption)) {
        // x264's own names; anything else would only fail once the encoder starts (exit 3).
        static const QStringList kPresets { QStringLiteral("ultrafast"), QStringLiteral("superfast"),
            QStringLiteral("veryfast"), QStringLiteral("faster"), QStringLiteral("fast"), QStringLiteral("medium"),
            QStringLiteral("slow"), QStringLiteral("slower"), QStringLiteral("veryslow"), QStringLiteral("placebo") };
        config.video.preset = parser.value(presetOption);
        if (!kPresets.contains(config.video.preset))
            return usage(QCoreApplication::translate("RecordCommand", "--preset needs one of %1")
                             .arg(kPresets.join(QLatin1String(", "))));
    }
    std::optional<qint64> minFreeBytes;
    if (parser.isSet(minFreeOption)) {
        const qint64 megabytes = parser.value(minFreeOption).toLongLong(&ok);
        if (!ok || megabytes < 0)
            return usage(QCoreApplication::translate("RecordCommand", "--min-free needs a number of megabytes"));
        minFreeBytes = megabytes * 1024 * 1024;
    }
    config.video.frameRate = fps;
    config.video.widthPx = width;
    config.video.heightPx = height;

    // One --channels per --audio-device, in the same order.
    const QStringList channelLists = parser.values(channelsOption);
    for (int i = 0; i < channelLists.size(); ++i) {
        QList<int> channels;
        if (!parseChannels(channelLists.at(i), channels, config.channelRoles))
            return usage(QCoreApplication::translate(
                "RecordCommand", "--channels needs a list like 1,2,5-6 or 1=Judge,2=Prosecutor"));
        if (i == 0)
            config.channels = channels;
        else
            config.extraAudioChannels << channels;
    }
    if (channelLists.size() > std::max<qsizetype>(1, parser.values(deviceOption).size()))
        return usage(QCoreApplication::translate(
            "RecordCommand", "--channels is given more often than --audio-device: one list per device, in order"));
    if (demo) {
        config.demoAudio = true;
        config.demoMicrophones = mics;
        if (parser.isSet(deviceOption))
            return usage(QCoreApplication::translate("RecordCommand", "--audio-device cannot be combined with --demo"));
    } else {
        const QStringList devices = parser.values(deviceOption);
        config.audioDevice = devices.value(0);
        config.extraAudioDevices = devices.mid(1);
        config.useAudioDevice = mics != 0;
        if (mics > 0 && config.channels.isEmpty())
            for (int c = 0; c < mics; ++c)
                config.channels << c;
    }
    for (int i = 0; i < demoCameras; ++i)
        config.cameras.push_back(CameraSpec::demoCamera(i + 1, width, height, fps));
    const QStringList cameraSpecs = parser.values(cameraOption);
    for (const QString &text : cameraSpecs) {
        auto spec = CameraSpec::parse(text, static_cast<int>(config.cameras.size()) + 1, width, height, fps);
        if (!spec)
            return usage(ErrorText::text(spec.error()));
        config.cameras.push_back(*spec);
    }
    if (parser.isSet(micCameraOption)) {
        if (!parseMicrophoneCameras(parser.value(micCameraOption), config.channelCameras))
            return usage(QCoreApplication::translate(
                "RecordCommand", "--mic-camera needs a list like 1=2,3=1 (microphone track = camera, both from 1)"));
        for (int track = 1; track <= config.channelCameras.size(); ++track) {
            const int camera = config.channelCameras.at(track - 1);
            if (camera > int(config.cameras.size()))
                return usage(QCoreApplication::translate("RecordCommand",
                    "--mic-camera maps microphone %1 to camera %2, but %3 camera(s) are recorded")
                                 .arg(track)
                                 .arg(camera)
                                 .arg(config.cameras.size()));
        }
    }
    if (!config.useAudioDevice && config.cameras.empty() && !(demo && mics > 0))
        return usage(QCoreApplication::translate("RecordCommand", "nothing to record: give microphones or cameras"));

    // The Recorder hashes every closed segment into the manifest itself; this only logs.
    config.onSegmentClosed = [](const ClosedSegment &segment) -> Status {
        qCInfo(lcMedia) << "segment closed" << segment.relativePath << segment.startMs << segment.durationMs;
        return {};
    };

    // The outermost folder of --out that does not exist yet: a recording that fails before it
    // wrote anything takes the folders it made away again.
    QString created;
    for (QString path = config.hearingDir; !QFileInfo::exists(path); path = QFileInfo(path).absolutePath()) {
        created = path;
        if (QFileInfo(path).absolutePath() == path)
            break;
    }

    // With a database for this folder (--db, or hattama.sqlite beside it or in --archive), each
    // closed segment's manifest head is anchored in its audit log (verify compares them).
    const QString archive = hearingDatabaseArchive(config.hearingDir, ctx.global);
    if (!ctx.global.databaseUrl.isEmpty() || !archive.isEmpty()) {
        auto location = DatabaseLocation::resolve(ctx.global.databaseUrl, archive);
        if (!location)
            return fail(ctx, location.error());
        config.manifestAnchor = std::make_shared<AuditManifestAnchor>(*location);
    }

    g_stopRequested.store(false);
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    const int exitCode = driveSession(ctx, config, minFreeBytes);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (exitCode != 0 && !created.isEmpty())
        removeFoldersWithoutFiles(created);
    return exitCode;
}

} // namespace

Command recordCommand()
{
    Command command;
    command.name = QStringLiteral("record");
    command.summary
        = QT_TRANSLATE_NOOP("Command", "Record a hearing: every microphone on its own track, every camera in sync.");
    command.synopsis
        = "record --out DIR [--demo] [--mics N] [--cameras N] [--duration S] [--audio-device NAME|INDEX]... "
          "[--channels LIST] [--camera SPEC]... [--mic-camera LIST] [--segment S]";
    command.run = [command](CommandContext &ctx) -> int { return runRecord(ctx, command); };
    return command;
}

} // namespace hattama::cli
