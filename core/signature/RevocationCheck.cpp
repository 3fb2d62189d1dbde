#include "signature/RevocationCheck.h"

#include "signature/HttpPost.h"
#include "util/Logging.h"

#include <openssl/err.h>
#include <openssl/x509v3.h>

namespace hattama::signature {

QString RevocationStatus::stateId() const
{
    switch (state) {
    case State::Good:
        return QStringLiteral("good");
    case State::Revoked:
        return QStringLiteral("revoked");
    case State::NotChecked:
        break;
    }
    return QStringLiteral("not_checked");
}

RevocationCheck::RevocationCheck(const TrustStore &trust, QString ocspUrl)
    : m_trust(trust)
    , m_ocspUrl(std::move(ocspUrl))
{
}

QString RevocationCheck::ocspUrlFor(X509 *certificate) const
{
    if (m_ocspUrl == QLatin1String("none"))
        return {}; // OCSP switched off: the CRL files decide
    if (!m_ocspUrl.isEmpty())
        return m_ocspUrl;
    STACK_OF(OPENSSL_STRING) *urls = X509_get1_ocsp(certificate);
    QString url;
    if (urls && sk_OPENSSL_STRING_num(urls) > 0)
        url = QString::fromLatin1(sk_OPENSSL_STRING_value(urls, 0));
    X509_email_free(urls);
    return url;
}

Result<RevocationStatus> RevocationCheck::check(X509 *certificate, X509 *issuer) const
{
    const QString who = CertificateInfo::of(certificate).displayName();
    const QString url = ocspUrlFor(certificate);
    if (!url.isEmpty()) {
        auto status = askOcsp(url, certificate, issuer);
        if (!status.ok())
            return Error::of(ErrorCode::RevocationUnknown, { who, status.error().message });
        return status;
    }
    RevocationStatus status;
    status.checkedAtUtc = QDateTime::currentDateTimeUtc();
    X509_CRL *crl = issuer ? m_trust.crlOf(issuer) : nullptr;
    if (!crl)
        return status; // nothing to ask: recorded as not checked
    status.source = QStringLiteral("CRL of %1").arg(CertificateInfo::of(issuer).commonName);
    X509_REVOKED *entry = nullptr;
    if (X509_CRL_get0_by_cert(crl, &entry, certificate) == 1 && entry) {
        status.state = RevocationStatus::State::Revoked;
        status.revokedAtUtc = asn1TimeToUtc(X509_REVOKED_get0_revocationDate(entry));
    } else {
        status.state = RevocationStatus::State::Good;
    }
    ERR_clear_error();
    return status;
}

Result<RevocationStatus> RevocationCheck::askOcsp(const QString &url, X509 *certificate, X509 *issuer) const
{
    if (!issuer)
        return Error(ExitCode::Failed, QStringLiteral("the issuer's certificate is not known"));
    OcspRequestPtr request(OCSP_REQUEST_new());
    OCSP_CERTID *id = OCSP_cert_to_id(EVP_sha1(), certificate, issuer);
    if (!request || !id || !OCSP_request_add0_id(request.get(), id)) {
        OCSP_CERTID_free(id);
        return Error(ExitCode::Failed, openSslError());
    }
    OcspCertIdPtr lookup(OCSP_cert_to_id(EVP_sha1(), certificate, issuer));
    OCSP_request_add1_nonce(request.get(), nullptr, -1);
    unsigned char *der = nullptr;
    const int length = i2d_OCSP_REQUEST(request.get(), &der);
    const QByteArray body(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);

    auto reply = httpPost(url, "application/ocsp-request", body, "application/ocsp-response");
    if (!reply.ok())
        return Error(ExitCode::Environment, QStringLiteral("OCSP %1: %2").arg(url, reply.error().message));
    const auto *data = reinterpret_cast<const unsigned char *>(reply->constData());
    OcspResponsePtr response(d2i_OCSP_RESPONSE(nullptr, &data, static_cast<long>(reply->size())));
    if (!response)
        return Error(ExitCode::Environment, QStringLiteral("OCSP %1: the answer is not an OCSP response").arg(url));
    const int responseStatus = OCSP_response_status(response.get());
    if (responseStatus != OCSP_RESPONSE_STATUS_SUCCESSFUL)
        return Error(ExitCode::Environment,
            QStringLiteral("OCSP %1: %2").arg(url, QString::fromLatin1(OCSP_response_status_str(responseStatus))));
    OcspBasicPtr basic(OCSP_response_get1_basic(response.get()));
    if (!basic)
        return Error(ExitCode::Environment, QStringLiteral("OCSP %1: no basic response").arg(url));
    if (OCSP_check_nonce(request.get(), basic.get()) <= 0)
        return Error(ExitCode::Environment, QStringLiteral("OCSP %1: the answer does not carry our nonce").arg(url));
    X509StorePtr store(m_trust.newStore());
    X509StackPtr untrusted(sk_X509_new_null());
    sk_X509_push(untrusted.get(), X509_dup(issuer));
    if (OCSP_basic_verify(basic.get(), untrusted.get(), store.get(), 0) <= 0)
        return Error(ExitCode::Environment,
            QStringLiteral("OCSP %1: the answer is not signed by a trusted responder (%2)").arg(url, openSslError()));
    int status = 0;
    int reason = 0;
    ASN1_GENERALIZEDTIME *revokedAt = nullptr;
    ASN1_GENERALIZEDTIME *thisUpdate = nullptr;
    ASN1_GENERALIZEDTIME *nextUpdate = nullptr;
    if (OCSP_resp_find_status(basic.get(), lookup.get(), &status, &reason, &revokedAt, &thisUpdate, &nextUpdate) != 1)
        return Error(ExitCode::Environment, QStringLiteral("OCSP %1: no answer about this certificate").arg(url));
    if (OCSP_check_validity(thisUpdate, nextUpdate, 300, -1) != 1)
        return Error(ExitCode::Environment, QStringLiteral("OCSP %1: the answer is out of date").arg(url));
    ERR_clear_error();
    RevocationStatus result;
    result.source = QStringLiteral("OCSP %1").arg(url);
    result.checkedAtUtc = QDateTime::currentDateTimeUtc();
    switch (status) {
    case V_OCSP_CERTSTATUS_GOOD:
        result.state = RevocationStatus::State::Good;
        break;
    case V_OCSP_CERTSTATUS_REVOKED:
        result.state = RevocationStatus::State::Revoked;
        result.revokedAtUtc = asn1TimeToUtc(revokedAt);
        break;
    default:
        return Error(
            ExitCode::Environment, QStringLiteral("OCSP %1: the responder does not know this certificate").arg(url));
    }
    qCInfo(lcSigning).noquote() << "OCSP" << url << result.stateId();
    return result;
}

} // namespace hattama::signature
