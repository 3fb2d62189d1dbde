#pragma once

#include "signature/OpenSslPtr.h"
#include "signature/TrustStore.h"
#include "util/Result.h"

#include <QDateTime>
#include <QString>

namespace hattama::signature {

// Whether a certificate is revoked, and how that was learnt: by OCSP when a responder is
// configured or named in the certificate (Authority Information Access), else by a CRL file of
// the trusted folder, else not at all. docs/signature.md.
struct RevocationStatus {
    enum class State { Good, Revoked, NotChecked };
    State state = State::NotChecked;
    QString source; // "OCSP http://…", "CRL <file issuer>", or empty
    QDateTime revokedAtUtc; // Revoked
    QDateTime checkedAtUtc;

    QString stateId() const; // "good", "revoked", "not_checked"
};

class RevocationCheck {
public:
    // ocspUrl: the configured responder; empty: the certificate's own (AIA), if any; "none":
    // no OCSP, the CRL files of the trusted folder only.
    RevocationCheck(const TrustStore &trust, QString ocspUrl = {});

    // The status of certificate issued by issuer. An error (RevocationUnknown) when a responder
    // is there but gives no usable answer (unreachable, unsigned, unknown certificate).
    Result<RevocationStatus> check(X509 *certificate, X509 *issuer) const;

    // The OCSP address the check would ask (configured, else AIA); empty when none.
    QString ocspUrlFor(X509 *certificate) const;

private:
    Result<RevocationStatus> askOcsp(const QString &url, X509 *certificate, X509 *issuer) const;

    const TrustStore &m_trust;
    QString m_ocspUrl;
};

} // namespace hattama::signature
