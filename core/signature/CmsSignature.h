#pragma once

#include "signature/CertificateInfo.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace hattama::signature {

// One SignerInfo of a detached CMS signature as checked against its document.
struct SignerCheck {
    CertificateInfo certificate;
    QByteArray certificateDer; // empty when the signature does not carry the signer's certificate
    QDateTime signingTimeUtc; // the signed signingTime attribute
    bool contentMatches = false; // the messageDigest equals the document's SHA-256
    bool signatureValid = false; // the signature over the signed attributes is the certificate's
    bool certificateBound = false; // ESS signing-certificate-v2 names this certificate
    std::optional<QDateTime> timestampUtc; // genTime of an RFC 3161 token, when present
    bool timestampValid = false; // the token covers this signature (imprint and token signature)
    QString timestampAuthority; // the TSA certificate's CN
    QByteArray timestampCertificateDer; // the TSA certificate (DER); empty when the token lacks it
    QList<QByteArray> timestampCertificatesDer; // the certificates the token carries
    QString problem; // English: the first thing wrong, empty when all is right

    bool ok() const { return problem.isEmpty(); }
};

// What a detached CMS SignedData (DER .p7s) says about a document: each signer in order. The
// trust in the certificates is TrustStore's business, not this one's.
struct CmsCheck {
    QList<SignerCheck> signers;
    QList<QByteArray> certificatesDer; // every certificate the signature carries
    bool ok() const;
};

class CmsSignature {
public:
    // Fails (SignatureUnreadable, naming file) only when der is not a CMS SignedData.
    static Result<CmsCheck> check(const QByteArray &der, const QByteArray &content, const QString &file);
};

} // namespace hattama::signature
