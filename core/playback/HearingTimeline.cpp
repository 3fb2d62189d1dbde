#include "playback/HearingTimeline.h"

#include "hearing/DisplayNames.h"
#include "media/HearingFolder.h"
#include "media/SegmentManifest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace hattama {

Result<HearingTimeline> HearingTimeline::open(const QString &hearingDir)
{
    const QDir dir(hearingDir);
    QFile description(dir.filePath(HearingFolder::recordingJsonName()));
    if (!description.open(QIODevice::ReadOnly))
        return Error::of(ErrorCode::PlaybackNoRecording, { QDir::toNativeSeparators(hearingDir) });
    const QJsonObject recording = QJsonDocument::fromJson(description.readAll()).object();

    HearingTimeline timeline;
    timeline.m_hearingDir = dir.absolutePath();
    timeline.m_hearingId = recording.value(QStringLiteral("hearingId")).toString(recording.value(QStringLiteral("id")).toString());
    timeline.m_stillRecording = !HearingFolder::recordingClosed(recording).value_or(true);

    const QJsonObject tracks = recording.value(QStringLiteral("tracks")).toObject();
    for (const QJsonValue &value : tracks.value(QStringLiteral("audio")).toArray()) {
        const QJsonObject track = value.toObject();
        TimelineMicrophone microphone;
        microphone.channel = track.value(QStringLiteral("channel")).toInt(static_cast<int>(timeline.m_microphones.size()) + 1);
        microphone.title = track.value(QStringLiteral("title")).toString(QStringLiteral("Mic %1").arg(microphone.channel));
        microphone.name = microphone.title;
        microphone.camera = std::max(0, track.value(QStringLiteral("camera")).toInt());
        timeline.m_sampleRateHz = track.value(QStringLiteral("sampleRateHz")).toInt(timeline.m_sampleRateHz);
        timeline.m_microphones.append(microphone);
    }
    for (const QJsonValue &value : tracks.value(QStringLiteral("video")).toArray()) {
        const QJsonObject track = value.toObject();
        TimelineCamera camera;
        camera.number = static_cast<int>(timeline.m_cameras.size()) + 1;
        camera.name = track.value(QStringLiteral("name")).toString(QStringLiteral("Camera %1").arg(camera.number));
        camera.widthPx = track.value(QStringLiteral("widthPx")).toInt();
        camera.heightPx = track.value(QStringLiteral("heightPx")).toInt();
        camera.frameRate = std::max(1, track.value(QStringLiteral("frameRate")).toInt(25));
        timeline.m_cameras.append(camera);
    }

    // The closed segments, in the order the manifest lists them (which is hearing time).
    const auto manifest = SegmentManifest::read(dir.filePath(SegmentManifest::fileName()));
    if (manifest) {
        for (const ManifestEntry &entry : manifest->entries) {
            if (!entry.parsed || entry.type != ManifestEntry::Type::Segment || entry.durationMs <= 0)
                continue;
            TimelineSegment segment;
            segment.part = entry.part;
            segment.path = dir.filePath(entry.path);
            segment.startMs = entry.startMs;
            segment.durationMs = entry.durationMs;
            timeline.m_segments.append(segment);
        }
    }
    if (timeline.m_segments.isEmpty())
        return Error::of(ErrorCode::PlaybackNoSegments, { QDir::toNativeSeparators(hearingDir) });
    std::stable_sort(timeline.m_segments.begin(), timeline.m_segments.end(),
        [](const TimelineSegment &a, const TimelineSegment &b) { return a.startMs < b.startMs; });
    qint64 play = 0;
    for (TimelineSegment &segment : timeline.m_segments) {
        segment.playStartMs = play;
        play += segment.durationMs;
    }
    return timeline;
}

void HearingTimeline::applyHearing(const HearingRecord &record, const QString &lang)
{
    for (TimelineMicrophone &microphone : m_microphones) {
        for (const AudioChannel &channel : record.audioChannels) {
            if (channel.channel != microphone.channel)
                continue;
            const Participant *participant = record.participant(channel.participantId);
            const QString who = participant ? participantDisplayName(*participant, lang) : channel.label;
            if (!who.isEmpty())
                microphone.name = who;
        }
    }
    for (TimelineCamera &camera : m_cameras) {
        for (const CameraView &view : record.cameras) {
            if (view.camera == camera.number && !view.viewName.isEmpty())
                camera.name = view.viewName;
        }
    }
    setEntries(record.entries);
}

void HearingTimeline::setEntries(const QList<TimelineEntry> &entries)
{
    m_entries.clear();
    for (const TimelineEntry &entry : entries) {
        if (!entry.deleted)
            m_entries.append(entry);
    }
    std::stable_sort(m_entries.begin(), m_entries.end(),
        [](const TimelineEntry &a, const TimelineEntry &b) { return a.hearingTimeMs < b.hearingTimeMs; });
}

QList<TimelineGap> HearingTimeline::gaps() const
{
    QList<TimelineGap> result;
    for (qsizetype i = 1; i < m_segments.size(); ++i) {
        const qint64 previousEnd = m_segments[i - 1].endMs();
        if (m_segments[i].startMs > previousEnd)
            result.append(TimelineGap { previousEnd, m_segments[i].startMs });
    }
    return result;
}

qint64 HearingTimeline::startMs() const
{
    return m_segments.first().startMs;
}

qint64 HearingTimeline::endMs() const
{
    return m_segments.last().endMs();
}

qint64 HearingTimeline::playLengthMs() const
{
    return m_segments.last().playStartMs + m_segments.last().durationMs;
}

std::optional<int> HearingTimeline::segmentIndexAt(qint64 hearingMs) const
{
    // The last segment starting at or before the moment.
    const auto after = std::upper_bound(m_segments.begin(), m_segments.end(), hearingMs,
        [](qint64 ms, const TimelineSegment &segment) { return ms < segment.startMs; });
    if (after == m_segments.begin())
        return std::nullopt;
    const auto index = static_cast<int>(std::distance(m_segments.begin(), after)) - 1;
    if (hearingMs >= m_segments[index].endMs())
        return std::nullopt;
    return index;
}

qint64 HearingTimeline::playTimeOf(qint64 hearingMs) const
{
    if (hearingMs <= startMs())
        return 0;
    if (hearingMs >= endMs())
        return playLengthMs();
    for (const TimelineSegment &segment : m_segments) {
        if (hearingMs < segment.startMs)
            return segment.playStartMs; // in the gap before it
        if (hearingMs < segment.endMs())
            return segment.playStartMs + (hearingMs - segment.startMs);
    }
    return playLengthMs();
}

int HearingTimeline::segmentIndexAtPlay(qint64 playMs) const
{
    const auto after = std::upper_bound(m_segments.begin(), m_segments.end(), playMs,
        [](qint64 ms, const TimelineSegment &segment) { return ms < segment.playStartMs; });
    if (after == m_segments.begin())
        return 0;
    return static_cast<int>(std::distance(m_segments.begin(), after)) - 1;
}

qint64 HearingTimeline::hearingTimeAt(qint64 playMs) const
{
    if (playMs >= playLengthMs())
        return endMs();
    const TimelineSegment &segment = m_segments[segmentIndexAtPlay(std::max<qint64>(0, playMs))];
    return segment.startMs + std::max<qint64>(0, playMs - segment.playStartMs);
}

std::optional<TimelineEntry> HearingTimeline::nextEntry(qint64 hearingMs) const
{
    for (const TimelineEntry &entry : m_entries) {
        if (entry.hearingTimeMs > hearingMs)
            return entry;
    }
    return std::nullopt;
}

std::optional<TimelineEntry> HearingTimeline::previousEntry(qint64 hearingMs) const
{
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        if (it->hearingTimeMs < hearingMs)
            return *it;
    }
    return std::nullopt;
}

} // namespace hattama
