#pragma once

#include "hearing/HearingModel.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace hattama {

// One closed segment on the hearing clock (from manifest.jsonl).
struct TimelineSegment {
    int part = 0;
    QString path; // absolute
    qint64 startMs = 0; // hearing time of its first moment
    qint64 durationMs = 0;
    qint64 playStartMs = 0; // where it starts on the play clock (recesses left out)
    qint64 endMs() const { return startMs + durationMs; }
};

// A microphone track: the k-th audio stream of every segment with sound.
struct TimelineMicrophone {
    int channel = 0; // 1-based, as in the track title
    QString title; // "Mic 1 — Judge" as recorded
    QString name; // who speaks into it, from the channel map when known, else the title
    int camera = 0; // the camera (1-based) that shows who speaks into it (recording.json); 0: none
};

// A camera track: the k-th video stream of every segment.
struct TimelineCamera {
    int number = 0; // 1-based
    QString name; // from the hearing's camera views when known, else as recorded
    int widthPx = 0;
    int heightPx = 0;
    int frameRate = 25;
};

// A stretch of the hearing clock with no media: a recess (or a lost stretch) between segments.
struct TimelineGap {
    qint64 startMs = 0;
    qint64 endMs = 0;
};

// The hearing as one continuous timeline: its parts and their segments on the hearing clock,
// the recesses between them as gaps, its microphones and cameras with the names of the
// channel map, and its entries as markers. Two clocks: hearing time (recesses included, as
// entries and the protocol give it) and play time (recesses left out: what a player plays).
// Built from a hearing folder's manifest.jsonl, so a hearing that is still being recorded
// plays up to its last closed segment. Immutable once built; copy freely.
class HearingTimeline {
public:
    // Reads <hearingDir>/recording.json and manifest.jsonl.
    static Result<HearingTimeline> open(const QString &hearingDir);

    // Names microphones and cameras from a hearing's channel map (participant and role, or
    // the label) and takes its entries as markers. lang: ru | kk, for the role names.
    void applyHearing(const HearingRecord &record, const QString &lang);
    void setEntries(const QList<TimelineEntry> &entries);

    const QString &hearingDir() const { return m_hearingDir; }
    const QString &hearingId() const { return m_hearingId; }
    const QList<TimelineSegment> &segments() const { return m_segments; }
    const QList<TimelineMicrophone> &microphones() const { return m_microphones; }
    const QList<TimelineCamera> &cameras() const { return m_cameras; }
    const QList<TimelineEntry> &entries() const { return m_entries; }
    QList<TimelineGap> gaps() const;
    int sampleRateHz() const { return m_sampleRateHz; }
    // Whether recording.json says the recording is still going on.
    bool stillRecording() const { return m_stillRecording; }

    qint64 startMs() const; // hearing time of the first recorded moment
    qint64 endMs() const; // hearing time just after the last recorded moment
    qint64 playLengthMs() const; // recorded time, recesses left out
    bool contains(qint64 hearingMs) const { return segmentIndexAt(hearingMs).has_value(); }

    // The segment holding a hearing moment; none in a recess or outside the recording.
    std::optional<int> segmentIndexAt(qint64 hearingMs) const;
    // Play time of a hearing moment; a moment in a recess goes to the start of what follows
    // it, one before the recording to 0, one after it to the end.
    qint64 playTimeOf(qint64 hearingMs) const;
    // Hearing time of a play moment (clamped to the recording).
    qint64 hearingTimeAt(qint64 playMs) const;
    // The segment holding a play moment (clamped).
    int segmentIndexAtPlay(qint64 playMs) const;

    // The entries (markers) just after / before a hearing moment, if any.
    std::optional<TimelineEntry> nextEntry(qint64 hearingMs) const;
    std::optional<TimelineEntry> previousEntry(qint64 hearingMs) const;

private:
    QString m_hearingDir;
    QString m_hearingId;
    QList<TimelineSegment> m_segments;
    QList<TimelineMicrophone> m_microphones;
    QList<TimelineCamera> m_cameras;
    QList<TimelineEntry> m_entries;
    int m_sampleRateHz = 48'000;
    bool m_stillRecording = false;
};

} // namespace hattama
