#include "hearing/HearingModel.h"

#include <array>
#include <utility>

namespace hattama {

namespace {
constexpr std::array<std::pair<CaseCategory, const char *>, 3> kCategories { {
    { CaseCategory::Criminal, "criminal" },
    { CaseCategory::Civil, "civil" },
    { CaseCategory::Administrative, "administrative" },
} };

constexpr std::array<std::pair<EntryKind, const char *>, 14> kKinds { {
    { EntryKind::Note, "note" },
    { EntryKind::SpeakerChange, "speaker_change" },
    { EntryKind::ProceduralEvent, "procedural_event" },
    { EntryKind::RecessStart, "recess_start" },
    { EntryKind::RecessEnd, "recess_end" },
    { EntryKind::OffRecordStart, "off_record_start" },
    { EntryKind::OffRecordEnd, "off_record_end" },
    { EntryKind::SealedStart, "sealed_start" },
    { EntryKind::SealedEnd, "sealed_end" },
    { EntryKind::Marker, "marker" },
    { EntryKind::RecordingStarted, "recording_started" },
    { EntryKind::RecordingStopped, "recording_stopped" },
    { EntryKind::SoundLost, "sound_lost" },
    { EntryKind::SoundRestored, "sound_restored" },
} };

template<typename Table, typename Value> QString idOf(const Table &table, Value value)
{
    for (const auto &[item, id] : table) {
        if (item == value)
            return QString::fromLatin1(id);
    }
    return {};
}

template<typename Value, typename Table> std::optional<Value> valueOf(const Table &table, const QString &id)
{
    for (const auto &[item, name] : table) {
        if (id == QLatin1String(name))
            return item;
    }
    return std::nullopt;
}
} // namespace

QString categoryId(CaseCategory category)
{
    return idOf(kCategories, category);
}

std::optional<CaseCategory> categoryFromId(const QString &id)
{
    return valueOf<CaseCategory>(kCategories, id);
}

QString entryKindId(EntryKind kind)
{
    return idOf(kKinds, kind);
}

std::optional<EntryKind> entryKindFromId(const QString &id)
{
    return valueOf<EntryKind>(kKinds, id);
}

QList<EntryKind> allEntryKinds()
{
    QList<EntryKind> kinds;
    for (const auto &[kind, id] : kKinds)
        kinds << kind;
    return kinds;
}

const Participant *HearingRecord::participant(qint64 participantId) const
{
    for (const Participant &item : participants) {
        if (item.id == participantId)
            return &item;
    }
    return nullptr;
}

} // namespace hattama
