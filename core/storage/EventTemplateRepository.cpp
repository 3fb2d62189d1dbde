#include "storage/EventTemplateRepository.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "util/Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace hattama {

namespace {
QString details(const EventTemplate &entry)
{
    return QString::fromUtf8(QJsonDocument(
        QJsonObject { { QStringLiteral("category"), categoryId(entry.category) },
            { QStringLiteral("language"), entry.language }, { QStringLiteral("slot"), entry.slot },
            { QStringLiteral("hotkey"), entry.hotkey }, { QStringLiteral("kind"), entryKindId(entry.kind) },
            { QStringLiteral("text"),
                entry.text } }).toJson(QJsonDocument::Compact));
}
} // namespace

Status EventTemplateRepository::seedDefaultsOnce()
{
    auto seeded = m_db.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'templates_seeded'"));
    if (!seeded)
        return seeded.error();
    if (seeded->next())
        return {};
    seeded->finish();
    auto defaults = EventTemplate::shippedDefaults();
    if (!defaults) {
        qCWarning(lcStorage) << "no default event templates seeded:" << defaults.error().message;
        return {};
    }
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    for (const EventTemplate &entry : *defaults) {
        auto insert
            = m_db.exec(QStringLiteral("INSERT INTO event_templates (category, language, slot, hotkey, kind, text) "
                                       "VALUES (?, ?, ?, ?, ?, ?)"),
                { categoryId(entry.category), entry.language, entry.slot, entry.hotkey, entryKindId(entry.kind),
                    entry.text });
        if (!insert)
            return insert.error();
    }
    auto mark = m_db.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('templates_seeded', ?)"),
        { Database::timeToDb(QDateTime::currentDateTimeUtc()) });
    if (!mark)
        return mark.error();
    return tx.commit();
}

Result<QList<EventTemplate>> EventTemplateRepository::list(CaseCategory category, const QString &language) const
{
    auto rows
        = m_db.exec(QStringLiteral("SELECT id, slot, hotkey, kind, text FROM event_templates WHERE category = ? AND "
                                   "language = ? ORDER BY slot"),
            { categoryId(category), language });
    if (!rows)
        return rows.error();
    QList<EventTemplate> result;
    while (rows->next()) {
        EventTemplate entry;
        entry.id = rows->value(0).toLongLong();
        entry.category = category;
        entry.language = language;
        entry.slot = rows->value(1).toInt();
        entry.hotkey = rows->value(2).toString();
        entry.kind = entryKindFromId(rows->value(3).toString()).value_or(EntryKind::ProceduralEvent);
        entry.text = rows->value(4).toString();
        result << entry;
    }
    return result;
}

Result<EventTemplate> EventTemplateRepository::save(const EventTemplate &entry)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto removed
        = m_db.exec(QStringLiteral("DELETE FROM event_templates WHERE category = ? AND language = ? AND slot = ?"),
            { categoryId(entry.category), entry.language, entry.slot });
    if (!removed)
        return removed.error();
    auto insert = m_db.exec(QStringLiteral("INSERT INTO event_templates (category, language, slot, hotkey, kind, text) "
                                           "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        { categoryId(entry.category), entry.language, entry.slot, entry.hotkey, entryKindId(entry.kind), entry.text });
    if (!insert)
        return insert.error();
    EventTemplate stored = entry;
    insert->next();
    stored.id = insert->value(0).toLongLong();
    insert->finish();
    if (Status status = AuditLog(m_db).append(
            QStringLiteral("template.save"), QStringLiteral("template:%1").arg(stored.id), details(stored));
        !status)
        return status.error();
    if (Status status = tx.commit(); !status)
        return status.error();
    return stored;
}

Status EventTemplateRepository::remove(CaseCategory category, const QString &language, int slot)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto removed
        = m_db.exec(QStringLiteral("DELETE FROM event_templates WHERE category = ? AND language = ? AND slot = ?"),
            { categoryId(category), language, slot });
    if (!removed)
        return removed.error();
    if (Status status = AuditLog(m_db).append(QStringLiteral("template.delete"),
            QStringLiteral("template:%1/%2/%3").arg(categoryId(category), language).arg(slot), {});
        !status)
        return status;
    return tx.commit();
}

Status EventTemplateRepository::resetToDefaults(CaseCategory category, const QString &language)
{
    auto defaults = EventTemplate::shippedDefaults();
    if (!defaults)
        return defaults.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto removed = m_db.exec(QStringLiteral("DELETE FROM event_templates WHERE category = ? AND language = ?"),
        { categoryId(category), language });
    if (!removed)
        return removed.error();
    for (const EventTemplate &entry : *defaults) {
        if (entry.category != category || entry.language != language)
            continue;
        auto insert
            = m_db.exec(QStringLiteral("INSERT INTO event_templates (category, language, slot, hotkey, kind, text) "
                                       "VALUES (?, ?, ?, ?, ?, ?)"),
                { categoryId(entry.category), entry.language, entry.slot, entry.hotkey, entryKindId(entry.kind),
                    entry.text });
        if (!insert)
            return insert.error();
    }
    if (Status status = AuditLog(m_db).append(QStringLiteral("template.reset"),
            QStringLiteral("templates:%1/%2").arg(categoryId(category), language), {});
        !status)
        return status;
    return tx.commit();
}

} // namespace hattama
