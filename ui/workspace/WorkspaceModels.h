#pragma once

// The small structs the secretary's workspace widgets are fed with. They are UI-side on
// purpose: the recording engine and the storage repositories fill them (through a GUI timer
// polling ≤ 30 Hz, and through EntryRepository), tests fill them with fakes.
// The recording's state, levels and health are core's: session/RecordingStatus.h.

#include "session/RecordingStatus.h"

#include <QDateTime>
#include <QImage>
#include <QMetaType>
#include <QString>
#include <QVector>

#include <cstdint>
#include <functional>

namespace hattama::ui {

enum class EntryKind {
    Note, // a typed note
    Event, // a procedural event from a template (F-key)
    Marker, // a bare marker to come back to
    OffRecordStart,
    OffRecordEnd,
    SealedStart, // a closed (sealed) passage begins: left out of party copies
    SealedEnd,
};

// One line of the hearing's timeline.
struct TimelineEntry {
    qint64 id = 0; // given by the repository when committed; 0 while a draft
    qint64 hearingTimeMs = 0; // on the one hearing clock, from the first Record
    QDateTime wallTime;
    EntryKind kind = EntryKind::Note;
    QString text;
    QString speakerId; // Participant::id, empty when nobody in particular
    QString templateKey; // for Event entries: the template it came from
};

// A participant or a role a microphone can be mapped to.
struct Participant {
    QString id;
    QString role; // shown as is: already in the interface or protocol language
    QString name;
    QString displayName() const
    {
        if (name.isEmpty())
            return role;
        if (role.isEmpty())
            return name;
        return role + QStringLiteral(" — ") + name;
    }
};

// A procedural event offered as a button and an F-key, its text in the protocol language.
struct EventTemplate {
    QString key; // stable identifier, e.g. "opened"
    QString text; // what goes into the record, e.g. «Судебное заседание объявлено открытым»
    QString label; // a short button label, e.g. «Открытие»; the text when empty
    QString hotkey; // its key as QKeySequence portable text ("F1", "Shift+F11"); empty: by position
};

// Where committed entries go: the storage repository in the application, a fake in tests.
// Each call is one committed transaction; a false/0 return means it was not stored.
class EntryRepository {
public:
    virtual ~EntryRepository() = default;
    virtual qint64 addEntry(const TimelineEntry &entry) = 0; // returns the new id, 0 on failure
    virtual bool updateEntry(const TimelineEntry &entry) = 0;
    virtual bool removeEntry(qint64 id) = 0;
    // Brings back an entry removed earlier (undo of a delete, redo of an add). Returns its id
    // (the same when the store keeps deleted entries), 0 on failure.
    virtual qint64 restoreEntry(const TimelineEntry &entry) { return addEntry(entry); }
};

// The hearing clock as the UI sees it: milliseconds since the first Record.
using HearingClock = std::function<qint64()>;

} // namespace hattama::ui

Q_DECLARE_METATYPE(hattama::ui::TimelineEntry)
