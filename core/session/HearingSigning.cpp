#include "session/HearingSigning.h"

#include "session/HearingWorkflow.h"
#include "storage/Database.h"
#include "util/ErrorCatalogue.h"
#include "util/Logging.h"

#include <QFileInfo>
#include <QJsonObject>

namespace hattama {

using namespace hattama::signature;

HearingSigning::HearingSigning(QString hearingDir, SigningOptions options, Database *db, QString hearingId)
    : m_hearingDir(std::move(hearingDir))
    , m_options(std::move(options))
    , m_db(db)
    , m_hearingId(std::move(hearingId))
{
    m_options.database = m_db;
}

Result<SigningPlan> HearingSigning::plan()
{
    if (m_db) {
        HearingWorkflow workflow(*m_db, m_hearingId);
        if (Status loaded = workflow.load(); !loaded)
            return loaded.error();
        if (Status can = workflow.checkCanSign(); !can)
            return can.error();
    }
    auto planned = ProtocolSigning(m_hearingDir, m_options).plan();
    if (!planned.ok())
        return planned.error();
    m_plan = *planned;
    return planned;
}

Error HearingSigning::refused(const Error &error, const QString &keyFile)
{
    if (!m_db)
        return error;
    QJsonObject details { { QStringLiteral("keyFile"), QFileInfo(keyFile).fileName() },
        { QStringLiteral("error"), QString::fromLatin1(ErrorCatalogue::entry(error.kind).name) } };
    if (m_plan) {
        details.insert(QStringLiteral("version"), m_plan->version);
        details.insert(QStringLiteral("role"), signingRoleId(m_plan->role));
    }
    HearingWorkflow workflow(*m_db, m_hearingId);
    Status audited = workflow.load();
    if (audited)
        audited = workflow.onSigningFailed(details);
    if (!audited)
        qCWarning(lcSigning).noquote() << "the failed signing of" << m_hearingId
                                       << "is not in the audit log:" << audited.error().text();
    return error;
}

Result<std::unique_ptr<Pkcs12Signer>> HearingSigning::openKey(const QString &keyFile, const QByteArray &password)
{
    auto signer = Pkcs12Signer::open(keyFile, password);
    if (!signer.ok())
        return refused(signer.error(), keyFile);
    return signer;
}

Result<SigningResult> HearingSigning::sign(Signer &signer, const QString &keyFile)
{
    if (!m_plan) {
        if (auto planned = plan(); !planned.ok())
            return planned.error();
    }
    auto result = ProtocolSigning(m_hearingDir, m_options).sign(signer);
    if (!result.ok())
        return refused(result.error(), keyFile);
    if (!m_db)
        return result;
    const QJsonObject details { { QStringLiteral("version"), result->version },
        { QStringLiteral("role"), signingRoleId(result->role) },
        { QStringLiteral("keyFile"), QFileInfo(keyFile).fileName() },
        { QStringLiteral("signer"), result->certificate.commonName },
        { QStringLiteral("iin"), result->certificate.iin },
        { QStringLiteral("certificateSha256"), result->certificate.sha256Hex },
        { QStringLiteral("revocation"), result->revocation.stateId() },
        { QStringLiteral("revocationSource"), result->revocation.source },
        { QStringLiteral("timestampUtc"),
            result->timestampUtc ? result->timestampUtc->toString(Qt::ISODate) : QString() } };
    HearingWorkflow workflow(*m_db, m_hearingId);
    Status recorded = workflow.load();
    if (recorded)
        recorded = workflow.onProtocolSigned(result->role == SigningRole::Judge, details);
    if (!recorded)
        return recorded.error();
    return result;
}

} // namespace hattama
