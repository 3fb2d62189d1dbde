#pragma once

#include "hearing/EventTemplate.h"
#include "util/Result.h"

namespace hattama {

class Database;

// Event templates stored in the database (editable), seeded once from the shipped defaults.
class EventTemplateRepository {
public:
    explicit EventTemplateRepository(Database &db)
        : m_db(db)
    {
    }

    // Seeds the shipped defaults the first time (meta key "templates_seeded"); later edits and
    // deletions are kept. Without the resource (a program not linking hattama_resources) it
    // logs a warning and seeds nothing.
    Status seedDefaultsOnce();

    Result<QList<EventTemplate>> list(CaseCategory category, const QString &language) const;
    // Inserts or replaces the template at (category, language, slot). Audited.
    Result<EventTemplate> save(const EventTemplate &entry);
    Status remove(CaseCategory category, const QString &language, int slot);
    // Replaces the templates of (category, language) with the shipped defaults.
    Status resetToDefaults(CaseCategory category, const QString &language);

private:
    Database &m_db;
};

} // namespace hattama
