// The command line: help, version, usage errors and their exit codes, run as a real process.
#include "TestSupport.h"

#include "util/Versions.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QTemporaryDir>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavutil/avutil.h>
}
#include <openssl/crypto.h>
#include <portaudio.h>

using namespace hattama::test;

namespace {
QStringList subcommandLines(const QString &help)
{
    return helpSection(help, QStringLiteral("Commands:"));
}
} // namespace

TEST_CASE("the --help option lists every subcommand of the design and exits 0")
{
    QTemporaryDir home;
    const auto result = runHattama({QStringLiteral("--help")}, isolatedEnvironment(home.path()));
    REQUIRE(result.exitCode == 0);
    const QStringList lines = subcommandLines(result.out);
    QStringList names;
    for (const QString &line : lines)
        names << line.section(QLatin1Char(' '), 0, 0);
    CHECK(names == QStringList{QStringLiteral("devices"), QStringLiteral("record"), QStringLiteral("recover"),
                               QStringLiteral("verify"), QStringLiteral("hearing"), QStringLiteral("protocol"),
                               QStringLiteral("clip"), QStringLiteral("frame"), QStringLiteral("play"),
                               QStringLiteral("sign"), QStringLiteral("remarks"),
                               QStringLiteral("copy")});
    CHECK(result.out.contains(QLatin1String("--archive DIR")));
    CHECK(result.out.contains(QLatin1String("--lang ru|kk|en")));
}

TEST_CASE("a subcommand marked as not built says so and exits 2")
{
    QTemporaryDir home;
    const auto env = isolatedEnvironment(home.path());
    const auto help = runHattama({QStringLiteral("--help")}, env);
    for (const QString &line : subcommandLines(help.out)) {
        const QString name = line.section(QLatin1Char(' '), 0, 0);
        const auto result = runHattama({name}, env);
        if (line.endsWith(QLatin1String("(not built yet)"))) {
            INFO(name.toStdString());
            CHECK(result.exitCode == 2);
            CHECK(result.err.contains(QLatin1String("not built yet")));
        } else {
            // A built command run without its required arguments is a usage error, not a crash.
            INFO(name.toStdString() << " " << result.err.toStdString());
            CHECK_FALSE(result.crashed);
        }
    }
}

TEST_CASE("the --version option prints the versions of the libraries in use")
{
    QTemporaryDir home;
    const auto result = runHattama({QStringLiteral("--version")}, isolatedEnvironment(home.path()));
    REQUIRE(result.exitCode == 0);
    INFO(result.out.toStdString());
    CHECK(result.out.startsWith(QStringLiteral("hattama %1\n").arg(hattama::applicationVersion())));
    CHECK(result.out.contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))));
    CHECK(result.out.contains(QStringLiteral("FFmpeg %1").arg(QString::fromLatin1(av_version_info()))));
    const unsigned v = avcodec_version();
    CHECK(result.out.contains(QStringLiteral("libavcodec %1.%2.%3").arg(v >> 16).arg((v >> 8) & 0xff).arg(v & 0xff)));
    CHECK(result.out.contains(QStringLiteral("PortAudio %1").arg(QString::fromLatin1(Pa_GetVersionText()))));
    CHECK(result.out.contains(QStringLiteral("OpenSSL %1").arg(QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)))));
}

TEST_CASE("unknown subcommands and options are usage errors with exit code 2")
{
    QTemporaryDir home;
    const auto env = isolatedEnvironment(home.path());

    auto result = runHattama({QStringLiteral("frobnicate")}, env);
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QLatin1String("unknown command 'frobnicate'")));
    CHECK(result.err.contains(QLatin1String("hattama --help")));

    result = runHattama({QStringLiteral("--frobnicate")}, env);
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QLatin1String("unknown option '--frobnicate'")));

    result = runHattama({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")}, env);
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QLatin1String("unknown language 'de'")));

    result = runHattama({QStringLiteral("--help"), QStringLiteral("--archive")}, env);
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QLatin1String("option --archive needs a value")));

    result = runHattama({QStringLiteral("--version"), QStringLiteral("extra")}, env);
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QLatin1String("unexpected argument 'extra'")));
}

TEST_CASE("the --lang option translates the command line's own messages")
{
    QTemporaryDir home;
    const auto env = isolatedEnvironment(home.path());
    const auto en = runHattama({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")}, env);
    const auto ru = runHattama({QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--help")}, env);
    const auto kk = runHattama({QStringLiteral("--lang=kk"), QStringLiteral("--help")}, env);
    REQUIRE(en.exitCode == 0);
    REQUIRE(ru.exitCode == 0);
    REQUIRE(kk.exitCode == 0);
    CHECK(en.out.contains(QLatin1String("Commands:")));
    CHECK(ru.out.contains(QStringLiteral("Команды:")));
    CHECK(kk.out.contains(QStringLiteral("Командалар:")));

    const auto kkError = runHattama({QStringLiteral("--lang"), QStringLiteral("kk"), QStringLiteral("frobnicate")}, env);
    CHECK(kkError.exitCode == 2);
    CHECK(kkError.err.contains(QStringLiteral("белгісіз команда 'frobnicate'")));
}

TEST_CASE("the log file is written in the application data folder")
{
    QTemporaryDir home;
    const auto env = isolatedEnvironment(home.path());
    const auto result = runHattama({QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--version")}, env);
    REQUIRE(result.exitCode == 0);
    QFile log(home.path() + QStringLiteral("/.local/share/Hattama/hattama/logs/hattama.log"));
    REQUIRE(log.open(QIODevice::ReadOnly));
    CHECK(log.readAll().contains("hattama.app: language set to \"ru\""));
}
