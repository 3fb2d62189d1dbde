#include "signature/CmsSignature.h"

#include "signature/OpenSslPtr.h"
#include "signature/Pkcs12Signer.h"
#include "signature/Timestamp.h"

#include <openssl/err.h>
#include <openssl/ess.h>

namespace hattama::signature {

namespace {

QDateTime signingTimeOf(CMS_SignerInfo *info)
{
    const int index = CMS_signed_get_attr_by_NID(info, NID_pkcs9_signingTime, -1);
    if (index < 0)
        return {};
    X509_ATTRIBUTE *attribute = CMS_signed_get_attr(info, index);
    ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(attribute, 0);
    if (!value)
        return {};
    if (value->type == V_ASN1_UTCTIME || value->type == V_ASN1_GENERALIZEDTIME)
        return asn1TimeToUtc(value->value.asn1_string);
    return {};
}

bool certificateBound(CMS_SignerInfo *info, X509 *certificate)
{
    const int index = CMS_signed_get_attr_by_NID(info, NID_id_smime_aa_signingCertificateV2, -1);
    if (index < 0 || !certificate)
        return false;
    ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(info, index), 0);
    if (!value || value->type != V_ASN1_SEQUENCE)
        return false;
    const unsigned char *data = value->value.sequence->data;
    ESS_SIGNING_CERT_V2 *bound = d2i_ESS_SIGNING_CERT_V2(nullptr, &data, value->value.sequence->length);
    if (!bound)
        return false;
    X509StackPtr chain(sk_X509_new_null());
    sk_X509_push(chain.get(), X509_dup(certificate));
    const bool ok = OSSL_ESS_check_signing_certs(nullptr, bound, chain.get(), 1) == 1;
    ESS_SIGNING_CERT_V2_free(bound);
    ERR_clear_error();
    return ok;
}

} // namespace

bool CmsCheck::ok() const
{
    if (signers.isEmpty())
        return false;
    for (const SignerCheck &signer : signers) {
        if (!signer.ok())
            return false;
    }
    return true;
}

Result<CmsCheck> CmsSignature::check(const QByteArray &der, const QByteArray &content, const QString &file)
{
    BioPtr in = readBio(der);
    CmsPtr cms(d2i_CMS_bio(in.get(), nullptr));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed)
        return Error::of(ErrorCode::SignatureUnreadable, { file, QStringLiteral("not a CMS SignedData") });
    CmsCheck result;
    X509StackPtr certificates(CMS_get1_certs(cms.get()));
    for (int i = 0; i < sk_X509_num(certificates.get()); ++i)
        result.certificatesDer.append(certificateToDer(sk_X509_value(certificates.get(), i)));
    CMS_set1_signers_certs(cms.get(), nullptr, 0);
    ERR_clear_error();

    // The document read once through the digest BIOs of every signer, as CMS_verify does.
    BioPtr contentBio = readBio(content);
    BIO *chain = CMS_dataInit(cms.get(), contentBio.get());
    if (!chain)
        return Error::of(ErrorCode::SignatureUnreadable, { file, openSslError() });
    char buffer[16384];
    while (BIO_read(chain, buffer, sizeof buffer) > 0) { }

    STACK_OF(CMS_SignerInfo) *infos = CMS_get0_SignerInfos(cms.get());
    for (int i = 0; i < sk_CMS_SignerInfo_num(infos); ++i) {
        CMS_SignerInfo *info = sk_CMS_SignerInfo_value(infos, i);
        SignerCheck signer;
        X509 *certificate = nullptr;
        CMS_SignerInfo_get0_algs(info, nullptr, &certificate, nullptr, nullptr);
        if (certificate) {
            signer.certificate = CertificateInfo::of(certificate);
            signer.certificateDer = certificateToDer(certificate);
        }
        signer.signingTimeUtc = signingTimeOf(info);
        signer.contentMatches = CMS_SignerInfo_verify_content(info, chain) == 1;
        ERR_clear_error();
        signer.signatureValid = certificate && CMS_SignerInfo_verify(info) == 1;
        ERR_clear_error();
        signer.certificateBound = certificateBound(info, certificate);
        if (auto token = Timestamp::tokenOf(info)) {
            signer.timestampUtc = token->genTimeUtc;
            signer.timestampValid = token->coversSignature;
            signer.timestampAuthority = token->authority;
            signer.timestampCertificateDer = token->certificateDer;
            signer.timestampCertificatesDer = token->certificatesDer;
        }
        if (!certificate)
            signer.problem = QStringLiteral("signer %1: its certificate is not in the signature").arg(i + 1);
        else if (!signer.contentMatches)
            signer.problem = QStringLiteral("signer %1: the document does not match the signature").arg(i + 1);
        else if (!signer.signatureValid)
            signer.problem = QStringLiteral("signer %1: the signature value is not valid").arg(i + 1);
        else if (!signer.certificateBound)
            signer.problem = QStringLiteral("signer %1: the signing-certificate-v2 attribute is missing or names "
                                            "another certificate")
                                 .arg(i + 1);
        else if (signer.timestampUtc && !signer.timestampValid)
            signer.problem = QStringLiteral("signer %1: the timestamp does not cover the signature").arg(i + 1);
        result.signers.append(signer);
    }
    BIO *next = chain;
    while (next && next != contentBio.get()) {
        BIO *after = BIO_pop(next);
        BIO_free(next);
        next = after;
    }
    return result;
}

} // namespace hattama::signature
