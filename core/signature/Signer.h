#pragma once

#include "signature/CertificateInfo.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>

namespace hattama::signature {

// Who signs, and how: makes detached CMS SignedData (DER) over a document, or adds one more
// SignerInfo to an existing one over the same document (the judge after the secretary). Each
// SignerInfo carries SHA-256, the signing time and the signer's certificate bound by ESS
// signing-certificate-v2 (CAdES-BES). Pkcs12Signer signs with a .p12 key file through OpenSSL;
// a signer through the authority's signing service (GOST keys) would be another implementation.
class Signer {
public:
    virtual ~Signer() = default;

    virtual const CertificateInfo &certificate() const = 0;
    // The signer's certificate and the other certificates its key file carries (DER), for
    // chain checks before signing.
    virtual QByteArray certificateDer() const = 0;
    virtual QList<QByteArray> chainDer() const = 0;

    // A new signature over content with this signer as its only signer.
    virtual Result<QByteArray> signDetached(const QByteArray &content) = 0;
    // existing (DER, over the same content) with this signer added after the signers it has.
    virtual Result<QByteArray> addSigner(const QByteArray &existing) = 0;
};

} // namespace hattama::signature
