#include "signature/ProtocolSigning.h"

#include "media/DurableFiles.h"
#include "protocol/PdfWriter.h"
#include "protocol/ProtocolVersionStore.h"
#include "protocol/RecordingSummary.h"
#include "signature/CmsSignature.h"
#include "signature/HearingSeal.h"
#include "signature/Pkcs12Signer.h"
#include "signature/Timestamp.h"
#include "signature/TrustStore.h"
#include "storage/Database.h"
#include "util/Logging.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace hattama::signature {

namespace {

using protocol::ProtocolVersionStore;

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::of(ErrorCode::FileUnreadable, { path, file.errorString() });
    return file.readAll();
}

// Writes bytes to path and syncs it (the caller renames it into place).
Status writeDurably(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return Error::of(ErrorCode::FileUnwritable, { path, file.errorString() });
    file.close();
    return DurableFiles::syncFile(path);
}

} // namespace

ProtocolSigning::ProtocolSigning(QString hearingDir, SigningOptions options)
    : m_hearingDir(std::move(hearingDir))
    , m_options(std::move(options))
{
}

Result<SigningPlan> ProtocolSigning::plan() const
{
    const QList<int> numbers = ProtocolVersionStore(m_hearingDir).numbers();
    if (numbers.isEmpty())
        return Error::of(ErrorCode::ProtocolNotSaved, { m_hearingDir });
    SigningPlan plan;
    plan.version = numbers.last();
    const QString folder = SignedProtocol::versionFolder(m_hearingDir, plan.version);
    QList<SignerRecord> signers;
    if (QFileInfo::exists(folder)) {
        auto read = SignedProtocol::readSigners(folder);
        if (!read.ok())
            return read.error();
        signers = *read;
    }
    const QString version = QString::number(plan.version);
    if (signers.size() >= 2)
        return Error::of(ErrorCode::ProtocolFullySigned, { version });
    plan.firstSignature = signers.isEmpty();
    plan.role = plan.firstSignature ? SigningRole::Secretary : SigningRole::Judge;
    if (m_options.role && *m_options.role != plan.role) {
        if (*m_options.role == SigningRole::Judge)
            return Error::of(ErrorCode::ProtocolNotSignedBySecretary, { version });
        return Error::of(ErrorCode::ProtocolAlreadySignedAs, { version, QStringLiteral("secretary") });
    }
    return plan;
}

Result<RevocationStatus> ProtocolSigning::checkSigner(const Signer &signer) const
{
    auto trust = TrustStore::load(m_options.trustDir);
    if (!trust.ok())
        return trust.error();
    X509Ptr certificate = certificateFromDer(signer.certificateDer());
    auto issuerDer = trust->checkChain(certificate.get(), signer.chainDer(), QDateTime::currentDateTimeUtc());
    if (!issuerDer.ok())
        return issuerDer.error();
    X509Ptr issuer = certificateFromDer(*issuerDer);
    auto status = RevocationCheck(*trust, m_options.ocspUrl).check(certificate.get(), issuer.get());
    if (!status.ok())
        return status.error();
    if (status->state == RevocationStatus::State::Revoked)
        return Error::of(ErrorCode::CertificateRevoked,
            { signer.certificate().displayName(), status->revokedAtUtc.toString(Qt::ISODate), status->source });
    return status;
}

Result<QByteArray> ProtocolSigning::sealFor(int version, const QByteArray &pdf) const
{
    ProtocolVersionStore store(m_hearingDir);
    auto loaded = store.load(version);
    if (!loaded.ok())
        return loaded.error();
    auto versionBytes = readFile(store.pathOf(version));
    if (!versionBytes.ok())
        return versionBytes.error();
    HearingSeal seal;
    seal.hearingId = loaded->document.hearingId;
    seal.caseNumber = loaded->document.caseNumber;
    seal.protocolVersion = version;
    seal.protocolLanguage = loaded->document.language;
    seal.protocolKind = loaded->document.kind;
    seal.protocolFile = SignedProtocol::pdfName();
    seal.protocolSha256 = sha256Hex(pdf);
    seal.versionFile = QDir(m_hearingDir).relativeFilePath(store.pathOf(version));
    seal.versionSha256 = sha256Hex(*versionBytes);
    const protocol::RecordingSummary recording = protocol::RecordingSummary::read(m_hearingDir);
    seal.hasRecording = recording.present();
    if (seal.hasRecording) {
        seal.manifestHeadHash = recording.manifestHeadHash;
        seal.segments = recording.segments;
        seal.parts = recording.parts;
        seal.durationMs = recording.durationMs;
    }
    if (m_options.database) {
        auto head = m_options.database->exec(
            QStringLiteral("SELECT hash, (SELECT COUNT(*) FROM audit_log) FROM audit_log ORDER BY id DESC LIMIT 1"));
        if (!head.ok())
            return head.error();
        seal.hasAudit = true;
        if (head->next()) {
            seal.auditHeadHash = head->value(0).toString();
            seal.auditRows = head->value(1).toLongLong();
        }
    }
    seal.sealedAtUtc = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return seal.toJson();
}

Result<SigningResult> ProtocolSigning::sign(Signer &signer)
{
    auto planned = plan();
    if (!planned.ok())
        return planned.error();
    if (!planned->firstSignature) {
        // One person signs once: the secretary's key cannot also sign as the judge.
        auto recorded = SignedProtocol::readSigners(SignedProtocol::versionFolder(m_hearingDir, planned->version));
        if (!recorded.ok())
            return recorded.error();
        for (const SignerRecord &earlier : *recorded) {
            if (earlier.certificateSha256 == signer.certificate().sha256Hex)
                return Error::of(ErrorCode::ProtocolAlreadySignedAs,
                    { QString::number(planned->version), signingRoleId(earlier.role) });
        }
    }
    auto revocation = checkSigner(signer);
    if (!revocation.ok())
        return revocation.error();

    const QString folder = SignedProtocol::versionFolder(m_hearingDir, planned->version);
    const QString pdfSignatureName = SignedProtocol::signatureOf(SignedProtocol::pdfName());
    const QString sealSignatureName = SignedProtocol::signatureOf(SignedProtocol::sealName());
    QByteArray pdf;
    QByteArray seal;
    QByteArray pdfSignature;
    QByteArray sealSignature;
    QList<SignerRecord> signers;
    if (planned->firstSignature) {
        auto version = ProtocolVersionStore(m_hearingDir).load(planned->version);
        if (!version.ok())
            return version.error();
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        if (Status written = protocol::PdfWriter::write(version->document, &buffer); !written.ok())
            return written.error();
        auto made = sealFor(planned->version, pdf);
        if (!made.ok())
            return made.error();
        seal = *made;
        auto signedPdf = signer.signDetached(pdf);
        if (!signedPdf.ok())
            return signedPdf.error();
        auto signedSeal = signer.signDetached(seal);
        if (!signedSeal.ok())
            return signedSeal.error();
        pdfSignature = *signedPdf;
        sealSignature = *signedSeal;
    } else {
        // The judge signs exactly what the secretary signed: both documents are checked
        // against their signatures first.
        const QDir dir(folder);
        for (const QString &name : { SignedProtocol::pdfName(), SignedProtocol::sealName() }) {
            auto content = readFile(dir.filePath(name));
            if (!content.ok())
                return content.error();
            auto signature = readFile(dir.filePath(SignedProtocol::signatureOf(name)));
            if (!signature.ok())
                return signature.error();
            const QString relative = SignedProtocol::relativePath(planned->version, SignedProtocol::signatureOf(name));
            auto checked = CmsSignature::check(*signature, *content, relative);
            if (!checked.ok())
                return checked.error();
            if (!checked->ok())
                return Error::of(ErrorCode::SignatureUnreadable,
                    { relative,
                        checked->signers.isEmpty() ? QStringLiteral("no signer") : checked->signers.first().problem });
            auto added = signer.addSigner(*signature);
            if (!added.ok())
                return added.error();
            if (name == SignedProtocol::pdfName()) {
                pdf = *content;
                pdfSignature = *added;
            } else {
                sealSignature = *added;
            }
        }
        auto read = SignedProtocol::readSigners(folder);
        if (!read.ok())
            return read.error();
        signers = *read;
    }

    SigningResult result;
    if (!m_options.tsaUrl.isEmpty()) {
        auto stampedPdf = Timestamp::stampSigner(pdfSignature, signer.certificateDer(), m_options.tsaUrl);
        if (!stampedPdf.ok())
            return stampedPdf.error();
        auto stampedSeal = Timestamp::stampSigner(sealSignature, signer.certificateDer(), m_options.tsaUrl);
        if (!stampedSeal.ok())
            return stampedSeal.error();
        pdfSignature = *stampedPdf;
        sealSignature = *stampedSeal;
    }
    // What was made is read back as a verifier will: the new signer must check out.
    auto reread = CmsSignature::check(pdfSignature, pdf, pdfSignatureName);
    if (!reread.ok())
        return reread.error();
    // The new signer by its certificate: SignerInfos are a DER SET, kept sorted, not in order.
    const SignerCheck *found = nullptr;
    for (const SignerCheck &check : reread->signers) {
        if (check.certificate.sha256Hex == signer.certificate().sha256Hex)
            found = &check;
    }
    if (!reread->ok() || !found)
        return Error::of(ErrorCode::SigningFailed, { QStringLiteral("the new signature does not check out") });
    const SignerCheck &made = *found;
    result.timestampUtc = made.timestampUtc;

    SignerRecord record;
    record.role = planned->role;
    record.name = signer.certificate().commonName;
    record.iin = signer.certificate().iin;
    record.certificateSha256 = signer.certificate().sha256Hex;
    record.signedAtUtc = made.signingTimeUtc.toString(Qt::ISODate);
    record.revocation = revocation->stateId();
    record.revocationSource = revocation->source;
    if (made.timestampUtc)
        record.timestampUtc = made.timestampUtc->toString(Qt::ISODate);
    signers.append(record);

    // Written whole or not at all: a new version's folder is filled under a temporary name and
    // renamed; the judge's files replace the secretary's ones by rename.
    if (planned->firstSignature) {
        const QString temporary = folder + QStringLiteral(".partial");
        QDir(temporary).removeRecursively();
        if (!QDir().mkpath(temporary))
            return Error::of(ErrorCode::FolderUncreatable, { temporary });
        const QDir dir(temporary);
        const QList<QPair<QString, QByteArray>> files {
            { SignedProtocol::pdfName(), pdf },
            { pdfSignatureName, pdfSignature },
            { SignedProtocol::sealName(), seal },
            { sealSignatureName, sealSignature },
            { SignedProtocol::signersName(), SignedProtocol::signersJson(signers) },
        };
        for (const auto &[name, bytes] : files) {
            if (Status written = writeDurably(dir.filePath(name), bytes); !written.ok()) {
                QDir(temporary).removeRecursively();
                return written.error();
            }
        }
        if (Status synced = DurableFiles::syncDirectory(temporary); !synced.ok())
            return synced.error();
        if (!QDir().rename(temporary, folder)) {
            QDir(temporary).removeRecursively();
            return Error::of(ErrorCode::FileRenameFailed, { temporary, folder, QStringLiteral("rename failed") });
        }
    } else {
        const QDir dir(folder);
        const QList<QPair<QString, QByteArray>> files {
            { pdfSignatureName, pdfSignature },
            { sealSignatureName, sealSignature },
            { SignedProtocol::signersName(), SignedProtocol::signersJson(signers) },
        };
        for (const auto &[name, bytes] : files) {
            const QString temporary = dir.filePath(name + QStringLiteral(".partial"));
            if (Status written = writeDurably(temporary, bytes); !written.ok())
                return written.error();
        }
        for (const auto &[name, bytes] : files) {
            if (Status replaced
                = DurableFiles::replaceFile(dir.filePath(name + QStringLiteral(".partial")), dir.filePath(name));
                !replaced.ok())
                return replaced.error();
        }
    }
    if (Status synced = DurableFiles::syncDirectory(QFileInfo(folder).absolutePath()); !synced.ok())
        return synced.error();
    if (Status frozen = ProtocolVersionStore(m_hearingDir).freeze(planned->version); !frozen.ok())
        return frozen.error();

    result.version = planned->version;
    result.role = planned->role;
    result.certificate = signer.certificate();
    result.revocation = *revocation;
    result.folder = folder;
    qCInfo(lcSigning).noquote() << "protocol version" << result.version << "signed as" << signingRoleId(result.role)
                                << "by" << result.certificate.subject;
    return result;
}

} // namespace hattama::signature
