#include "signature/HttpPost.h"

#include "signature/OpenSslPtr.h"

#include <openssl/err.h>
#include <openssl/http.h>

namespace hattama::signature {

Result<QByteArray> httpPost(
    const QString &url, const char *contentType, const QByteArray &body, const char *expectedContentType, int timeoutS)
{
    char *host = nullptr;
    char *port = nullptr;
    char *path = nullptr;
    int useSsl = 0;
    const QByteArray urlBytes = url.toUtf8();
    if (OSSL_HTTP_parse_url(urlBytes.constData(), &useSsl, nullptr, &host, &port, nullptr, &path, nullptr, nullptr)
        != 1) {
        ERR_clear_error();
        return Error(ExitCode::Environment, QStringLiteral("not an http URL"));
    }
    struct Free {
        char *host, *port, *path;
        ~Free()
        {
            OPENSSL_free(host);
            OPENSSL_free(port);
            OPENSSL_free(path);
        }
    } freeParts { host, port, path };
    if (useSsl)
        return Error(ExitCode::Environment, QStringLiteral("https is not supported here; use the http address"));
    BioPtr request = readBio(body);
    BIO *response = OSSL_HTTP_transfer(nullptr, host, port, path, 0, nullptr, nullptr, nullptr, nullptr, nullptr,
        nullptr, 0, nullptr, contentType, request.get(), expectedContentType, 1, 1024 * 1024, timeoutS, 0);
    if (!response) {
        const QString detail = openSslError();
        return Error(ExitCode::Environment, detail);
    }
    BioPtr owned(response);
    QByteArray bytes;
    char buffer[8192];
    int read = 0;
    while ((read = BIO_read(response, buffer, sizeof buffer)) > 0)
        bytes.append(buffer, read);
    return bytes;
}

} // namespace hattama::signature
