#include "signature/CertificateInfo.h"

#include "signature/OpenSslPtr.h"

#include <openssl/objects.h>

#include <QStringList>
#include <QTimeZone>

namespace hattama::signature {

namespace {

QString nameEntry(X509_NAME *name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return {};
    ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, data);
    if (length < 0)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

QString oneLine(X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return QString::fromUtf8(bioBytes(bio.get()));
}

QString keyAlgorithmOf(X509 *certificate)
{
    EVP_PKEY *key = X509_get0_pubkey(certificate);
    if (!key)
        return QStringLiteral("unknown");
    const int bits = EVP_PKEY_get_bits(key);
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        return QStringLiteral("RSA %1").arg(bits);
    case EVP_PKEY_EC:
        return QStringLiteral("EC %1").arg(bits);
    default:
        break;
    }
    const char *type = EVP_PKEY_get0_type_name(key);
    return type ? QString::fromLatin1(type) : QStringLiteral("unknown");
}

} // namespace

QDateTime asn1TimeToUtc(const ASN1_TIME *time)
{
    struct tm parts = {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
        QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), QTimeZone::utc());
}

QString CertificateInfo::displayName() const
{
    const QString name = commonName.isEmpty() ? subject : commonName;
    return iin.isEmpty() ? name : QStringLiteral("%1 (IIN %2)").arg(name, iin);
}

CertificateInfo CertificateInfo::of(X509 *certificate)
{
    CertificateInfo info;
    if (!certificate)
        return info;
    X509_NAME *subject = X509_get_subject_name(certificate);
    info.commonName = nameEntry(subject, NID_commonName);
    info.surname = nameEntry(subject, NID_surname);
    info.givenName = nameEntry(subject, NID_givenName);
    const QString serialNumber = nameEntry(subject, NID_serialNumber);
    if (serialNumber.startsWith(QLatin1String("IIN")))
        info.iin = serialNumber.mid(3);
    info.organization = nameEntry(subject, NID_organizationName);
    const QString unit = nameEntry(subject, NID_organizationalUnitName);
    if (unit.startsWith(QLatin1String("BIN")))
        info.bin = unit.mid(3);
    info.subject = oneLine(subject);
    X509_NAME *issuer = X509_get_issuer_name(certificate);
    info.issuer = nameEntry(issuer, NID_commonName);
    if (info.issuer.isEmpty())
        info.issuer = oneLine(issuer);
    if (BIGNUM *serial = ASN1_INTEGER_to_BN(X509_get0_serialNumber(certificate), nullptr)) {
        char *hex = BN_bn2hex(serial);
        info.serialHex = QString::fromLatin1(hex).toLower();
        OPENSSL_free(hex);
        BN_free(serial);
    }
    info.keyAlgorithm = keyAlgorithmOf(certificate);
    info.notBeforeUtc = asn1TimeToUtc(X509_get0_notBefore(certificate));
    info.notAfterUtc = asn1TimeToUtc(X509_get0_notAfter(certificate));
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(certificate, EVP_sha256(), digest, &length) == 1)
        info.sha256Hex = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), length).toHex());
    return info;
}

} // namespace hattama::signature
