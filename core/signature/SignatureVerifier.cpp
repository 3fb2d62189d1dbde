#include "signature/SignatureVerifier.h"

#include "protocol/RecordingSummary.h"
#include "signature/CmsSignature.h"
#include "signature/HearingSeal.h"
#include "signature/Pkcs12Signer.h"
#include "signature/RevocationCheck.h"
#include "signature/TrustStore.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace hattama::signature {

namespace {

using Kind = SignatureFinding::Kind;

std::optional<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

SignatureFinding finding(Kind kind, QString file, QString detail, QString signatureFile = {}, int signer = 0)
{
    SignatureFinding result;
    result.kind = kind;
    result.file = std::move(file);
    result.detail = std::move(detail);
    result.signatureFile = std::move(signatureFile);
    result.signerNumber = signer;
    result.error = kind != Kind::TrustNotChecked && kind != Kind::RevocationNotChecked;
    return result;
}

// Checks one document against its .p7s; returns the check when it could be read.
std::optional<CmsCheck> checkDocument(
    const QString &hearingDir, int version, const QString &name, int recordedSigners, SignatureReport &report)
{
    const QString documentPath = SignedProtocol::relativePath(version, name);
    const QString signaturePath = SignedProtocol::relativePath(version, SignedProtocol::signatureOf(name));
    const QDir dir(hearingDir);
    const auto content = readFile(dir.filePath(documentPath));
    if (!content) {
        report.findings.append(finding(Kind::FileMissing, documentPath, QStringLiteral("missing")));
        return std::nullopt;
    }
    const auto signature = readFile(dir.filePath(signaturePath));
    if (!signature) {
        report.findings.append(finding(Kind::FileMissing, signaturePath, QStringLiteral("missing")));
        return std::nullopt;
    }
    auto checked = CmsSignature::check(*signature, *content, signaturePath);
    if (!checked.ok()) {
        report.findings.append(finding(Kind::SignatureUnreadable, signaturePath, checked.error().message));
        return std::nullopt;
    }
    bool altered = false;
    for (int i = 0; i < checked->signers.size(); ++i) {
        const SignerCheck &signer = checked->signers.at(i);
        if (!signer.contentMatches && signer.certificateDer.size() > 0) {
            altered = true;
        } else if (!signer.ok()) {
            report.findings.append(
                finding(Kind::SignatureInvalid, signaturePath, signer.problem, signaturePath, i + 1));
        }
    }
    if (altered)
        report.findings.append(finding(Kind::DocumentAltered, documentPath,
            QStringLiteral("%1 does not match its signature %2").arg(documentPath, signaturePath), signaturePath));
    if (recordedSigners >= 0 && checked->signers.size() != recordedSigners)
        report.findings.append(finding(Kind::SignersDiffer, signaturePath,
            QStringLiteral("%1 signers in the signature, %2 in signers.json")
                .arg(checked->signers.size())
                .arg(recordedSigners)));
    return *checked;
}

void checkSeal(const QString &hearingDir, int version, const Database *database, SignatureReport &report)
{
    const QDir dir(hearingDir);
    const QString sealPath = SignedProtocol::relativePath(version, SignedProtocol::sealName());
    const auto bytes = readFile(dir.filePath(sealPath));
    if (!bytes)
        return; // reported by checkDocument
    auto seal = HearingSeal::fromJson(*bytes, sealPath);
    if (!seal.ok()) {
        report.findings.append(finding(Kind::SignatureUnreadable, sealPath, seal.error().message));
        return;
    }
    const QString pdfPath = SignedProtocol::relativePath(version, seal->protocolFile);
    const auto pdf = readFile(dir.filePath(pdfPath));
    if (pdf && sha256Hex(*pdf) != seal->protocolSha256)
        report.findings.append(
            finding(Kind::SealMismatch, pdfPath, QStringLiteral("SHA-256 differs from the seal"), sealPath));
    const auto versionFile = readFile(dir.filePath(seal->versionFile));
    if (!versionFile)
        report.findings.append(finding(Kind::FileMissing, seal->versionFile, QStringLiteral("missing")));
    else if (sha256Hex(*versionFile) != seal->versionSha256)
        report.findings.append(
            finding(Kind::SealMismatch, seal->versionFile, QStringLiteral("SHA-256 differs from the seal"), sealPath));
    if (seal->hasRecording) {
        const protocol::RecordingSummary recording = protocol::RecordingSummary::read(hearingDir);
        if (recording.manifestHeadHash != seal->manifestHeadHash || recording.segments != seal->segments)
            report.findings.append(finding(Kind::SealMismatch, QStringLiteral("manifest.jsonl"),
                QStringLiteral("head %1 with %2 segments, the seal binds %3 with %4")
                    .arg(recording.manifestHeadHash)
                    .arg(recording.segments)
                    .arg(seal->manifestHeadHash)
                    .arg(seal->segments),
                sealPath));
    }
    if (database && seal->hasAudit && !seal->auditHeadHash.isEmpty()) {
        auto row = database->exec(QStringLiteral("SELECT id FROM audit_log WHERE hash = ?"), { seal->auditHeadHash });
        if (!row.ok() || !row->next())
            report.findings.append(finding(Kind::AuditHeadMissing, sealPath,
                QStringLiteral("the audit row %1 the seal names is not in the audit log").arg(seal->auditHeadHash),
                sealPath));
    }
}

void checkSigners(int version, const CmsCheck &check, const QList<SignerRecord> &records,
    const std::optional<TrustStore> &trust, const QString &ocspUrl, SignatureReport &report)
{
    const QString signaturePath
        = SignedProtocol::relativePath(version, SignedProtocol::signatureOf(SignedProtocol::pdfName()));
    for (int i = 0; i < check.signers.size(); ++i) {
        const SignerCheck &signer = check.signers.at(i);
        SignerSummary summary;
        summary.version = version;
        // The role by certificate: the SignerInfos of a DER SET are not in signing order.
        for (const SignerRecord &record : records) {
            if (record.certificateSha256 == signer.certificate.sha256Hex)
                summary.role = signingRoleId(record.role);
        }
        summary.certificate = signer.certificate;
        summary.signingTimeUtc = signer.signingTimeUtc;
        summary.timestampUtc = signer.timestampUtc;
        summary.timestampAuthority = signer.timestampAuthority;
        summary.timestampChain = QStringLiteral("not_checked");
        summary.chain = QStringLiteral("not_checked");
        summary.revocation = QStringLiteral("not_checked");
        if (trust && !signer.certificateDer.isEmpty()) {
            X509Ptr certificate = certificateFromDer(signer.certificateDer);
            // The timestamp counts only from an authority the trusted folder vouches for: its
            // certificate must chain there and be valid at the time it stamped.
            bool timestampTrusted = false;
            if (signer.timestampUtc) {
                Result<QByteArray> tsaChain = Error::of(ErrorCode::CertificateUntrusted,
                    { QStringLiteral("the timestamp authority"), QStringLiteral("the token carries no certificate"),
                        trust->folder() });
                if (!signer.timestampCertificateDer.isEmpty()) {
                    X509Ptr tsa = certificateFromDer(signer.timestampCertificateDer);
                    tsaChain = trust->checkChain(tsa.get(), signer.timestampCertificatesDer + check.certificatesDer,
                        *signer.timestampUtc, TrustStore::Purpose::Timestamping);
                }
                timestampTrusted = tsaChain.ok();
                summary.timestampChain = timestampTrusted ? QStringLiteral("trusted") : QStringLiteral("failed");
                if (!timestampTrusted) {
                    SignatureFinding untrusted = finding(Kind::TimestampUntrusted, signaturePath,
                        signer.timestampAuthority.isEmpty() ? QStringLiteral("?") : signer.timestampAuthority,
                        signaturePath, i + 1);
                    untrusted.problem = tsaChain.error();
                    report.findings.append(untrusted);
                }
            }
            // Valid when signed: a trusted timestamp's time when there is one, else the signing time.
            const QDateTime at = timestampTrusted ? *signer.timestampUtc : signer.signingTimeUtc;
            auto issuerDer = trust->checkChain(certificate.get(), check.certificatesDer, at);
            if (!issuerDer.ok()) {
                summary.chain = QStringLiteral("failed");
                SignatureFinding problem
                    = finding(Kind::CertificateProblem, signaturePath, issuerDer.error().message, signaturePath, i + 1);
                problem.problem = issuerDer.error();
                report.findings.append(problem);
            } else {
                summary.chain = QStringLiteral("trusted");
                X509Ptr issuer = certificateFromDer(*issuerDer);
                auto status = RevocationCheck(*trust, ocspUrl).check(certificate.get(), issuer.get());
                if (!status.ok()) {
                    summary.revocation = QStringLiteral("failed");
                    SignatureFinding unknown = finding(
                        Kind::RevocationNotChecked, signaturePath, status.error().message, signaturePath, i + 1);
                    unknown.problem = status.error();
                    report.findings.append(unknown);
                } else {
                    summary.revocationSource = status->source;
                    switch (status->state) {
                    case RevocationStatus::State::Good:
                        summary.revocation = QStringLiteral("good");
                        break;
                    case RevocationStatus::State::NotChecked:
                        report.findings.append(finding(Kind::RevocationNotChecked, signaturePath,
                            QStringLiteral("no OCSP responder and no CRL"), signaturePath, i + 1));
                        break;
                    case RevocationStatus::State::Revoked:
                        if (status->revokedAtUtc.isValid() && status->revokedAtUtc > at) {
                            summary.revocation = QStringLiteral("revoked_after_signing");
                        } else {
                            summary.revocation = QStringLiteral("revoked");
                            SignatureFinding revoked = finding(Kind::CertificateProblem, signaturePath,
                                QStringLiteral("revoked"), signaturePath, i + 1);
                            revoked.problem = Error::of(ErrorCode::CertificateRevoked,
                                { signer.certificate.displayName(), status->revokedAtUtc.toString(Qt::ISODate),
                                    status->source });
                            report.findings.append(revoked);
                        }
                        break;
                    }
                }
            }
        }
        report.signers.append(summary);
    }
}

} // namespace

SignatureReport SignatureVerifier::verify(const QString &hearingDir, const Options &options)
{
    SignatureReport report;
    report.versions = SignedProtocol::signedVersions(hearingDir);
    if (report.versions.isEmpty())
        return report;
    std::optional<TrustStore> trust;
    if (!options.trustDir.isEmpty()) {
        auto loaded = TrustStore::load(options.trustDir);
        if (loaded.ok())
            trust = std::move(*loaded);
    }
    if (!trust)
        report.findings.append(
            finding(Kind::TrustNotChecked, options.trustDir, QStringLiteral("no trusted CA folder")));
    for (const int version : std::as_const(report.versions)) {
        const QString folder = SignedProtocol::versionFolder(hearingDir, version);
        QList<SignerRecord> records;
        int recorded = -1;
        if (auto read = SignedProtocol::readSigners(folder); read.ok()) {
            records = *read;
            recorded = static_cast<int>(records.size());
        } else {
            report.findings.append(finding(Kind::FileMissing,
                SignedProtocol::relativePath(version, SignedProtocol::signersName()), read.error().message));
        }
        const auto pdf = checkDocument(hearingDir, version, SignedProtocol::pdfName(), recorded, report);
        (void)checkDocument(hearingDir, version, SignedProtocol::sealName(), recorded, report); // findings only
        checkSeal(hearingDir, version, options.database, report);
        if (pdf)
            checkSigners(version, *pdf, records, trust, options.ocspUrl, report);
    }
    return report;
}

} // namespace hattama::signature
