#pragma once

#include "hearing/EntryStore.h"
#include "hearing/HearingModel.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace hattama {

class Database;

struct EntrySearchHit {
    QString hearingId;
    QString caseNumber;
    qint64 entryId = 0;
    qint64 hearingTimeMs = 0;
    EntryKind kind = EntryKind::Note;
    QString text;
};

// Timeline entries of hearings. Every change is one transaction with its entry_versions row
// and its audit row; called outside any open transaction it is committed (durable: SQLite
// synchronous=FULL) before the call returns. Deletes are soft: the entry stays with
// deleted = 1 and every earlier state stays in entry_versions.
class TimelineRepository : public EntryStore {
public:
    explicit TimelineRepository(Database &db)
        : m_db(db)
    {
    }

    // Adds entry (id, createdAt, version are assigned; author defaults to db.user(); an
    // invalid wallTime becomes now). Returns the stored entry.
    Result<TimelineEntry> add(const TimelineEntry &entry) override;
    Result<TimelineEntry> editText(qint64 entryId, const QString &text);
    // Changes time, kind, event id, text and speaker of an existing entry, as given.
    Result<TimelineEntry> update(const TimelineEntry &entry) override;
    Result<TimelineEntry> remove(qint64 entryId) override; // soft delete
    Result<TimelineEntry> restore(qint64 entryId) override; // undoes a soft delete

    Result<TimelineEntry> get(qint64 entryId) const override;
    // Entries of a hearing by hearing time (then id).
    Result<QList<TimelineEntry>> list(const QString &hearingId, bool includeDeleted = false) const;
    Result<QList<EntryVersion>> history(qint64 entryId) const;

    // Entries whose text holds every word of text as a word prefix, any case (Kazakh and
    // Russian letters included); hearingId empty: all hearings. Newest hearings first.
    Result<QList<EntrySearchHit>> search(const QString &text, const QString &hearingId = {}, int limit = 200) const;

private:
    // The soft delete and its undo: one audited, committed change of the deleted flag.
    Result<TimelineEntry> setDeleted(qint64 entryId, bool deleted, const QString &auditAction);
    Result<TimelineEntry> write(const TimelineEntry &changed, const QString &action);
    Status recordVersion(const TimelineEntry &entry);
    Status reindex(const TimelineEntry &entry);

    Database &m_db;
};

} // namespace hattama
