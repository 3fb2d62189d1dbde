#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

namespace hattama {

class Database;

// One copy handed out, as the audit chain keeps it (action "copy.issue", object "hearing:ID").
struct IssuedCopy {
    QString at; // ISO 8601, UTC (the audit row's time)
    QString by; // who issued it ("NAME, ROLE")
    QString user; // the audit row's user
    QString recipient; // "NAME, ROLE"
    QString medium; // folder | iso | disc
    QString profile; // full | compact
    QString target; // where it was written
    QString sumsSha256; // SHA-256 of its SHA256SUMS: names the copy
    bool sealedIncluded = false; // the court's own archive copy
};

// The issuance log (docs/party-copy.md): every copy in the hash-chained audit log, so that
// none can be made unseen and each names what was handed to whom.
namespace CopyIssuance {

inline const QString kAction = QStringLiteral("copy.issue");

Status record(Database &db, const QString &hearingId, const IssuedCopy &copy);
// The copies of a hearing, oldest first.
Result<QList<IssuedCopy>> list(Database &db, const QString &hearingId);

} // namespace CopyIssuance
} // namespace hattama
