#pragma once

#include "hearing/HearingModel.h"
#include "util/Result.h"

namespace hattama {

// Where a hearing's timeline entries are kept: the database (storage's TimelineRepository)
// in the application, a map in UI tests. Each call is one committed change, durable when it
// returns. Deletes are soft: restore() brings back the same entry with the same id.
class EntryStore {
public:
    virtual ~EntryStore() = default;

    // Stores a new entry; the returned one carries its id.
    virtual Result<TimelineEntry> add(const TimelineEntry &entry) = 0;
    // Writes time, kind, event id, text and speaker of an existing entry as given.
    virtual Result<TimelineEntry> update(const TimelineEntry &entry) = 0;
    virtual Result<TimelineEntry> remove(qint64 entryId) = 0;
    virtual Result<TimelineEntry> restore(qint64 entryId) = 0;
    virtual Result<TimelineEntry> get(qint64 entryId) const = 0;
};

} // namespace hattama
