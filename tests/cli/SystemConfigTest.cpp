// The system configuration file court IT writes (/etc/hattama/hattama.conf; here a file in a
// temporary folder named by HATTAMA_SYSTEM_CONFIG): its settings apply when the user has none,
// the user's own setting and the command line win over it.
#include "TestSupport.h"

#include "util/ArchiveLocation.h"
#include "util/SystemConfig.h"
#include "signature/SignatureSettings.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

using namespace hattama;
using namespace hattama::test;

namespace {

void writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(text) == text.size());
}

// Points SystemConfig at path for one test; the user's settings are cleared before and after.
struct SystemConfigFile {
    explicit SystemConfigFile(const QString &path)
    {
        qputenv("HATTAMA_SYSTEM_CONFIG", path.toLocal8Bit());
        qunsetenv("HATTAMA_ARCHIVE");
        QSettings().clear();
    }
    ~SystemConfigFile()
    {
        QSettings().clear();
        qputenv("HATTAMA_SYSTEM_CONFIG", "/nonexistent/hattama-tests.conf");
    }
};

} // namespace

TEST_CASE("the system configuration gives the archive folder, but the user's setting and HATTAMA_ARCHIVE win")
{
    QTemporaryDir dir;
    const QString conf = dir.filePath(QStringLiteral("etc/hattama.conf"));
    writeFile(conf, "[archive]\npath=" + dir.filePath(QStringLiteral("court")).toUtf8() + "\n");
    SystemConfigFile system(conf);
    CHECK(SystemConfig::path() == conf);

    CHECK(ArchiveLocation::resolve({}) == dir.filePath(QStringLiteral("court")));

    QSettings().setValue(QStringLiteral("archive/path"), dir.filePath(QStringLiteral("mine")));
    CHECK(ArchiveLocation::resolve({}) == dir.filePath(QStringLiteral("mine")));

    qputenv("HATTAMA_ARCHIVE", dir.filePath(QStringLiteral("env")).toLocal8Bit());
    CHECK(ArchiveLocation::resolve({}) == dir.filePath(QStringLiteral("env")));
    CHECK(ArchiveLocation::resolve(dir.filePath(QStringLiteral("cli"))) == dir.filePath(QStringLiteral("cli")));
    qunsetenv("HATTAMA_ARCHIVE");
}

TEST_CASE("without a system configuration file the built-in defaults apply")
{
    QTemporaryDir dir;
    SystemConfigFile system(dir.filePath(QStringLiteral("absent.conf")));
    CHECK(SystemConfig::text(SystemConfig::kDatabaseUrl).isEmpty());
    CHECK(SystemConfig::text(SystemConfig::kTrustedCaDir).isEmpty());
    CHECK(ArchiveLocation::resolve({}) == QDir::cleanPath(ArchiveLocation::defaultDir()));
    CHECK(SystemConfig::courtTimeZone().offsetFromUtc(QDateTime::currentDateTimeUtc()) == 5 * 3600);
}

TEST_CASE("the court's time zone and trusted CA folder come from the system configuration")
{
    QTemporaryDir dir;
    const QString conf = dir.filePath(QStringLiteral("hattama.conf"));
    SystemConfigFile system(conf);
    const QDateTime winter(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC);

    writeFile(conf, "[court]\ntimeZone=Europe/Moscow\n[signing]\ntrustedCaDir=/etc/hattama/ca\n");
    CHECK(SystemConfig::courtTimeZone().id() == QByteArray("Europe/Moscow"));
    CHECK(SystemConfig::courtTimeZone().offsetFromUtc(winter) == 3 * 3600);
    CHECK(SystemConfig::text(SystemConfig::kTrustedCaDir) == QStringLiteral("/etc/hattama/ca"));

    writeFile(conf, "[court]\ntimeZone=UTC+06:00\n");
    CHECK(SystemConfig::courtTimeZone().offsetFromUtc(winter) == 6 * 3600);

    // A value that is no time zone: the Kazakh default, not a broken zone.
    writeFile(conf, "[court]\ntimeZone=Mars/Olympus\n");
    CHECK(SystemConfig::courtTimeZone().isValid());
    CHECK(SystemConfig::courtTimeZone().offsetFromUtc(winter) == 5 * 3600);
}

TEST_CASE("the trusted CA folder: --trust, the user's setting, the system file, the archive's trust folder")
{
    using hattama::signature::SignatureSettings;
    QTemporaryDir dir;
    const QString conf = dir.filePath(QStringLiteral("hattama.conf"));
    SystemConfigFile system(conf);
    const QString archive = dir.filePath(QStringLiteral("archive"));
    QSettings().remove(QString::fromLatin1(SignatureSettings::kUserTrustDir));
    QSettings().remove(QString::fromLatin1(SystemConfig::kTrustedCaDir));

    // 4. nothing configured: <archive>/trust
    CHECK(SignatureSettings::trustFolder({}, archive) == QDir(archive).filePath(QStringLiteral("trust")));
    // 3. the system file court IT sets for every user (signing/trustedCaDir)
    writeFile(conf, "[signing]\ntrustedCaDir=/etc/hattama/ca\n");
    CHECK(SignatureSettings::trustFolder({}, archive) == QStringLiteral("/etc/hattama/ca"));
    // 3. the same key in the user's own settings wins over the system file
    QSettings().setValue(QString::fromLatin1(SystemConfig::kTrustedCaDir), dir.filePath(QStringLiteral("user-ca")));
    CHECK(SignatureSettings::trustFolder({}, archive) == dir.filePath(QStringLiteral("user-ca")));
    // 2. the user's signature/trustDir
    QSettings().setValue(QString::fromLatin1(SignatureSettings::kUserTrustDir), dir.filePath(QStringLiteral("mine")));
    CHECK(SignatureSettings::trustFolder({}, archive) == dir.filePath(QStringLiteral("mine")));
    // 1. the command line
    CHECK(SignatureSettings::trustFolder(dir.filePath(QStringLiteral("cli")), archive)
        == dir.filePath(QStringLiteral("cli")));
    QSettings().remove(QString::fromLatin1(SignatureSettings::kUserTrustDir));
    QSettings().remove(QString::fromLatin1(SystemConfig::kTrustedCaDir));
}

TEST_CASE("the program reads the archive folder and the database URL from the system configuration")
{
    QTemporaryDir home;
    QProcessEnvironment env = isolatedEnvironment(home.path());
    const QString conf = env.value(QStringLiteral("HATTAMA_SYSTEM_CONFIG"));
    const QString archive = home.filePath(QStringLiteral("court-archive"));

    // The archive folder alone: the SQLite database is made inside it.
    writeFile(conf, "[archive]\npath=" + archive.toUtf8() + "\n");
    auto result = runHattama({QStringLiteral("hearing"), QStringLiteral("list")}, env);
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(QFile::exists(archive + QStringLiteral("/hattama.sqlite")));

    // A database URL: that database is used.
    const QString database = home.filePath(QStringLiteral("server/court.sqlite"));
    QDir().mkpath(QFileInfo(database).absolutePath());
    writeFile(conf, "[archive]\npath=" + archive.toUtf8() + "\n[database]\nurl=sqlite://" + database.toUtf8() + "\n");
    result = runHattama({QStringLiteral("hearing"), QStringLiteral("list")}, env);
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(QFile::exists(database));

    // --db on the command line wins over the file.
    const QString mine = home.filePath(QStringLiteral("mine.sqlite"));
    result = runHattama({QStringLiteral("--db"), QStringLiteral("sqlite://") + mine, QStringLiteral("hearing"), QStringLiteral("list")}, env);
    CHECK(result.exitCode == 0);
    CHECK(QFile::exists(mine));
}
