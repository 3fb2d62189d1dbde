#include "storage/TimelineRepository.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/FullTextQuery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace hattama {

namespace {
const QString kColumns = QStringLiteral("id, hearing_id, hearing_time_ms, wall_time, kind, text, speaker_id, author, "
                                        "created_at, edited_at, deleted, version, event_id");

TimelineEntry entryFromRow(const QSqlQuery &row)
{
    TimelineEntry entry;
    entry.id = row.value(0).toLongLong();
    entry.hearingId = row.value(1).toString();
    entry.hearingTimeMs = row.value(2).toLongLong();
    entry.wallTime = Database::timeFromDb(row.value(3));
    entry.kind = entryKindFromId(row.value(4).toString()).value_or(EntryKind::Note);
    entry.text = row.value(5).toString();
    entry.speakerParticipantId = row.value(6).isNull() ? 0 : row.value(6).toLongLong();
    entry.author = row.value(7).toString();
    entry.createdAt = Database::timeFromDb(row.value(8));
    entry.editedAt = Database::timeFromDb(row.value(9));
    entry.deleted = row.value(10).toInt() != 0;
    entry.version = row.value(11).toInt();
    entry.eventId = row.value(12).toString();
    return entry;
}

QVariant speakerValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString details(const TimelineEntry &entry)
{
    QJsonObject object { { QStringLiteral("hearing"), entry.hearingId }, { QStringLiteral("version"), entry.version },
        { QStringLiteral("time_ms"), entry.hearingTimeMs }, { QStringLiteral("kind"), entryKindId(entry.kind) },
        { QStringLiteral("text"), entry.text } };
    if (entry.speakerParticipantId > 0)
        object.insert(QStringLiteral("speaker"), entry.speakerParticipantId);
    if (!entry.eventId.isEmpty())
        object.insert(QStringLiteral("event"), entry.eventId);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

Result<TimelineEntry> TimelineRepository::get(qint64 entryId) const
{
    auto row = m_db.exec(QStringLiteral("SELECT %1 FROM timeline_entries WHERE id = ?").arg(kColumns), { entryId });
    if (!row)
        return row.error();
    if (!row->next())
        return Error::of(ErrorCode::TimelineEntryNotFound, { QString::number(entryId) });
    return entryFromRow(*row);
}

Result<QList<TimelineEntry>> TimelineRepository::list(const QString &hearingId, bool includeDeleted) const
{
    auto rows = m_db.exec(
        QStringLiteral("SELECT %1 FROM timeline_entries WHERE hearing_id = ?%2 ORDER BY hearing_time_ms, id")
            .arg(kColumns, includeDeleted ? QString() : QStringLiteral(" AND deleted = 0")),
        { hearingId });
    if (!rows)
        return rows.error();
    QList<TimelineEntry> entries;
    while (rows->next())
        entries << entryFromRow(*rows);
    return entries;
}

Result<QList<EntryVersion>> TimelineRepository::history(qint64 entryId) const
{
    auto rows = m_db.exec(
        QStringLiteral("SELECT entry_id, version, hearing_time_ms, kind, text, speaker_id, deleted, "
                       "changed_by, changed_at, event_id FROM entry_versions WHERE entry_id = ? ORDER BY version"),
        { entryId });
    if (!rows)
        return rows.error();
    QList<EntryVersion> versions;
    while (rows->next()) {
        EntryVersion version;
        version.entryId = rows->value(0).toLongLong();
        version.version = rows->value(1).toInt();
        version.hearingTimeMs = rows->value(2).toLongLong();
        version.kind = entryKindFromId(rows->value(3).toString()).value_or(EntryKind::Note);
        version.text = rows->value(4).toString();
        version.speakerParticipantId = rows->value(5).isNull() ? 0 : rows->value(5).toLongLong();
        version.deleted = rows->value(6).toInt() != 0;
        version.changedBy = rows->value(7).toString();
        version.changedAt = Database::timeFromDb(rows->value(8));
        version.eventId = rows->value(9).toString();
        versions << version;
    }
    return versions;
}

Status TimelineRepository::recordVersion(const TimelineEntry &entry)
{
    auto insert = m_db.exec(
        QStringLiteral("INSERT INTO entry_versions (entry_id, version, hearing_time_ms, kind, text, "
                       "speaker_id, deleted, changed_by, changed_at, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { entry.id, entry.version, entry.hearingTimeMs, entryKindId(entry.kind), entry.text,
            speakerValue(entry.speakerParticipantId), entry.deleted ? 1 : 0, m_db.user(),
            Database::timeToDb(entry.editedAt.isValid() ? entry.editedAt : entry.createdAt), entry.eventId });
    return insert ? Status {} : Status { insert.error() };
}

Status TimelineRepository::reindex(const TimelineEntry &entry)
{
    if (!m_db.hasFullTextIndex())
        return {};
    auto removed = m_db.exec(QStringLiteral("DELETE FROM entry_fts WHERE rowid = ?"), { entry.id });
    if (!removed)
        return removed.error();
    if (entry.deleted)
        return {};
    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO entry_fts (rowid, text) VALUES (?, ?)"), { entry.id, entry.text.toCaseFolded() });
    return inserted ? Status {} : Status { inserted.error() };
}

Result<TimelineEntry> TimelineRepository::add(const TimelineEntry &entry)
{
    TimelineEntry stored = entry;
    stored.createdAt = QDateTime::currentDateTimeUtc();
    stored.editedAt = {};
    if (!stored.wallTime.isValid())
        stored.wallTime = stored.createdAt;
    if (stored.author.isEmpty())
        stored.author = m_db.user();
    stored.version = 1;
    stored.deleted = false;

    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto insert = m_db.exec(
        QStringLiteral(
            "INSERT INTO timeline_entries (hearing_id, hearing_time_ms, wall_time, kind, text, text_folded, "
            "speaker_id, author, created_at, deleted, version, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1, ?) "
            "RETURNING id"),
        { stored.hearingId, stored.hearingTimeMs, Database::timeToDb(stored.wallTime), entryKindId(stored.kind),
            stored.text, stored.text.toCaseFolded(), speakerValue(stored.speakerParticipantId), stored.author,
            Database::timeToDb(stored.createdAt), stored.eventId });
    if (!insert)
        return Error { insert.error().code, insert.error().message,
            QStringLiteral("check that hearing %1 exists and the speaker is one of its participants")
                .arg(stored.hearingId) };
    if (!insert->next())
        return failure(QStringLiteral("the database returned no id for the new timeline entry"));
    stored.id = insert->value(0).toLongLong();
    insert->finish();
    if (Status status = recordVersion(stored); !status)
        return status.error();
    if (Status status = reindex(stored); !status)
        return status.error();
    if (Status status = AuditLog(m_db).append(
            QStringLiteral("entry.create"), QStringLiteral("entry:%1").arg(stored.id), details(stored));
        !status)
        return status.error();
    if (Status status = tx.commit(); !status)
        return status.error();
    return stored;
}

Result<TimelineEntry> TimelineRepository::write(const TimelineEntry &changed, const QString &action)
{
    TimelineEntry stored = changed;
    stored.editedAt = QDateTime::currentDateTimeUtc();
    stored.version = changed.version + 1;
    auto update = m_db.exec(
        QStringLiteral("UPDATE timeline_entries SET hearing_time_ms = ?, kind = ?, event_id = ?, text = ?, "
                       "text_folded = ?, speaker_id = ?, edited_at = ?, deleted = ?, version = ? WHERE id = ?"),
        { stored.hearingTimeMs, entryKindId(stored.kind), stored.eventId, stored.text, stored.text.toCaseFolded(),
            speakerValue(stored.speakerParticipantId), Database::timeToDb(stored.editedAt), stored.deleted ? 1 : 0,
            stored.version, stored.id });
    if (!update)
        return update.error();
    if (Status status = recordVersion(stored); !status)
        return status.error();
    if (Status status = reindex(stored); !status)
        return status.error();
    if (Status status = AuditLog(m_db).append(action, QStringLiteral("entry:%1").arg(stored.id), details(stored));
        !status)
        return status.error();
    return stored;
}

Result<TimelineEntry> TimelineRepository::update(const TimelineEntry &entry)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto current = get(entry.id);
    if (!current)
        return current.error();
    TimelineEntry changed = *current;
    changed.hearingTimeMs = entry.hearingTimeMs;
    changed.kind = entry.kind;
    changed.eventId = entry.eventId;
    changed.text = entry.text;
    changed.speakerParticipantId = entry.speakerParticipantId;
    auto stored = write(changed, QStringLiteral("entry.edit"));
    if (!stored)
        return stored;
    if (Status status = tx.commit(); !status)
        return status.error();
    return stored;
}

Result<TimelineEntry> TimelineRepository::editText(qint64 entryId, const QString &text)
{
    auto current = get(entryId);
    if (!current)
        return current.error();
    TimelineEntry changed = *current;
    changed.text = text;
    return update(changed);
}

Result<TimelineEntry> TimelineRepository::remove(qint64 entryId)
{
    return setDeleted(entryId, true, QStringLiteral("entry.delete"));
}

Result<TimelineEntry> TimelineRepository::restore(qint64 entryId)
{
    return setDeleted(entryId, false, QStringLiteral("entry.restore"));
}

Result<TimelineEntry> TimelineRepository::setDeleted(qint64 entryId, bool deleted, const QString &auditAction)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto current = get(entryId);
    if (!current)
        return current.error();
    if (current->deleted == deleted) {
        if (Status status = tx.commit(); !status)
            return status.error();
        return *current;
    }
    TimelineEntry changed = *current;
    changed.deleted = deleted;
    auto stored = write(changed, auditAction);
    if (!stored)
        return stored;
    if (Status status = tx.commit(); !status)
        return status.error();
    return stored;
}

Result<QList<EntrySearchHit>> TimelineRepository::search(const QString &text, const QString &hearingId, int limit) const
{
    const FullTextQuery match = FullTextQuery::forEntries(m_db, text);
    QString sql = QStringLiteral("SELECT e.hearing_id, c.number, e.id, e.hearing_time_ms, e.kind, e.text "
                                 "FROM timeline_entries e JOIN hearings h ON h.id = e.hearing_id "
                                 "JOIN cases c ON c.id = h.case_id WHERE e.deleted = 0 AND e.id IN (%1)")
                      .arg(match.entryIdsSql);
    QVariantList binds = match.binds;
    if (!hearingId.isEmpty()) {
        sql += QStringLiteral(" AND e.hearing_id = ?");
        binds << hearingId;
    }
    sql += QStringLiteral(" ORDER BY h.scheduled_date DESC, e.hearing_id, e.hearing_time_ms, e.id LIMIT %1").arg(limit);
    auto rows = m_db.exec(sql, binds);
    if (!rows)
        return rows.error();
    QList<EntrySearchHit> hits;
    while (rows->next()) {
        EntrySearchHit hit;
        hit.hearingId = rows->value(0).toString();
        hit.caseNumber = rows->value(1).toString();
        hit.entryId = rows->value(2).toLongLong();
        hit.hearingTimeMs = rows->value(3).toLongLong();
        hit.kind = entryKindFromId(rows->value(4).toString()).value_or(EntryKind::Note);
        hit.text = rows->value(5).toString();
        hits << hit;
    }
    return hits;
}

} // namespace hattama
