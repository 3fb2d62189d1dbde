#pragma once

#include "signature/Pkcs12Signer.h"
#include "signature/ProtocolSigning.h"
#include "util/Result.h"

#include <QString>

#include <memory>
#include <optional>

namespace hattama {

class Database;

// Signing a hearing's protocol as one step of the hearing (docs/signature.md): the workflow
// says whether it may be signed, ProtocolSigning signs, and the audit chain records every
// signing ("protocol.sign", the judge's moves the hearing to signed) and every failed attempt
// ("protocol.sign_failed": role, key file, error code). The one path of `hattama sign` and of
// the protocol window's Sign dialog.
class HearingSigning {
public:
    // db nullptr: a hearing folder outside any database (nothing to audit, no workflow).
    HearingSigning(QString hearingDir, signature::SigningOptions options, Database *db, QString hearingId);

    // What signing would do now (the workflow allows it, the version, the role).
    Result<signature::SigningPlan> plan();
    // Opens a key file; a wrong password or an unsupported key is audited as a failed attempt.
    Result<std::unique_ptr<signature::Pkcs12Signer>> openKey(const QString &keyFile, const QByteArray &password);
    // Signs; a refusal (expired, revoked, untrusted, a service not answering, …) is audited.
    Result<signature::SigningResult> sign(signature::Signer &signer, const QString &keyFile);

private:
    Error refused(const Error &error, const QString &keyFile);

    QString m_hearingDir;
    signature::SigningOptions m_options;
    Database *m_db = nullptr;
    QString m_hearingId;
    std::optional<signature::SigningPlan> m_plan;
};

} // namespace hattama
