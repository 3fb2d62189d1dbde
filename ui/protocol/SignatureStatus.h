#pragma once

#include "signature/SignatureVerifier.h"
#include "storage/DatabaseLocation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace hattama::ui {

// A signed protocol version as its badge shows it: who signed, when, and whether the
// signatures hold as SignatureVerifier finds them (documents, chains, revocation, the seal).
struct SignatureBadge {
    int version = 0;
    QList<signature::SignerSummary> signers; // in the order signers.json gives
    bool valid = false;
    bool trustChecked = true; // false: no trusted CA folder, chains not checked
    QString problem; // English detail of the first error (tooltip, log)
};

// The signature badges of the protocol window and the hearings list. The check reads every
// signed file and may ask an OCSP responder, so it runs on a thread of its own; done is called
// on context's thread (never when context is gone).
class SignatureStatus {
    Q_DECLARE_TR_FUNCTIONS(SignatureStatus)
public:
    struct Request {
        QString hearingDir;
        QString archiveDir; // the trusted folder's lookup (SignatureSettings::trustFolder)
        std::optional<DatabaseLocation> database; // the seal's audit head; empty: not checked
    };
    static void check(
        QObject *context, const Request &request, std::function<void(const signature::SignatureReport &)> done);

    // The badge of version (0: the latest signed one); empty when it is not signed.
    static std::optional<SignatureBadge> badgeOf(const signature::SignatureReport &report, int version = 0);
    // "Signed ✔ · secretary АХМЕТОВА ӘСЕЛ, 30.11.2026 10:15 · judge …", translated.
    static QString text(const SignatureBadge &badge);
    // Short, for a list column: "✔ 2/2", "✘ invalid".
    static QString shortText(const SignatureBadge &badge);
    static QString roleText(const QString &roleId);
};

} // namespace hattama::ui
