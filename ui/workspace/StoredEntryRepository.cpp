#include "workspace/StoredEntryRepository.h"

#include "storage/TimelineRepository.h"
#include "util/Logging.h"

namespace hattama::ui {

StoredEntryRepository::StoredEntryRepository(TimelineRepository &timeline, QString hearingId)
    : m_timeline(timeline)
    , m_hearingId(std::move(hearingId))
{
}

hattama::EntryKind StoredEntryRepository::toStoredKind(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Note:
        return hattama::EntryKind::Note;
    case EntryKind::Event:
        return hattama::EntryKind::ProceduralEvent;
    case EntryKind::Marker:
        return hattama::EntryKind::Marker;
    case EntryKind::OffRecordStart:
        return hattama::EntryKind::OffRecordStart;
    case EntryKind::OffRecordEnd:
        return hattama::EntryKind::OffRecordEnd;
    case EntryKind::SealedStart:
        return hattama::EntryKind::SealedStart;
    case EntryKind::SealedEnd:
        return hattama::EntryKind::SealedEnd;
    }
    return hattama::EntryKind::Note;
}

EntryKind StoredEntryRepository::fromStoredKind(hattama::EntryKind kind)
{
    switch (kind) {
    case hattama::EntryKind::Note:
    case hattama::EntryKind::SpeakerChange:
        return EntryKind::Note;
    case hattama::EntryKind::ProceduralEvent:
    case hattama::EntryKind::RecessStart:
    case hattama::EntryKind::RecessEnd:
    case hattama::EntryKind::RecordingStarted:
    case hattama::EntryKind::RecordingStopped:
    case hattama::EntryKind::SoundLost:
    case hattama::EntryKind::SoundRestored:
        return EntryKind::Event;
    case hattama::EntryKind::OffRecordStart:
        return EntryKind::OffRecordStart;
    case hattama::EntryKind::OffRecordEnd:
        return EntryKind::OffRecordEnd;
    case hattama::EntryKind::SealedStart:
        return EntryKind::SealedStart;
    case hattama::EntryKind::SealedEnd:
        return EntryKind::SealedEnd;
    case hattama::EntryKind::Marker:
        return EntryKind::Marker;
    }
    return EntryKind::Note;
}

hattama::TimelineEntry StoredEntryRepository::toStored(const TimelineEntry &entry, const QString &hearingId)
{
    hattama::TimelineEntry stored;
    stored.id = entry.id;
    stored.hearingId = hearingId;
    stored.hearingTimeMs = entry.hearingTimeMs;
    stored.wallTime = entry.wallTime.isValid() ? entry.wallTime.toUTC() : QDateTime::currentDateTimeUtc();
    stored.kind = toStoredKind(entry.kind);
    stored.text = entry.text;
    stored.speakerParticipantId = entry.speakerId.toLongLong();
    return stored;
}

TimelineEntry StoredEntryRepository::fromStored(const hattama::TimelineEntry &stored)
{
    TimelineEntry entry;
    entry.id = stored.id;
    entry.hearingTimeMs = stored.hearingTimeMs;
    entry.wallTime = stored.wallTime;
    entry.kind = fromStoredKind(stored.kind);
    entry.text = stored.text;
    entry.speakerId = stored.speakerParticipantId > 0 ? QString::number(stored.speakerParticipantId) : QString();
    return entry;
}

qint64 StoredEntryRepository::addEntry(const TimelineEntry &entry)
{
    hattama::TimelineEntry stored = toStored(entry, m_hearingId);
    stored.id = 0;
    const auto result = m_timeline.add(stored);
    if (!result) {
        m_lastError = result.error().text();
        qCWarning(lcStorage) << "could not store an entry:" << m_lastError;
        return 0;
    }
    return result->id;
}

bool StoredEntryRepository::updateEntry(const TimelineEntry &entry)
{
    const auto result = m_timeline.update(toStored(entry, m_hearingId));
    if (!result) {
        m_lastError = result.error().text();
        qCWarning(lcStorage) << "could not update entry" << entry.id << m_lastError;
        return false;
    }
    return true;
}

bool StoredEntryRepository::removeEntry(qint64 id)
{
    const auto result = m_timeline.remove(id);
    if (!result) {
        m_lastError = result.error().text();
        qCWarning(lcStorage) << "could not delete entry" << id << m_lastError;
        return false;
    }
    return true;
}

qint64 StoredEntryRepository::restoreEntry(const TimelineEntry &entry)
{
    const auto result = m_timeline.restore(entry.id);
    if (!result) {
        m_lastError = result.error().text();
        qCWarning(lcStorage) << "could not restore entry" << entry.id << m_lastError;
        return 0;
    }
    return result->id;
}

} // namespace hattama::ui
