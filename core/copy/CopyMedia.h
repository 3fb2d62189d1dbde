#pragma once

#include "playback/HearingTimeline.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace hattama {

// The files of one part of a copy.
struct CopyPartFiles {
    QStringList cameras;     // per camera, in the recording's order: the MP4 to write (none: no camera files)
    QStringList microphones; // per microphone, in the recording's order: the file to write (audioExtension())
};

// Runs ffmpeg and ffprobe (the programs, so that a crash or a codec fault stays out of the
// application) to cut the media of one copy part from a hearing's segments:
//   - a camera as MP4: H.264 copied packet for packet between key frames; only the pictures
//     from a cut to the next key frame (or from the key frame before a cut to the cut) are
//     re-encoded, so the cut is exact and never shows more; the sound is the mix of the
//     microphones (AAC, mono, 24 kHz: speech), cut to the sample; +faststart;
//   - one microphone's track: copied when the part is whole segments, else cut to the sample
//     (re-encoded in its own codec).
// The segments are read once per part: one ffmpeg copies every camera and microphone and sends
// the microphones (half of them mixed, half as packets) through a pipe to a second ffmpeg that
// mixes and encodes them at the same time (so the two share two cores); then each camera's pictures and the mix
// are put together with the index in front (faststart), a copy of the packets.
// Every call is synchronous and stops (CopyCancelled) when *cancel turns true.
class CopyMedia {
public:
    CopyMedia(const HearingTimeline &timeline, QString workDir, const std::atomic_bool *cancel);

    // Whether ffmpeg and ffprobe are there (CopyMediaFailed naming the package otherwise).
    static Status toolsPresent();

    // The segments of recording part `part` that overlap [fromMs, toMs).
    QList<TimelineSegment> segmentsOf(int part, qint64 fromMs, qint64 toMs) const;

    // Writes the files of [fromMs, toMs) of recording part `part`. progress: 0…1 of the part.
    Status writePart(int part, qint64 fromMs, qint64 toMs, const CopyPartFiles &files,
        const std::function<void(double)> &progress = {});

    // ".webm" for Opus tracks, ".flac" for FLAC ones.
    QString audioExtension() const;

    // Reads the microphone tracks' codec (for audioExtension()).
    Status probe();

    // One run of a program; `what` names the file it makes, for the error.
    struct Run {
        QString program;
        QStringList arguments;
        QString what;
    };

private:
    Status run(const Run &one, QByteArray *output = nullptr);
    // Runs the programs at the same time; with `piped`, the first one's standard output is the
    // second one's standard input. `progressMs` gets the first one's position (-progress pipe:2).
    Status runTogether(const QList<Run> &runs, bool piped, const std::function<void(qint64)> &progressMs = {});
    QString concatList(const QList<TimelineSegment> &segments, const QString &name) const;
    Run encodePiece(const TimelineSegment &segment, int camera, qint64 fromMs, qint64 toMs, const QString &output) const;
    // The mix of a piped input's first `inputs` sound streams, cut to [offsetMs, +lengthMs).
    static QString mixGraph(qsizetype inputs, qint64 offsetMs, qint64 lengthMs);

    HearingTimeline m_timeline;
    QString m_workDir;
    const std::atomic_bool *m_cancel;
    QString m_audioCodec; // of the microphone tracks, read once
    int m_pieces = 0;
};

} // namespace hattama
