#include "storage/HearingRepository.h"

#include "hearing/HearingId.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/FullTextQuery.h"
#include "storage/TimelineRepository.h"

#include <algorithm>

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace hattama {

namespace {
QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(Database::timeToDb(time)) : QVariant(QMetaType(QMetaType::QString));
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Participant participantFromRow(const QSqlQuery &row)
{
    Participant participant;
    participant.id = row.value(0).toLongLong();
    participant.key = row.value(1).toString();
    participant.position = row.value(2).toInt();
    participant.fullName = row.value(3).toString();
    participant.role = roleFromId(row.value(4).toString()).value_or(Role::Other);
    participant.present = row.value(5).toInt() != 0;
    participant.note = row.value(6).toString();
    return participant;
}
} // namespace

Result<qint64> HearingRepository::upsertCourt(const Court &court)
{
    auto found = m_db.exec(
        QStringLiteral("SELECT id FROM courts WHERE name_ru = ? AND city = ?"), { court.nameRu, court.city });
    if (!found)
        return found.error();
    if (found->next()) {
        const qint64 id = found->value(0).toLongLong();
        found->finish();
        auto update = m_db.exec(QStringLiteral("UPDATE courts SET name_kk = ? WHERE id = ?"), { court.nameKk, id });
        if (!update)
            return update.error();
        return id;
    }
    auto insert = m_db.exec(QStringLiteral("INSERT INTO courts (name_ru, name_kk, city) VALUES (?, ?, ?) RETURNING id"),
        { court.nameRu, court.nameKk, court.city });
    if (!insert)
        return insert.error();
    insert->next();
    return insert->value(0).toLongLong();
}

Result<qint64> HearingRepository::upsertCourtroom(qint64 courtId, const QString &name)
{
    auto found
        = m_db.exec(QStringLiteral("SELECT id FROM courtrooms WHERE court_id = ? AND name = ?"), { courtId, name });
    if (!found)
        return found.error();
    if (found->next())
        return found->value(0).toLongLong();
    auto insert = m_db.exec(
        QStringLiteral("INSERT INTO courtrooms (court_id, name) VALUES (?, ?) RETURNING id"), { courtId, name });
    if (!insert)
        return insert.error();
    insert->next();
    return insert->value(0).toLongLong();
}

Result<qint64> HearingRepository::upsertCase(qint64 courtId, const CaseInfo &caseInfo)
{
    auto found = m_db.exec(QStringLiteral("SELECT id FROM cases WHERE number = ?"), { caseInfo.number });
    if (!found)
        return found.error();
    if (found->next()) {
        const qint64 id = found->value(0).toLongLong();
        found->finish();
        auto update = m_db.exec(
            QStringLiteral("UPDATE cases SET court_id = ?, category = ?, subject = ?, judge = ? WHERE id = ?"),
            { courtId, categoryId(caseInfo.category), caseInfo.subject, caseInfo.judge, id });
        if (!update)
            return update.error();
        return id;
    }
    auto insert = m_db.exec(
        QStringLiteral(
            "INSERT INTO cases (court_id, number, category, subject, judge) VALUES (?, ?, ?, ?, ?) RETURNING id"),
        { courtId, caseInfo.number, categoryId(caseInfo.category), caseInfo.subject, caseInfo.judge });
    if (!insert)
        return insert.error();
    insert->next();
    return insert->value(0).toLongLong();
}

Result<std::optional<QString>> HearingRepository::findId(const QString &caseNumber, QDate scheduledDate) const
{
    auto found = m_db.exec(QStringLiteral("SELECT h.id FROM hearings h JOIN cases c ON c.id = h.case_id "
                                          "WHERE c.number = ? AND h.scheduled_date = ?"),
        { caseNumber, scheduledDate.toString(Qt::ISODate) });
    if (!found)
        return found.error();
    if (found->next())
        return std::optional<QString>(found->value(0).toString());
    return std::optional<QString>();
}

Result<SaveResult> HearingRepository::save(const HearingRecord &record)
{
    const Hearing &hearing = record.hearing;
    if (!hearing.scheduledStart.isValid())
        return Error::of(ErrorCode::HearingNoStart);
    if (hearing.caseInfo.number.trimmed().isEmpty())
        return Error::of(ErrorCode::HearingNoCaseNumber);
    const QDate scheduledDate = hearing.scheduledStart.date();

    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto courtId = upsertCourt(hearing.court);
    if (!courtId)
        return courtId.error();
    qint64 courtroomId = 0;
    if (!hearing.courtroom.isEmpty()) {
        auto room = upsertCourtroom(*courtId, hearing.courtroom);
        if (!room)
            return room.error();
        courtroomId = *room;
    }
    auto caseId = upsertCase(*courtId, hearing.caseInfo);
    if (!caseId)
        return caseId.error();
    auto existing = findId(hearing.caseInfo.number, scheduledDate);
    if (!existing)
        return existing.error();

    SaveResult result;
    const QString now = Database::timeToDb(QDateTime::currentDateTimeUtc());
    if (existing->has_value()) {
        result.hearingId = **existing;
        auto update
            = m_db.exec(QStringLiteral("UPDATE hearings SET courtroom_id = ?, scheduled_start = ?, closed_session = ?, "
                                       "language = ?, updated_at = ? WHERE id = ?"),
                { nullableId(courtroomId), Database::timeToDb(hearing.scheduledStart), hearing.closedSession ? 1 : 0,
                    hearing.language, now, result.hearingId });
        if (!update)
            return update.error();
    } else {
        result.created = true;
        result.hearingId = hearing.id;
        if (result.hearingId.isEmpty()) {
            result.hearingId = HearingId::make(hearing.caseInfo.number, scheduledDate);
        } else if (!HearingId::isValid(result.hearingId)) {
            return Error::of(ErrorCode::HearingIdUnusable, { result.hearingId });
        } else {
            auto clash = m_db.exec(QStringLiteral("SELECT 1 FROM hearings WHERE id = ?"), { result.hearingId });
            if (!clash)
                return clash.error();
            if (clash->next())
                return Error::of(ErrorCode::HearingIdTaken, { result.hearingId });
        }
        auto insert = m_db.exec(
            QStringLiteral(
                "INSERT INTO hearings (id, case_id, courtroom_id, scheduled_start, scheduled_date, actual_start, "
                "actual_end, closed_session, language, status, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { result.hearingId, *caseId, nullableId(courtroomId), Database::timeToDb(hearing.scheduledStart),
                scheduledDate.toString(Qt::ISODate), nullableTime(hearing.actualStart), nullableTime(hearing.actualEnd),
                hearing.closedSession ? 1 : 0, hearing.language, statusId(hearing.status), now, now });
        if (!insert)
            return insert.error();
    }

    // Participants by key; the map turns record ids into stored ids.
    QHash<qint64, qint64> idMap;
    int position = 0;
    for (const Participant &participant : record.participants) {
        ++position;
        const QString key = participant.key.isEmpty() ? QStringLiteral("p%1").arg(position) : participant.key;
        auto found = m_db.exec(QStringLiteral("SELECT id FROM participants WHERE hearing_id = ? AND ext_key = ?"),
            { result.hearingId, key });
        if (!found)
            return found.error();
        qint64 storedId = 0;
        if (found->next()) {
            storedId = found->value(0).toLongLong();
            found->finish();
            auto update = m_db.exec(
                QStringLiteral("UPDATE participants SET position = ?, full_name = ?, name_folded = ?, role = ?, "
                               "present = ?, note = ? WHERE id = ?"),
                { position, participant.fullName, participant.fullName.toCaseFolded(), roleId(participant.role),
                    participant.present ? 1 : 0, participant.note, storedId });
            if (!update)
                return update.error();
        } else {
            auto insert = m_db.exec(
                QStringLiteral("INSERT INTO participants (hearing_id, ext_key, position, full_name, name_folded, "
                               "role, present, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                { result.hearingId, key, position, participant.fullName, participant.fullName.toCaseFolded(),
                    roleId(participant.role), participant.present ? 1 : 0, participant.note });
            if (!insert)
                return insert.error();
            insert->next();
            storedId = insert->value(0).toLongLong();
        }
        if (participant.id != 0)
            idMap.insert(participant.id, storedId);
    }

    QList<AudioChannel> channels = record.audioChannels;
    for (AudioChannel &channel : channels)
        channel.participantId = idMap.value(channel.participantId, 0);
    if (Status status = writeChannelMap(result.hearingId, channels, record.cameras); !status)
        return status.error();

    TimelineRepository timeline(m_db);
    auto present = timeline.list(result.hearingId, true);
    if (!present)
        return present.error();
    for (const TimelineEntry &entry : record.entries) {
        const bool known = std::any_of(present->cbegin(), present->cend(), [&](const TimelineEntry &other) {
            return other.hearingTimeMs == entry.hearingTimeMs && other.kind == entry.kind && other.text == entry.text;
        });
        if (known)
            continue;
        TimelineEntry copy = entry;
        copy.hearingId = result.hearingId;
        copy.speakerParticipantId = idMap.value(entry.speakerParticipantId, 0);
        auto added = timeline.add(copy);
        if (!added)
            return added.error();
        ++result.entriesAdded;
    }

    const QJsonObject details { { QStringLiteral("case"), hearing.caseInfo.number },
        { QStringLiteral("scheduled"), Database::timeToDb(hearing.scheduledStart) },
        { QStringLiteral("participants"), static_cast<int>(record.participants.size()) },
        { QStringLiteral("entries_added"), result.entriesAdded } };
    if (Status status
        = AuditLog(m_db).append(result.created ? QStringLiteral("hearing.create") : QStringLiteral("hearing.update"),
            QStringLiteral("hearing:%1").arg(result.hearingId), json(details));
        !status)
        return status.error();
    if (Status status = tx.commit(); !status)
        return status.error();
    return result;
}

Status HearingRepository::writeChannelMap(
    const QString &hearingId, const QList<AudioChannel> &channels, const QList<CameraView> &cameras)
{
    for (const char *table : { "audio_channels", "cameras" }) {
        auto removed
            = m_db.exec(QStringLiteral("DELETE FROM %1 WHERE hearing_id = ?").arg(QLatin1String(table)), { hearingId });
        if (!removed)
            return removed.error();
    }
    for (const AudioChannel &channel : channels) {
        auto insert = m_db.exec(
            QStringLiteral(
                "INSERT INTO audio_channels (hearing_id, channel, participant_id, label, camera) VALUES (?, ?, ?, ?, ?)"),
            { hearingId, channel.channel, nullableId(channel.participantId), channel.label,
                std::max(0, channel.camera) });
        if (!insert)
            return insert.error();
    }
    for (const CameraView &camera : cameras) {
        auto insert = m_db.exec(QStringLiteral("INSERT INTO cameras (hearing_id, camera, view_name) VALUES (?, ?, ?)"),
            { hearingId, camera.camera, camera.viewName });
        if (!insert)
            return insert.error();
    }
    return {};
}

Status HearingRepository::setChannelMap(
    const QString &hearingId, const QList<AudioChannel> &channels, const QList<CameraView> &cameras)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    if (Status status = writeChannelMap(hearingId, channels, cameras); !status)
        return status;
    if (Status status
        = AuditLog(m_db).append(QStringLiteral("hearing.channels"), QStringLiteral("hearing:%1").arg(hearingId),
            json({ { QStringLiteral("audio"), static_cast<int>(channels.size()) },
                { QStringLiteral("cameras"), static_cast<int>(cameras.size()) } }));
        !status)
        return status;
    return tx.commit();
}

Result<Participant> HearingRepository::addParticipant(const QString &hearingId, const Participant &participant)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto next = m_db.exec(
        QStringLiteral("SELECT COALESCE(MAX(position), 0) + 1 FROM participants WHERE hearing_id = ?"), { hearingId });
    if (!next)
        return next.error();
    next->next();
    Participant stored = participant;
    stored.position = next->value(0).toInt();
    next->finish();
    if (stored.key.isEmpty())
        stored.key = QStringLiteral("p%1").arg(stored.position);
    auto insert = m_db.exec(
        QStringLiteral("INSERT INTO participants (hearing_id, ext_key, position, full_name, name_folded, role, "
                       "present, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        { hearingId, stored.key, stored.position, stored.fullName, stored.fullName.toCaseFolded(), roleId(stored.role),
            stored.present ? 1 : 0, stored.note });
    if (!insert)
        return insert.error();
    insert->next();
    stored.id = insert->value(0).toLongLong();
    insert->finish();
    if (Status status
        = AuditLog(m_db).append(QStringLiteral("participant.add"), QStringLiteral("hearing:%1").arg(hearingId),
            json({ { QStringLiteral("participant"), stored.id }, { QStringLiteral("name"), stored.fullName },
                { QStringLiteral("role"), roleId(stored.role) } }));
        !status)
        return status.error();
    if (Status status = tx.commit(); !status)
        return status.error();
    return stored;
}

Status HearingRepository::updateParticipant(const QString &hearingId, const Participant &participant)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto update = m_db.exec(
        QStringLiteral("UPDATE participants SET full_name = ?, name_folded = ?, role = ?, present = ?, note = ? "
                       "WHERE id = ? AND hearing_id = ?"),
        { participant.fullName, participant.fullName.toCaseFolded(), roleId(participant.role),
            participant.present ? 1 : 0, participant.note, participant.id, hearingId });
    if (!update)
        return update.error();
    if (update->numRowsAffected() != 1)
        return Error::of(ErrorCode::ParticipantNotFound, { hearingId, QString::number(participant.id) });
    if (Status status
        = AuditLog(m_db).append(QStringLiteral("participant.edit"), QStringLiteral("hearing:%1").arg(hearingId),
            json({ { QStringLiteral("participant"), participant.id }, { QStringLiteral("name"), participant.fullName },
                { QStringLiteral("role"), roleId(participant.role) },
                { QStringLiteral("present"), participant.present } }));
        !status)
        return status;
    return tx.commit();
}

Result<HearingRecord> HearingRepository::load(const QString &hearingId) const
{
    auto row = m_db.exec(
        QStringLiteral(
            "SELECT h.id, ct.id, ct.name_ru, ct.name_kk, ct.city, r.name, c.id, c.number, c.category, c.subject, "
            "c.judge, h.scheduled_start, h.actual_start, h.actual_end, h.closed_session, h.language, h.status "
            "FROM hearings h JOIN cases c ON c.id = h.case_id JOIN courts ct ON ct.id = c.court_id "
            "LEFT JOIN courtrooms r ON r.id = h.courtroom_id WHERE h.id = ?"),
        { hearingId });
    if (!row)
        return row.error();
    if (!row->next())
        return Error::of(ErrorCode::HearingNotFound, { hearingId, m_db.location().locator() });
    HearingRecord record;
    Hearing &hearing = record.hearing;
    hearing.id = row->value(0).toString();
    hearing.court = Court { row->value(1).toLongLong(), row->value(2).toString(), row->value(3).toString(),
        row->value(4).toString() };
    hearing.courtroom = row->value(5).toString();
    hearing.caseInfo.id = row->value(6).toLongLong();
    hearing.caseInfo.number = row->value(7).toString();
    hearing.caseInfo.category = categoryFromId(row->value(8).toString()).value_or(CaseCategory::Civil);
    hearing.caseInfo.subject = row->value(9).toString();
    hearing.caseInfo.judge = row->value(10).toString();
    hearing.scheduledStart = Database::timeFromDb(row->value(11));
    hearing.actualStart = Database::timeFromDb(row->value(12));
    hearing.actualEnd = Database::timeFromDb(row->value(13));
    hearing.closedSession = row->value(14).toInt() != 0;
    hearing.language = row->value(15).toString();
    hearing.status = statusFromId(row->value(16).toString()).value_or(HearingStatus::Scheduled);
    row->finish();

    auto people
        = m_db.exec(QStringLiteral("SELECT id, ext_key, position, full_name, role, present, note FROM participants "
                                   "WHERE hearing_id = ? ORDER BY position, id"),
            { hearingId });
    if (!people)
        return people.error();
    while (people->next())
        record.participants << participantFromRow(*people);
    auto channels = m_db.exec(
        QStringLiteral(
            "SELECT channel, participant_id, label, camera FROM audio_channels WHERE hearing_id = ? ORDER BY channel"),
        { hearingId });
    if (!channels)
        return channels.error();
    while (channels->next())
        record.audioChannels << AudioChannel { channels->value(0).toInt(),
            channels->value(1).isNull() ? 0 : channels->value(1).toLongLong(), channels->value(2).toString(),
            channels->value(3).toInt() };
    auto cameras = m_db.exec(
        QStringLiteral("SELECT camera, view_name FROM cameras WHERE hearing_id = ? ORDER BY camera"), { hearingId });
    if (!cameras)
        return cameras.error();
    while (cameras->next())
        record.cameras << CameraView { cameras->value(0).toInt(), cameras->value(1).toString() };
    auto entries = TimelineRepository(m_db).list(hearingId);
    if (!entries)
        return entries.error();
    record.entries = *entries;
    return record;
}

Result<QList<HearingSummary>> HearingRepository::list(const HearingFilter &filter) const
{
    QString sql = QStringLiteral(
        "SELECT h.id, h.scheduled_start, c.number, c.category, h.status, r.name, ct.name_ru, ct.name_kk "
        "FROM hearings h JOIN cases c ON c.id = h.case_id JOIN courts ct ON ct.id = c.court_id "
        "LEFT JOIN courtrooms r ON r.id = h.courtroom_id WHERE 1 = 1");
    QVariantList binds;
    if (filter.date.isValid()) {
        sql += QStringLiteral(" AND h.scheduled_date = ?");
        binds << filter.date.toString(Qt::ISODate);
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND h.scheduled_date >= ?");
        binds << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND h.scheduled_date <= ?");
        binds << filter.to.toString(Qt::ISODate);
    }
    if (!filter.caseNumber.isEmpty()) {
        sql += QStringLiteral(" AND c.number LIKE ? ESCAPE '\\'");
        binds << QLatin1Char('%') + FullTextQuery::escapeLike(filter.caseNumber) + QLatin1Char('%');
    }
    if (!filter.participant.isEmpty()) {
        const FullTextQuery names = FullTextQuery::forParticipantNames(filter.participant);
        sql += QStringLiteral(" AND h.id IN (SELECT hearing_id FROM participants WHERE %1)").arg(names.entryIdsSql);
        binds += names.binds;
    }
    if (!filter.text.trimmed().isEmpty()) {
        const FullTextQuery entries = FullTextQuery::forEntries(m_db, filter.text);
        const FullTextQuery names = FullTextQuery::forParticipantNames(filter.text);
        sql += QStringLiteral(" AND (h.id IN (SELECT hearing_id FROM timeline_entries WHERE id IN (%1))"
                              " OR h.id IN (SELECT hearing_id FROM participants WHERE %2)"
                              " OR c.number LIKE ? ESCAPE '\\')")
                   .arg(entries.entryIdsSql, names.entryIdsSql);
        binds += entries.binds;
        binds += names.binds;
        binds << QLatin1Char('%') + FullTextQuery::escapeLike(filter.text.trimmed()) + QLatin1Char('%');
    }
    sql += QStringLiteral(" ORDER BY h.scheduled_date, h.scheduled_start, h.id");
    auto rows = m_db.exec(sql, binds);
    if (!rows)
        return rows.error();
    QList<HearingSummary> result;
    while (rows->next()) {
        HearingSummary summary;
        summary.id = rows->value(0).toString();
        summary.scheduledStart = Database::timeFromDb(rows->value(1));
        summary.caseNumber = rows->value(2).toString();
        summary.category = categoryFromId(rows->value(3).toString()).value_or(CaseCategory::Civil);
        summary.status = statusFromId(rows->value(4).toString()).value_or(HearingStatus::Scheduled);
        summary.courtroom = rows->value(5).toString();
        summary.courtNameRu = rows->value(6).toString();
        summary.courtNameKk = rows->value(7).toString();
        result << summary;
    }
    return result;
}

Status HearingRepository::setStatus(const QString &hearingId, HearingStatus to, const QJsonObject &details)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto row = m_db.exec(QStringLiteral("SELECT status, actual_start FROM hearings WHERE id = ?"), { hearingId });
    if (!row)
        return row.error();
    if (!row->next())
        return Error::of(ErrorCode::HearingNotFound, { hearingId, m_db.location().locator() });
    const HearingStatus from = statusFromId(row->value(0).toString()).value_or(HearingStatus::Scheduled);
    const bool started = !row->value(1).isNull() && !row->value(1).toString().isEmpty();
    row->finish();
    if (!canTransition(from, to)) {
        QStringList allowed;
        for (HearingStatus next : nextStatuses(from))
            allowed << statusId(next);
        return allowed.isEmpty() ? Error::of(ErrorCode::StatusFinal, { hearingId, statusId(from), statusId(to) })
                                 : Error::of(ErrorCode::StatusTransitionRefused,
                                     { hearingId, statusId(from), statusId(to), allowed.join(QLatin1String(", ")) });
    }
    const QString now = Database::timeToDb(QDateTime::currentDateTimeUtc());
    QString sql = QStringLiteral("UPDATE hearings SET status = ?, updated_at = ?");
    QVariantList binds { statusId(to), now };
    if (to == HearingStatus::Live && !started) {
        sql += QStringLiteral(", actual_start = ?");
        binds << now;
    }
    if (to == HearingStatus::Ended) {
        sql += QStringLiteral(", actual_end = ?");
        binds << now;
    }
    sql += QStringLiteral(" WHERE id = ?");
    binds << hearingId;
    auto update = m_db.exec(sql, binds);
    if (!update)
        return update.error();
    QJsonObject audit = details;
    audit.insert(QStringLiteral("from"), statusId(from));
    audit.insert(QStringLiteral("to"), statusId(to));
    if (Status status = AuditLog(m_db).append(
            QStringLiteral("hearing.status"), QStringLiteral("hearing:%1").arg(hearingId), json(audit));
        !status)
        return status;
    return tx.commit();
}

} // namespace hattama
