#include "storage/Database.h"

#include "storage/Migrations.h"
#include "util/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

namespace hattama {

namespace {
QString driverName(DatabaseBackend backend)
{
    return backend == DatabaseBackend::Postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

QString osUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}
} // namespace

Database::Database(DatabaseLocation location, QString connectionName)
    : m_location(std::move(location))
    , m_connectionName(std::move(connectionName))
    , m_user(osUser())
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (m_depth > 0)
                db.rollback();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString &url, const QString &archiveDir)
{
    auto location = DatabaseLocation::resolve(url, archiveDir);
    if (!location)
        return location.error();
    return open(*location);
}

// The database holds the court's notes and audit log: only its owner reads or writes it,
// whatever the umask. An empty file made with mode 0600 before SQLite opens it is a new
// database, and SQLite gives its -wal and -shm files the database file's mode.
void Database::restrictToOwner(const QString &sqlitePath)
{
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    if (!QFileInfo::exists(sqlitePath)) {
        QFile file(sqlitePath);
        if (file.open(QIODevice::WriteOnly))
            file.close();
    }
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        if (QFileInfo::exists(sqlitePath + suffix))
            QFile::setPermissions(sqlitePath + suffix, ownerOnly);
    }
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseLocation &location, int targetVersion)
{
    const QString driver = driverName(location.backend);
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return Error::of(ErrorCode::DatabaseDriverMissing,
            { driver,
                location.backend == DatabaseBackend::Postgres ? QStringLiteral("libqt6sql6-psql")
                                                              : QStringLiteral("libqt6sql6-sqlite") });
    }
    std::unique_ptr<Database> database(
        new Database(location, QStringLiteral("hattama-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces))));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, database->m_connectionName);
    if (location.backend == DatabaseBackend::Sqlite) {
        const QFileInfo file(location.sqlitePath);
        if (!QDir().mkpath(file.absolutePath()))
            return Error::of(ErrorCode::DatabaseFolderUncreatable, { QDir::toNativeSeparators(file.absolutePath()) });
        restrictToOwner(location.sqlitePath);
        db.setDatabaseName(location.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setDatabaseName(location.name);
        db.setUserName(location.user);
        db.setPassword(location.password);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    if (!db.open()) {
        const QString detail = db.lastError().text().trimmed();
        return location.backend == DatabaseBackend::Postgres
            ? Error::of(ErrorCode::DatabaseServerUnreachable,
                { location.name, location.host, QString::number(location.port), location.user, detail })
            : Error::of(ErrorCode::DatabaseFileUnopenable, { location.locator(), detail });
    }
    if (Status status = database->configure(); !status)
        return status.error();
    if (Status status = database->migrate(targetVersion); !status)
        return status.error();
    database->detectFullText();
    return database;
}

Status Database::configure()
{
    if (isPostgres()) {
        auto query = exec(QStringLiteral("SET client_min_messages TO WARNING"));
        return query ? Status {} : Status { query.error() };
    }
    // WAL with synchronous=FULL: every commit is fsynced to the WAL before it returns, so a
    // note survives a power cut, not only a crash of the process.
    for (const char *pragma :
        { "PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL" }) {
        auto query = exec(QString::fromLatin1(pragma));
        if (!query)
            return Error::of(ErrorCode::DatabaseSetupFailed, { m_location.locator(), query.error().message });
    }
    auto mode = exec(QStringLiteral("PRAGMA journal_mode"));
    if (mode && mode->next() && mode->value(0).toString() != QLatin1String("wal"))
        qCWarning(lcStorage) << "SQLite journal mode is" << mode->value(0).toString() << "not wal";
    return {};
}

Result<int> Database::readSchemaVersion()
{
    if (!connection().tables().contains(QStringLiteral("schema_version")))
        return 0;
    auto query = exec(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Status Database::migrate(int targetVersion)
{
    auto current = readSchemaVersion();
    if (!current)
        return Error::of(ErrorCode::DatabaseNotHattama, { m_location.locator(), current.error().message });
    if (*current > kSchemaVersion) {
        return Error::of(ErrorCode::DatabaseSchemaTooNew,
            { m_location.locator(), QString::number(*current), QString::number(kSchemaVersion) });
    }
    m_schemaVersion = *current;
    if (m_schemaVersion == 0) {
        auto created = exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                                           "applied_at TEXT NOT NULL)"));
        if (!created)
            return Error::of(ErrorCode::DatabaseMigrationFailed,
                { m_location.locator(), QStringLiteral("1"), created.error().message });
    }
    for (int version = m_schemaVersion + 1; version <= targetVersion; ++version) {
        qCDebug(lcStorage) << "migrating" << m_location.describe() << "to schema version" << version;
        Transaction tx(*this);
        if (!tx.started())
            return tx.started();
        if (Status status = Migrations::apply(*this, version); !status)
            return Error::of(ErrorCode::DatabaseMigrationFailed,
                { m_location.locator(), QString::number(version), status.error().message });
        auto row = exec(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"),
            { version, timeToDb(QDateTime::currentDateTimeUtc()) });
        if (!row)
            return Error::of(ErrorCode::DatabaseMigrationFailed,
                { m_location.locator(), QString::number(version), row.error().message });
        if (Status status = tx.commit(); !status)
            return status;
        m_schemaVersion = version;
    }
    return {};
}

void Database::detectFullText()
{
    m_hasFts = false;
    if (isPostgres() || !connection().tables().contains(QStringLiteral("entry_fts")))
        return;
    m_hasFts = exec(
        QStringLiteral("SELECT rowid FROM entry_fts WHERE entry_fts MATCH ? LIMIT 1"), { QStringLiteral("probe") })
                   .ok();
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query(connection());
    // QPSQL runs forward-only queries in single-row mode, which blocks the next statement on
    // the connection until the rows are read; there the rows are fetched at once instead.
    query.setForwardOnly(!isPostgres());
    // Statements without bindings run unprepared: PostgreSQL cannot prepare SET, LOCK or DDL.
    if (binds.isEmpty()) {
        if (!query.exec(sql))
            return Error::of(ErrorCode::DatabaseQueryFailed,
                { m_location.locator(), sql.left(120), query.lastError().text().trimmed() });
        return query;
    }
    if (!query.prepare(sql)) {
        return Error::of(ErrorCode::DatabaseQueryFailed,
            { m_location.locator(), sql.left(120), query.lastError().text().trimmed() });
    }
    for (const QVariant &value : binds) {
        // A null QString is an empty text here; SQL NULL is a QVariant without a value.
        if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString(QLatin1String("")));
        else
            query.addBindValue(value);
    }
    if (!query.exec()) {
        return Error::of(ErrorCode::DatabaseQueryFailed,
            { m_location.locator(), sql.left(120), query.lastError().text().trimmed() });
    }
    return query;
}

Status Database::begin()
{
    if (m_depth++ > 0)
        return {};
    m_rollbackOnly = false;
    bool ok = false;
    QString error;
    if (isPostgres()) {
        QSqlDatabase db = connection();
        ok = db.transaction();
        error = db.lastError().text();
    } else {
        // IMMEDIATE takes the write lock now, so two writers wait (busy timeout) instead of
        // failing on lock upgrade later.
        QSqlQuery query(connection());
        ok = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        error = query.lastError().text();
    }
    if (!ok) {
        m_depth = 0;
        return Error::of(ErrorCode::DatabaseTransactionFailed, { m_location.locator(), error.trimmed() });
    }
    return {};
}

Status Database::commit()
{
    if (m_depth <= 0)
        return failure(QStringLiteral("commit without a transaction"));
    if (--m_depth > 0)
        return {};
    QSqlDatabase db = connection();
    if (m_rollbackOnly) {
        db.rollback();
        return failure(QStringLiteral("the transaction was rolled back by an inner failure"));
    }
    bool ok = false;
    QString error;
    if (isPostgres()) {
        ok = db.commit();
        error = db.lastError().text();
    } else {
        QSqlQuery query(db);
        ok = query.exec(QStringLiteral("COMMIT"));
        error = query.lastError().text();
        if (!ok)
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    }
    if (!ok)
        return Error::of(ErrorCode::DatabaseCommitFailed, { m_location.locator(), error.trimmed() });
    return {};
}

void Database::rollback()
{
    if (m_depth <= 0)
        return;
    if (--m_depth > 0) {
        m_rollbackOnly = true;
        return;
    }
    QSqlDatabase db = connection();
    if (isPostgres())
        db.rollback();
    else
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
}

QString Database::timeToDb(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    if (time.timeSpec() == Qt::OffsetFromUTC)
        return time.toString(Qt::ISODateWithMs);
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
}

QDateTime Database::timeFromDb(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace hattama
