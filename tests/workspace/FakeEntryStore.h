#pragma once

// A stand-in for the hearing's TimelineRepository: keeps entries in maps (deletes are soft, as
// in the database: a restored entry keeps its id) and can be told to refuse.

#include "hearing/EntryStore.h"

#include <QMap>

class FakeEntryStore : public hattama::EntryStore {
public:
    hattama::Result<hattama::TimelineEntry> add(const hattama::TimelineEntry &entry) override
    {
        if (refuse)
            return refused();
        hattama::TimelineEntry stored = entry;
        stored.id = ++m_nextId;
        stored.deleted = false;
        rows.insert(stored.id, stored);
        ++adds;
        return stored;
    }
    hattama::Result<hattama::TimelineEntry> update(const hattama::TimelineEntry &entry) override
    {
        if (refuse || !rows.contains(entry.id))
            return refused();
        rows[entry.id] = entry;
        ++updates;
        return entry;
    }
    hattama::Result<hattama::TimelineEntry> remove(qint64 entryId) override
    {
        if (refuse || !rows.contains(entryId))
            return refused();
        ++removes;
        hattama::TimelineEntry entry = rows.take(entryId);
        entry.deleted = true;
        removed.insert(entryId, entry);
        return entry;
    }
    hattama::Result<hattama::TimelineEntry> restore(qint64 entryId) override
    {
        if (refuse || !removed.contains(entryId))
            return refused();
        hattama::TimelineEntry entry = removed.take(entryId);
        entry.deleted = false;
        rows.insert(entryId, entry);
        return entry;
    }
    hattama::Result<hattama::TimelineEntry> get(qint64 entryId) const override
    {
        if (rows.contains(entryId))
            return rows.value(entryId);
        if (removed.contains(entryId))
            return removed.value(entryId);
        return refused();
    }

    QMap<qint64, hattama::TimelineEntry> rows; // the entries not deleted
    QMap<qint64, hattama::TimelineEntry> removed;
    bool refuse = false;
    int adds = 0;
    int updates = 0;
    int removes = 0;

private:
    static hattama::Error refused() { return hattama::failure(QStringLiteral("the fake store refuses")); }
    qint64 m_nextId = 100;
};
