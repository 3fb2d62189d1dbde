#include "storage/DatabaseLocation.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace hattama {

QString DatabaseLocation::describe() const
{
    if (backend == DatabaseBackend::Sqlite)
        return QStringLiteral("SQLite database %1").arg(QDir::toNativeSeparators(sqlitePath));
    return QStringLiteral("PostgreSQL database \"%1\" on %2:%3 as user \"%4\"").arg(name, host).arg(port).arg(user);
}

QString DatabaseLocation::locator() const
{
    if (backend == DatabaseBackend::Sqlite)
        return QDir::toNativeSeparators(sqlitePath);
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(name);
}

DatabaseLocation DatabaseLocation::sqlite(const QString &path)
{
    DatabaseLocation location;
    location.backend = DatabaseBackend::Sqlite;
    location.sqlitePath = path;
    return location;
}

Result<DatabaseLocation> DatabaseLocation::resolve(const QString &url, const QString &archiveDir)
{
    if (url.isEmpty()) {
        if (archiveDir.isEmpty())
            return Error::of(ErrorCode::ArchiveNotGiven);
        return sqlite(QDir(archiveDir).filePath(QStringLiteral("hattama.sqlite")));
    }
    if (url.startsWith(QLatin1String("sqlite:"))) {
        QString path = url.mid(7);
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2);
        if (path.isEmpty())
            return Error::of(ErrorCode::DatabaseUrlNoFile, { url });
        return sqlite(QDir::cleanPath(QDir::current().absoluteFilePath(path)));
    }
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme();
    if (!parsed.isValid() || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")))
        return Error::of(ErrorCode::DatabaseUrlInvalid, { url });
    DatabaseLocation location;
    location.backend = DatabaseBackend::Postgres;
    location.host = parsed.host();
    const QUrlQuery query(parsed);
    if (query.hasQueryItem(QStringLiteral("host")))
        location.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (location.host.isEmpty())
        location.host = QStringLiteral("localhost");
    location.port = parsed.port(5432);
    location.name = parsed.path(QUrl::FullyDecoded).mid(1);
    location.user = parsed.userName(QUrl::FullyDecoded);
    location.password = parsed.password(QUrl::FullyDecoded);
    if (location.name.isEmpty())
        return Error::of(ErrorCode::DatabaseUrlNoName, { url });
    if (location.user.isEmpty())
        location.user = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER", QStringLiteral("postgres")));
    return location;
}

} // namespace hattama
