#pragma once

#include "signature/CertificateInfo.h"
#include "signature/OpenSslPtr.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <vector>

namespace hattama::signature {

// The trusted certification authorities: a folder where court IT puts the authority's root and
// intermediate certificates (.pem, .crt, .cer; PEM or DER, several per PEM file) and, for
// revocation without OCSP, its CRL files (.crl). docs/signature.md.
class TrustStore {
public:
    // Environment error (TrustFolderMissing) when the folder holds no certificate.
    static Result<TrustStore> load(const QString &folder);

    const QString &folder() const { return m_folder; }
    int certificateCount() const { return static_cast<int>(m_certificates.size()); }

    // What the certificate is checked for: signing documents (key usage digitalSignature and
    // nonRepudiation) or, for an RFC 3161 timestamp authority, timestamping (extended key usage
    // timeStamping when the certificate states extended usages).
    enum class Purpose { DocumentSigning, Timestamping };

    // Checks that certificate chains up to a trusted root through the trusted certificates and
    // untrusted (those the key file or the signature carries), that every certificate of the
    // chain is valid at atUtc, and that it may sign documents (key usage digitalSignature and
    // nonRepudiation). Errors: CertificateExpired, CertificateNotYetValid, CertificateUntrusted,
    // CertificateWrongUsage. On success returns the certificate's issuer (DER).
    Result<QByteArray> checkChain(X509 *certificate, const QList<QByteArray> &untrusted, const QDateTime &atUtc,
        Purpose purpose = Purpose::DocumentSigning) const;

    // The CRL in the folder issued by issuer (signature checked); nullptr when there is none.
    X509_CRL *crlOf(X509 *issuer) const;
    X509_STORE *newStore() const; // a store with every trusted certificate (caller frees)

private:
    QString m_folder;
    std::vector<X509Ptr> m_certificates;
    std::vector<X509CrlPtr> m_crls;
};

} // namespace hattama::signature
