#pragma once

#include "signature/CertificateInfo.h"
#include "signature/SignedProtocol.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace hattama {
class Database;
}

namespace hattama::signature {

// One thing the signature check found; file names the file concerned, relative to the hearing
// folder. The command line words it by kind (English detail for the log).
struct SignatureFinding {
    enum class Kind {
        FileMissing, // file
        SignatureUnreadable, // file (a .p7s that is not a CMS SignedData)
        DocumentAltered, // file, signatureFile: the document does not match its signature
        SignatureInvalid, // signatureFile, signerNumber: a signer's signature value is wrong
        SignersDiffer, // file: the .p7s and signers.json name different signers
        SealMismatch, // file: the file no longer matches what seal.json (signatureFile) binds
        AuditHeadMissing, // signatureFile = the seal: the audit row it names is gone
        CertificateProblem, // signatureFile, signerNumber, error (chain, validity, usage, revocation)
        TrustNotChecked, // warning: no trusted CA folder, chains not checked
        RevocationNotChecked, // warning: signerNumber; no OCSP responder and no CRL
        TimestampUntrusted, // signatureFile, signerNumber, detail = the authority's name, error: the
                            // timestamp token's certificate does not chain to the trusted folder
    };
    Kind kind = Kind::FileMissing;
    bool error = true;
    QString file;
    QString signatureFile;
    int signerNumber = 0;
    std::optional<Error> problem; // CertificateProblem, and RevocationNotChecked's reason when known
    QString detail; // English
};

// What each signer of each signed version is (from the protocol's signature).
struct SignerSummary {
    int version = 0;
    QString role; // "secretary", "judge" (signers.json), or empty
    CertificateInfo certificate;
    QDateTime signingTimeUtc;
    std::optional<QDateTime> timestampUtc;
    QString timestampAuthority; // the TSA's name (its certificate's CN)
    QString timestampChain; // "trusted", "not_checked", "failed" (then timestampUtc is not relied on)
    QString chain; // "trusted", "not_checked", "failed"
    QString revocation; // "good", "revoked_after_signing", "not_checked", "failed", "revoked"
    QString revocationSource;
};

struct SignatureReport {
    QList<int> versions; // signed versions found
    QList<SignerSummary> signers;
    QList<SignatureFinding> findings;

    bool intact() const
    {
        for (const SignatureFinding &finding : findings) {
            if (finding.error)
                return false;
        }
        return true;
    }
};

// The signature part of `hattama verify` (docs/signature.md): for every signed version, both
// documents against their signatures, every signer's certificate (chain to the trusted folder
// and validity at the signing time, key usage, revocation), the seal against the protocol PDF,
// the version file, the recording's manifest and the audit log.
class SignatureVerifier {
public:
    struct Options {
        QString trustDir; // empty or missing: chains are not checked (a warning)
        QString ocspUrl;
        Database *database = nullptr; // for the seal's audit head; nullptr: not checked
    };
    static SignatureReport verify(const QString &hearingDir, const Options &options);
};

} // namespace hattama::signature
