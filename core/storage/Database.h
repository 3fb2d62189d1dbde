#pragma once

#include "storage/DatabaseLocation.h"
#include "util/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

namespace hattama {

// One open database connection (SQLite or PostgreSQL through Qt Sql), migrated to the
// schema this build knows. Not thread-safe: use one Database per thread.
class Database {
public:
    static constexpr int kSchemaVersion = 6;

    // Opens (creating an SQLite file and its folder when needed), sets the connection up
    // (SQLite: WAL, foreign keys, synchronous=FULL) and runs forward migrations up to
    // targetVersion. A database whose schema is newer than kSchemaVersion is refused.
    // Errors: environment (exit 3) for unreachable or unusable databases.
    static Result<std::unique_ptr<Database>> open(const DatabaseLocation &location, int targetVersion = kSchemaVersion);
    // The CLI's way: the global --db URL, else <archiveDir>/hattama.sqlite.
    static Result<std::unique_ptr<Database>> open(const QString &url, const QString &archiveDir);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    DatabaseBackend backend() const { return m_location.backend; }
    bool isPostgres() const { return backend() == DatabaseBackend::Postgres; }
    const DatabaseLocation &location() const { return m_location; }
    QSqlDatabase connection() const;
    int schemaVersion() const { return m_schemaVersion; }
    bool hasFullTextIndex() const { return m_hasFts; } // SQLite FTS5 table present and usable

    // Who the audit log names for changes made through this connection (default: OS user).
    QString user() const { return m_user; }
    void setUser(const QString &user) { m_user = user; }

    // Runs sql with positional '?' bindings. The error names the statement's purpose.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &binds = {}) const;

    // Transactions nest: only the outermost commit() commits. A rollback at any depth rolls
    // the whole transaction back when the outermost scope ends.
    Status begin();
    Status commit();
    void rollback();
    int transactionDepth() const { return m_depth; }

    // Timestamps are stored as ISO 8601 text; UTC ones with milliseconds and 'Z'.
    static QString timeToDb(const QDateTime &time);
    static QDateTime timeFromDb(const QVariant &value);

private:
    Database(DatabaseLocation location, QString connectionName);
    static void restrictToOwner(const QString &sqlitePath);
    Status configure();
    Status migrate(int targetVersion);
    Result<int> readSchemaVersion();
    void detectFullText();

    DatabaseLocation m_location;
    QString m_connectionName;
    QString m_user;
    int m_schemaVersion = 0;
    int m_depth = 0;
    bool m_rollbackOnly = false;
    bool m_hasFts = false;
};

// RAII transaction: rolls back unless commit() succeeded.
class Transaction {
public:
    explicit Transaction(Database &db)
        : m_db(db)
        , m_status(db.begin())
    {
    }
    ~Transaction()
    {
        if (m_status.ok() && !m_done)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &started() const { return m_status; }
    Status commit()
    {
        m_done = true;
        return m_db.commit();
    }

private:
    Database &m_db;
    Status m_status;
    bool m_done = false;
};

} // namespace hattama
