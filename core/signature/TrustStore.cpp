#include "signature/TrustStore.h"

#include "signature/Pkcs12Signer.h"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <QDir>
#include <QFile>

namespace hattama::signature {

namespace {

std::vector<X509Ptr> readCertificates(const QByteArray &bytes)
{
    std::vector<X509Ptr> found;
    BioPtr bio = readBio(bytes);
    while (X509 *certificate = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr))
        found.emplace_back(certificate);
    ERR_clear_error();
    if (found.empty()) {
        if (X509Ptr der = certificateFromDer(bytes))
            found.push_back(std::move(der));
        ERR_clear_error();
    }
    return found;
}

X509CrlPtr readCrl(const QByteArray &bytes)
{
    BioPtr bio = readBio(bytes);
    X509CrlPtr crl(PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr));
    if (!crl) {
        const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
        crl.reset(d2i_X509_CRL(nullptr, &data, static_cast<long>(bytes.size())));
    }
    ERR_clear_error();
    return crl;
}

QString dateText(const QDateTime &utc)
{
    return utc.toString(Qt::ISODate);
}

} // namespace

Result<TrustStore> TrustStore::load(const QString &folder)
{
    TrustStore store;
    store.m_folder = folder;
    const QDir dir(folder);
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QString suffix = QFileInfo(name).suffix().toLower();
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (suffix == QLatin1String("crl")) {
            if (X509CrlPtr crl = readCrl(bytes))
                store.m_crls.push_back(std::move(crl));
        } else if (suffix == QLatin1String("pem") || suffix == QLatin1String("crt") || suffix == QLatin1String("cer")) {
            for (X509Ptr &certificate : readCertificates(bytes))
                store.m_certificates.push_back(std::move(certificate));
        }
    }
    if (store.m_certificates.empty())
        return Error::of(ErrorCode::TrustFolderMissing, { folder });
    return store;
}

X509_STORE *TrustStore::newStore() const
{
    X509_STORE *store = X509_STORE_new();
    for (const X509Ptr &certificate : m_certificates)
        X509_STORE_add_cert(store, certificate.get());
    ERR_clear_error();
    return store;
}

Result<QByteArray> TrustStore::checkChain(
    X509 *certificate, const QList<QByteArray> &untrusted, const QDateTime &atUtc, Purpose purpose) const
{
    const CertificateInfo info = CertificateInfo::of(certificate);
    const QString who = info.displayName();
    X509StorePtr store(newStore());
    X509StackPtr chain(sk_X509_new_null());
    for (const QByteArray &der : untrusted) {
        if (X509Ptr other = certificateFromDer(der))
            sk_X509_push(chain.get(), other.release());
    }
    X509StoreCtxPtr context(X509_STORE_CTX_new());
    if (!context || X509_STORE_CTX_init(context.get(), store.get(), certificate, chain.get()) != 1)
        return Error::of(ErrorCode::CertificateUntrusted, { who, openSslError(), m_folder });
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(context.get());
    X509_VERIFY_PARAM_set_time(param, static_cast<time_t>(atUtc.toSecsSinceEpoch()));
    X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_X509_STRICT);
    if (X509_verify_cert(context.get()) != 1) {
        const int code = X509_STORE_CTX_get_error(context.get());
        X509 *failed = X509_STORE_CTX_get_current_cert(context.get());
        const CertificateInfo failedInfo = failed ? CertificateInfo::of(failed) : info;
        const QString failedWho = failedInfo.displayName();
        ERR_clear_error();
        switch (code) {
        case X509_V_ERR_CERT_HAS_EXPIRED:
            return Error::of(ErrorCode::CertificateExpired, { failedWho, dateText(failedInfo.notAfterUtc) });
        case X509_V_ERR_CERT_NOT_YET_VALID:
            return Error::of(ErrorCode::CertificateNotYetValid, { failedWho, dateText(failedInfo.notBeforeUtc) });
        default:
            return Error::of(ErrorCode::CertificateUntrusted,
                { who, QString::fromLatin1(X509_verify_cert_error_string(code)), m_folder });
        }
    }
    // A document signature needs digitalSignature and nonRepudiation (the authority's signing
    // key has both; its login key has digitalSignature and keyEncipherment only).
    if (purpose == Purpose::Timestamping) {
        const uint32_t extended = X509_get_extended_key_usage(certificate);
        if (extended != UINT32_MAX && !(extended & XKU_TIMESTAMP))
            return Error::of(ErrorCode::CertificateWrongUsage, { who });
        STACK_OF(X509) *built = X509_STORE_CTX_get0_chain(context.get());
        return sk_X509_num(built) < 2 ? QByteArray() : certificateToDer(sk_X509_value(built, 1));
    }
    const uint32_t usage = X509_get_key_usage(certificate);
    if (usage != UINT32_MAX && (!(usage & KU_DIGITAL_SIGNATURE) || !(usage & KU_NON_REPUDIATION)))
        return Error::of(ErrorCode::CertificateWrongUsage, { who });
    STACK_OF(X509) *built = X509_STORE_CTX_get0_chain(context.get());
    if (sk_X509_num(built) < 2)
        return QByteArray(); // self-signed signer: trusted directly
    return certificateToDer(sk_X509_value(built, 1));
}

X509_CRL *TrustStore::crlOf(X509 *issuer) const
{
    EVP_PKEY *issuerKey = X509_get0_pubkey(issuer);
    for (const X509CrlPtr &crl : m_crls) {
        if (X509_NAME_cmp(X509_CRL_get_issuer(crl.get()), X509_get_subject_name(issuer)) != 0)
            continue;
        if (issuerKey && X509_CRL_verify(crl.get(), issuerKey) == 1)
            return crl.get();
        ERR_clear_error();
    }
    return nullptr;
}

} // namespace hattama::signature
