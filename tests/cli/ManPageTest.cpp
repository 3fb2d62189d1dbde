// The man page hattama(1) is made from --help: every command, every option a command's
// --help lists, every environment variable and exit code of --help is in it, in the chosen
// language; and the page the build installs is the one the program prints.
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace hattama::test;

namespace {

QString roff(QString text)
{
    return text.replace(QLatin1Char('-'), QStringLiteral("\\-"));
}

} // namespace

TEST_CASE("the man page holds every command and every option their --help lists")
{
    QTemporaryDir home;
    const auto env = isolatedEnvironment(home.path());
    const auto help = runHattama({QStringLiteral("--help")}, env);
    REQUIRE(help.exitCode == 0);
    const auto man = runHattama({QStringLiteral("--help-man")}, env);
    REQUIRE(man.exitCode == 0);
    CHECK(man.out.startsWith(QLatin1String(".\\\"")));
    CHECK(man.out.contains(QLatin1String(".TH HATTAMA 1")));

    const QStringList commands = helpSection(help.out, QStringLiteral("Commands:"));
    REQUIRE(commands.size() >= 6);
    static const QRegularExpression option(QStringLiteral("^\\s+(-[-\\w]+(?:, --[-\\w]+)?)"));
    int optionsSeen = 0;
    for (const QString &line : commands) {
        const QString name = line.section(QLatin1Char(' '), 0, 0);
        INFO("command " << name.toStdString());
        CHECK(man.out.contains(QStringLiteral(".SS \"hattama %1\"").arg(name)));
        const auto commandHelp = runHattama({name, QStringLiteral("--help")}, env);
        if (commandHelp.exitCode != 0)
            continue; // not built yet: listed by name above
        for (const QString &helpLine : commandHelp.out.split(QLatin1Char('\n'))) {
            const QRegularExpressionMatch match = option.match(helpLine);
            if (!match.hasMatch())
                continue;
            INFO("option " << match.captured(1).toStdString());
            CHECK(man.out.contains(QStringLiteral("\\fB%1").arg(roff(match.captured(1)))));
            ++optionsSeen;
        }
    }
    CHECK(optionsSeen > 20);

    for (const QString &heading : {QStringLiteral("Global options:"), QStringLiteral("Environment:"), QStringLiteral("Exit codes:")}) {
        const QStringList rows = helpSection(help.out, heading);
        INFO(heading.toStdString());
        REQUIRE_FALSE(rows.isEmpty());
        for (const QString &row : rows) {
            // "TERM  text": the text is the same sentence in the page.
            const QString text = row.section(QStringLiteral("  "), 1).trimmed();
            INFO(row.toStdString());
            CHECK(man.out.contains(roff(text)));
        }
    }
    CHECK(man.out.contains(QLatin1String("HATTAMA_ARCHIVE")));
    CHECK(man.out.contains(QLatin1String("/etc/hattama/hattama.conf")));
}

TEST_CASE("the man page follows --lang, and Qt's usage line with the program's path stays out")
{
    QTemporaryDir home;
    const auto env = isolatedEnvironment(home.path());
    const auto ru = runHattama({QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--help-man")}, env);
    const auto kk = runHattama({QStringLiteral("--lang"), QStringLiteral("kk"), QStringLiteral("--help-man")}, env);
    REQUIRE(ru.exitCode == 0);
    REQUIRE(kk.exitCode == 0);
    CHECK(ru.out.contains(QStringLiteral("Hattama записывает судебные заседания")));
    CHECK(kk.out.contains(QStringLiteral("Hattama сот отырыстарын жаз")));
    for (const auto *page : {&ru, &kk}) {
        CHECK_FALSE(page->out.contains(hattamaBinary()));
        CHECK_FALSE(page->out.contains(QLatin1String("Usage:")));
    }
}

TEST_CASE("the man page the build installs is what the program prints")
{
    QTemporaryDir home;
    const auto env = isolatedEnvironment(home.path());
    const auto man = runHattama({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help-man")}, env);
    REQUIRE(man.exitCode == 0);
    QFile built(QStringLiteral(HATTAMA_BINARY_DIR "/app/man/en/hattama.1"));
    REQUIRE(built.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(built.readAll()) == man.out);
}
