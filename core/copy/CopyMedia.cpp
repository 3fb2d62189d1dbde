#include "copy/CopyMedia.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <memory>
#include <vector>

namespace hattama {

namespace {

const QString kFfmpeg = QStringLiteral("ffmpeg");
const QString kFfprobe = QStringLiteral("ffprobe");
// The mix is speech: mono, 24 kHz (sound up to 12 kHz), 64 kbit/s, ffmpeg's fast AAC coder. At
// 48 kHz with its default coder the AAC encoder alone takes a core for a minute per hour of
// hearing; so it takes a quarter of that.
constexpr int kMixRateHz = 24'000;
constexpr int kMixBitrateKbps = 64;
constexpr int kWaitStepMs = 100;

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

// A line of an ffmpeg concat list: the path in single quotes, each ' written as '\''.
QString quoted(const QString &path)
{
    QString text = path;
    text.replace(QLatin1String("'"), QLatin1String("'\\''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

QStringList ffmpegStart()
{
    return { QStringLiteral("-nostdin"), QStringLiteral("-nostats"), QStringLiteral("-v"), QStringLiteral("error"),
        QStringLiteral("-y") };
}

QStringList concatInput(const QString &list)
{
    return { QStringLiteral("-f"), QStringLiteral("concat"), QStringLiteral("-safe"), QStringLiteral("0"),
        QStringLiteral("-i"), list };
}

// The last line of a program's errors that is not a -progress line ("key=value").
QString lastProblem(const QByteArray &errors)
{
    static const QRegularExpression progressLine(QStringLiteral("^[a-z_0-9]+=\\S*$"));
    const QStringList lines = QString::fromUtf8(errors).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (auto line = lines.crbegin(); line != lines.crend(); ++line)
        if (!progressLine.match(line->trimmed()).hasMatch())
            return line->trimmed();
    return {};
}

} // namespace

CopyMedia::CopyMedia(const HearingTimeline &timeline, QString workDir, const std::atomic_bool *cancel)
    : m_timeline(timeline)
    , m_workDir(std::move(workDir))
    , m_cancel(cancel)
{
}

Status CopyMedia::toolsPresent()
{
    for (const QString &program : { kFfmpeg, kFfprobe })
        if (QStandardPaths::findExecutable(program).isEmpty())
            return Error::of(ErrorCode::CopyMediaFailed,
                { program, QStringLiteral("the program is not installed (Debian package ffmpeg)") });
    return {};
}

Status CopyMedia::run(const Run &one, QByteArray *output)
{
    if (cancelled(m_cancel))
        return Error::of(ErrorCode::CopyCancelled, { one.what });
    QProcess process;
    process.setProgram(one.program);
    process.setArguments(one.arguments);
    if (!output)
        process.setStandardOutputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted(30'000))
        return Error::of(ErrorCode::CopyMediaFailed, { one.what, process.errorString() });
    QByteArray collected;
    while (!process.waitForFinished(kWaitStepMs)) {
        if (output)
            collected += process.readAllStandardOutput();
        if (cancelled(m_cancel)) {
            process.kill();
            process.waitForFinished(-1);
            return Error::of(ErrorCode::CopyCancelled, { one.what });
        }
        if (process.state() == QProcess::NotRunning)
            break;
    }
    if (output)
        *output = collected + process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error::of(ErrorCode::CopyMediaFailed,
            { one.what,
                QStringLiteral("%1 exited with %2: %3")
                    .arg(one.program)
                    .arg(process.exitCode())
                    .arg(lastProblem(process.readAllStandardError())) });
    return {};
}

Status CopyMedia::runTogether(const QList<Run> &runs, bool piped, const std::function<void(qint64)> &progressMs)
{
    if (runs.isEmpty())
        return {};
    if (cancelled(m_cancel))
        return Error::of(ErrorCode::CopyCancelled, { runs.first().what });
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const Run &one : runs) {
        processes.push_back(std::make_unique<QProcess>());
        processes.back()->setProgram(one.program);
        processes.back()->setArguments(one.arguments);
    }
    for (std::size_t i = 0; i < processes.size(); ++i) {
        if (piped && i == 0) {
            processes[0]->setStandardOutputProcess(processes[1].get());
#ifdef Q_OS_LINUX
            // A pipe of 1 MiB instead of 64 KiB: several seconds of sound, so that neither
            // program waits for the other at every burst of the other's work.
            processes[0]->setChildProcessModifier([] { fcntl(STDOUT_FILENO, F_SETPIPE_SZ, 1 << 20); });
#endif
            continue;
        }
        processes[i]->setStandardOutputFile(QProcess::nullDevice());
    }
    auto stopAll = [&processes] {
        for (const auto &process : processes)
            if (process->state() != QProcess::NotRunning) {
                process->kill();
                process->waitForFinished(-1);
            }
    };
    for (std::size_t i = 0; i < processes.size(); ++i) {
        processes[i]->start();
        if (!processes[i]->waitForStarted(30'000)) {
            const QString problem = processes[i]->errorString();
            stopAll();
            return Error::of(ErrorCode::CopyMediaFailed, { runs.at(qsizetype(i)).what, problem });
        }
    }

    std::vector<QByteArray> errors(processes.size());
    QByteArray pending; // the first program's -progress lines not read yet
    auto collect = [&] {
        for (std::size_t i = 0; i < processes.size(); ++i) {
            const QByteArray text = processes[i]->readAllStandardError();
            errors[i] += text;
            if (i != 0 || !progressMs)
                continue;
            pending += text;
            const qsizetype end = pending.lastIndexOf('\n');
            if (end < 0)
                continue;
            for (const QByteArray &line : pending.left(end).split('\n'))
                if (line.startsWith("out_time_us="))
                    progressMs(line.mid(12).trimmed().toLongLong() / 1000);
            pending.remove(0, end + 1);
        }
    };
    for (;;) {
        auto running = std::find_if(processes.begin(), processes.end(),
            [](const auto &process) { return process->state() != QProcess::NotRunning; });
        if (running == processes.end())
            break;
        (*running)->waitForFinished(kWaitStepMs);
        collect();
        if (cancelled(m_cancel)) {
            stopAll();
            return Error::of(ErrorCode::CopyCancelled, { runs.first().what });
        }
    }
    collect();

    // When the second of a pipe fails, the first one fails too (a broken pipe): name the second.
    std::vector<std::size_t> order(processes.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = piped ? (i + 1) % order.size() : i;
    for (std::size_t i : order) {
        const QProcess &process = *processes[i];
        if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
            continue;
        return Error::of(ErrorCode::CopyMediaFailed,
            { runs.at(qsizetype(i)).what,
                QStringLiteral("%1 exited with %2: %3")
                    .arg(runs.at(qsizetype(i)).program)
                    .arg(process.exitCode())
                    .arg(lastProblem(errors[i])) });
    }
    return {};
}

QList<TimelineSegment> CopyMedia::segmentsOf(int part, qint64 fromMs, qint64 toMs) const
{
    QList<TimelineSegment> list;
    for (const TimelineSegment &segment : m_timeline.segments())
        if (segment.part == part && segment.startMs < toMs && segment.endMs() > fromMs)
            list << segment;
    return list;
}

QString CopyMedia::concatList(const QList<TimelineSegment> &segments, const QString &name) const
{
    const QString path = QDir(m_workDir).filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QByteArray text = "ffconcat version 1.0\n";
        for (const TimelineSegment &segment : segments)
            // The segment's streams are described in its header: no need to decode pictures
            // to find them (ffmpeg's probing of each file was a fifth of the reading's time).
            text += QStringLiteral("file %1\noption analyzeduration 0\noption probesize 4096\nduration %2\n")
                        .arg(quoted(segment.path), seconds(segment.durationMs))
                        .toUtf8();
        file.write(text);
    }
    return path;
}

QString CopyMedia::audioExtension() const
{
    return m_audioCodec == QLatin1String("flac") ? QStringLiteral(".flac") : QStringLiteral(".webm");
}

QString CopyMedia::mixGraph(qsizetype inputs, qint64 offsetMs, qint64 lengthMs)
{
    // Each input to the mix's rate first (the premix already is), then added: less to add.
    QString graph;
    QString mixed;
    for (qsizetype k = 0; k < inputs; ++k) {
        graph += QStringLiteral("[0:a:%1]aresample=%2[r%1];").arg(k).arg(kMixRateHz);
        mixed += QStringLiteral("[r%1]").arg(k);
    }
    graph += mixed + (inputs > 1 ? QStringLiteral("amix=inputs=%1:normalize=0,").arg(inputs) : QStringLiteral("anull,"));
    graph += QStringLiteral("atrim=start=%1:duration=%2,asetpts=PTS-STARTPTS[mix]").arg(seconds(offsetMs), seconds(lengthMs));
    return graph;
}

CopyMedia::Run CopyMedia::encodePiece(
    const TimelineSegment &segment, int camera, qint64 fromMs, qint64 toMs, const QString &output) const
{
    QStringList arguments = ffmpegStart();
    arguments << QStringLiteral("-ss") << seconds(fromMs - segment.startMs) << QStringLiteral("-i") << segment.path
              << QStringLiteral("-t") << seconds(toMs - fromMs) << QStringLiteral("-map")
              << QStringLiteral("0:v:%1").arg(camera) << QStringLiteral("-an") << QStringLiteral("-fps_mode")
              << QStringLiteral("passthrough") << QStringLiteral("-c:v") << QStringLiteral("libx264")
              << QStringLiteral("-preset") << QStringLiteral("veryfast") << QStringLiteral("-crf") << QStringLiteral("18")
              << QStringLiteral("-bf") << QStringLiteral("0") << QStringLiteral("-pix_fmt") << QStringLiteral("yuv420p")
              << QStringLiteral("-f") << QStringLiteral("mpegts") << output;
    return { kFfmpeg, arguments, output };
}

Status CopyMedia::writePart(
    int part, qint64 fromMs, qint64 toMs, const CopyPartFiles &files, const std::function<void(double)> &progress)
{
    const QList<TimelineSegment> segments = segmentsOf(part, fromMs, toMs);
    const QString anyOutput = !files.cameras.isEmpty() ? files.cameras.first()
        : !files.microphones.isEmpty()                 ? files.microphones.first()
                                                       : QString();
    if (segments.isEmpty())
        return Error::of(ErrorCode::CopyMediaFailed, { anyOutput, QStringLiteral("no recording in this part") });
    const TimelineSegment &first = segments.first();
    const TimelineSegment &last = segments.last();
    const bool wholeSegments = fromMs <= first.startMs && toMs >= last.endMs();
    const qint64 lengthMs = toMs - fromMs;
    const QDir work(m_workDir);
    const int id = ++m_pieces;
    auto report = [&progress](double fraction) {
        if (progress)
            progress(std::clamp(fraction, 0.0, 1.0));
    };

    // 1. At a cut inside a segment, the pictures of that segment from the cut to its end (the
    //    next key frame: every segment starts with one), or from its start to the cut, are
    //    re-encoded; the segments between are copied in step 2.
    QList<TimelineSegment> middle = segments;
    QList<Run> pieces;
    QStringList heads;
    QStringList tails;
    qint64 headMs = 0;
    qint64 tailMs = 0;
    if (!wholeSegments && !files.cameras.isEmpty()) {
        if (fromMs > first.startMs) {
            const qint64 end = std::min(toMs, first.endMs());
            headMs = end - fromMs;
            for (int camera = 0; camera < files.cameras.size(); ++camera) {
                heads << work.filePath(QStringLiteral("head-%1-%2.ts").arg(id).arg(camera));
                pieces << encodePiece(first, camera, fromMs, end, heads.last());
            }
            middle.removeFirst();
        }
        if (!middle.isEmpty() && toMs < last.endMs()) {
            tailMs = toMs - last.startMs;
            for (int camera = 0; camera < files.cameras.size(); ++camera) {
                tails << work.filePath(QStringLiteral("tail-%1-%2.ts").arg(id).arg(camera));
                pieces << encodePiece(last, camera, last.startMs, toMs, tails.last());
            }
            middle.removeLast();
        }
        // Two at a time: the machine's cores.
        for (qsizetype i = 0; i < pieces.size(); i += 2)
            if (Status encoded = runTogether(pieces.mid(i, 2), false); !encoded)
                return encoded;
    }
    report(0.05);

    // 2. One reading of the segments: every camera's pictures and every microphone copied, the
    //    mix made and sent through a pipe to the AAC encoder.
    const qsizetype microphones = std::min(files.microphones.size(), m_timeline.microphones().size());
    const bool mixed = !files.cameras.isEmpty() && !m_timeline.microphones().isEmpty();
    const QString mix = work.filePath(QStringLiteral("mix-%1.m4a").arg(id));
    QStringList arguments = ffmpegStart();
    arguments << QStringLiteral("-progress") << QStringLiteral("pipe:2") << QStringLiteral("-stats_period")
              << QStringLiteral("0.5");
    arguments << concatInput(concatList(segments, QStringLiteral("all-%1.txt").arg(id)));
    const bool middleInput = !wholeSegments && !files.cameras.isEmpty() && !middle.isEmpty();
    if (middleInput)
        arguments << concatInput(concatList(middle, QStringLiteral("middle-%1.txt").arg(id)));
    QStringList pictures; // per camera: what step 3 reads
    for (int camera = 0; camera < files.cameras.size(); ++camera) {
        if (wholeSegments) {
            pictures << work.filePath(QStringLiteral("camera-%1-%2.mp4").arg(id).arg(camera));
            arguments << QStringLiteral("-map") << QStringLiteral("0:v:%1").arg(camera) << QStringLiteral("-c")
                      << QStringLiteral("copy") << QStringLiteral("-f") << QStringLiteral("mp4") << pictures.last();
            continue;
        }
        QByteArray list = "ffconcat version 1.0\n";
        auto piece = [&list](const QString &path, qint64 durationMs) {
            list += QStringLiteral("file %1\nduration %2\n").arg(quoted(path), seconds(durationMs)).toUtf8();
        };
        if (!heads.isEmpty())
            piece(heads.at(camera), headMs);
        if (middleInput) {
            const QString copied = work.filePath(QStringLiteral("middle-%1-%2.ts").arg(id).arg(camera));
            arguments << QStringLiteral("-map") << QStringLiteral("1:v:%1").arg(camera) << QStringLiteral("-c")
                      << QStringLiteral("copy") << QStringLiteral("-f") << QStringLiteral("mpegts") << copied;
            qint64 middleMs = 0;
            for (const TimelineSegment &segment : std::as_const(middle))
                middleMs += segment.durationMs;
            piece(copied, middleMs);
        }
        if (!tails.isEmpty())
            piece(tails.at(camera), tailMs);
        pictures << work.filePath(QStringLiteral("pieces-%1-%2.txt").arg(id).arg(camera));
        QFile file(pictures.last());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(list) != list.size())
            return Error::of(ErrorCode::CopyMediaFailed, { pictures.last(), file.errorString() });
    }
    const bool flac = audioExtension() == QLatin1String(".flac");
    for (qsizetype microphone = 0; microphone < microphones; ++microphone) {
        arguments << QStringLiteral("-map") << QStringLiteral("0:a:%1").arg(microphone);
        if (wholeSegments) {
            arguments << QStringLiteral("-c:a") << QStringLiteral("copy");
        } else {
            arguments << QStringLiteral("-af")
                      << QStringLiteral("atrim=start=%1:duration=%2,asetpts=PTS-STARTPTS")
                             .arg(seconds(fromMs - first.startMs), seconds(lengthMs))
                      << QStringLiteral("-c:a") << (flac ? QStringLiteral("flac") : QStringLiteral("libopus"));
            if (!flac)
                arguments << QStringLiteral("-b:a") << QStringLiteral("64k");
        }
        arguments << QStringLiteral("-f") << (flac ? QStringLiteral("flac") : QStringLiteral("webm"))
                  << files.microphones.at(microphone);
    }
    QList<Run> reading;
    if (mixed) {
        // The second ffmpeg gets, through the pipe, the first half of the microphones decoded
        // and mixed here (float samples) and the other half's packets as they are; it decodes
        // and adds those and encodes the mix, while this one also copies the pictures: the
        // work is shared between two cores.
        const qsizetype all = m_timeline.microphones().size();
        const qsizetype premixed = all / 2;
        if (premixed > 0) {
            QString premix;
            for (qsizetype k = 0; k < premixed; ++k)
                premix += QStringLiteral("[0:a:%1]").arg(k);
            premix += premixed > 1 ? QStringLiteral("amix=inputs=%1:normalize=0,").arg(premixed) : QStringLiteral("anull,");
            premix += QStringLiteral("aresample=%1[premix]").arg(kMixRateHz);
            arguments << QStringLiteral("-filter_complex") << premix << QStringLiteral("-map") << QStringLiteral("[premix]");
        }
        for (qsizetype microphone = premixed; microphone < all; ++microphone)
            arguments << QStringLiteral("-map") << QStringLiteral("0:a:%1").arg(microphone);
        arguments << QStringLiteral("-c:a") << QStringLiteral("copy");
        if (premixed > 0)
            arguments << QStringLiteral("-c:a:0") << QStringLiteral("pcm_f32le");
        arguments << QStringLiteral("-f") << QStringLiteral("matroska") << QStringLiteral("pipe:1");
        const qsizetype piped = (premixed > 0 ? 1 : 0) + all - premixed;
        reading << Run { kFfmpeg, arguments, anyOutput };
        QStringList encoder = ffmpegStart();
        encoder << QStringLiteral("-f") << QStringLiteral("matroska") << QStringLiteral("-i") << QStringLiteral("pipe:0")
                << QStringLiteral("-filter_complex") << mixGraph(piped, fromMs - first.startMs, lengthMs)
                << QStringLiteral("-map") << QStringLiteral("[mix]") << QStringLiteral("-ac") << QStringLiteral("1")
                << QStringLiteral("-c:a") << QStringLiteral("aac") << QStringLiteral("-aac_coder") << QStringLiteral("fast")
                << QStringLiteral("-b:a") << QStringLiteral("%1k").arg(kMixBitrateKbps) << QStringLiteral("-f")
                << QStringLiteral("mp4") << mix;
        // The mix ends at the cut; the pipe is still read to its end, so that the first
        // ffmpeg never writes into a closed pipe.
        encoder << QStringLiteral("-map") << QStringLiteral("0:a:0") << QStringLiteral("-c") << QStringLiteral("copy")
                << QStringLiteral("-f") << QStringLiteral("null") << QStringLiteral("-");
        reading << Run { kFfmpeg, encoder, mix };
    } else {
        reading << Run { kFfmpeg, arguments, anyOutput };
    }
    if (Status read = runTogether(reading, mixed,
            [&](qint64 ms) { report(0.05 + 0.85 * double(ms) / double(std::max<qint64>(1, lengthMs))); });
        !read)
        return read;
    report(0.9);

    // 3. Each camera: its pictures and the mix, the index in front.
    QList<Run> joins;
    for (int camera = 0; camera < files.cameras.size(); ++camera) {
        QStringList join = ffmpegStart();
        join << (wholeSegments ? QStringList { QStringLiteral("-i"), pictures.at(camera) } : concatInput(pictures.at(camera)));
        if (mixed)
            join << QStringLiteral("-i") << mix;
        join << QStringLiteral("-map") << QStringLiteral("0:v:0");
        if (mixed)
            join << QStringLiteral("-map") << QStringLiteral("1:a:0");
        join << QStringLiteral("-t") << seconds(lengthMs) << QStringLiteral("-c") << QStringLiteral("copy")
             << QStringLiteral("-movflags") << QStringLiteral("+faststart") << QStringLiteral("-f") << QStringLiteral("mp4")
             << files.cameras.at(camera);
        joins << Run { kFfmpeg, join, files.cameras.at(camera) };
    }
    for (qsizetype i = 0; i < joins.size(); i += 2)
        if (Status joined = runTogether(joins.mid(i, 2), false); !joined)
            return joined;
    report(1.0);
    return {};
}

Status CopyMedia::probe()
{
    if (m_timeline.segments().isEmpty() || m_timeline.microphones().isEmpty())
        return {};
    const QString path = m_timeline.segments().first().path;
    QByteArray text;
    if (Status probed = run({ kFfprobe,
                                { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"),
                                    QStringLiteral("a:0"), QStringLiteral("-show_entries"),
                                    QStringLiteral("stream=codec_name"), QStringLiteral("-of"), QStringLiteral("csv=p=0"),
                                    path },
                                path },
            &text);
        !probed)
        return probed;
    m_audioCodec = QString::fromUtf8(text).trimmed();
    return {};
}

} // namespace hattama
