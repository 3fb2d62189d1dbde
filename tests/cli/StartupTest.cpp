// Start-up details of the real binary: no display, empty or unknown values, what a failed
// recording leaves, and what the libraries print before Hattama's own message.
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

using namespace hattama::test;

TEST_CASE("without a display the window says so in the user's language and exits 3")
{
    QTemporaryDir home;
    QProcessEnvironment env = isolatedEnvironment(home.path());
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const QStringList archive { QStringLiteral("--archive"), home.filePath(QStringLiteral("archive")) };

    auto result = runHattama(archive, env, 30'000);
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 3);
    CHECK(result.err.contains(QLatin1String("there is no graphical display (DISPLAY=)")));
    CHECK_FALSE(result.err.contains(QLatin1String("platform plugin")));

    result = runHattama(archive + QStringList { QStringLiteral("--lang"), QStringLiteral("ru") }, env, 30'000);
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 3);
    CHECK(result.err.contains(QStringLiteral("нет графического дисплея")));

    // A display that is set but cannot be reached: Qt's own abort is turned into the same.
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("DISPLAY"), QStringLiteral(":987"));
    result = runHattama(archive + QStringList { QStringLiteral("--lang"), QStringLiteral("kk") }, env, 30'000);
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 3);
    CHECK(result.err.contains(QStringLiteral("графикалық дисплей жоқ (DISPLAY=:987)")));
    CHECK_FALSE(result.err.contains(QLatin1String("platform plugin")));
    CHECK_FALSE(QDir(home.filePath(QStringLiteral("archive"))).exists()); // nothing was started
}

TEST_CASE("an empty --lang and an unknown --preset are usage errors")
{
    QTemporaryDir home;
    const auto env = isolatedEnvironment(home.path());
    for (const QStringList &args : { QStringList { QStringLiteral("--lang"), QString(), QStringLiteral("--help") },
             QStringList { QStringLiteral("--lang="), QStringLiteral("--help") },
             QStringList { QStringLiteral("--lang"), QString() } }) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const auto result = runHattama(args, env);
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QLatin1String("unknown language ''")));
    }

    const QString out = home.filePath(QStringLiteral("hearing"));
    const auto result = runHattama({ QStringLiteral("record"), QStringLiteral("--out"), out, QStringLiteral("--demo"),
                                       QStringLiteral("--duration"), QStringLiteral("1"), QStringLiteral("--preset"),
                                       QStringLiteral("bogus") },
        env);
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QLatin1String("--preset needs one of ultrafast, superfast")));
    CHECK_FALSE(QDir(out).exists());
}

TEST_CASE("a recording that fails to start removes the folders it made and prints only its own error")
{
    QTemporaryDir home;
    const auto env = isolatedEnvironment(home.path());
    const QString made = home.filePath(QStringLiteral("new"));
    const QStringList missingDevice { QStringLiteral("record"), QStringLiteral("--audio-device"),
        QStringLiteral("no-such-interface"), QStringLiteral("--mics"), QStringLiteral("1"), QStringLiteral("--out") };
    auto result = runHattama(missingDevice + QStringList { made + QStringLiteral("/court/hearing") }, env);
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 3);
    CHECK(result.err.contains(QLatin1String("audio input device 'no-such-interface' not found")));
    // PortAudio's scan of ALSA cards and JACK servers stays off the terminal.
    CHECK_FALSE(result.err.contains(QLatin1String("ALSA lib")));
    CHECK_FALSE(result.err.contains(QLatin1String("Jack")));
    CHECK(result.err.trimmed().split(QLatin1Char('\n')).size() <= 3);
    CHECK_FALSE(QDir(made).exists());

    // A folder that was there before stays, empty or not.
    const QString given = home.filePath(QStringLiteral("given"));
    REQUIRE(QDir().mkpath(given));
    result = runHattama(missingDevice + QStringList { given }, env);
    CHECK(result.exitCode == 3);
    CHECK(QDir(given).exists());
}

TEST_CASE("the document commands print no start-up warning of Qt")
{
    QTemporaryDir home;
    QProcessEnvironment env = isolatedEnvironment(home.path());
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // as a user runs it: offscreen is chosen by hattama
    const auto result = runHattama({ QStringLiteral("protocol"), QStringLiteral("--help") }, env);
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QLatin1String("Usage: hattama protocol")));
    CHECK(result.err.isEmpty());
}
