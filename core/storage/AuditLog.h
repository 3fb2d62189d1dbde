#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QString>

namespace hattama {

class Database;

// The result of checking the audit chain. ok == false names the first row that does not
// match (firstBadRowId) and why.
struct AuditReport {
    bool ok = true;
    qint64 rowsChecked = 0;
    qint64 firstBadRowId = 0;
    QString problem; // English, e.g. "row 17: hash does not match its contents"
    QString lastHash;
};

// The hash-chained audit log (table audit_log). Each row's hash is SHA-256 (hex) over its
// canonical fields and the previous row's hash:
//   at '\n' user '\n' action '\n' object '\n' details '\n' prev_hash
// The first row's prev_hash is 64 zeros. append() must run inside the caller's transaction
// so a change and its audit row commit together; on PostgreSQL it locks the table so
// concurrent writers cannot fork the chain.
class AuditLog {
public:
    explicit AuditLog(Database &db)
        : m_db(db)
    {
    }

    // action e.g. "hearing.import", "hearing.status", "entry.create", "entry.edit",
    // "entry.delete", "entry.restore"; object e.g. "hearing:ID", "entry:42"; details: JSON text.
    Status append(const QString &action, const QString &object, const QString &details);

    Result<AuditReport> check() const;
    // Success, or a failure (exit 1) naming the first bad row.
    Status verify() const;

    static QString hashRow(const QString &at, const QString &user, const QString &action, const QString &object,
        const QString &details, const QString &prevHash);
    static QString genesisHash();

private:
    Database &m_db;
};

// For `hattama verify`: checks the audit chain of the database the global options name.
//   auto db = Database::open(ctx.global.databaseUrl, ctx.global.archiveDir);  // exit 3 on error
//   auto report = verifyAuditChain(**db);  // error: database unreadable
//   report->ok ? 0 : 1, printing report->problem
Result<AuditReport> verifyAuditChain(Database &db);

} // namespace hattama
