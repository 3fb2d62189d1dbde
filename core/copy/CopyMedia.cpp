#include "copy/CopyMedia.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>

namespace hattama {

namespace {

const QString kFfmpeg = QStringLiteral("ffmpeg");
const QString kFfprobe = QStringLiteral("ffprobe");
constexpr int kMixBitrateKbps = 96;

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

Status CopyMedia::run(const QString &program, const QStringList &arguments, const QString &what, QByteArray *output)
{
    if (cancelled(m_cancel))
        return Error::of(ErrorCode::CopyCancelled, { what });
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    if (!output)
        process.setStandardOutputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted(30'000))
        return Error::of(ErrorCode::CopyMediaFailed, { what, process.errorString() });
    QByteArray collected;
    while (!process.waitForFinished(100)) {
        if (output)
            collected += process.readAllStandardOutput();
        if (cancelled(m_cancel)) {
            process.kill();
            process.waitForFinished(-1);
            return Error::of(ErrorCode::CopyCancelled, { what });
        }
        if (process.state() == QProcess::NotRunning)
            break;
    }
    if (output)
        *output = collected + process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QStringList lines = QString::fromUtf8(process.readAllStandardError()).trimmed().split(QLatin1Char('\n'));
        return Error::of(ErrorCode::CopyMediaFailed,
            { what, QStringLiteral("%1 exited with %2: %3").arg(program).arg(process.exitCode()).arg(lines.last()) });
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
            text += QStringLiteral("file %1\nduration %2\n").arg(quoted(segment.path), seconds(segment.durationMs)).toUtf8();
        file.write(text);
    }
    return path;
}

QString CopyMedia::audioExtension() const
{
    return m_audioCodec == QLatin1String("flac") ? QStringLiteral(".flac") : QStringLiteral(".webm");
}

Status CopyMedia::writeMix(int part, qint64 fromMs, qint64 toMs, const QString &output)
{
    const QList<TimelineSegment> segments = segmentsOf(part, fromMs, toMs);
    const qsizetype microphones = m_timeline.microphones().size();
    if (segments.isEmpty() || microphones == 0)
        return Error::of(ErrorCode::CopyMediaFailed, { output, QStringLiteral("no sound in this part") });
    const QString list = concatList(segments, QStringLiteral("mix-%1.txt").arg(++m_pieces));
    QString graph;
    for (qsizetype k = 0; k < microphones; ++k)
        graph += QStringLiteral("[0:a:%1]").arg(k);
    graph += microphones > 1 ? QStringLiteral("amix=inputs=%1:normalize=0,").arg(microphones) : QStringLiteral("anull,");
    graph += QStringLiteral("atrim=start=%1:duration=%2,asetpts=PTS-STARTPTS[mix]")
                 .arg(seconds(fromMs - segments.first().startMs), seconds(toMs - fromMs));
    return run(kFfmpeg,
        { QStringLiteral("-nostdin"), QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
            QStringLiteral("-f"), QStringLiteral("concat"), QStringLiteral("-safe"), QStringLiteral("0"),
            QStringLiteral("-i"), list, QStringLiteral("-filter_complex"), graph, QStringLiteral("-map"),
            QStringLiteral("[mix]"), QStringLiteral("-ac"), QStringLiteral("1"), QStringLiteral("-c:a"),
            QStringLiteral("aac"), QStringLiteral("-b:a"), QStringLiteral("%1k").arg(kMixBitrateKbps), output },
        output);
}

Status CopyMedia::encodePiece(const TimelineSegment &segment, int camera, qint64 fromMs, qint64 toMs, const QString &output)
{
    return run(kFfmpeg,
        { QStringLiteral("-nostdin"), QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
            QStringLiteral("-ss"), seconds(fromMs - segment.startMs), QStringLiteral("-i"), segment.path,
            QStringLiteral("-t"), seconds(toMs - fromMs), QStringLiteral("-map"), QStringLiteral("0:v:%1").arg(camera),
            QStringLiteral("-an"), QStringLiteral("-fps_mode"), QStringLiteral("passthrough"), QStringLiteral("-c:v"),
            QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("veryfast"), QStringLiteral("-crf"),
            QStringLiteral("18"), QStringLiteral("-bf"), QStringLiteral("0"), QStringLiteral("-pix_fmt"),
            QStringLiteral("yuv420p"), QStringLiteral("-f"), QStringLiteral("mpegts"), output },
        output);
}

Status CopyMedia::writeCamera(int part, qint64 fromMs, qint64 toMs, int camera, const QString &mix, const QString &output)
{
    const QList<TimelineSegment> segments = segmentsOf(part, fromMs, toMs);
    if (segments.isEmpty())
        return Error::of(ErrorCode::CopyMediaFailed, { output, QStringLiteral("no recording in this part") });
    const TimelineSegment &first = segments.first();
    const TimelineSegment &last = segments.last();
    const bool wholeSegments = fromMs <= first.startMs && toMs >= last.endMs();

    // The pictures: the whole segments copied; at a cut inside a segment, the pictures of that
    // segment from the cut to its end (the next key frame: every segment starts with one), or
    // from its start to the cut, re-encoded, and the segments between copied.
    QString video;
    QStringList videoInput;
    if (wholeSegments) {
        video = concatList(segments, QStringLiteral("video-%1.txt").arg(++m_pieces));
    } else {
        QList<TimelineSegment> copied = segments;
        QStringList pieces; // "file …\nduration …"
        auto piece = [&pieces](const QString &path, qint64 durationMs) {
            pieces << QStringLiteral("file %1\nduration %2\n").arg(quoted(path), seconds(durationMs));
        };
        QString tail;
        qint64 tailMs = 0;
        if (fromMs > first.startMs) {
            const qint64 end = std::min(toMs, first.endMs());
            const QString head = QDir(m_workDir).filePath(QStringLiteral("head-%1.ts").arg(++m_pieces));
            if (Status encoded = encodePiece(first, camera, fromMs, end, head); !encoded)
                return encoded;
            piece(head, end - fromMs);
            copied.removeFirst();
        }
        if (!copied.isEmpty() && toMs < last.endMs()) {
            tail = QDir(m_workDir).filePath(QStringLiteral("tail-%1.ts").arg(++m_pieces));
            tailMs = toMs - last.startMs;
            if (Status encoded = encodePiece(last, camera, last.startMs, toMs, tail); !encoded)
                return encoded;
            copied.removeLast();
        }
        if (!copied.isEmpty()) {
            const QString middle = QDir(m_workDir).filePath(QStringLiteral("middle-%1.ts").arg(++m_pieces));
            const QString list = concatList(copied, QStringLiteral("middle-%1.txt").arg(m_pieces));
            if (Status written = run(kFfmpeg,
                    { QStringLiteral("-nostdin"), QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                        QStringLiteral("-f"), QStringLiteral("concat"), QStringLiteral("-safe"), QStringLiteral("0"),
                        QStringLiteral("-i"), list, QStringLiteral("-map"), QStringLiteral("0:v:%1").arg(camera),
                        QStringLiteral("-c"), QStringLiteral("copy"), QStringLiteral("-f"), QStringLiteral("mpegts"),
                        middle },
                    output);
                !written)
                return written;
            qint64 middleMs = 0;
            for (const TimelineSegment &segment : copied)
                middleMs += segment.durationMs;
            piece(middle, middleMs);
        }
        if (!tail.isEmpty())
            piece(tail, tailMs);
        video = QDir(m_workDir).filePath(QStringLiteral("pieces-%1.txt").arg(++m_pieces));
        QFile file(video);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error::of(ErrorCode::CopyMediaFailed, { video, file.errorString() });
        file.write("ffconcat version 1.0\n" + pieces.join(QString()).toUtf8());
    }
    videoInput = { QStringLiteral("-f"), QStringLiteral("concat"), QStringLiteral("-safe"), QStringLiteral("0"),
        QStringLiteral("-i"), video };
    QStringList arguments { QStringLiteral("-nostdin"), QStringLiteral("-v"), QStringLiteral("error"),
        QStringLiteral("-y") };
    arguments << videoInput;
    if (!mix.isEmpty())
        arguments << QStringLiteral("-i") << mix;
    arguments << QStringLiteral("-map") << (wholeSegments ? QStringLiteral("0:v:%1").arg(camera) : QStringLiteral("0:v:0"));
    if (!mix.isEmpty())
        arguments << QStringLiteral("-map") << QStringLiteral("1:a:0");
    arguments << QStringLiteral("-t") << seconds(toMs - fromMs) << QStringLiteral("-c") << QStringLiteral("copy")
              << QStringLiteral("-movflags") << QStringLiteral("+faststart") << QStringLiteral("-f")
              << QStringLiteral("mp4") << output;
    return run(kFfmpeg, arguments, output);
}

Status CopyMedia::writeMicrophone(int part, qint64 fromMs, qint64 toMs, int microphone, const QString &output)
{
    const QList<TimelineSegment> segments = segmentsOf(part, fromMs, toMs);
    if (segments.isEmpty())
        return Error::of(ErrorCode::CopyMediaFailed, { output, QStringLiteral("no recording in this part") });
    const bool whole = fromMs <= segments.first().startMs && toMs >= segments.last().endMs();
    const QString list = concatList(segments, QStringLiteral("mic-%1.txt").arg(++m_pieces));
    QStringList arguments { QStringLiteral("-nostdin"), QStringLiteral("-v"), QStringLiteral("error"),
        QStringLiteral("-y"), QStringLiteral("-f"), QStringLiteral("concat"), QStringLiteral("-safe"),
        QStringLiteral("0"), QStringLiteral("-i"), list, QStringLiteral("-map"),
        QStringLiteral("0:a:%1").arg(microphone) };
    const bool flac = audioExtension() == QLatin1String(".flac");
    if (whole) {
        arguments << QStringLiteral("-c:a") << QStringLiteral("copy");
    } else {
        arguments << QStringLiteral("-af")
                  << QStringLiteral("atrim=start=%1:duration=%2,asetpts=PTS-STARTPTS")
                         .arg(seconds(fromMs - segments.first().startMs), seconds(toMs - fromMs))
                  << QStringLiteral("-c:a") << (flac ? QStringLiteral("flac") : QStringLiteral("libopus"));
        if (!flac)
            arguments << QStringLiteral("-b:a") << QStringLiteral("64k");
    }
    arguments << QStringLiteral("-f") << (flac ? QStringLiteral("flac") : QStringLiteral("webm")) << output;
    return run(kFfmpeg, arguments, output);
}

Status CopyMedia::probe()
{
    if (m_timeline.segments().isEmpty() || m_timeline.microphones().isEmpty())
        return {};
    const QString path = m_timeline.segments().first().path;
    QByteArray text;
    if (Status probed = run(kFfprobe,
            { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"), QStringLiteral("a:0"),
                QStringLiteral("-show_entries"), QStringLiteral("stream=codec_name"), QStringLiteral("-of"),
                QStringLiteral("csv=p=0"), path },
            path, &text);
        !probed)
        return probed;
    m_audioCodec = QString::fromUtf8(text).trimmed();
    return {};
}

} // namespace hattama
