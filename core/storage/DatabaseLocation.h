#pragma once

#include "util/Result.h"

#include <QString>

namespace hattama {

enum class DatabaseBackend { Sqlite, Postgres };

// Where the database is: from the global --db URL, else SQLite at <archive>/hattama.sqlite.
// Accepted URLs: postgresql://user[:password]@host[:port]/name (also postgres://; a host
// starting with '/' or an empty host with ?host=/dir means a Unix socket directory),
// sqlite:///absolute/path.sqlite or sqlite:relative.sqlite.
struct DatabaseLocation {
    DatabaseBackend backend = DatabaseBackend::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString name;
    QString user;
    QString password;

    // For messages: "SQLite database /a/hattama.sqlite" or
    // "PostgreSQL database \"hattama\" on 127.0.0.1:5432 as user \"court\"". Never the password.
    QString describe() const;
    // For translated messages, without words: the SQLite file's path, or
    // "postgresql://court@127.0.0.1:5432/hattama". Never the password.
    QString locator() const;

    static Result<DatabaseLocation> resolve(const QString &url, const QString &archiveDir);
    static DatabaseLocation sqlite(const QString &path);
};

} // namespace hattama
