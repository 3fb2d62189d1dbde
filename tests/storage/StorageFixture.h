#pragma once

#include "storage/Database.h"

#include <QList>
#include <QString>

#include <memory>

namespace hattama::test {

struct BackendUnderTest {
    QString name; // "sqlite" or "postgresql"
    DatabaseLocation location;
    QString url; // the same as a --db URL
};

// The backends every repository test runs on: SQLite always; PostgreSQL on a throwaway
// cluster this object starts (initdb + pg_ctl on a free port, socket in the temp folder,
// fsync=off; as root through runuser -u postgres) and stops when destroyed. When the
// PostgreSQL binaries are missing it warns and offers SQLite only; with CI set in the
// environment (CI installs them with scripts/install-deps.sh --test) that is a failure.
class TestBackends {
public:
    explicit TestBackends(const QString &workDir);
    ~TestBackends();
    TestBackends(const TestBackends &) = delete;
    TestBackends &operator=(const TestBackends &) = delete;

    // A new, empty database on every backend.
    QList<BackendUnderTest> fresh();
    bool hasPostgres() const { return m_port > 0; }
    QString postgresSkipReason() const { return m_skipReason; }

    static QString postgresBinDir(); // "" when not installed

private:
    bool startPostgres();
    QStringList asPostgresUser(const QString &program, const QStringList &args) const;

    QString m_workDir;
    QString m_binDir;
    QString m_dataDir;
    int m_port = 0;
    int m_counter = 0;
    QString m_skipReason;
};

// Opens location, failing the test with the error when it cannot.
std::unique_ptr<Database> openOrFail(const DatabaseLocation &location, int targetVersion = Database::kSchemaVersion);

} // namespace hattama::test
