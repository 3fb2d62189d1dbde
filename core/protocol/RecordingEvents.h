#pragma once

#include "hearing/HearingModel.h"
#include "hearing/RecordingStopReason.h"

#include <QString>

namespace hattama::protocol {

using hattama::RecordingStopReason;

// The stored text of the timeline entries that session/HearingWorkflow writes for recording
// events and recesses, in the protocol language (ru or kk): stored data, so never translated
// afterwards. The sentences are the event catalogue's (see eventId()); the protocol templates
// have their own lines for these kinds
// (resources/protocol/*.tmpl); what an entry says beyond its standard sentence (a stop reason,
// or a secretary's edit) reaches the protocol as its detail.
class RecordingEvents {
public:
    // The event catalogue's id for a recording event or recess kind ("recording_started",
    // "recess_started", …; hearing/EventCatalogue), whose wording the entry gets; empty for
    // other kinds.
    static QString eventId(EntryKind kind);
    // ru «Начата аудио-, видеозапись судебного заседания.», kk «Сот отырысының аудио-,
    // бейнежазбасы басталды.»; for RecessStart / RecessEnd the recess lines. Empty for other kinds.
    static QString text(EntryKind kind, const QString &lang);
    // The stop sentence with its reason: «Аудио-, видеозапись судебного заседания
    // остановлена: на диске заканчивается свободное место.»
    static QString stopText(RecordingStopReason reason, const QString &lang);
    // ru «на диске заканчивается свободное место»; empty for Requested.
    static QString reasonText(RecordingStopReason reason, const QString &lang);
    // What text says beyond the standard sentence of its kind (kind id as stored, either
    // language): "" for the standard sentence itself, the reason after «…остановлена: », else
    // the whole text. Used for the protocol's recording_detail.
    static QString detail(const QString &kindId, const QString &text);
};

} // namespace hattama::protocol
