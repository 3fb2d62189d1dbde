#include "storage/RemarkRepository.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace hattama {

namespace {

const QString kColumns
    = QStringLiteral("id, hearing_id, number, protocol_version, filed_by, filer_role, filed_at, text,"
                     " time_codes, decision, decided_by, decided_at, reason, attached_version,"
                     " recorded_by");

QString timeCodesToDb(const QList<qint64> &timeCodesMs)
{
    QStringList parts;
    for (qint64 ms : timeCodesMs)
        parts << QString::number(ms);
    return parts.join(QLatin1Char(','));
}

QList<qint64> timeCodesFromDb(const QString &text)
{
    QList<qint64> list;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        list << part.toLongLong();
    return list;
}

Remark remarkFromRow(const QSqlQuery &row)
{
    Remark remark;
    remark.id = row.value(0).toLongLong();
    remark.hearingId = row.value(1).toString();
    remark.number = row.value(2).toInt();
    remark.protocolVersion = row.value(3).toInt();
    remark.filedBy = row.value(4).toString();
    remark.filerRole = row.value(5).toString();
    remark.filedAtUtc = Database::timeFromDb(row.value(6));
    remark.text = row.value(7).toString();
    remark.timeCodesMs = timeCodesFromDb(row.value(8).toString());
    remark.decision = remarkDecisionFromId(row.value(9).toString()).value_or(RemarkDecision::Pending);
    remark.decidedBy = row.value(10).toString();
    remark.decidedAtUtc = Database::timeFromDb(row.value(11));
    remark.reason = row.value(12).toString();
    remark.attachedVersion = row.value(13).toInt();
    remark.recordedBy = row.value(14).toString();
    return remark;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString objectOf(const QString &hearingId, int number)
{
    return QStringLiteral("remark:%1/%2").arg(hearingId).arg(number);
}

} // namespace

QString remarkDecisionId(RemarkDecision decision)
{
    switch (decision) {
    case RemarkDecision::Accepted:
        return QStringLiteral("accepted");
    case RemarkDecision::Rejected:
        return QStringLiteral("rejected");
    case RemarkDecision::Pending:
        break;
    }
    return QStringLiteral("pending");
}

std::optional<RemarkDecision> remarkDecisionFromId(const QString &id)
{
    for (RemarkDecision decision : { RemarkDecision::Pending, RemarkDecision::Accepted, RemarkDecision::Rejected }) {
        if (remarkDecisionId(decision) == id)
            return decision;
    }
    return std::nullopt;
}

Result<Remark> RemarkRepository::file(const Remark &given)
{
    if (given.filedBy.trimmed().isEmpty() || given.text.trimmed().isEmpty())
        return usageError(QStringLiteral("a remark needs the name of who filed it and its text"));
    Remark remark = given;
    remark.filedBy = remark.filedBy.trimmed();
    remark.filerRole = remark.filerRole.trimmed();
    remark.text = remark.text.trimmed();
    std::sort(remark.timeCodesMs.begin(), remark.timeCodesMs.end());
    remark.timeCodesMs.erase(
        std::unique(remark.timeCodesMs.begin(), remark.timeCodesMs.end()), remark.timeCodesMs.end());
    if (!remark.filedAtUtc.isValid())
        remark.filedAtUtc = QDateTime::currentDateTimeUtc();
    remark.filedAtUtc = remark.filedAtUtc.toUTC();
    remark.decision = RemarkDecision::Pending;
    remark.decidedBy.clear();
    remark.decidedAtUtc = {};
    remark.reason.clear();
    remark.attachedVersion = 0;
    remark.recordedBy = m_db.user();

    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto hearing = m_db.exec(QStringLiteral("SELECT id FROM hearings WHERE id = ?"), { remark.hearingId });
    if (!hearing)
        return hearing.error();
    if (!hearing->next())
        return Error::of(ErrorCode::HearingNotFound, { remark.hearingId, m_db.location().locator() });
    hearing->finish(); // SQLite commits only once no statement is still reading
    auto last = m_db.exec(QStringLiteral("SELECT COALESCE(MAX(number), 0) FROM protocol_remarks WHERE hearing_id = ?"),
        { remark.hearingId });
    if (!last)
        return last.error();
    remark.number = last->next() ? last->value(0).toInt() + 1 : 1;
    last->finish();
    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO protocol_remarks (hearing_id, number, protocol_version, filed_by, filer_role,"
                       " filed_at, text, time_codes, decision, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " RETURNING id"),
        { remark.hearingId, remark.number, remark.protocolVersion, remark.filedBy, remark.filerRole,
            Database::timeToDb(remark.filedAtUtc), remark.text, timeCodesToDb(remark.timeCodesMs),
            remarkDecisionId(remark.decision), remark.recordedBy });
    if (!inserted)
        return inserted.error();
    if (inserted->next())
        remark.id = inserted->value(0).toLongLong();
    inserted->finish();
    QJsonArray codes;
    for (qint64 ms : remark.timeCodesMs)
        codes.append(ms);
    const QJsonObject details { { QStringLiteral("hearing"), remark.hearingId },
        { QStringLiteral("number"), remark.number }, { QStringLiteral("version"), remark.protocolVersion },
        { QStringLiteral("by"), remark.filedBy }, { QStringLiteral("role"), remark.filerRole },
        { QStringLiteral("filed_at"), Database::timeToDb(remark.filedAtUtc) }, { QStringLiteral("text"), remark.text },
        { QStringLiteral("time_ms"), codes } };
    if (Status audited = AuditLog(m_db).append(
            QStringLiteral("remark.file"), objectOf(remark.hearingId, remark.number), compact(details));
        !audited)
        return audited.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return remark;
}

Result<Remark> RemarkRepository::decide(const QString &hearingId, int number, RemarkDecision decision,
    const QString &decidedBy, const QString &reason, const QDateTime &decidedAtUtc)
{
    if (decision == RemarkDecision::Pending)
        return usageError(QStringLiteral("a decision accepts or rejects the remark"));
    if (decidedBy.trimmed().isEmpty() || reason.trimmed().isEmpty())
        return usageError(QStringLiteral("a decision on a remark needs the judge's name and its reason"));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto current = get(hearingId, number);
    if (!current)
        return current.error();
    if (!current->pending())
        return Error::of(ErrorCode::RemarkAlreadyDecided, { QString::number(number) });
    Remark remark = *current;
    remark.decision = decision;
    remark.decidedBy = decidedBy.trimmed();
    remark.decidedAtUtc = (decidedAtUtc.isValid() ? decidedAtUtc : QDateTime::currentDateTimeUtc()).toUTC();
    remark.reason = reason.trimmed();
    auto updated = m_db.exec(QStringLiteral("UPDATE protocol_remarks SET decision = ?, decided_by = ?, decided_at = ?,"
                                            " reason = ? WHERE hearing_id = ? AND number = ? AND decision = 'pending'"),
        { remarkDecisionId(remark.decision), remark.decidedBy, Database::timeToDb(remark.decidedAtUtc), remark.reason,
            hearingId, number });
    if (!updated)
        return updated.error();
    const QJsonObject details { { QStringLiteral("hearing"), hearingId }, { QStringLiteral("number"), number },
        { QStringLiteral("decision"), remarkDecisionId(remark.decision) }, { QStringLiteral("by"), remark.decidedBy },
        { QStringLiteral("decided_at"), Database::timeToDb(remark.decidedAtUtc) },
        { QStringLiteral("reason"), remark.reason } };
    if (Status audited
        = AuditLog(m_db).append(QStringLiteral("remark.decide"), objectOf(hearingId, number), compact(details));
        !audited)
        return audited.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return remark;
}

Status RemarkRepository::markAttached(const QString &hearingId, const QList<int> &numbers, int version)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    QJsonArray list;
    for (int number : numbers) {
        auto updated = m_db.exec(
            QStringLiteral("UPDATE protocol_remarks SET attached_version = ? WHERE hearing_id = ? AND number = ?"),
            { version, hearingId, number });
        if (!updated)
            return updated.error();
        list.append(number);
    }
    const QJsonObject details { { QStringLiteral("hearing"), hearingId }, { QStringLiteral("version"), version },
        { QStringLiteral("numbers"), list } };
    if (Status audited = AuditLog(m_db).append(
            QStringLiteral("remark.attach"), QStringLiteral("hearing:") + hearingId, compact(details));
        !audited)
        return audited;
    return tx.commit();
}

Result<Remark> RemarkRepository::get(const QString &hearingId, int number) const
{
    auto row
        = m_db.exec(QStringLiteral("SELECT %1 FROM protocol_remarks WHERE hearing_id = ? AND number = ?").arg(kColumns),
            { hearingId, number });
    if (!row)
        return row.error();
    if (!row->next())
        return Error::of(ErrorCode::RemarkNotFound, { QString::number(number), hearingId });
    return remarkFromRow(*row);
}

Result<QList<Remark>> RemarkRepository::list(const QString &hearingId) const
{
    auto rows = m_db.exec(
        QStringLiteral("SELECT %1 FROM protocol_remarks WHERE hearing_id = ? ORDER BY number").arg(kColumns),
        { hearingId });
    if (!rows)
        return rows.error();
    QList<Remark> remarks;
    while (rows->next())
        remarks << remarkFromRow(*rows);
    return remarks;
}

} // namespace hattama
