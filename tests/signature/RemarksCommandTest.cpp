// `hattama remarks`: filed, decided by the judge, attached as a new protocol version whose
// PDF holds the appendix; the signed version stays as it was; the new one is signed anew by
// the secretary and the judge and checks out with `hattama verify` and stock openssl.
#include "SignatureFixture.h"

#include "IntegrityFixture.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace hattama::test;

namespace {

QString signedFile(const QString &hearing, int version, const QString &name)
{
    return QDir(hearing).filePath(QStringLiteral("signature/v%1/%2").arg(version, 4, 10, QLatin1Char('0')).arg(name));
}

QByteArray sha256Of(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

// The PDF's text with every run of white space made one space (lines wrap anywhere).
QString pdfWords(const QString &path)
{
    const auto text = runProgram(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
    REQUIRE(text.exitCode == 0);
    return text.out.simplified();
}

} // namespace

TEST_CASE("remarks: filed, decided, attached as a new version that is signed anew while the signed version stays")
{
    SignatureFixture &pki = SignatureFixture::instance();
    REQUIRE(pki.startOcsp());
    QTemporaryDir dir;
    const auto env = isolatedEnvironment(dir.filePath(QStringLiteral("home")));
    const QString archiveDir = dir.filePath(QStringLiteral("archive"));
    // Messages in English; the protocol in its own language (ru).
    const QStringList archive { QStringLiteral("--archive"), archiveDir, QStringLiteral("--lang"),
        QStringLiteral("en") };
    const QStringList archiveRu { QStringLiteral("--archive"), archiveDir, QStringLiteral("--lang"),
        QStringLiteral("ru") };
    const QString id = importEndedSample(dir.path(), archive, archiveDir, env); // 4 s of recording
    const QString hearing = QDir(archiveDir).filePath(id);
    const auto remarks = [&](const QStringList &args) {
        return runHattama(archive + QStringList { QStringLiteral("remarks"), id } + args, env);
    };

    // Before a protocol is saved there is nothing to file remarks on.
    const auto early = remarks({ QStringLiteral("add"), QStringLiteral("--by"),
        QStringLiteral("Иванов И. И., защитник"), QStringLiteral("--text"), QStringLiteral("x") });
    CHECK(early.exitCode == 2);
    CHECK(early.err.contains(QStringLiteral("no saved protocol version")));

    REQUIRE(
        runHattama(archiveRu
                + QStringList { QStringLiteral("protocol"), id, QStringLiteral("--format"), QStringLiteral("pdf"),
                    QStringLiteral("-o"), dir.filePath(QStringLiteral("draft.pdf")), QStringLiteral("--save-version") },
            env)
            .exitCode
        == 0);
    REQUIRE(runHattama(archive + signArgs(id, QStringLiteral("secretary")), env).exitCode == 0);
    REQUIRE(runHattama(archive + signArgs(id, QStringLiteral("judge")), env).exitCode == 0);
    const QString oldPdf = signedFile(hearing, 1, QStringLiteral("protocol.pdf"));
    const QByteArray oldPdfHash = sha256Of(oldPdf);
    const QByteArray oldSignatureHash = sha256Of(oldPdf + QStringLiteral(".p7s"));

    const auto none = remarks({});
    REQUIRE(none.exitCode == 0);
    CHECK(none.out.contains(QStringLiteral("No remarks on the protocol.")));

    // Bad input: a clear usage error, nothing filed.
    const auto noRole = remarks({ QStringLiteral("add"), QStringLiteral("--by"), QStringLiteral("Иванов"),
        QStringLiteral("--text"), QStringLiteral("x") });
    CHECK(noRole.exitCode == 2);
    CHECK(noRole.err.contains(QStringLiteral("--by \"NAME, ROLE\"")));
    const auto outside
        = remarks({ QStringLiteral("add"), QStringLiteral("--by"), QStringLiteral("Иванов И. И., защитник"),
            QStringLiteral("--text"), QStringLiteral("x"), QStringLiteral("--at"), QStringLiteral("00:10:00") });
    CHECK(outside.exitCode == 2);
    CHECK(outside.err.contains(QStringLiteral("outside the recording")));
    const auto badTime
        = remarks({ QStringLiteral("add"), QStringLiteral("--by"), QStringLiteral("Иванов И. И., защитник"),
            QStringLiteral("--text"), QStringLiteral("x"), QStringLiteral("--at"), QStringLiteral("полдень") });
    CHECK(badTime.exitCode == 2);
    const auto wrongOption = remarks({ QStringLiteral("attach"), QStringLiteral("--accept") });
    CHECK(wrongOption.exitCode == 2);

    const auto first = remarks({ QStringLiteral("add"), QStringLiteral("--by"),
        QStringLiteral("Сәрсенбаев Ғалым Өмірұлы, защитник подсудимого"), QStringLiteral("--text"),
        QStringLiteral("В протоколе не отражён ответ свидетеля «да» на вопрос защитника."), QStringLiteral("--at"),
        QStringLiteral("00:00:03"), QStringLiteral("--at"), QStringLiteral("00:00:01") });
    INFO(first.out.toStdString() << first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("Remark 1 filed on protocol version 1")));
    const QString textFile = dir.filePath(QStringLiteral("remark.txt"));
    writeAll(textFile, QStringLiteral("Неверно указано время объявления перерыва.\n").toUtf8());
    const auto second = remarks({ QStringLiteral("add"), QStringLiteral("--by"),
        QStringLiteral("Иванова Ёлка Петровна, потерпевшая"), QStringLiteral("--text-file"), textFile });
    REQUIRE(second.exitCode == 0);

    // Attaching is refused while a remark waits for the judge's decision.
    const auto pending = remarks({ QStringLiteral("attach") });
    CHECK(pending.exitCode == 2);
    CHECK(pending.err.contains(QStringLiteral("remarks not decided yet: 1, 2")));
    CHECK_FALSE(QFileInfo::exists(QDir(hearing).filePath(QStringLiteral("protocol/v0002.json"))));

    const auto noReason = remarks({ QStringLiteral("decide"), QStringLiteral("1"), QStringLiteral("--accept") });
    CHECK(noReason.exitCode == 2);
    const auto accepted = remarks({ QStringLiteral("decide"), QStringLiteral("1"), QStringLiteral("--accept"),
        QStringLiteral("--reason"), QStringLiteral("Ответ свидетеля слышен на аудио-, видеозаписи.") });
    INFO(accepted.err.toStdString());
    REQUIRE(accepted.exitCode == 0);
    CHECK(accepted.out.contains(QStringLiteral("by Әбілқасымова Жанар Серікқызы"))); // the case's judge
    const auto stillPending = remarks({ QStringLiteral("attach") });
    CHECK(stillPending.exitCode == 2);
    CHECK(stillPending.err.contains(QStringLiteral("remarks not decided yet: 2")));
    REQUIRE(
        remarks({ QStringLiteral("decide"), QStringLiteral("2"), QStringLiteral("--reject"), QStringLiteral("--reason"),
                    QStringLiteral("Время перерыва в протоколе соответствует записи.") })
            .exitCode
        == 0);
    const auto twice = remarks({ QStringLiteral("decide"), QStringLiteral("2"), QStringLiteral("--accept"),
        QStringLiteral("--reason"), QStringLiteral("иначе") });
    CHECK(twice.exitCode == 2);
    CHECK(twice.err.contains(QStringLiteral("remark 2 is already decided")));
    const auto unknown = remarks({ QStringLiteral("decide"), QStringLiteral("9"), QStringLiteral("--reject"),
        QStringLiteral("--reason"), QStringLiteral("нет") });
    CHECK(unknown.exitCode == 2);

    const auto attached = remarks({ QStringLiteral("attach") });
    INFO(attached.out.toStdString() << attached.err.toStdString());
    REQUIRE(attached.exitCode == 0);
    CHECK(attached.out.contains(QStringLiteral("Protocol version 2")));
    CHECK(remarks({ QStringLiteral("attach") }).exitCode == 2); // nothing new to attach
    const auto listed = remarks({});
    CHECK(listed.out.contains(QStringLiteral("Remark 1 — accepted")));
    CHECK(listed.out.contains(QStringLiteral("Remark 2 — rejected")));
    CHECK(listed.out.contains(QStringLiteral("Time codes: 00:00:01, 00:00:03")));
    CHECK(listed.out.contains(QStringLiteral("Attached to protocol version 2")));

    // The signed version 1 is untouched; version 2 is not signed until it is signed anew.
    CHECK(sha256Of(oldPdf) == oldPdfHash);
    CHECK(sha256Of(oldPdf + QStringLiteral(".p7s")) == oldSignatureHash);
    CHECK_FALSE(QFileInfo::exists(signedFile(hearing, 2, QStringLiteral("protocol.pdf"))));
    const QStringList verifyArgs
        = archive + QStringList { QStringLiteral("verify"), hearing, QStringLiteral("--trust"), pki.trustDir() };
    const auto secretary = runHattama(archive + signArgs(id, QStringLiteral("secretary")), env);
    INFO(secretary.out.toStdString() << secretary.err.toStdString());
    REQUIRE(secretary.exitCode == 0);
    CHECK(secretary.out.contains(QStringLiteral("Signing protocol version 2 as the secretary")));
    const auto judge = runHattama(archive + signArgs(id, QStringLiteral("judge")), env);
    REQUIRE(judge.exitCode == 0);

    const QString newPdf = signedFile(hearing, 2, QStringLiteral("protocol.pdf"));
    const QString words = pdfWords(newPdf);
    INFO(words.toStdString());
    CHECK(words.contains(QStringLiteral("Замечания на протокол судебного заседания")));
    CHECK(words.contains(QStringLiteral("Замечание № 1")));
    CHECK(words.contains(QStringLiteral("Кем подано: Сәрсенбаев Ғалым Өмірұлы, защитник подсудимого")));
    CHECK(words.contains(QStringLiteral("Моменты аудио-, видеозаписи: 00:00:01, 00:00:03")));
    CHECK(words.contains(QStringLiteral("не отражён ответ свидетеля «да»")));
    CHECK(words.contains(QStringLiteral("Решение: замечание принято, его правильность удостоверена.")));
    CHECK(words.contains(QStringLiteral("Мотивы решения: Ответ свидетеля слышен на аудио-, видеозаписи.")));
    CHECK(words.contains(QStringLiteral("Судья: Әбілқасымова Жанар Серікқызы")));
    CHECK(words.contains(QStringLiteral("Иванова Ёлка Петровна, потерпевшая")));
    CHECK(words.contains(QStringLiteral("Решение: замечание отклонено.")));
    // The appendix follows the protocol's body.
    CHECK(words.indexOf(QStringLiteral("Замечания на протокол судебного заседания"))
        > words.indexOf(QStringLiteral("Судебное заседание объявлено открытым")));
    CHECK_FALSE(pdfWords(oldPdf).contains(QStringLiteral("Замечания на протокол")));

    QString output;
    CHECK(stockOpensslVerifies(newPdf + QStringLiteral(".p7s"), newPdf, pki.caFile(), &output));
    CHECK(signerCount(newPdf + QStringLiteral(".p7s")) == 2);
    CHECK(stockOpensslVerifies(oldPdf + QStringLiteral(".p7s"), oldPdf, pki.caFile(), &output));
    const auto verified = runHattama(verifyArgs, env);
    INFO(verified.out.toStdString() << verified.err.toStdString());
    CHECK(verified.exitCode == 0);

    // The audit chain holds both filings, both decisions and the attachment, in order.
    const auto rows = runProgram(QStringLiteral("sqlite3"),
        { QDir(archiveDir).filePath(QStringLiteral("hattama.sqlite")),
            QStringLiteral(
                "SELECT action || ' ' || details FROM audit_log WHERE action LIKE 'remark.%' ORDER BY id") });
    const QStringList lines = rows.out.trimmed().split(QLatin1Char('\n'));
    INFO(rows.out.toStdString());
    REQUIRE(lines.size() == 5);
    CHECK(lines.at(0).startsWith(QStringLiteral("remark.file ")));
    CHECK(lines.at(0).contains(QStringLiteral("\"by\":\"Сәрсенбаев Ғалым Өмірұлы\"")));
    CHECK(lines.at(0).contains(QStringLiteral("\"time_ms\":[1000,3000]")));
    CHECK(lines.at(1).startsWith(QStringLiteral("remark.file ")));
    CHECK(lines.at(2).startsWith(QStringLiteral("remark.decide ")));
    CHECK(lines.at(2).contains(QStringLiteral("\"decision\":\"accepted\"")));
    CHECK(lines.at(3).contains(QStringLiteral("\"decision\":\"rejected\"")));
    CHECK(lines.at(4).startsWith(QStringLiteral("remark.attach ")));
    CHECK(lines.at(4).contains(QStringLiteral("\"version\":2")));
}

TEST_CASE("remarks: a hearing folder outside any database is refused with the reason")
{
    QTemporaryDir dir;
    const auto env = isolatedEnvironment(dir.filePath(QStringLiteral("home")));
    const QString hearing = makeSignableHearing(dir.filePath(QStringLiteral("hearing")), env);
    const auto result
        = runHattama({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("remarks"), hearing }, env);
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("is not in a database")));
}
