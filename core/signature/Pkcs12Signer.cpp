#include "signature/Pkcs12Signer.h"

#include "util/Logging.h"

#include <openssl/err.h>
#include <openssl/provider.h>

#include <QFile>

namespace hattama::signature {

namespace {

constexpr int kSignFlags = CMS_BINARY | CMS_DETACHED | CMS_PARTIAL | CMS_NOSMIMECAP | CMS_CADES;

// The national authority's GOST algorithms (GLOSSARY: 1.2.398.3.10.1.1.…) by name.
QString algorithmName(const QString &oid)
{
    if (oid.startsWith(QLatin1String("1.2.398.3.10.1.1.1")))
        return QStringLiteral("GOST 34.310-2004");
    if (oid.startsWith(QLatin1String("1.2.398.3.10.1.1.2")))
        return QStringLiteral("GOST R 34.10-2015");
    if (oid.startsWith(QLatin1String("1.2.643.")))
        return QStringLiteral("GOST R 34.10-2012");
    return oid;
}

QString objectText(const ASN1_OBJECT *object)
{
    char text[128] = {};
    OBJ_obj2txt(text, sizeof text, object, 1);
    return QString::fromLatin1(text);
}

// The public key algorithm of the first certificate in a key file OpenSSL cannot parse whole
// (its key is of an algorithm this OpenSSL does not know); empty when none is found.
QString certificateAlgorithmInside(PKCS12 *p12, const QByteArray &password)
{
    QString found;
    STACK_OF(PKCS7) *safes = PKCS12_unpack_authsafes(p12);
    for (int i = 0; safes && i < sk_PKCS7_num(safes) && found.isEmpty(); ++i) {
        PKCS7 *safe = sk_PKCS7_value(safes, i);
        STACK_OF(PKCS12_SAFEBAG) *bags = nullptr;
        const int type = OBJ_obj2nid(safe->type);
        if (type == NID_pkcs7_data)
            bags = PKCS12_unpack_p7data(safe);
        else if (type == NID_pkcs7_encrypted)
            bags = PKCS12_unpack_p7encdata(safe, password.constData(), static_cast<int>(password.size()));
        for (int j = 0; bags && j < sk_PKCS12_SAFEBAG_num(bags) && found.isEmpty(); ++j) {
            const PKCS12_SAFEBAG *bag = sk_PKCS12_SAFEBAG_value(bags, j);
            if (PKCS12_SAFEBAG_get_nid(bag) == NID_certBag) {
                X509Ptr certificate(PKCS12_SAFEBAG_get1_cert(bag));
                ASN1_OBJECT *algorithm = nullptr;
                if (certificate
                    && X509_PUBKEY_get0_param(
                           &algorithm, nullptr, nullptr, nullptr, X509_get_X509_PUBKEY(certificate.get()))
                        == 1)
                    found = algorithmName(objectText(algorithm));
            } else if (PKCS12_SAFEBAG_get_nid(bag) == NID_pkcs8ShroudedKeyBag) {
                PKCS8_PRIV_KEY_INFO *info
                    = PKCS12_decrypt_skey(bag, password.constData(), static_cast<int>(password.size()));
                const ASN1_OBJECT *algorithm = nullptr;
                if (info && PKCS8_pkey_get0(&algorithm, nullptr, nullptr, nullptr, info) == 1)
                    found = algorithmName(objectText(algorithm));
                PKCS8_PRIV_KEY_INFO_free(info);
            }
        }
        sk_PKCS12_SAFEBAG_pop_free(bags, PKCS12_SAFEBAG_free);
    }
    sk_PKCS7_pop_free(safes, PKCS7_free);
    ERR_clear_error();
    return found;
}

QString keyAlgorithmName(EVP_PKEY *key)
{
    const char *name = EVP_PKEY_get0_type_name(key);
    return name ? QString::fromLatin1(name) : QStringLiteral("unknown");
}

} // namespace

QByteArray certificateToDer(X509 *certificate)
{
    unsigned char *der = nullptr;
    const int length = i2d_X509(certificate, &der);
    if (length <= 0)
        return {};
    QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return bytes;
}

X509Ptr certificateFromDer(const QByteArray &der)
{
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &data, static_cast<long>(der.size())));
}

Result<std::unique_ptr<Pkcs12Signer>> Pkcs12Signer::open(const QString &keyFile, const QByteArray &password)
{
    // Older key files protect their contents with algorithms OpenSSL 3 keeps in its legacy
    // provider; load it when present (the default provider stays available).
    static const bool providersLoaded = [] {
        OSSL_PROVIDER_try_load(nullptr, "legacy", 1);
        ERR_clear_error();
        return true;
    }();
    (void)providersLoaded;

    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error::of(ErrorCode::KeyFileInvalid, { keyFile, file.errorString() });
    const QByteArray bytes = file.readAll();
    BioPtr bio = readBio(bytes);
    Pkcs12Ptr p12(d2i_PKCS12_bio(bio.get(), nullptr));
    if (!p12)
        return Error::of(ErrorCode::KeyFileInvalid, { keyFile, openSslError() });
    if (PKCS12_verify_mac(p12.get(), password.constData(), static_cast<int>(password.size())) != 1) {
        ERR_clear_error();
        return Error::of(ErrorCode::KeyPasswordWrong, { keyFile });
    }

    EVP_PKEY *key = nullptr;
    X509 *certificate = nullptr;
    STACK_OF(X509) *chain = nullptr;
    if (PKCS12_parse(p12.get(), password.constData(), &key, &certificate, &chain) != 1) {
        const QString detail = openSslError();
        const QString algorithm = certificateAlgorithmInside(p12.get(), password);
        if (!algorithm.isEmpty())
            return Error::of(ErrorCode::KeyAlgorithmUnsupported, { keyFile, algorithm });
        return Error::of(ErrorCode::KeyFileInvalid, { keyFile, detail });
    }
    std::unique_ptr<Pkcs12Signer> signer(new Pkcs12Signer);
    signer->m_key.reset(key);
    signer->m_certificate.reset(certificate);
    signer->m_chain.reset(chain ? chain : sk_X509_new_null());
    if (!signer->m_key || !signer->m_certificate)
        return Error::of(ErrorCode::KeyFileInvalid, { keyFile, QStringLiteral("no key with its certificate") });
    const int type = EVP_PKEY_get_base_id(signer->m_key.get());
    if (type != EVP_PKEY_RSA && type != EVP_PKEY_EC)
        return Error::of(ErrorCode::KeyAlgorithmUnsupported, { keyFile, keyAlgorithmName(signer->m_key.get()) });
    if (X509_check_private_key(signer->m_certificate.get(), signer->m_key.get()) != 1)
        return Error::of(
            ErrorCode::KeyFileInvalid, { keyFile, QStringLiteral("the key does not match its certificate") });
    signer->m_info = CertificateInfo::of(signer->m_certificate.get());
    qCInfo(lcSigning).noquote() << "key opened:" << keyFile << signer->m_info.subject;
    return signer;
}

QByteArray Pkcs12Signer::certificateDer() const
{
    return certificateToDer(m_certificate.get());
}

QList<QByteArray> Pkcs12Signer::chainDer() const
{
    QList<QByteArray> chain;
    for (int i = 0; i < sk_X509_num(m_chain.get()); ++i)
        chain.append(certificateToDer(sk_X509_value(m_chain.get(), i)));
    return chain;
}

void Pkcs12Signer::addChain(CMS_ContentInfo *cms) const
{
    // The intermediate certificates go with the signature so a verifier needs only the root;
    // a certificate already in it is skipped.
    for (int i = 0; i < sk_X509_num(m_chain.get()); ++i) {
        X509 *certificate = sk_X509_value(m_chain.get(), i);
        if (X509_check_issued(certificate, certificate) == X509_V_OK)
            continue; // a self-signed root: the verifier's own trust decides
        (void)CMS_add1_cert(cms, certificate); // fails only as "already present"
    }
    ERR_clear_error();
}

Result<QByteArray> Pkcs12Signer::signDetached(const QByteArray &content)
{
    CmsPtr cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, kSignFlags));
    if (!cms)
        return Error::of(ErrorCode::SigningFailed, { openSslError() });
    if (!CMS_add1_signer(cms.get(), m_certificate.get(), m_key.get(), EVP_sha256(), kSignFlags))
        return Error::of(ErrorCode::SigningFailed, { openSslError() });
    addChain(cms.get());
    BioPtr data = readBio(content);
    if (CMS_final(cms.get(), data.get(), nullptr, CMS_BINARY | CMS_DETACHED) != 1)
        return Error::of(ErrorCode::SigningFailed, { openSslError() });
    BioPtr out(BIO_new(BIO_s_mem()));
    if (i2d_CMS_bio(out.get(), cms.get()) != 1)
        return Error::of(ErrorCode::SigningFailed, { openSslError() });
    return bioBytes(out.get());
}

Result<QByteArray> Pkcs12Signer::addSigner(const QByteArray &existing)
{
    BioPtr in = readBio(existing);
    CmsPtr cms(d2i_CMS_bio(in.get(), nullptr));
    if (!cms)
        return Error::of(ErrorCode::SigningFailed, { openSslError() });
    // The new SignerInfo takes the message digest of the signers before it (CMS_REUSE_DIGEST),
    // so it covers exactly what they signed; the caller has checked that digest against the
    // document. Without CMS_PARTIAL it is signed at once.
    const int flags = CMS_BINARY | CMS_NOSMIMECAP | CMS_CADES | CMS_REUSE_DIGEST;
    if (!CMS_add1_signer(cms.get(), m_certificate.get(), m_key.get(), EVP_sha256(), flags))
        return Error::of(ErrorCode::SigningFailed, { openSslError() });
    addChain(cms.get());
    BioPtr out(BIO_new(BIO_s_mem()));
    if (i2d_CMS_bio(out.get(), cms.get()) != 1)
        return Error::of(ErrorCode::SigningFailed, { openSslError() });
    return bioBytes(out.get());
}

} // namespace hattama::signature
