// `hattama sign` and the signature part of `hattama verify` with real keys, a real OCSP
// responder and the stock `openssl cms -verify` as the outside verifier.
#include "SignatureFixture.h"

#include "IntegrityFixture.h"
#include "TestSupport.h"

#include "protocol/ProtocolVersionStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace hattama::test;
namespace protocol = hattama::protocol;

namespace {

QString versionFile(const QString &hearing, int version, const QString &name)
{
    return QDir(hearing).filePath(QStringLiteral("signature/v%1/%2").arg(version, 4, 10, QLatin1Char('0')).arg(name));
}

// Flips one byte of path in the middle, runs verify, puts the byte back; returns verify's result.
ProcessResult verifyWithByteChanged(const QString &path, const QStringList &verifyArgs, const QProcessEnvironment &env)
{
    const QByteArray original = readAll(path);
    QByteArray changed = original;
    changed[changed.size() / 2] = static_cast<char>(changed.at(changed.size() / 2) ^ 0x01);
    writeAll(path, changed);
    const ProcessResult result = runHattama(verifyArgs, env);
    writeAll(path, original);
    return result;
}

} // namespace

TEST_CASE("the secretary then the judge sign, stock openssl and hattama verify confirm it, tampering is named")
{
    SignatureFixture &pki = SignatureFixture::instance();
    REQUIRE(pki.startOcsp());
    QTemporaryDir dir;
    const auto env = isolatedEnvironment(dir.filePath(QStringLiteral("home")));
    const QString hearing = makeSignableHearing(dir.filePath(QStringLiteral("hearing")), env);

    const auto secretary = runHattama(signArgs(hearing, QStringLiteral("secretary")), env);
    INFO(secretary.out.toStdString() << secretary.err.toStdString());
    REQUIRE(secretary.exitCode == 0);
    // The certificate is shown before signing, with its Kazakh name intact.
    CHECK(secretary.out.contains(QStringLiteral("Signer: АХМЕТОВА ӘСЕЛ")));
    CHECK(secretary.out.contains(QStringLiteral("IIN: 850101400123")));
    CHECK(secretary.out.contains(QStringLiteral("ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA) TEST")));
    CHECK(secretary.out.contains(QStringLiteral("as the secretary")));
    CHECK(secretary.out.contains(QStringLiteral("not revoked (OCSP http://127.0.0.1:%1/)").arg(pki.ocspPort())));

    const QString pdf = versionFile(hearing, 1, QStringLiteral("protocol.pdf"));
    const QString seal = versionFile(hearing, 1, QStringLiteral("seal.json"));
    REQUIRE(QFileInfo::exists(pdf));
    CHECK(signerCount(pdf + QStringLiteral(".p7s")) == 1);
    CHECK(protocol::ProtocolVersionStore(hearing).isFrozen(1));

    // The secretary's key cannot sign again as the judge.
    const auto twice = runHattama(signArgs(hearing, QStringLiteral("secretary")), env);
    CHECK(twice.exitCode == 2);
    CHECK(twice.err.contains(QStringLiteral("protocol version 1 is already signed by the secretary")));
    CHECK(signerCount(pdf + QStringLiteral(".p7s")) == 1);

    const auto judge = runHattama(
        signArgs(hearing, QStringLiteral("judge"), { QStringLiteral("--role"), QStringLiteral("judge") }), env);
    INFO(judge.out.toStdString() << judge.err.toStdString());
    REQUIRE(judge.exitCode == 0);
    CHECK(judge.out.contains(QStringLiteral("Signer: ИВАНОВ СЕРГЕЙ")));
    CHECK(judge.out.contains(QStringLiteral("as the judge")));

    // Both signers in one .p7s per document; the stock command verifies both documents.
    for (const QString &document : { pdf, seal }) {
        CHECK(signerCount(document + QStringLiteral(".p7s")) == 2);
        QString output;
        const bool verified = stockOpensslVerifies(document + QStringLiteral(".p7s"), document, pki.caFile(), &output);
        INFO(output.toStdString());
        CHECK(verified);
        CHECK(output.contains(QStringLiteral("Verification successful")));
        const auto printed = runProgram(QStringLiteral("openssl"),
            { QStringLiteral("cms"), QStringLiteral("-cmsout"), QStringLiteral("-print"), QStringLiteral("-inform"),
                QStringLiteral("DER"), QStringLiteral("-in"), document + QStringLiteral(".p7s") });
        // CAdES-BES: each signer has its signing time and its certificate bound (ESS v2).
        CHECK(printed.out.count(QStringLiteral("id-smime-aa-signingCertificateV2")) == 2);
        CHECK(printed.out.count(QStringLiteral("signingTime")) == 2);
        CHECK(printed.out.count(QStringLiteral("sha256")) >= 2);
    }
    // A third signature is refused, and nothing changes.
    const QByteArray before = readAll(pdf + QStringLiteral(".p7s"));
    const auto third = runHattama(signArgs(hearing, QStringLiteral("judge")), env);
    CHECK(third.exitCode == 2);
    CHECK(third.err.contains(QStringLiteral("already signed by the secretary and the judge")));
    CHECK(readAll(pdf + QStringLiteral(".p7s")) == before);

    // The seal binds the protocol and the recording.
    const QJsonObject sealJson = QJsonDocument::fromJson(readAll(seal)).object();
    CHECK(sealJson.value(QStringLiteral("format")).toString() == QStringLiteral("hattama-hearing-seal"));
    CHECK(sealJson.value(QStringLiteral("recording")).toObject().value(QStringLiteral("segments")).toInt() == 3);
    CHECK(sealJson.value(QStringLiteral("protocol")).toObject().value(QStringLiteral("sha256")).toString()
        == QString::fromLatin1(QCryptographicHash::hash(readAll(pdf), QCryptographicHash::Sha256).toHex()));

    const QStringList verifyArgs { QStringLiteral("verify"), hearing, QStringLiteral("--trust"), pki.trustDir() };
    const auto verified = runHattama(verifyArgs, env);
    INFO(verified.out.toStdString() << verified.err.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains(QStringLiteral("v1 secretary: АХМЕТОВА ӘСЕЛ (IIN 850101400123)")));
    CHECK(verified.out.contains(QStringLiteral("v1 judge: ИВАНОВ СЕРГЕЙ (IIN 700202300456)")));
    CHECK(verified.out.count(QStringLiteral("chain: trusted; revocation: not revoked")) == 2);
    CHECK(verified.out.contains(QStringLiteral("Result: intact")));

    // One byte changed anywhere: verify fails and names the file.
    const auto pdfChanged = verifyWithByteChanged(pdf, verifyArgs, env);
    INFO(pdfChanged.out.toStdString());
    CHECK(pdfChanged.exitCode == 1);
    CHECK(pdfChanged.out.contains(
        QStringLiteral("signature/v0001/protocol.pdf was changed after signing: it does not match its signature "
                       "signature/v0001/protocol.pdf.p7s")));
    const auto sealChanged = verifyWithByteChanged(seal, verifyArgs, env);
    INFO(sealChanged.out.toStdString());
    CHECK(sealChanged.exitCode == 1);
    CHECK(sealChanged.out.contains(QStringLiteral("signature/v0001/seal.json was changed after signing")));
    const auto segmentChanged
        = verifyWithByteChanged(QDir(hearing).filePath(QStringLiteral("media/part-01/seg-00002.mkv")), verifyArgs, env);
    INFO(segmentChanged.out.toStdString());
    CHECK(segmentChanged.exitCode == 1);
    CHECK(segmentChanged.out.contains(QStringLiteral("media/part-01/seg-00002.mkv is altered")));
    const auto signatureChanged = verifyWithByteChanged(pdf + QStringLiteral(".p7s"), verifyArgs, env);
    INFO(signatureChanged.out.toStdString());
    CHECK(signatureChanged.exitCode == 1);
    CHECK(signatureChanged.out.contains(QStringLiteral("signature/v0001/protocol.pdf.p7s")));
    // Everything restored: intact again.
    CHECK(runHattama(verifyArgs, env).exitCode == 0);
}

TEST_CASE("signing is refused with a clear reason and writes nothing")
{
    SignatureFixture &pki = SignatureFixture::instance();
    REQUIRE(pki.startOcsp());
    QTemporaryDir dir;
    const auto env = isolatedEnvironment(dir.filePath(QStringLiteral("home")));
    const QString hearing = makeSignableHearing(dir.filePath(QStringLiteral("hearing")), env);
    const QString signatures = QDir(hearing).filePath(QStringLiteral("signature"));

    SECTION("wrong password")
    {
        const QString wrong = dir.filePath(QStringLiteral("wrong.txt"));
        writeAll(wrong, "not the password\n");
        const auto result = runHattama(
            { QStringLiteral("sign"), hearing, QStringLiteral("--key"), pki.keyFile(QStringLiteral("secretary")),
                QStringLiteral("--password-file"), wrong, QStringLiteral("--trust"), pki.trustDir() },
            env);
        CHECK(result.exitCode == 1);
        CHECK(
            result.err.contains(QStringLiteral("wrong password for %1").arg(pki.keyFile(QStringLiteral("secretary")))));
    }
    SECTION("no password file and no terminal")
    {
        const auto result
            = runHattama({ QStringLiteral("sign"), hearing, QStringLiteral("--key"),
                             pki.keyFile(QStringLiteral("secretary")), QStringLiteral("--trust"), pki.trustDir() },
                env);
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QStringLiteral("--password-file")));
    }
    SECTION("expired certificate")
    {
        const auto result = runHattama(signArgs(hearing, QStringLiteral("expired")), env);
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(
            QStringLiteral("the certificate of СӘРСЕНОВ ҒАЛЫМ (IIN 900303300789) expired on 2021-01-01")));
    }
    SECTION("revoked certificate: the OCSP responder says so")
    {
        const auto result = runHattama(signArgs(hearing, QStringLiteral("revoked")), env);
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QStringLiteral("the certificate of ОМАРОВА ҮМІТ (IIN 910404400111) was revoked")));
        CHECK(result.err.contains(QStringLiteral("OCSP http://127.0.0.1:%1/").arg(pki.ocspPort())));
    }
    SECTION("revoked certificate: the CRL file says so when no responder is asked")
    {
        // --ocsp none: no responder is asked, the trusted folder's CRL decides.
        const auto result = runHattama(
            signArgs(hearing, QStringLiteral("revoked"), { QStringLiteral("--ocsp"), QStringLiteral("none") }), env);
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QStringLiteral("was revoked")));
        CHECK(result.err.contains(QStringLiteral("CRL")));
    }
    SECTION("the login key is not for signing")
    {
        const auto result = runHattama(signArgs(hearing, QStringLiteral("login")), env);
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QStringLiteral("is not meant for signing documents")));
    }
    SECTION("a certificate from an untrusted authority")
    {
        const auto result = runHattama(signArgs(hearing, QStringLiteral("untrusted")), env);
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(
            QStringLiteral("the certificate of БӨТЕН АДАМ (IIN 930606400333) is not issued by a trusted authority")));
    }
    SECTION("a key of an algorithm Hattama does not sign with")
    {
        const auto result = runHattama(signArgs(hearing, QStringLiteral("edwards")), env);
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QStringLiteral("is a ED25519 key, which Hattama cannot sign with")));
        CHECK(result.err.contains(QStringLiteral("NCALayer")));
    }
    SECTION("the judge before the secretary")
    {
        const auto result = runHattama(
            signArgs(hearing, QStringLiteral("judge"), { QStringLiteral("--role"), QStringLiteral("judge") }), env);
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QStringLiteral("not signed by the secretary yet")));
    }
    SECTION("an OCSP responder that does not answer")
    {
        pki.stopOcsp();
        const auto result = runHattama(signArgs(hearing, QStringLiteral("secretary")), env);
        CHECK(result.exitCode == 3);
        CHECK(result.err.contains(QStringLiteral("cannot be checked")));
    }
    CHECK_FALSE(QFileInfo::exists(signatures));
    CHECK_FALSE(protocol::ProtocolVersionStore(hearing).isFrozen(1));
}

TEST_CASE("a signed version is frozen, a correction is a new version signed anew")
{
    SignatureFixture &pki = SignatureFixture::instance();
    REQUIRE(pki.startOcsp());
    QTemporaryDir dir;
    const auto env = isolatedEnvironment(dir.filePath(QStringLiteral("home")));
    const QString hearing = makeSignableHearing(dir.filePath(QStringLiteral("hearing")), env);
    REQUIRE(runHattama(signArgs(hearing, QStringLiteral("secretary")), env).exitCode == 0);
    REQUIRE(runHattama(signArgs(hearing, QStringLiteral("judge")), env).exitCode == 0);

    protocol::ProtocolVersionStore store(hearing);
    const auto refused = store.checkEditable(1);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == hattama::ErrorCode::ProtocolVersionFrozen);

    // The correction: a new draft version, then both sign it again.
    const auto corrected
        = runHattama({ QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("protocol"), hearing,
                         QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"),
                         dir.filePath(QStringLiteral("v2.pdf")), QStringLiteral("--save-version") },
            env);
    REQUIRE(corrected.exitCode == 0);
    CHECK(store.checkEditable(2).ok());
    const auto secretary = runHattama(signArgs(hearing, QStringLiteral("secretary")), env);
    INFO(secretary.out.toStdString() << secretary.err.toStdString());
    REQUIRE(secretary.exitCode == 0);
    CHECK(secretary.out.contains(QStringLiteral("Signing protocol version 2 as the secretary")));
    REQUIRE(runHattama(signArgs(hearing, QStringLiteral("judge")), env).exitCode == 0);
    CHECK(signerCount(versionFile(hearing, 2, QStringLiteral("protocol.pdf.p7s"))) == 2);
    const auto verified
        = runHattama({ QStringLiteral("verify"), hearing, QStringLiteral("--trust"), pki.trustDir() }, env);
    INFO(verified.out.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains(QStringLiteral("v2 judge: ИВАНОВ СЕРГЕЙ")));
}

TEST_CASE("signing a hearing of the database: audited, the judge's signature ends the workflow, the audit log is bound")
{
    SignatureFixture &pki = SignatureFixture::instance();
    REQUIRE(pki.startOcsp());
    QTemporaryDir dir;
    const auto env = isolatedEnvironment(dir.filePath(QStringLiteral("home")));
    const QString archiveDir = dir.filePath(QStringLiteral("archive"));
    const QStringList archive { QStringLiteral("--archive"), archiveDir };
    // The sample hearing, recorded and ended.
    const QString id = importEndedSample(dir.path(), archive, archiveDir, env);
    const QString hearing = QDir(archiveDir).filePath(id);
    REQUIRE(runHattama(archive
                    + QStringList { QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("protocol"), id,
                        QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"),
                        dir.filePath(QStringLiteral("draft.pdf")), QStringLiteral("--save-version") },
                env)
                .exitCode
        == 0);

    // A failed attempt is audited; then the secretary and the judge sign by the hearing's id.
    const QString wrong = dir.filePath(QStringLiteral("wrong.txt"));
    writeAll(wrong, "nope\n");
    const auto failed = runHattama(archive
            + QStringList { QStringLiteral("sign"), id, QStringLiteral("--key"), pki.keyFile(QStringLiteral("judge")),
                QStringLiteral("--password-file"), wrong, QStringLiteral("--trust"), pki.trustDir() },
        env);
    CHECK(failed.exitCode == 1);
    const auto secretary = runHattama(archive + signArgs(id, QStringLiteral("secretary")), env);
    INFO(secretary.out.toStdString() << secretary.err.toStdString());
    REQUIRE(secretary.exitCode == 0);
    const QString database = QDir(archiveDir).filePath(QStringLiteral("hattama.sqlite"));
    const auto status = [&] {
        return runProgram(QStringLiteral("sqlite3"),
            { database, QStringLiteral("SELECT status FROM hearings WHERE id = '%1'").arg(id) })
            .out.trimmed();
    };
    CHECK(status() == QStringLiteral("ended")); // the secretary's signature is not the last step
    const auto judge = runHattama(archive + signArgs(id, QStringLiteral("judge")), env);
    INFO(judge.out.toStdString() << judge.err.toStdString());
    REQUIRE(judge.exitCode == 0);
    CHECK(status() == QStringLiteral("signed"));

    // The audit chain holds the failed attempt and both signatures, read back with SQL.
    const auto rows = runProgram(QStringLiteral("sqlite3"),
        { database,
            QStringLiteral(
                "SELECT action || ' ' || details FROM audit_log WHERE action LIKE 'protocol.sign%' ORDER BY id") });
    INFO(rows.out.toStdString());
    const QStringList lines = rows.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).startsWith(QStringLiteral("protocol.sign_failed ")));
    CHECK(lines.at(0).contains(QStringLiteral("\"error\":\"KeyPasswordWrong\"")));
    CHECK(lines.at(1).contains(QStringLiteral("\"role\":\"secretary\"")));
    CHECK(lines.at(1).contains(QStringLiteral("\"iin\":\"850101400123\"")));
    CHECK(lines.at(2).contains(QStringLiteral("\"role\":\"judge\"")));
    CHECK(lines.at(2).contains(QStringLiteral("\"revocation\":\"good\"")));
    // The seal binds the audit chain's head as it was at sealing.
    const QJsonObject seal
        = QJsonDocument::fromJson(readAll(versionFile(hearing, 1, QStringLiteral("seal.json")))).object();
    const QString head = seal.value(QStringLiteral("audit")).toObject().value(QStringLiteral("headHash")).toString();
    CHECK(head.size() == 64);

    const QStringList verifyArgs
        = archive + QStringList { QStringLiteral("verify"), hearing, QStringLiteral("--trust"), pki.trustDir() };
    const auto verified = runHattama(verifyArgs, env);
    INFO(verified.out.toStdString());
    CHECK(verified.exitCode == 0);
    // One byte of the audit log changed: verify names it.
    const auto altered = runProgram(QStringLiteral("sqlite3"),
        { database,
            QStringLiteral("UPDATE audit_log SET details = replace(details, '850101400123', '850101400124') WHERE "
                           "action = 'protocol.sign'") });
    REQUIRE(altered.exitCode == 0);
    const auto broken = runHattama(verifyArgs, env);
    INFO(broken.out.toStdString());
    CHECK(broken.exitCode == 1);
    CHECK(broken.out.contains(QStringLiteral("audit log chain broken")));
}

TEST_CASE("a timestamp authority adds an RFC 3161 token to each signer, stock openssl still verifies, verify shows the times")
{
    SignatureFixture &pki = SignatureFixture::instance();
    REQUIRE(pki.startOcsp());
    const QString tsa = pki.startTsa();
    REQUIRE_FALSE(tsa.isEmpty());
    QTemporaryDir dir;
    const auto env = isolatedEnvironment(dir.filePath(QStringLiteral("home")));
    const QString hearing = makeSignableHearing(dir.filePath(QStringLiteral("hearing")), env);
    for (const QString &who : { QStringLiteral("secretary"), QStringLiteral("judge") }) {
        const auto signedNow = runHattama(signArgs(hearing, who, { QStringLiteral("--tsa"), tsa }), env);
        INFO(signedNow.out.toStdString() << signedNow.err.toStdString());
        REQUIRE(signedNow.exitCode == 0);
        CHECK(signedNow.out.contains(QStringLiteral("Timestamp: ")));
    }
    for (const QString &name : { QStringLiteral("protocol.pdf"), QStringLiteral("seal.json") }) {
        const QString document = versionFile(hearing, 1, name);
        const auto printed = runProgram(QStringLiteral("openssl"),
            { QStringLiteral("cms"), QStringLiteral("-cmsout"), QStringLiteral("-print"), QStringLiteral("-inform"),
                QStringLiteral("DER"), QStringLiteral("-in"), document + QStringLiteral(".p7s") });
        CHECK(printed.out.count(QStringLiteral("id-smime-aa-timeStampToken")) == 2);
        QString output;
        CHECK(stockOpensslVerifies(document + QStringLiteral(".p7s"), document, pki.caFile(), &output));
    }
    const QJsonObject signers
        = QJsonDocument::fromJson(readAll(versionFile(hearing, 1, QStringLiteral("signers.json")))).object();
    for (const QJsonValue &signer : signers.value(QStringLiteral("signers")).toArray())
        CHECK_FALSE(signer.toObject().value(QStringLiteral("timestampUtc")).toString().isEmpty());
    const auto verified
        = runHattama({ QStringLiteral("verify"), hearing, QStringLiteral("--trust"), pki.trustDir() }, env);
    INFO(verified.out.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.count(QStringLiteral("    timestamp: ")) == 2);

    // A timestamp authority that does not answer: nothing is signed.
    const QString other = makeSignableHearing(dir.filePath(QStringLiteral("other")), env);
    const auto refused = runHattama(signArgs(other, QStringLiteral("secretary"),
                                        { QStringLiteral("--tsa"), QStringLiteral("http://127.0.0.1:1/") }),
        env);
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(QStringLiteral("no timestamp from http://127.0.0.1:1/")));
    CHECK_FALSE(QFileInfo::exists(QDir(other).filePath(QStringLiteral("signature"))));
}
