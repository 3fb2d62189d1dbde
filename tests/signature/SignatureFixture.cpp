#include "SignatureFixture.h"

#include "IntegrityFixture.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>

namespace hattama::test {

namespace {

int freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

} // namespace

SignatureFixture &SignatureFixture::instance()
{
    static SignatureFixture fixture;
    return fixture;
}

SignatureFixture::SignatureFixture()
{
    m_ocspPort = freePort();
    const auto made = runProgram(QStringLiteral("bash"),
        { sourceDir() + QStringLiteral("/tests/signature/make-test-pki.sh"), m_dir.path(),
            QString::number(m_ocspPort) },
        240'000);
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    QFile ca(caFile());
    REQUIRE(ca.open(QIODevice::WriteOnly));
    for (const QString &name : { QStringLiteral("root.pem"), QStringLiteral("intermediate.pem") }) {
        QFile part(QDir(trustDir()).filePath(name));
        REQUIRE(part.open(QIODevice::ReadOnly));
        ca.write(part.readAll());
    }
}

SignatureFixture::~SignatureFixture()
{
    stopOcsp();
    for (auto *process : { m_tsa.get(), m_untrustedTsa.get() }) {
        if (process) {
            process->kill();
            process->waitForFinished();
        }
    }
}

QString SignatureFixture::startTsa()
{
    return startTsaIn(m_tsa, caDir());
}

QString SignatureFixture::startUntrustedTsa()
{
    return startTsaIn(m_untrustedTsa, m_dir.filePath(QStringLiteral("other-tsa")));
}

QString SignatureFixture::startTsaIn(std::unique_ptr<QProcess> &process, const QString &folder)
{
    process = std::make_unique<QProcess>();
    process->start(QStringLiteral(TSA_RESPONDER), { folder });
    QByteArray said;
    const bool listening = waitUntil([&] {
        process->waitForReadyRead(100);
        said += process->readAllStandardOutput();
        return said.contains('\n') || process->state() == QProcess::NotRunning;
    });
    if (!listening || !said.startsWith("port "))
        return {};
    return QStringLiteral("http://127.0.0.1:%1/").arg(QString::fromLatin1(said.mid(5).trimmed()));
}

QString SignatureFixture::keyFile(const QString &name) const
{
    return m_dir.filePath(QStringLiteral("keys/%1.p12").arg(name));
}

QString SignatureFixture::passwordFile() const
{
    return m_dir.filePath(QStringLiteral("keys/password.txt"));
}

QString SignatureFixture::password() const
{
    return QStringLiteral("Сот-2026 pass");
}

QString SignatureFixture::trustDir() const
{
    return m_dir.filePath(QStringLiteral("trust"));
}

QString SignatureFixture::caFile() const
{
    return m_dir.filePath(QStringLiteral("ca-chain.pem"));
}

QString SignatureFixture::caDir() const
{
    return m_dir.filePath(QStringLiteral("ca"));
}

bool SignatureFixture::startOcsp()
{
    if (m_ocsp && m_ocsp->state() == QProcess::Running)
        return true;
    m_ocsp = std::make_unique<QProcess>();
    m_ocsp->setWorkingDirectory(caDir());
    m_ocsp->setProcessChannelMode(QProcess::MergedChannels);
    m_ocsp->setStandardOutputFile(m_dir.filePath(QStringLiteral("ocsp.log")));
    m_ocsp->start(QStringLiteral("openssl"),
        { QStringLiteral("ocsp"), QStringLiteral("-index"), QStringLiteral("index.txt"), QStringLiteral("-port"),
            QString::number(m_ocspPort), QStringLiteral("-rsigner"), QStringLiteral("ocsp.pem"),
            QStringLiteral("-rkey"), QStringLiteral("ocsp.key"), QStringLiteral("-CA"),
            QStringLiteral("intermediate.pem"), QStringLiteral("-ignore_err") });
    if (!m_ocsp->waitForStarted())
        return false;
    // Ready when it answers an HTTP request (polled, never slept on). The probe is a whole
    // request: `openssl ocsp` serves one connection at a time and waits on a silent one.
    return waitUntil([this] {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_ocspPort));
        if (!socket.waitForConnected(200))
            return m_ocsp->state() != QProcess::Running;
        socket.write("GET / HTTP/1.0\r\n\r\n");
        socket.waitForBytesWritten(1000);
        const bool answered = socket.waitForReadyRead(5000);
        socket.waitForDisconnected(1000);
        return answered;
    }) && m_ocsp->state() == QProcess::Running;
}

void SignatureFixture::stopOcsp()
{
    if (!m_ocsp)
        return;
    m_ocsp->kill();
    m_ocsp->waitForFinished();
    m_ocsp.reset();
}

QString makeSignableHearing(const QString &dir, const QProcessEnvironment &env)
{
    QDir().mkpath(dir);
    makeClosedHearing(dir, { 3 });
    QFile::copy(sourceDir() + QStringLiteral("/tests/protocol/data/hearing-criminal.json"),
        QDir(dir).filePath(QStringLiteral("hearing.json")));
    const auto saved
        = runHattama({ QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("protocol"), dir,
                         QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"),
                         QDir(dir).filePath(QStringLiteral("../draft.pdf")), QStringLiteral("--save-version") },
            env);
    INFO(saved.err.toStdString());
    REQUIRE(saved.exitCode == 0);
    return dir;
}

QString importEndedSample(const QString &scratchDir, const QStringList &archiveArgs, const QString &archiveDir,
    const QProcessEnvironment &env)
{
    QByteArray sample = readAll(sourceDir() + QStringLiteral("/docs/samples/hearing-sample.json"));
    sample.replace("\"status\": \"scheduled\"", "\"status\": \"ended\"");
    const QString imported = QDir(scratchDir).filePath(QStringLiteral("hearing.json"));
    writeAll(imported, sample);
    REQUIRE(runHattama(archiveArgs + QStringList { QStringLiteral("hearing"), QStringLiteral("import"), imported }, env)
                .exitCode
        == 0);
    const auto list = runHattama(archiveArgs + QStringList { QStringLiteral("hearing"), QStringLiteral("list") }, env);
    const QString id = list.out.section(QLatin1Char(' '), 0, 0).trimmed();
    REQUIRE_FALSE(id.isEmpty());
    const QString hearing = QDir(archiveDir).filePath(id);
    QDir().mkpath(hearing);
    makeClosedHearing(hearing, { 2 });
    return id;
}

QString makeArchiveHearing(const QString &archiveDir, const QString &work, const QProcessEnvironment &env)
{
    const QStringList archive { QStringLiteral("--archive"), archiveDir };
    const QString id = importEndedSample(work, archive, archiveDir, env);
    REQUIRE(runHattama(archive
                    + QStringList { QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("protocol"), id,
                        QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"),
                        QDir(work).filePath(QStringLiteral("draft.pdf")), QStringLiteral("--save-version") },
                env)
                .exitCode
        == 0);
    return id;
}

bool stockOpensslVerifies(const QString &signature, const QString &document, const QString &caFile, QString *output)
{
    const auto result = runProgram(QStringLiteral("openssl"),
        { QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"), QStringLiteral("-inform"),
            QStringLiteral("DER"), QStringLiteral("-in"), signature, QStringLiteral("-content"), document,
            QStringLiteral("-CAfile"), caFile, QStringLiteral("-purpose"), QStringLiteral("any"),
            QStringLiteral("-out"), QStringLiteral("/dev/null") });
    if (output)
        *output = result.out + result.err;
    return result.exitCode == 0;
}

int signerCount(const QString &signature)
{
    const auto printed = runProgram(QStringLiteral("openssl"),
        { QStringLiteral("cms"), QStringLiteral("-cmsout"), QStringLiteral("-print"), QStringLiteral("-inform"),
            QStringLiteral("DER"), QStringLiteral("-in"), signature });
    return static_cast<int>(printed.out.count(QStringLiteral("signatureAlgorithm:")));
}

QStringList signArgs(const QString &target, const QString &name, const QStringList &extra)
{
    const SignatureFixture &pki = SignatureFixture::instance();
    return QStringList { QStringLiteral("sign"), target, QStringLiteral("--key"), pki.keyFile(name),
        QStringLiteral("--password-file"), pki.passwordFile(), QStringLiteral("--trust"), pki.trustDir() }
    + extra;
}

} // namespace hattama::test
