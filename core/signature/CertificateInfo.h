#pragma once

#include <QDateTime>
#include <QString>

#include <openssl/types.h>

namespace hattama::signature {

// What a person sees of a certificate before signing and in a signature's report: read from
// the subject as the National Certification Authority fills it (CN, SURNAME, GIVENNAME,
// serialNumber "IIN…", C, O, OU "BIN…"), UTF-8 throughout.
struct CertificateInfo {
    QString commonName; // CN, e.g. «АХМЕТОВА ӘСЕЛ»
    QString surname; // SURNAME
    QString givenName; // GIVENNAME (patronymic, when present, is in it too)
    QString iin; // the 12 digits of serialNumber "IIN…"; empty when absent
    QString organization; // O
    QString bin; // the digits of OU "BIN…"
    QString subject; // the whole subject, one line (RFC 2253, UTF-8)
    QString issuer; // the issuer's CN (or whole name when it has none)
    QString serialHex; // the certificate's serial number, hex
    QString keyAlgorithm; // "RSA 2048", "EC P-256", …
    QDateTime notBeforeUtc;
    QDateTime notAfterUtc;
    QString sha256Hex; // fingerprint of the DER certificate

    // "АХМЕТОВА ӘСЕЛ (IIN 123456789012)", or the CN alone without an IIN.
    QString displayName() const;
    bool isNull() const { return subject.isEmpty(); }

    static CertificateInfo of(X509 *certificate);
};

// An ASN.1 time as UTC.
QDateTime asn1TimeToUtc(const ASN1_TIME *time);

} // namespace hattama::signature
