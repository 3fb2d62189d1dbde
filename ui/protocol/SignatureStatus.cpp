#include "protocol/SignatureStatus.h"

#include "signature/SignatureSettings.h"
#include "signature/SignedProtocol.h"
#include "storage/Database.h"
#include "util/CourtTime.h"

#include <QLocale>
#include <QObject>
#include <QThread>

#include <memory>

namespace hattama::ui {

using namespace hattama::signature;

void SignatureStatus::check(QObject *context, const Request &request, std::function<void(const SignatureReport &)> done)
{
    auto report = std::make_shared<SignatureReport>();
    QThread *thread = QThread::create([report, request] {
        SignatureVerifier::Options options;
        options.trustDir = SignatureSettings::trustFolder(QString(), request.archiveDir);
        options.ocspUrl = SignatureSettings::ocspUrl(QString());
        std::unique_ptr<Database> db;
        if (request.database) {
            auto opened = Database::open(*request.database);
            if (opened.ok())
                db = std::move(*opened);
        }
        options.database = db.get();
        *report = SignatureVerifier::verify(request.hearingDir, options);
    });
    thread->setObjectName(QStringLiteral("hattama-signature-check"));
    QObject::connect(thread, &QThread::finished, context, [report, done = std::move(done)] { done(*report); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

std::optional<SignatureBadge> SignatureStatus::badgeOf(const SignatureReport &report, int version)
{
    if (report.versions.isEmpty())
        return std::nullopt;
    if (version == 0)
        version = report.versions.last();
    if (!report.versions.contains(version))
        return std::nullopt;
    SignatureBadge badge;
    badge.version = version;
    badge.valid = true;
    for (const SignerSummary &signer : report.signers) {
        if (signer.version == version)
            badge.signers << signer;
    }
    // A finding belongs to the version whose folder it names; one that names no signed
    // version's folder (the recording, the version file) concerns them all.
    const auto prefixOf = [](int v) { return SignedProtocol::relativePath(v, QString()); };
    for (const SignatureFinding &finding : report.findings) {
        if (finding.kind == SignatureFinding::Kind::TrustNotChecked)
            badge.trustChecked = false;
        if (!finding.error)
            continue;
        bool ownVersion = false;
        bool anyVersion = false;
        for (int v : report.versions) {
            const bool names = finding.file.startsWith(prefixOf(v)) || finding.signatureFile.startsWith(prefixOf(v));
            anyVersion = anyVersion || names;
            ownVersion = ownVersion || (names && v == version);
        }
        if (ownVersion || !anyVersion) {
            if (badge.valid)
                badge.problem = QStringLiteral("%1: %2").arg(finding.file, finding.detail);
            badge.valid = false;
        }
    }
    return badge;
}

QString SignatureStatus::roleText(const QString &roleId)
{
    if (roleId == QLatin1String("judge"))
        //: a signer's role on a protocol signature badge
        return tr("judge");
    if (roleId == QLatin1String("secretary"))
        //: a signer's role on a protocol signature badge
        return tr("secretary");
    return tr("signer");
}

QString SignatureStatus::text(const SignatureBadge &badge)
{
    const QLocale locale;
    QStringList parts;
    for (const SignerSummary &signer : badge.signers) {
        const QDateTime when = CourtTime::toCourt(signer.timestampUtc ? *signer.timestampUtc : signer.signingTimeUtc);
        //: %1 role (secretary, judge), %2 the signer's name, %3 date and time of signing
        parts << tr("%1 %2, %3")
                     .arg(roleText(signer.role), signer.certificate.commonName,
                         locale.toString(when, QLocale::ShortFormat));
    }
    QString state;
    if (!badge.valid)
        state = tr("✘ Signature NOT valid");
    else if (!badge.trustChecked)
        state = tr("✔ Signed (the certificates' chain was not checked: no trusted CA folder)");
    else
        state = tr("✔ Signed, signatures valid");
    //: %1 the protocol version, %2 validity, %3 the signers
    return tr("Version %1: %2 · %3").arg(badge.version).arg(state, parts.join(QStringLiteral(" · ")));
}

QString SignatureStatus::shortText(const SignatureBadge &badge)
{
    QStringList roles;
    for (const SignerSummary &signer : badge.signers)
        roles << roleText(signer.role);
    const QString who = roles.join(QStringLiteral(", "));
    return badge.valid ? tr("✔ %1").arg(who) : tr("✘ not valid (%1)").arg(who);
}

} // namespace hattama::ui
