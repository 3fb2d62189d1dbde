// `hattama protocol` run as a real process: formats, languages, usage errors, atomic output.
#include "ProtocolTestSupport.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace hattama::test;

namespace {
QString makeHearing(const QTemporaryDir &dir)
{
    const QString folder = dir.filePath(QStringLiteral("H-2026-0042"));
    REQUIRE(writeFile(folder + QStringLiteral("/hearing.json"), readFile(sampleHearingPath())));
    return folder;
}
} // namespace

TEST_CASE("hattama protocol writes html odt and pdf in russian and kazakh")
{
    QTemporaryDir dir;
    const QString folder = makeHearing(dir);
    const auto env = isolatedEnvironment(dir.filePath(QStringLiteral("home")));
    for (const QString &lang : { QStringLiteral("ru"), QStringLiteral("kk") }) {
        for (const QString &format : { QStringLiteral("html"), QStringLiteral("odt"), QStringLiteral("pdf") }) {
            const QString out = dir.filePath(QStringLiteral("out-%1.%2").arg(lang, format));
            const auto result = runHattama({ QStringLiteral("protocol"), folder, QStringLiteral("--lang"), lang,
                                               QStringLiteral("--format"), format, QStringLiteral("-o"), out },
                env);
            INFO(lang.toStdString() << " " << format.toStdString() << ": " << result.err.toStdString());
            REQUIRE(result.exitCode == 0);
            CHECK(result.out.contains(out));
            CHECK(QFileInfo(out).size() > 1000);
        }
    }
    CHECK(readFile(dir.filePath(QStringLiteral("out-ru.pdf"))).startsWith("%PDF-"));
    CHECK(
        collapsedPdfText(dir.filePath(QStringLiteral("out-kk.pdf"))).contains(QStringLiteral("2026 жылғы 23 қараша")));
    CHECK(readFile(dir.filePath(QStringLiteral("out-ru.odt"))).mid(30, 8) == "mimetype");
    CHECK(QString::fromUtf8(readFile(dir.filePath(QStringLiteral("out-kk.html"))))
              .contains(QStringLiteral("СОТ ОТЫРЫСЫНЫҢ ҚЫСҚАША ХАТТАМАСЫ")));

    // --full and the archive's template folder, given as a hearing ID in that archive.
    REQUIRE(writeFile(dir.filePath(QStringLiteral("templates/ru-criminal.tmpl")),
        QByteArrayLiteral("@title ШАБЛОН СУДА {{#if full}}ПОЛНЫЙ{{/if}}\n")));
    const QString html = dir.filePath(QStringLiteral("full.html"));
    const auto full = runHattama(
        { QStringLiteral("--archive"), dir.path(), QStringLiteral("protocol"), QStringLiteral("H-2026-0042"),
            QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--format"), QStringLiteral("html"),
            QStringLiteral("-o"), html, QStringLiteral("--full") },
        env);
    INFO(full.err.toStdString());
    REQUIRE(full.exitCode == 0);
    CHECK(QString::fromUtf8(readFile(html)).contains(QStringLiteral("<p class=\"title\">ШАБЛОН СУДА ПОЛНЫЙ</p>")));
}

TEST_CASE("hattama protocol refuses bad arguments with exit 2 and writes nothing")
{
    QTemporaryDir dir;
    const QString folder = makeHearing(dir);
    const auto env = isolatedEnvironment(dir.filePath(QStringLiteral("home")));
    const QString out = dir.filePath(QStringLiteral("out.pdf"));
    const QList<QStringList> bad {
        {},
        { folder, QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--format"), QStringLiteral("docx"),
            QStringLiteral("-o"), out },
        { folder, QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--format"), QStringLiteral("pdf") },
        { folder, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--format"), QStringLiteral("pdf"),
            QStringLiteral("-o"), out },
        { folder, folder, QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--format"),
            QStringLiteral("pdf"), QStringLiteral("-o"), out },
        { folder, QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--format"), QStringLiteral("pdf"),
            QStringLiteral("-o"), out, QStringLiteral("--bogus") },
    };
    for (QStringList args : bad) {
        args.prepend(QStringLiteral("protocol"));
        const auto result = runHattama(args, env);
        INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << result.err.toStdString());
        CHECK(result.exitCode == 2);
        CHECK_FALSE(result.crashed);
        CHECK(result.err.contains(QStringLiteral("hattama protocol DIR|ID --lang ru|kk")));
        CHECK_FALSE(QFile::exists(out));
    }
}

TEST_CASE("hattama protocol reports an unknown hearing and bad hearing data without touching the output")
{
    QTemporaryDir dir;
    const auto env = isolatedEnvironment(dir.filePath(QStringLiteral("home")));
    const QString out = dir.filePath(QStringLiteral("out.html"));
    REQUIRE(writeFile(out, QByteArrayLiteral("previous content")));
    const QStringList tail { QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--format"),
        QStringLiteral("html"), QStringLiteral("-o"), out };

    const auto unknown = runHattama(QStringList { QStringLiteral("--archive"), dir.path(), QStringLiteral("protocol"),
                                        QStringLiteral("NO-SUCH-HEARING") }
            + tail,
        env);
    CHECK(unknown.exitCode == 1);
    // --lang ru is the language of the messages too: the whole error is Russian.
    CHECK(unknown.err.contains(QStringLiteral("заседание NO-SUCH-HEARING не найдено")));

    const QString broken = dir.filePath(QStringLiteral("broken"));
    REQUIRE(writeFile(broken + QStringLiteral("/hearing.json"), QByteArrayLiteral("{\"hearingId\": \"X\"")));
    const auto invalid = runHattama(QStringList { QStringLiteral("protocol"), broken } + tail, env);
    CHECK(invalid.exitCode == 2);
    CHECK(invalid.err.contains(QStringLiteral("hearing.json содержит синтаксическую ошибку")));

    REQUIRE(writeFile(
        broken + QStringLiteral("/hearing.json"), QByteArrayLiteral("{\"hearingId\": \"X\", \"caseNumber\": \"1\"}")));
    const auto incomplete = runHattama(QStringList { QStringLiteral("protocol"), broken } + tail, env);
    CHECK(incomplete.exitCode == 2);
    CHECK(incomplete.err.contains(QStringLiteral("actualStart")));

    // A folder that cannot take the output: environment error, and no temporary file left behind.
    const QString folder = makeHearing(dir);
    const auto unwritable = runHattama({ QStringLiteral("protocol"), folder, QStringLiteral("--lang"),
                                           QStringLiteral("kk"), QStringLiteral("--format"), QStringLiteral("pdf"),
                                           QStringLiteral("-o"), dir.filePath(QStringLiteral("missing/dir/out.pdf")) },
        env);
    CHECK(unwritable.exitCode == 3);
    CHECK(readFile(out) == "previous content");
    CHECK(QDir(dir.path()).entryList({ QStringLiteral("out.html*") }, QDir::Files | QDir::Hidden)
        == QStringList { QStringLiteral("out.html") });
}

TEST_CASE("hattama protocol keeps draft versions and carries manual edits into the next export")
{
    QTemporaryDir dir;
    const QString folder = makeHearing(dir);
    const auto env = isolatedEnvironment(dir.filePath(QStringLiteral("home")));
    const QString out = dir.filePath(QStringLiteral("p.html"));
    const QStringList args { QStringLiteral("protocol"), folder, QStringLiteral("--lang"), QStringLiteral("ru"),
        QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"), out,
        QStringLiteral("--save-version") };
    const auto first = runHattama(args, env);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const QString v1 = folder + QStringLiteral("/protocol/v0001.json");
    REQUIRE(QFile::exists(v1));

    // A manual edit in the draft, then the timeline changes in the hearing data.
    QString draft = QString::fromUtf8(readFile(v1));
    REQUIRE(
        draft.contains(QStringLiteral("\"text\": \"Жұмабаев Ғ.Ү. (подсудимый): Подсудимый вину признал частично.\"")));
    draft.replace(QStringLiteral("\"text\": \"Жұмабаев Ғ.Ү. (подсудимый): Подсудимый вину признал частично.\""),
        QStringLiteral("\"generatedText\": \"Жұмабаев Ғ.Ү. (подсудимый): Подсудимый вину признал частично.\", "
                       "\"text\": \"ИСПРАВЛЕНО СУДЬЕЙ\""));
    REQUIRE(writeFile(v1, draft.toUtf8()));
    QString hearing = QString::fromUtf8(readFile(folder + QStringLiteral("/hearing.json")));
    hearing.replace(
        QStringLiteral("Подсудимый вину признал частично."), QStringLiteral("Подсудимый вину признал полностью."));
    REQUIRE(writeFile(folder + QStringLiteral("/hearing.json"), hearing.toUtf8()));

    const auto second = runHattama(args, env);
    INFO(second.err.toStdString());
    REQUIRE(second.exitCode == 0);
    // --lang ru also sets the message language.
    CHECK(second.err.contains(QStringLiteral("данные заседания изменились после черновой версии 1")));
    CHECK(QString::fromUtf8(readFile(out)).contains(QStringLiteral("<p class=\"entry conflict\" data-t=\"905000\">")));
    CHECK(QString::fromUtf8(readFile(out)).contains(QStringLiteral("ИСПРАВЛЕНО СУДЬЕЙ")));
    const QString v2 = QString::fromUtf8(readFile(folder + QStringLiteral("/protocol/v0002.json")));
    CHECK(v2.contains(QStringLiteral("ИСПРАВЛЕНО СУДЬЕЙ")));
    CHECK(v2.contains(QStringLiteral("Подсудимый вину признал полностью.")));
    CHECK(v2.contains(QStringLiteral("\"conflict\": true")));

    // A damaged draft stops the export instead of dropping its edits.
    REQUIRE(writeFile(folder + QStringLiteral("/protocol/v0003.json"), QByteArrayLiteral("{ damaged")));
    QFile::remove(out);
    const auto third = runHattama(args, env);
    CHECK(third.exitCode == 1);
    CHECK(third.err.contains(QStringLiteral("v0003.json")));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("hattama protocol builds the protocol of a hearing in the database by its id")
{
    QTemporaryDir dir;
    const auto env = isolatedEnvironment(dir.filePath(QStringLiteral("home")));
    const QStringList archive { QStringLiteral("--archive"), dir.filePath(QStringLiteral("archive")) };
    const auto imported = runHattama(archive
            + QStringList { QStringLiteral("hearing"), QStringLiteral("import"),
                sourceDir() + QStringLiteral("/docs/samples/hearing-sample.json") },
        env);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const auto list = runHattama(archive + QStringList { QStringLiteral("hearing"), QStringLiteral("list") }, env);
    REQUIRE(list.exitCode == 0);
    const QString id = list.out.section(QLatin1Char(' '), 0, 0).trimmed();
    REQUIRE_FALSE(id.isEmpty());

    const QString pdf = dir.filePath(QStringLiteral("db-kk.pdf"));
    const auto result = runHattama(archive
            + QStringList { QStringLiteral("--lang"), QStringLiteral("kk"), QStringLiteral("protocol"), id,
                QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf },
        env);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QString text = collapsedPdfText(pdf);
    INFO(text.toStdString());
    // Not recorded: the full protocol is the one the law asks for.
    CHECK(text.contains(QStringLiteral("СОТ ОТЫРЫСЫНЫҢ ХАТТАМАСЫ")));
    CHECK_FALSE(text.contains(QStringLiteral("ҚЫСҚАША")));
    CHECK(text.contains(QStringLiteral("2-1234/2026")));
    CHECK(text.contains(QStringLiteral("2026 жылғы 23 қараша")));
    CHECK(text.contains(QStringLiteral("Құдайбергенов Ғалымжан Өмірзақұлы")));
    CHECK(text.contains(QStringLiteral("[00:07:01]")));
    // The hearing began with its first entry: 10:02 court time.
    CHECK(text.contains(QStringLiteral("10:02")));
    // The secretary comes from the participant with that role.
    CHECK(text.contains(QStringLiteral("Нұрланова Айгерім Қайратқызы")));

    // A brief protocol of a hearing without a recording is refused, saying why; no file is left.
    const QString briefPdf = dir.filePath(QStringLiteral("db-kk-brief.pdf"));
    const auto brief = runHattama(archive
            + QStringList { QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("protocol"), id,
                QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--brief"), QStringLiteral("-o"),
                briefPdf },
        env);
    CHECK(brief.exitCode == 2);
    CHECK(brief.err.contains(QStringLiteral("краткий протокол")));
    CHECK_FALSE(QFileInfo::exists(briefPdf));

    const auto missing = runHattama(archive
            + QStringList { QStringLiteral("protocol"), QStringLiteral("2026-01-01-no-such"), QStringLiteral("--lang"),
                QStringLiteral("ru"), QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"),
                dir.filePath(QStringLiteral("x.html")) },
        env);
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("не найдено")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.html"))));
}
