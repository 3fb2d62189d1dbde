#include "copy/CopyIssuance.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace hattama {

namespace CopyIssuance {

Status record(Database &db, const QString &hearingId, const IssuedCopy &copy)
{
    const QJsonObject details { { QStringLiteral("recipient"), copy.recipient }, { QStringLiteral("by"), copy.by },
        { QStringLiteral("medium"), copy.medium }, { QStringLiteral("profile"), copy.profile },
        { QStringLiteral("target"), copy.target }, { QStringLiteral("sha256sums"), copy.sumsSha256 },
        { QStringLiteral("sealedIncluded"), copy.sealedIncluded } };
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    if (Status appended = AuditLog(db).append(kAction, QStringLiteral("hearing:") + hearingId,
            QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
        !appended)
        return appended;
    return transaction.commit();
}

Result<QList<IssuedCopy>> list(Database &db, const QString &hearingId)
{
    auto rows = db.exec(QStringLiteral("SELECT at, user_name, details FROM audit_log WHERE action = ? AND object = ? "
                                       "ORDER BY id"),
        { kAction, QStringLiteral("hearing:") + hearingId });
    if (!rows)
        return rows.error();
    QList<IssuedCopy> copies;
    while (rows->next()) {
        const QJsonObject details = QJsonDocument::fromJson(rows->value(2).toString().toUtf8()).object();
        IssuedCopy copy;
        copy.at = rows->value(0).toString();
        copy.user = rows->value(1).toString();
        copy.by = details.value(QStringLiteral("by")).toString();
        copy.recipient = details.value(QStringLiteral("recipient")).toString();
        copy.medium = details.value(QStringLiteral("medium")).toString();
        copy.profile = details.value(QStringLiteral("profile")).toString();
        copy.target = details.value(QStringLiteral("target")).toString();
        copy.sumsSha256 = details.value(QStringLiteral("sha256sums")).toString();
        copy.sealedIncluded = details.value(QStringLiteral("sealedIncluded")).toBool();
        copies << copy;
    }
    return copies;
}

} // namespace CopyIssuance
} // namespace hattama
