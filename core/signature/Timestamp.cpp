#include "signature/Timestamp.h"

#include "signature/CertificateInfo.h"
#include "signature/HttpPost.h"
#include "signature/OpenSslPtr.h"
#include "signature/Pkcs12Signer.h"

#include <openssl/err.h>
#include <openssl/rand.h>

#include <QCryptographicHash>

namespace hattama::signature {

namespace {

QByteArray signatureDigest(CMS_SignerInfo *info)
{
    ASN1_OCTET_STRING *value = CMS_SignerInfo_get0_signature(info);
    return QCryptographicHash::hash(
        QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(value)), ASN1_STRING_length(value)),
        QCryptographicHash::Sha256);
}

Error failed(const QString &url, const QString &detail)
{
    return Error::of(ErrorCode::TimestampFailed, { url, detail });
}

} // namespace

Result<QByteArray> Timestamp::stampSigner(
    const QByteArray &cmsDer, const QByteArray &certificateDer, const QString &tsaUrl)
{
    BioPtr in = readBio(cmsDer);
    CmsPtr cms(d2i_CMS_bio(in.get(), nullptr));
    STACK_OF(CMS_SignerInfo) *infos = cms ? CMS_get0_SignerInfos(cms.get()) : nullptr;
    if (!infos || sk_CMS_SignerInfo_num(infos) == 0)
        return failed(tsaUrl, QStringLiteral("no signature to timestamp"));
    X509Ptr certificate = certificateFromDer(certificateDer);
    CMS_SignerInfo *info = nullptr;
    for (int i = 0; certificate && i < sk_CMS_SignerInfo_num(infos) && !info; ++i) {
        if (CMS_SignerInfo_cert_cmp(sk_CMS_SignerInfo_value(infos, i), certificate.get()) == 0)
            info = sk_CMS_SignerInfo_value(infos, i);
    }
    if (!info)
        return failed(tsaUrl, QStringLiteral("the signer is not in the signature"));
    const QByteArray digest = signatureDigest(info);

    TsRequestPtr request(TS_REQ_new());
    TsMessageImprintPtr imprint(TS_MSG_IMPRINT_new());
    X509AlgorPtr algorithm(X509_ALGOR_new());
    X509_ALGOR_set0(algorithm.get(), OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr);
    TS_MSG_IMPRINT_set_algo(imprint.get(), algorithm.get());
    TS_MSG_IMPRINT_set_msg(imprint.get(), reinterpret_cast<unsigned char *>(const_cast<char *>(digest.constData())),
        static_cast<int>(digest.size()));
    TS_REQ_set_version(request.get(), 1);
    TS_REQ_set_msg_imprint(request.get(), imprint.get());
    TS_REQ_set_cert_req(request.get(), 1);
    unsigned char nonceBytes[8];
    RAND_bytes(nonceBytes, sizeof nonceBytes);
    nonceBytes[0] &= 0x7f;
    BIGNUM *nonceNumber = BN_bin2bn(nonceBytes, sizeof nonceBytes, nullptr);
    Asn1IntegerPtr nonce(BN_to_ASN1_INTEGER(nonceNumber, nullptr));
    BN_free(nonceNumber);
    TS_REQ_set_nonce(request.get(), nonce.get());

    unsigned char *der = nullptr;
    const int length = i2d_TS_REQ(request.get(), &der);
    const QByteArray body(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    auto reply = httpPost(tsaUrl, "application/timestamp-query", body, "application/timestamp-reply");
    if (!reply.ok())
        return failed(tsaUrl, reply.error().message);
    const auto *data = reinterpret_cast<const unsigned char *>(reply->constData());
    TsResponsePtr response(d2i_TS_RESP(nullptr, &data, static_cast<long>(reply->size())));
    if (!response)
        return failed(tsaUrl, QStringLiteral("the answer is not a timestamp response"));
    const long status = ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(TS_RESP_get_status_info(response.get())));
    PKCS7 *token = TS_RESP_get_token(response.get());
    if ((status != 0 && status != 1) || !token)
        return failed(tsaUrl, QStringLiteral("the authority refused (status %1)").arg(status));
    TS_TST_INFO *tstInfo = TS_RESP_get_tst_info(response.get());
    const ASN1_INTEGER *answeredNonce = TS_TST_INFO_get_nonce(tstInfo);
    if (!answeredNonce || ASN1_INTEGER_cmp(answeredNonce, nonce.get()) != 0)
        return failed(tsaUrl, QStringLiteral("the answer does not carry our nonce"));

    unsigned char *tokenDer = nullptr;
    const int tokenLength = i2d_PKCS7(token, &tokenDer);
    const int added
        = CMS_unsigned_add1_attr_by_NID(info, NID_id_smime_aa_timeStampToken, V_ASN1_SEQUENCE, tokenDer, tokenLength);
    OPENSSL_free(tokenDer);
    if (!added)
        return failed(tsaUrl, openSslError());
    if (!tokenOf(info) || !tokenOf(info)->coversSignature)
        return failed(tsaUrl, QStringLiteral("the token does not cover the signature"));
    BioPtr out(BIO_new(BIO_s_mem()));
    if (i2d_CMS_bio(out.get(), cms.get()) != 1)
        return failed(tsaUrl, openSslError());
    return bioBytes(out.get());
}

std::optional<Timestamp::Token> Timestamp::tokenOf(CMS_SignerInfo *info)
{
    const int index = CMS_unsigned_get_attr_by_NID(info, NID_id_smime_aa_timeStampToken, -1);
    if (index < 0)
        return std::nullopt;
    Token token;
    ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(info, index), 0);
    if (!value || value->type != V_ASN1_SEQUENCE)
        return token;
    const unsigned char *data = value->value.sequence->data;
    PKCS7 *pkcs7 = d2i_PKCS7(nullptr, &data, value->value.sequence->length);
    if (!pkcs7)
        return token;
    TS_TST_INFO *tstInfo = PKCS7_to_TS_TST_INFO(pkcs7);
    if (tstInfo) {
        token.genTimeUtc = asn1TimeToUtc(TS_TST_INFO_get_time(tstInfo));
        TS_MSG_IMPRINT *imprint = TS_TST_INFO_get_msg_imprint(tstInfo);
        ASN1_OCTET_STRING *message = TS_MSG_IMPRINT_get_msg(imprint);
        const QByteArray stamped(
            reinterpret_cast<const char *>(ASN1_STRING_get0_data(message)), ASN1_STRING_length(message));
        const bool imprintMatches = stamped == signatureDigest(info);
        // The token's own signature, against the TSA certificate it carries.
        STACK_OF(X509) *signers = PKCS7_get0_signers(pkcs7, nullptr, 0);
        if (signers && sk_X509_num(signers) > 0) {
            token.authority = CertificateInfo::of(sk_X509_value(signers, 0)).commonName;
            token.certificateDer = certificateToDer(sk_X509_value(signers, 0));
        }
        sk_X509_free(signers);
        if (PKCS7_type_is_signed(pkcs7) && pkcs7->d.sign) {
            for (int i = 0; i < sk_X509_num(pkcs7->d.sign->cert); ++i)
                token.certificatesDer << certificateToDer(sk_X509_value(pkcs7->d.sign->cert, i));
        }
        BioPtr out(BIO_new(BIO_s_mem()));
        const bool signatureValid = PKCS7_verify(pkcs7, nullptr, nullptr, nullptr, out.get(), PKCS7_NOVERIFY) == 1;
        token.coversSignature = imprintMatches && signatureValid;
        TS_TST_INFO_free(tstInfo);
    }
    PKCS7_free(pkcs7);
    ERR_clear_error();
    return token;
}

} // namespace hattama::signature
