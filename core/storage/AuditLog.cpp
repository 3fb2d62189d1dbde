#include "storage/AuditLog.h"

#include "storage/Database.h"

#include <QCryptographicHash>

namespace hattama {

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::hashRow(const QString &at, const QString &user, const QString &action, const QString &object,
    const QString &details, const QString &prevHash)
{
    const QString canonical = QStringList { at, user, action, object, details, prevHash }.join(QLatin1Char('\n'));
    return QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Status AuditLog::append(const QString &action, const QString &object, const QString &details)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    if (m_db.isPostgres()) {
        auto lock = m_db.exec(QStringLiteral("LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE"));
        if (!lock)
            return lock.error();
    }
    auto last = m_db.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!last)
        return last.error();
    const QString prevHash = last->next() ? last->value(0).toString() : genesisHash();
    const QString at = Database::timeToDb(QDateTime::currentDateTimeUtc());
    const QString hash = hashRow(at, m_db.user(), action, object, details, prevHash);
    auto insert
        = m_db.exec(QStringLiteral("INSERT INTO audit_log (at, user_name, action, object, details, prev_hash, hash)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?)"),
            { at, m_db.user(), action, object, details, prevHash, hash });
    if (!insert)
        return insert.error();
    return tx.commit();
}

Result<AuditReport> AuditLog::check() const
{
    auto rows = m_db.exec(QStringLiteral(
        "SELECT id, at, user_name, action, object, details, prev_hash, hash FROM audit_log ORDER BY id"));
    if (!rows)
        return rows.error();
    AuditReport report;
    QString expectedPrev = genesisHash();
    while (rows->next()) {
        const qint64 id = rows->value(0).toLongLong();
        const QString prevHash = rows->value(6).toString();
        const QString hash = rows->value(7).toString();
        ++report.rowsChecked;
        QString problem;
        if (prevHash != expectedPrev)
            problem = QStringLiteral("audit row %1 does not follow the row before it (a row was removed, inserted or "
                                     "reordered)")
                          .arg(id);
        else if (hashRow(rows->value(1).toString(), rows->value(2).toString(), rows->value(3).toString(),
                     rows->value(4).toString(), rows->value(5).toString(), prevHash)
            != hash)
            problem = QStringLiteral("audit row %1 (%2 %3) was altered: its hash does not match its contents")
                          .arg(id)
                          .arg(rows->value(3).toString(), rows->value(4).toString());
        if (!problem.isEmpty()) {
            report.ok = false;
            report.firstBadRowId = id;
            report.problem = problem;
            return report;
        }
        expectedPrev = hash;
    }
    report.lastHash = expectedPrev;
    return report;
}

Status AuditLog::verify() const
{
    auto report = check();
    if (!report)
        return report.error();
    if (!report->ok)
        return Error::of(ErrorCode::AuditLogAltered, { report->problem, m_db.location().locator() });
    return {};
}

Result<AuditReport> verifyAuditChain(Database &db)
{
    return AuditLog(db).check();
}

} // namespace hattama
