#pragma once

#include "hearing/HearingStatus.h"
#include "hearing/Role.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace hattama {

// Case category decides which participant roles and event templates are offered.
enum class CaseCategory { Criminal, Civil, Administrative };

QString categoryId(CaseCategory category); // "criminal", "civil", "administrative"
std::optional<CaseCategory> categoryFromId(const QString &id);

// What a timeline entry records. Ids are stable strings stored in the database and in JSON.
enum class EntryKind {
    Note,
    SpeakerChange,
    ProceduralEvent,
    RecessStart,
    RecessEnd,
    OffRecordStart,
    OffRecordEnd,
    SealedStart,
    SealedEnd,
    Marker,
    // Recording events, written by session/HearingWorkflow as the recorder reports them.
    RecordingStarted,
    RecordingStopped,
    SoundLost, // the audio input went silent (unplugged, failed); the cameras go on
    SoundRestored,
};

QString entryKindId(EntryKind kind); // "note", "speaker_change", "procedural_event", ...
std::optional<EntryKind> entryKindFromId(const QString &id);
QList<EntryKind> allEntryKinds();

struct Court {
    qint64 id = 0;
    QString nameRu;
    QString nameKk;
    QString city;
};

struct CaseInfo {
    qint64 id = 0;
    QString number; // e.g. «2-1234/2026»
    CaseCategory category = CaseCategory::Civil;
    QString subject;
    QString judge;
};

struct Participant {
    qint64 id = 0;
    QString key; // stable key inside the hearing (from the case system, or "p<N>")
    int position = 0;
    QString fullName;
    Role role = Role::Other;
    bool present = true;
    QString note;
};

// Audio channel (1-based) → a participant (by id) or a free role label («Судья», «Зал»), and
// the camera that shows whoever speaks into it (the compact copy follows it).
struct AudioChannel {
    int channel = 0;
    qint64 participantId = 0; // 0: none, use label
    QString label;
    int camera = 0; // 1-based; 0: none (the compact copy shows its grid)
};

// Camera (1-based) → view name.
struct CameraView {
    int camera = 0;
    QString viewName;
};

struct TimelineEntry {
    qint64 id = 0;
    QString hearingId;
    qint64 hearingTimeMs = 0; // on the recording clock
    QDateTime wallTime; // UTC
    EntryKind kind = EntryKind::Note;
    // The catalogue event it was made from (EventCatalogue, e.g. "recess_started"): the
    // protocol words it by this id. Empty for notes and other entries not made from an event.
    QString eventId;
    QString text;
    qint64 speakerParticipantId = 0; // 0: none
    QString author;
    QDateTime createdAt;
    QDateTime editedAt; // invalid: never edited
    bool deleted = false;
    int version = 1;
};

// One recorded state of an entry (entry_versions): every create, edit, delete and restore.
struct EntryVersion {
    qint64 entryId = 0;
    int version = 0;
    qint64 hearingTimeMs = 0;
    EntryKind kind = EntryKind::Note;
    QString eventId;
    QString text;
    qint64 speakerParticipantId = 0;
    bool deleted = false;
    QString changedBy;
    QDateTime changedAt;
};

struct Hearing {
    QString id; // also the name of the recording folder in the archive
    Court court;
    QString courtroom;
    CaseInfo caseInfo;
    QDateTime scheduledStart; // with the offset it was given in
    QDateTime actualStart; // invalid until started
    QDateTime actualEnd;
    bool closedSession = false;
    QString language = QStringLiteral("ru"); // protocol language: ru | kk
    HearingStatus status = HearingStatus::Scheduled;
};

// A hearing with everything needed to show it or build its protocol.
struct HearingRecord {
    Hearing hearing;
    QList<Participant> participants; // in position order
    QList<AudioChannel> audioChannels;
    QList<CameraView> cameras;
    QList<TimelineEntry> entries; // not deleted, by hearing time

    const Participant *participant(qint64 participantId) const;
};

} // namespace hattama

Q_DECLARE_METATYPE(hattama::TimelineEntry)
