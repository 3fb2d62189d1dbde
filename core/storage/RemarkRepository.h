#pragma once

#include "storage/Remark.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace hattama {

class Database;

// Remarks on the protocol in the database (table protocol_remarks, docs/remarks.md). Filing,
// deciding and attaching are each one transaction with their audit row ("remark.file",
// "remark.decide", "remark.attach"); called outside an open transaction a change is committed
// before the call returns.
class RemarkRepository {
public:
    explicit RemarkRepository(Database &db)
        : m_db(db)
    {
    }

    // Files remark (number, filedAtUtc when invalid, decision and recordedBy are set here; time
    // codes are sorted). The hearing must exist; name and text must not be empty.
    Result<Remark> file(const Remark &remark);
    // The judge's decision on a pending remark, with its reason (required). decidedAtUtc
    // invalid: now. A decided remark keeps its decision (RemarkAlreadyDecided).
    Result<Remark> decide(const QString &hearingId, int number, RemarkDecision decision, const QString &decidedBy,
        const QString &reason, const QDateTime &decidedAtUtc = {});
    // Marks the remarks numbers as attached to protocol version.
    Status markAttached(const QString &hearingId, const QList<int> &numbers, int version);

    Result<Remark> get(const QString &hearingId, int number) const;
    // A hearing's remarks by number.
    Result<QList<Remark>> list(const QString &hearingId) const;

private:
    Database &m_db;
};

} // namespace hattama
