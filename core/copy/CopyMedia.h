#pragma once

#include "playback/HearingTimeline.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace hattama {

// Runs ffmpeg and ffprobe (the programs, so that a crash or a codec fault stays out of the
// application) to cut the media of one copy part from a hearing's segments:
//   - a camera as MP4: H.264 copied packet for packet between key frames; only the pictures
//     from a cut to the next key frame (or from the key frame before a cut to the cut) are
//     re-encoded, so the cut is exact and never shows more; the sound is the given mix (AAC);
//     +faststart;
//   - the mix of the microphones as AAC, cut to the sample;
//   - one microphone's track: copied when the part is whole segments, else cut to the sample
//     (re-encoded in its own codec).
// Every call is synchronous and stops (CopyCancelled) when *cancel turns true.
class CopyMedia {
public:
    CopyMedia(const HearingTimeline &timeline, QString workDir, const std::atomic_bool *cancel);

    // Whether ffmpeg and ffprobe are there (CopyMediaFailed naming the package otherwise).
    static Status toolsPresent();

    // The segments of recording part `part` that overlap [fromMs, toMs).
    QList<TimelineSegment> segmentsOf(int part, qint64 fromMs, qint64 toMs) const;

    Status writeMix(int part, qint64 fromMs, qint64 toMs, const QString &output);
    // camera: 0-based. mix: the AAC file to put beside the pictures (empty: none).
    Status writeCamera(int part, qint64 fromMs, qint64 toMs, int camera, const QString &mix, const QString &output);
    // microphone: 0-based. The file's extension: audioExtension().
    Status writeMicrophone(int part, qint64 fromMs, qint64 toMs, int microphone, const QString &output);
    // ".webm" for Opus tracks, ".flac" for FLAC ones.
    QString audioExtension() const;

    // Reads the microphone tracks' codec (for audioExtension()).
    Status probe();

private:
    Status run(const QString &program, const QStringList &arguments, const QString &what, QByteArray *output = nullptr);
    QString concatList(const QList<TimelineSegment> &segments, const QString &name) const;
    Status encodePiece(const TimelineSegment &segment, int camera, qint64 fromMs, qint64 toMs, const QString &output);

    HearingTimeline m_timeline;
    QString m_workDir;
    const std::atomic_bool *m_cancel;
    QString m_audioCodec; // of the microphone tracks, read once
    int m_pieces = 0;
};

} // namespace hattama
