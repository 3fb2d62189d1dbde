#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace hattama::signature {

// Who signs a protocol version: the secretary first, then the judge (docs/signature.md).
enum class SigningRole { Secretary, Judge };
QString signingRoleId(SigningRole role); // "secretary", "judge"
std::optional<SigningRole> signingRoleFromId(const QString &id);

// One signer of a version as recorded at signing: who, when, and what the revocation check
// said then. The signature files are the evidence; this record says which role each signer
// had and what was checked.
struct SignerRecord {
    SigningRole role = SigningRole::Secretary;
    QString name; // the certificate's CN
    QString iin;
    QString certificateSha256;
    QString signedAtUtc; // ISO 8601
    QString revocation; // "good", "revoked", "not_checked"
    QString revocationSource; // "OCSP http://…", "CRL of …", empty
    QString timestampUtc; // genTime of the RFC 3161 token, empty without one
};

// The signed versions of a hearing's protocol as files (docs/signature.md):
//   <hearing>/signature/v0003/protocol.pdf       the protocol version 3 as signed
//   <hearing>/signature/v0003/protocol.pdf.p7s   detached CMS, secretary then judge
//   <hearing>/signature/v0003/seal.json          the hearing seal (HearingSeal)
//   <hearing>/signature/v0003/seal.json.p7s      detached CMS over the seal, same signers
//   <hearing>/signature/v0003/signers.json       SignerRecord per signer, in signing order
class SignedProtocol {
public:
    static QString folderName() { return QStringLiteral("signature"); }
    static QString pdfName() { return QStringLiteral("protocol.pdf"); }
    static QString sealName() { return QStringLiteral("seal.json"); }
    static QString signatureOf(const QString &name) { return name + QStringLiteral(".p7s"); }
    static QString signersName() { return QStringLiteral("signers.json"); }

    // <hearingDir>/signature/v0003
    static QString versionFolder(const QString &hearingDir, int version);
    // "signature/v0003/protocol.pdf": a file of a signed version, relative to the hearing folder.
    static QString relativePath(int version, const QString &name);
    // The versions with a signature folder, ascending.
    static QList<int> signedVersions(const QString &hearingDir);

    static QByteArray signersJson(const QList<SignerRecord> &signers);
    static Result<QList<SignerRecord>> readSigners(const QString &versionFolder);
};

} // namespace hattama::signature
