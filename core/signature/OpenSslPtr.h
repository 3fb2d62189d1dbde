#pragma once

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/ocsp.h>
#include <openssl/pkcs12.h>
#include <openssl/ts.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <QByteArray>
#include <QString>

#include <memory>

namespace hattama::signature {

// OpenSSL handles owned by std::unique_ptr (docs/signature.md). Each deleter is the library's
// own free function.
template<typename T, void (*Free)(T *)> struct OpenSslDeleter {
    void operator()(T *p) const { Free(p); }
};
template<typename T, void (*Free)(T *)> using OpenSslPtr = std::unique_ptr<T, OpenSslDeleter<T, Free>>;

inline void freeX509Stack(STACK_OF(X509) * stack)
{
    sk_X509_pop_free(stack, X509_free);
}
inline void freeBio(BIO *bio)
{
    BIO_free_all(bio);
}

using BioPtr = OpenSslPtr<BIO, freeBio>;
using X509Ptr = OpenSslPtr<X509, X509_free>;
using X509StackPtr = OpenSslPtr<STACK_OF(X509), freeX509Stack>;
using EvpPkeyPtr = OpenSslPtr<EVP_PKEY, EVP_PKEY_free>;
using Pkcs12Ptr = OpenSslPtr<PKCS12, PKCS12_free>;
using CmsPtr = OpenSslPtr<CMS_ContentInfo, CMS_ContentInfo_free>;
using X509StorePtr = OpenSslPtr<X509_STORE, X509_STORE_free>;
using X509StoreCtxPtr = OpenSslPtr<X509_STORE_CTX, X509_STORE_CTX_free>;
using X509CrlPtr = OpenSslPtr<X509_CRL, X509_CRL_free>;
using OcspRequestPtr = OpenSslPtr<OCSP_REQUEST, OCSP_REQUEST_free>;
using OcspResponsePtr = OpenSslPtr<OCSP_RESPONSE, OCSP_RESPONSE_free>;
using OcspBasicPtr = OpenSslPtr<OCSP_BASICRESP, OCSP_BASICRESP_free>;
using OcspCertIdPtr = OpenSslPtr<OCSP_CERTID, OCSP_CERTID_free>;
using TsRequestPtr = OpenSslPtr<TS_REQ, TS_REQ_free>;
using TsResponsePtr = OpenSslPtr<TS_RESP, TS_RESP_free>;
using TsMessageImprintPtr = OpenSslPtr<TS_MSG_IMPRINT, TS_MSG_IMPRINT_free>;
using X509AlgorPtr = OpenSslPtr<X509_ALGOR, X509_ALGOR_free>;
using Asn1IntegerPtr = OpenSslPtr<ASN1_INTEGER, ASN1_INTEGER_free>;

// The text of the oldest error in OpenSSL's queue (and clears the queue); "unknown" when empty.
QString openSslError();

// A memory BIO reading data (which must outlive it).
BioPtr readBio(const QByteArray &data);
// What a memory BIO holds.
QByteArray bioBytes(BIO *bio);

} // namespace hattama::signature
