// The command line prints a rejected import in the language chosen with --lang.
#include "ErrorLanguage.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace hattama::test;

namespace {
QString writeBad(const QString &dir, const QByteArray &content)
{
    const QString path = dir + QStringLiteral("/bad.json");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}
} // namespace

TEST_CASE("errors: 'hattama --lang kk hearing import bad.json' prints Kazakh and exits 2")
{
    QTemporaryDir dir;
    const auto env = isolatedEnvironment(dir.path() + QStringLiteral("/home"));
    const QString archive = dir.path() + QStringLiteral("/archive");
    const QString bad = writeBad(dir.path(), "{\n  \"court\": {\n    \"name_ru\": \"Суд\",,\n");
    const auto run = [&](const char *language) {
        return runHattama({ QStringLiteral("--lang"), QString::fromLatin1(language), QStringLiteral("--archive"),
                              archive, QStringLiteral("hearing"), QStringLiteral("import"), bad },
            env);
    };

    const auto kk = run("kk");
    INFO(kk.err.toStdString());
    CHECK(kk.exitCode == 2);
    CHECK(kk.err.contains(QStringLiteral("синтаксис қатесі")));
    CHECK(kk.err.contains(QStringLiteral("3-жолда")));
    CHECK(kk.err.contains(bad));
    CHECK_FALSE(kk.err.contains(QLatin1String("not valid")));

    const auto ru = run("ru");
    INFO(ru.err.toStdString());
    CHECK(ru.exitCode == 2);
    CHECK(ru.err.contains(QStringLiteral("ошибка синтаксиса в строке 3")));

    const auto en = run("en");
    CHECK(en.exitCode == 2);
    CHECK(en.err.contains(QLatin1String("not valid JSON at line 3")));
    CHECK_FALSE(hasCyrillic(QString(en.err).remove(QStringLiteral("Суд"))));

    // A field missing: the field's path stays as written, the rest is Kazakh.
    writeBad(dir.path(), R"({"court": {"name_ru": "Суд"}})");
    const auto missing = run("kk");
    INFO(missing.err.toStdString());
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("case: мән жоқ («объект» қажет)")));
}

TEST_CASE("errors: an unreachable database is reported in Russian with exit status 3")
{
    QTemporaryDir dir;
    const auto env = isolatedEnvironment(dir.path());
    const auto result = runHattama({ QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--db"),
                                       QStringLiteral("postgresql://court@127.0.0.1:1/hattama_archive"),
                                       QStringLiteral("hearing"), QStringLiteral("list") },
        env);
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 3);
    CHECK(hasCyrillic(result.err));
    CHECK_FALSE(result.err.contains(QLatin1String("cannot open")));
}
