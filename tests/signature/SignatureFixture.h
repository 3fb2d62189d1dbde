#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace hattama::test {

// A throwaway certification authority (make-test-pki.sh) and its OCSP responder
// (`openssl ocsp -index … -port …`), made once per test process. The people's certificates
// name the responder in their AIA, so signing asks it without configuration.
class SignatureFixture {
public:
    static SignatureFixture &instance();
    ~SignatureFixture();

    QString keyFile(const QString &name) const; // "secretary", "judge", "expired", "revoked", …
    QString passwordFile() const;
    QString password() const;
    QString trustDir() const; // root, intermediate, CRL
    QString caFile() const; // root + intermediate in one PEM, for `openssl cms -verify -CAfile`
    QString caDir() const; // the CA's own files (tsa.pem, tsa.key, …)
    int ocspPort() const { return m_ocspPort; }

    // Starts the OCSP responder when it is not running, and waits until it accepts connections.
    bool startOcsp();
    void stopOcsp();
    // Starts the local timestamp authority (tsa_responder: openssl ts -reply behind HTTP) and
    // returns its URL once it listens; empty on failure.
    QString startTsa();
    // The same with a timestamp authority certified by an authority the trusted folder lacks.
    QString startUntrustedTsa();

private:
    SignatureFixture();

    QTemporaryDir m_dir;
    int m_ocspPort = 0;
    std::unique_ptr<QProcess> m_ocsp;
    std::unique_ptr<QProcess> m_tsa;
    std::unique_ptr<QProcess> m_untrustedTsa;
    QString startTsaIn(std::unique_ptr<QProcess> &process, const QString &folder);
};

// A hearing folder ready to sign: hearing.json (tests/protocol/data/hearing-criminal.json), a
// closed recording of three segments, and protocol version 1 saved by `hattama protocol`.
QString makeSignableHearing(const QString &dir, const QProcessEnvironment &env);

// An ended hearing of a SQLite archive (docs/samples/hearing-sample.json) with a closed
// recording of two segments and protocol version 1 saved, made with the command line as a
// court would (work: a folder for the files in between); returns its id.
QString makeArchiveHearing(const QString &archiveDir, const QString &work, const QProcessEnvironment &env);
// The sample hearing (docs/samples/hearing-sample.json) imported as ended into the archive
// that archiveArgs (--archive DIR …) name, its folder <archiveDir>/<id> holding a closed
// recording of two 2-second segments; returns the hearing's id. scratchDir: for the import file.
QString importEndedSample(const QString &scratchDir, const QStringList &archiveArgs, const QString &archiveDir,
    const QProcessEnvironment &env);

// `openssl cms -verify -binary -inform DER -in SIG -content DOC -CAfile CA` as docs/signature.md gives it.
bool stockOpensslVerifies(const QString &signature, const QString &document, const QString &caFile, QString *output);
// The number of SignerInfos in a .p7s (openssl cms -cmsout -print).
int signerCount(const QString &signature);

// The command line for signing dir with the key file of name (password from the file).
QStringList signArgs(const QString &target, const QString &name, const QStringList &extra = {});

} // namespace hattama::test
