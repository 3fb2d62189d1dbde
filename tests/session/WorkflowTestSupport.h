#pragma once

// Shared by the workflow tests: a temporary archive with its SQLite database and hearings
// imported from the exchange format, and the rows a step leaves (read back with SQL).

#include "storage/Database.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace hattama::test {

struct WorkflowArchive {
    WorkflowArchive();
    QTemporaryDir dir;
    QString archive;
    std::unique_ptr<Database> db;

    // Imports a civil hearing (judge, plaintiff; protocol language lang) and returns its id.
    QString addHearing(const QString &caseNumber, const QString &lang = QStringLiteral("ru"));
    QString hearingDir(const QString &hearingId) const { return archive + QLatin1Char('/') + hearingId; }

    QString status(const QString &hearingId) const;
    // "hearing.status" audit rows of the hearing, oldest first: their details.
    QList<QJsonObject> statusAudit(const QString &hearingId) const;
    int auditRows() const;
    // Timeline entries "kind@ms", by hearing time then id.
    QStringList entries(const QString &hearingId) const;
};

} // namespace hattama::test
