#include "storage/AuditManifestAnchor.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hattama {

Status AuditManifestAnchor::anchor(const ManifestHead &head)
{
    auto db = Database::open(m_location);
    if (!db)
        return db.error();
    return anchor(**db, head);
}

Status AuditManifestAnchor::anchor(Database &db, const ManifestHead &head)
{
    const QJsonObject details {
        { QStringLiteral("genesis"), QString::fromLatin1(head.genesisHex) },
        { QStringLiteral("lines"), head.lines },
        { QStringLiteral("segments"), head.segments },
        { QStringLiteral("head"), QString::fromLatin1(head.entryHex) },
        { QStringLiteral("closed"), head.closed },
    };
    return AuditLog(db).append(action(), object(head.hearingId),
        QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
}

Result<QList<ManifestHead>> AuditManifestAnchor::anchors(Database &db, const QString &hearingId)
{
    auto rows = db.exec(QStringLiteral("SELECT details FROM audit_log WHERE action = ? AND object = ? ORDER BY id"),
        { action(), object(hearingId) });
    if (!rows)
        return rows.error();
    QList<ManifestHead> heads;
    while (rows->next()) {
        const QJsonObject details = QJsonDocument::fromJson(rows->value(0).toString().toUtf8()).object();
        ManifestHead head;
        head.hearingId = hearingId;
        head.genesisHex = details.value(QStringLiteral("genesis")).toString().toLatin1();
        head.lines = details.value(QStringLiteral("lines")).toInt(-1);
        head.segments = details.value(QStringLiteral("segments")).toInt(-1);
        head.entryHex = details.value(QStringLiteral("head")).toString().toLatin1();
        head.closed = details.value(QStringLiteral("closed")).toBool();
        if (head.lines < 1 || head.entryHex.size() != 64 || head.genesisHex.size() != 64)
            continue;
        heads.append(head);
    }
    return heads;
}

} // namespace hattama
