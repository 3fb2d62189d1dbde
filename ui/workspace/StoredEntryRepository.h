#pragma once

#include "workspace/WorkspaceModels.h"

#include "hearing/HearingModel.h"

namespace hattama {
class TimelineRepository;
}

namespace hattama::ui {

// The workspace's EntryRepository on the hearings database: every call is one committed
// transaction of TimelineRepository (durable when it returns). Deletes are soft, so undoing a
// delete restores the same row. Participant ids travel as decimal strings in the UI.
class StoredEntryRepository : public EntryRepository {
public:
    StoredEntryRepository(TimelineRepository &timeline, QString hearingId);

    qint64 addEntry(const TimelineEntry &entry) override;
    bool updateEntry(const TimelineEntry &entry) override;
    bool removeEntry(qint64 id) override;
    qint64 restoreEntry(const TimelineEntry &entry) override;

    QString lastError() const { return m_lastError; }

    static hattama::TimelineEntry toStored(const TimelineEntry &entry, const QString &hearingId);
    static TimelineEntry fromStored(const hattama::TimelineEntry &entry);
    static hattama::EntryKind toStoredKind(EntryKind kind);
    static EntryKind fromStoredKind(hattama::EntryKind kind);

private:
    TimelineRepository &m_timeline;
    QString m_hearingId;
    QString m_lastError;
};

} // namespace hattama::ui
