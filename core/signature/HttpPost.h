#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace hattama::signature {

// One HTTP POST of a DER request to an OCSP responder or a timestamp authority (plain http, as
// both usually are), through OpenSSL's HTTP client. Returns the response body; the error's
// detail names the failure (connection refused, timeout, wrong content type).
Result<QByteArray> httpPost(const QString &url, const char *contentType, const QByteArray &body,
    const char *expectedContentType, int timeoutS = 20);

} // namespace hattama::signature
