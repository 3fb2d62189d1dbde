#pragma once

#include "commands/Command.h"
#include "signature/RevocationCheck.h"
#include "util/Result.h"

#include <QString>

#include <memory>

class QCommandLineParser;

namespace hattama {
class Database;
}

namespace hattama::cli {

// What `hattama sign` and `hattama verify` share about signatures (docs/signature.md).

// --trust DIR and --ocsp URL.
void addTrustOptions(QCommandLineParser &parser);
// The trusted CA folder: --trust, else SignatureSettings::trustFolder's lookup.
QString trustFolder(const QCommandLineParser &parser, const GlobalOptions &global);
// The OCSP responder: --ocsp, else the setting signature/ocspUrl; empty: the certificate's own.
QString ocspUrl(const QCommandLineParser &parser);

// A hearing to sign: DIR (a hearing folder) or ID (<archive>/<ID>), with the database that holds
// it when there is one (--db, else the SQLite database of the archive the folder lies in).
struct SigningTarget {
    QString folder;
    QString hearingId; // set with database
    std::unique_ptr<Database> database; // nullptr: a folder outside any database
};
Result<SigningTarget> resolveHearing(const QString &target, const GlobalOptions &global);

// A key file's password: the first line of --password-file, else asked on the terminal
// without echo (KeyPasswordNotGiven when there is none). Used by sign and copy.
Result<QByteArray> readPassword(const QString &passwordFile, const QString &keyFile);

// "good (OCSP http://…)", "not checked", …, translated.
QString revocationText(const signature::RevocationStatus &status);

} // namespace hattama::cli
