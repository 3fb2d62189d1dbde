#pragma once

#include <QString>

namespace hattama::signature {

// Where signing and verification find the trusted certification authorities and the OCSP
// responder; the same lookup for `hattama sign`, `hattama verify` and the GUI
// (docs/signature.md, "Trust and revocation").
class SignatureSettings {
public:
    // The user's own setting for the trusted folder (kept from earlier versions).
    static constexpr const char *kUserTrustDir = "signature/trustDir";
    static constexpr const char *kOcspUrl = "signature/ocspUrl";
    // The RFC 3161 timestamp authority the GUI asks (the command line's --tsa); empty: none.
    static constexpr const char *kTsaUrl = "signature/tsaUrl";

    // The trusted CA folder, first match wins:
    //   1. explicitDir (the command line's --trust), when not empty;
    //   2. the user's setting signature/trustDir;
    //   3. signing/trustedCaDir (SystemConfig::kTrustedCaDir): the user's setting of that key,
    //      else the system file (/etc/hattama/hattama.conf) that court IT sets for everyone;
    //   4. <archiveDir>/trust.
    // Relative paths are made absolute.
    static QString trustFolder(const QString &explicitDir, const QString &archiveDir);
    // The OCSP responder: explicitUrl (--ocsp), else the setting signature/ocspUrl; empty: the
    // responder the certificate names (AIA).
    static QString ocspUrl(const QString &explicitUrl);
    // The setting signature/tsaUrl (the GUI's timestamp authority); empty: no timestamp.
    static QString tsaUrl();
};

} // namespace hattama::signature
