#include "commands/SignatureCheck.h"

#include "commands/SignatureOptions.h"
#include "signature/SignatureVerifier.h"
#include "storage/Database.h"
#include "util/ErrorText.h"
#include "util/ExitCode.h"

#include <QDir>
#include <QFileInfo>

namespace hattama::cli {

namespace {

using signature::SignatureFinding;
using Kind = SignatureFinding::Kind;

QString findingText(const SignatureFinding &finding)
{
    switch (finding.kind) {
    case Kind::FileMissing:
        return QCoreApplication::translate("Verify", "%1 is missing").arg(finding.file);
    case Kind::SignatureUnreadable:
        return QCoreApplication::translate("Verify", "%1 is not a readable signature").arg(finding.file);
    case Kind::DocumentAltered:
        return QCoreApplication::translate("Verify", "%1 was changed after signing: it does not match its signature %2")
            .arg(finding.file, finding.signatureFile);
    case Kind::SignatureInvalid:
        return QCoreApplication::translate("Verify", "%1: the signature of signer %2 is not valid")
            .arg(finding.signatureFile)
            .arg(finding.signerNumber);
    case Kind::SignersDiffer:
        return QCoreApplication::translate(
            "Verify", "%1 and signers.json name different signers (a signer removed or added)")
            .arg(finding.file);
    case Kind::SealMismatch:
        return QCoreApplication::translate("Verify", "%1 no longer matches the hearing seal %2")
            .arg(finding.file, finding.signatureFile);
    case Kind::AuditHeadMissing:
        return QCoreApplication::translate("Verify", "the audit log no longer holds the row the hearing seal %1 binds")
            .arg(finding.signatureFile);
    case Kind::CertificateProblem:
        return QCoreApplication::translate("Verify", "%1, signer %2: %3")
            .arg(finding.signatureFile)
            .arg(finding.signerNumber)
            .arg(finding.problem ? ErrorText::message(*finding.problem) : finding.detail);
    case Kind::TimestampUntrusted:
        //: %3 the timestamp authority's name, %4 why its certificate is not trusted
        return QCoreApplication::translate(
            "Verify", "%1, signer %2: the timestamp is from «%3», an authority that is not trusted: %4")
            .arg(finding.signatureFile)
            .arg(finding.signerNumber)
            .arg(finding.detail, finding.problem ? ErrorText::message(*finding.problem) : QString());
    case Kind::TrustNotChecked:
        return QCoreApplication::translate(
            "Verify", "no trusted CA certificates in %1: the signers' chains are not checked")
            .arg(finding.file);
    case Kind::RevocationNotChecked:
        if (finding.problem)
            return QCoreApplication::translate("Verify", "%1, signer %2: %3")
                .arg(finding.signatureFile)
                .arg(finding.signerNumber)
                .arg(ErrorText::message(*finding.problem));
        return QCoreApplication::translate(
            "Verify", "%1, signer %2: revocation not checked (no OCSP responder, no CRL)")
            .arg(finding.signatureFile)
            .arg(finding.signerNumber);
    }
    return finding.detail;
}

QString roleText(const QString &role)
{
    if (role == QLatin1String("judge"))
        return QCoreApplication::translate("SignCommand", "judge");
    if (role == QLatin1String("secretary"))
        return QCoreApplication::translate("SignCommand", "secretary");
    return QCoreApplication::translate("Verify", "signer");
}

QString stateText(const QString &state)
{
    if (state == QLatin1String("trusted"))
        return QCoreApplication::translate("Verify", "trusted");
    if (state == QLatin1String("good"))
        return QCoreApplication::translate("Verify", "not revoked");
    if (state == QLatin1String("revoked"))
        return QCoreApplication::translate("Verify", "REVOKED");
    if (state == QLatin1String("revoked_after_signing"))
        return QCoreApplication::translate("Verify", "revoked after signing");
    if (state == QLatin1String("failed"))
        return QCoreApplication::translate("Verify", "FAILED");
    return QCoreApplication::translate("Verify", "not checked");
}

// The database beside the hearing folder (or --db), for the seal's audit head; nullptr without one.
std::unique_ptr<Database> databaseOf(const QString &hearingDir, const GlobalOptions &global)
{
    const QString parent = QFileInfo(QDir::cleanPath(QFileInfo(hearingDir).absoluteFilePath())).absolutePath();
    if (global.databaseUrl.isEmpty() && !QFileInfo::exists(QDir(parent).filePath(QStringLiteral("hattama.sqlite"))))
        return nullptr;
    auto db = Database::open(global.databaseUrl, parent);
    return db.ok() ? std::move(*db) : nullptr;
}

} // namespace

int verifySignatures(CommandContext &ctx, const QString &hearingDir, const QString &trustDir, const QString &ocspUrl)
{
    std::unique_ptr<Database> database = databaseOf(hearingDir, ctx.global);
    signature::SignatureVerifier::Options options;
    options.trustDir = trustDir;
    options.ocspUrl = ocspUrl;
    options.database = database.get();
    const signature::SignatureReport report = signature::SignatureVerifier::verify(hearingDir, options);
    if (report.versions.isEmpty()) {
        ctx.out << QCoreApplication::translate("Verify", "Signatures: none (the protocol is not signed)") << '\n';
        return toInt(ExitCode::Ok);
    }
    ctx.out
        << QCoreApplication::translate("Verify", "Signatures: signed protocol versions: %1").arg(report.versions.size())
        << '\n';
    for (const signature::SignerSummary &signer : report.signers) {
        //: e.g. "  v1 secretary: АХМЕТОВА ӘСЕЛ (IIN 850101400123), signed 2026-11-30T10:00:00Z; chain: trusted;
        //: revocation: not revoked"
        ctx.out << QCoreApplication::translate("Verify", "  v%1 %2: %3, signed %4; chain: %5; revocation: %6")
                       .arg(signer.version)
                       .arg(roleText(signer.role), signer.certificate.displayName(),
                           signer.signingTimeUtc.toString(Qt::ISODate), stateText(signer.chain),
                           stateText(signer.revocation))
                << '\n';
        if (signer.timestampUtc)
            ctx.out << QCoreApplication::translate("Verify", "    timestamp: %1")
                           .arg(signer.timestampUtc->toString(Qt::ISODate))
                    << '\n';
    }
    for (const SignatureFinding &finding : report.findings) {
        ctx.out << (finding.error ? QCoreApplication::translate("Verify", "ERROR: %1")
                                  : QCoreApplication::translate("Verify", "warning: %1"))
                       .arg(findingText(finding))
                << '\n';
    }
    return toInt(report.intact() ? ExitCode::Ok : ExitCode::Failed);
}

} // namespace hattama::cli
