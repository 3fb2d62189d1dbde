#pragma once

#include "signature/OpenSslPtr.h"
#include "signature/Signer.h"
#include "util/Result.h"

#include <memory>

namespace hattama::signature {

// A signer from a PKCS#12 key file (.p12) as the National Certification Authority issues them:
// RSA (and EC) keys with SHA-256. Other keys (the authority's GOST keys, Ed25519, …) are
// refused with KeyAlgorithmUnsupported; a wrong password is KeyPasswordWrong.
class Pkcs12Signer : public Signer {
public:
    static Result<std::unique_ptr<Pkcs12Signer>> open(const QString &keyFile, const QByteArray &password);

    const CertificateInfo &certificate() const override { return m_info; }
    QByteArray certificateDer() const override;
    QList<QByteArray> chainDer() const override;
    Result<QByteArray> signDetached(const QByteArray &content) override;
    Result<QByteArray> addSigner(const QByteArray &existing) override;

private:
    Pkcs12Signer() = default;
    void addChain(CMS_ContentInfo *cms) const;

    EvpPkeyPtr m_key;
    X509Ptr m_certificate;
    X509StackPtr m_chain;
    CertificateInfo m_info;
};

// DER of a certificate (empty on failure).
QByteArray certificateToDer(X509 *certificate);
X509Ptr certificateFromDer(const QByteArray &der);

} // namespace hattama::signature
