#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

typedef struct CMS_SignerInfo_st CMS_SignerInfo;

namespace hattama::signature {

// RFC 3161 timestamps on a signature (CAdES-T): the token of a timestamp authority over the
// SHA-256 of a SignerInfo's signature value, kept in that SignerInfo's unsigned attributes
// (id-aa-timeStampToken). Adding it changes nothing any signer signed.
class Timestamp {
public:
    struct Token {
        QDateTime genTimeUtc;
        bool coversSignature = false; // imprint matches and the token's own signature is valid
        QString authority; // the TSA certificate's CN, when the token carries it
        QByteArray certificateDer; // the TSA's certificate (DER), when the token carries it
        QList<QByteArray> certificatesDer; // every certificate the token carries (its chain)
    };

    // cmsDer with a token from tsaUrl added to the SignerInfo of certificateDer (SignerInfos are
    // a DER SET: their order in the file is not the signing order). TimestampFailed (exit 3)
    // when the authority cannot be reached or refuses.
    static Result<QByteArray> stampSigner(
        const QByteArray &cmsDer, const QByteArray &certificateDer, const QString &tsaUrl);

    // The token in info's unsigned attributes, checked against its signature; nullopt when none.
    static std::optional<Token> tokenOf(CMS_SignerInfo *info);
};

} // namespace hattama::signature
