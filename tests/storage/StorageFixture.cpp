#include "StorageFixture.h"

#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <catch2/catch.hpp>

#include <unistd.h>

namespace hattama::test {

QString TestBackends::postgresBinDir()
{
    const QString fromEnv = qEnvironmentVariable("HATTAMA_PG_BINDIR");
    if (!fromEnv.isEmpty())
        return QFile::exists(fromEnv + QStringLiteral("/initdb")) ? fromEnv : QString();
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(
        versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : versions) {
        const QString bin = root.filePath(version + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")) && QFile::exists(bin + QStringLiteral("/pg_ctl")))
            return bin;
    }
    return {};
}

TestBackends::TestBackends(const QString &workDir)
    : m_workDir(workDir)
{
    m_binDir = postgresBinDir();
    if (m_binDir.isEmpty()) {
        m_skipReason = QStringLiteral("PostgreSQL binaries (initdb, pg_ctl) not found; PostgreSQL backend NOT tested "
                                      "(install the postgresql package: scripts/install-deps.sh --test)");
    } else if (!startPostgres() && m_skipReason.isEmpty()) {
        m_skipReason = QStringLiteral("could not start a throwaway PostgreSQL server");
    }
    if (!m_skipReason.isEmpty()) {
        qWarning("WARN: %s", qPrintable(m_skipReason));
        WARN(m_skipReason.toStdString());
        if (qEnvironmentVariableIsSet("CI"))
            FAIL("CI must test the PostgreSQL backend: " << m_skipReason.toStdString());
    }
}

TestBackends::~TestBackends()
{
    if (m_port > 0) {
        const QStringList command = asPostgresUser(m_binDir + QStringLiteral("/pg_ctl"),
            { QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
                QStringLiteral("stop") });
        runProgram(command.first(), command.mid(1), 30'000);
    }
}

QStringList TestBackends::asPostgresUser(const QString &program, const QStringList &args) const
{
    if (::geteuid() == 0)
        return QStringList { QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"),
            QStringLiteral("--"), program }
        + args;
    return QStringList { program } + args;
}

bool TestBackends::startPostgres()
{
    // The server runs as postgres: it needs its own folder it can write.
    const QString base = m_workDir + QStringLiteral("/pg");
    QDir().mkpath(base);
    QFile::setPermissions(base,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
            | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
            | QFileDevice::ExeOther);
    QFile::setPermissions(m_workDir, QFile::permissions(m_workDir) | QFileDevice::ExeOther | QFileDevice::ExeGroup);
    m_dataDir = base + QStringLiteral("/data");
    const QStringList init = asPostgresUser(m_binDir + QStringLiteral("/initdb"),
        { QStringLiteral("-D"), m_dataDir, QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-A"),
            QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
            QStringLiteral("--no-sync") });
    const auto initResult = runProgram(init.first(), init.mid(1), 120'000);
    if (initResult.exitCode != 0) {
        m_skipReason = QStringLiteral("initdb failed: %1").arg(initResult.err.trimmed());
        return false;
    }
    // A port from the process id, moving on when taken.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int port = 20000 + static_cast<int>((::getpid() * 7 + attempt * 131) % 30000);
        const QStringList start = asPostgresUser(m_binDir + QStringLiteral("/pg_ctl"),
            { QStringLiteral("-D"), m_dataDir, QStringLiteral("-l"), base + QStringLiteral("/server.log"),
                QStringLiteral("-w"), QStringLiteral("-o"),
                QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off")
                    .arg(port)
                    .arg(base),
                QStringLiteral("start") });
        const auto result = runProgram(start.first(), start.mid(1), 60'000);
        if (result.exitCode == 0) {
            m_port = port;
            return true;
        }
    }
    QFile log(base + QStringLiteral("/server.log"));
    log.open(QIODevice::ReadOnly);
    m_skipReason = QStringLiteral("pg_ctl start failed: %1").arg(QString::fromUtf8(log.readAll().right(400)));
    return false;
}

QList<BackendUnderTest> TestBackends::fresh()
{
    ++m_counter;
    QList<BackendUnderTest> backends;
    const QString sqlitePath = m_workDir + QStringLiteral("/db%1/hattama.sqlite").arg(m_counter);
    backends << BackendUnderTest { QStringLiteral("sqlite"), DatabaseLocation::sqlite(sqlitePath),
        QStringLiteral("sqlite://") + sqlitePath };
    if (m_port > 0) {
        const QString name = QStringLiteral("hattama_t%1").arg(m_counter);
        {
            const QString connection = QUuid::createUuid().toString();
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            admin.setHostName(QStringLiteral("127.0.0.1"));
            admin.setPort(m_port);
            admin.setUserName(QStringLiteral("postgres"));
            admin.setDatabaseName(QStringLiteral("postgres"));
            REQUIRE(admin.open());
            QSqlQuery query(admin);
            INFO(query.lastError().text().toStdString());
            REQUIRE(query.exec(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8'").arg(name)));
            admin.close();
            admin = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
        }
        const QString url = QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(name);
        auto location = DatabaseLocation::resolve(url, {});
        REQUIRE(location.ok());
        backends << BackendUnderTest { QStringLiteral("postgresql"), *location, url };
    }
    return backends;
}

std::unique_ptr<Database> openOrFail(const DatabaseLocation &location, int targetVersion)
{
    auto db = Database::open(location, targetVersion);
    if (!db)
        FAIL("cannot open " << location.describe().toStdString() << ": " << db.error().text().toStdString());
    return std::move(*db);
}

} // namespace hattama::test
