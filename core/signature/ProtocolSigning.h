#pragma once

#include "signature/CertificateInfo.h"
#include "signature/RevocationCheck.h"
#include "signature/SignedProtocol.h"
#include "signature/Signer.h"
#include "util/Result.h"

#include <QString>

#include <optional>

namespace hattama {
class Database;
}

namespace hattama::signature {

struct SigningOptions {
    QString trustDir; // the trusted CA folder (TrustStore)
    QString ocspUrl; // empty: the certificate's own responder (AIA), else a CRL file
    QString tsaUrl; // RFC 3161 authority; empty: no timestamp
    std::optional<SigningRole> role; // empty: the next one (secretary, then judge)
    Database *database = nullptr; // the hearing's database: its audit head goes into the seal
};

// What signing would do now: which protocol version, in which role.
struct SigningPlan {
    int version = 0;
    SigningRole role = SigningRole::Secretary;
    bool firstSignature = true; // the PDF and seal are made now (else the judge adds to them)
};

struct SigningResult {
    int version = 0;
    SigningRole role = SigningRole::Secretary;
    CertificateInfo certificate;
    RevocationStatus revocation;
    QString folder; // the signed version's folder
    std::optional<QDateTime> timestampUtc;
};

// Signs the latest saved protocol version of a hearing folder (docs/signature.md): the
// secretary's signature exports the version as PDF, makes the hearing seal and signs both; the
// judge's adds a second signer to both signatures. Before signing the signer's certificate is
// checked (chain to the trusted folder, validity now, key usage, revocation). Writes nothing on
// any failure; the signed version is then frozen (ProtocolVersionStore::freeze). The PDF
// needs a QGuiApplication (fonts).
class ProtocolSigning {
public:
    ProtocolSigning(QString hearingDir, SigningOptions options);

    Result<SigningPlan> plan() const;
    // The checks of the signer's certificate, now; the revocation status they found.
    Result<RevocationStatus> checkSigner(const Signer &signer) const;
    Result<SigningResult> sign(Signer &signer);

private:
    Result<QByteArray> sealFor(int version, const QByteArray &pdf) const;

    QString m_hearingDir;
    SigningOptions m_options;
};

} // namespace hattama::signature
