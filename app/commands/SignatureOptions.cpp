#include "commands/SignatureOptions.h"

#include "signature/SignatureSettings.h"
#include "commands/PasswordPrompt.h"

#include "storage/Database.h"
#include "storage/HearingRepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace hattama::cli {

void addTrustOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("trust"),
        QCoreApplication::translate("SignCommand",
            "Folder of the trusted CA certificates and CRLs (default: the trust folder of the archive)."),
        QStringLiteral("DIR")));
    parser.addOption(QCommandLineOption(QStringLiteral("ocsp"),
        QCoreApplication::translate(
            "SignCommand", "OCSP responder to ask about revocation (default: the one the certificate names)."),
        QStringLiteral("URL")));
}

QString trustFolder(const QCommandLineParser &parser, const GlobalOptions &global)
{
    return signature::SignatureSettings::trustFolder(parser.value(QStringLiteral("trust")), global.archiveDir);
}

QString ocspUrl(const QCommandLineParser &parser)
{
    return signature::SignatureSettings::ocspUrl(parser.value(QStringLiteral("ocsp")));
}

Result<SigningTarget> resolveHearing(const QString &target, const GlobalOptions &global)
{
    SigningTarget result;
    QString archive;
    const QFileInfo info(target);
    if (info.isDir()) {
        result.folder = info.absoluteFilePath();
        archive = QFileInfo(result.folder).absolutePath();
    } else {
        if (target.isEmpty() || target.contains(QLatin1Char('/')) || target.contains(QLatin1Char('\\')))
            return Error::of(ErrorCode::HearingFolderNotFound, { target });
        result.folder = QFileInfo(QDir(global.archiveDir).filePath(target)).absoluteFilePath();
        archive = global.archiveDir;
    }
    const QString hearingId = QFileInfo(result.folder).fileName();
    const bool hasSqlite = QFileInfo::exists(QDir(archive).filePath(QStringLiteral("hattama.sqlite")));
    if (global.databaseUrl.isEmpty() && !hasSqlite) {
        if (!info.isDir() && !QFileInfo(result.folder).isDir())
            return Error::of(ErrorCode::HearingNotFoundAnywhere, { target, global.archiveDir });
        return result;
    }
    auto db = Database::open(global.databaseUrl, archive);
    if (!db.ok())
        return db.error();
    if (HearingRepository(**db).load(hearingId).ok()) {
        result.hearingId = hearingId;
        result.database = std::move(*db);
    } else if (!QFileInfo(result.folder).isDir()) {
        return Error::of(ErrorCode::HearingNotFoundAnywhere, { target, global.archiveDir });
    }
    return result;
}

QString revocationText(const signature::RevocationStatus &status)
{
    using State = signature::RevocationStatus::State;
    switch (status.state) {
    case State::Good:
        return QCoreApplication::translate("SignCommand", "not revoked (%1)").arg(status.source);
    case State::Revoked:
        return QCoreApplication::translate("SignCommand", "REVOKED on %1 (%2)")
            .arg(status.revokedAtUtc.toString(Qt::ISODate), status.source);
    case State::NotChecked:
        break;
    }
    return QCoreApplication::translate(
        "SignCommand", "not checked: no OCSP responder is configured or named, and no CRL file is trusted");
}

// The password: the first line of --password-file, else asked on the terminal without echo.
Result<QByteArray> readPassword(const QString &passwordFile, const QString &keyFile)
{
    if (!passwordFile.isEmpty()) {
        QFile file(passwordFile);
        if (!file.open(QIODevice::ReadOnly))
            return Error::of(ErrorCode::FileUnreadable, { passwordFile, file.errorString() });
        QByteArray password = file.readLine();
        while (password.endsWith('\n') || password.endsWith('\r'))
            password.chop(1);
        return password;
    }
    const auto typed = promptPassword(
        QCoreApplication::translate("SignCommand", "Password for %1: ").arg(QFileInfo(keyFile).fileName()));
    if (!typed)
        return Error::of(ErrorCode::KeyPasswordNotGiven);
    return *typed;
}

} // namespace hattama::cli
