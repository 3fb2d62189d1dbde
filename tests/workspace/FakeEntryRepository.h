#pragma once

// A stand-in for the storage repository: keeps entries in a map, can be told to refuse.

#include "workspace/WorkspaceModels.h"

#include <QMap>

class FakeEntryRepository : public hattama::ui::EntryRepository {
public:
    qint64 addEntry(const hattama::ui::TimelineEntry &entry) override
    {
        if (refuse)
            return 0;
        hattama::ui::TimelineEntry stored = entry;
        stored.id = ++m_nextId;
        rows.insert(stored.id, stored);
        ++adds;
        return stored.id;
    }
    bool updateEntry(const hattama::ui::TimelineEntry &entry) override
    {
        if (refuse || !rows.contains(entry.id))
            return false;
        rows[entry.id] = entry;
        ++updates;
        return true;
    }
    bool removeEntry(qint64 id) override
    {
        if (refuse)
            return false;
        ++removes;
        return rows.remove(id) == 1;
    }

    QMap<qint64, hattama::ui::TimelineEntry> rows;
    bool refuse = false;
    int adds = 0;
    int updates = 0;
    int removes = 0;

private:
    qint64 m_nextId = 100;
};
