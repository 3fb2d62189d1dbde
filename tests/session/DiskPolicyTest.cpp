// The one disk rule: read from the settings the GUI and `hattama record` share, and the same
// setting refusing a recording in the command line and in the session.
#include "SessionTestSupport.h"
#include "TestSupport.h"

#include "session/DiskPolicy.h"
#include "session/RecordingSession.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

using namespace hattama;
using namespace hattama::test;

TEST_CASE("the disk policy is kept in the settings with its defaults")
{
    QTemporaryDir dir;
    QSettings settings(dir.path() + QStringLiteral("/s.ini"), QSettings::IniFormat);
    const DiskPolicy defaults = DiskPolicy::fromSettings(settings);
    CHECK(defaults.warnBelowHours == DiskPolicy::kDefaultWarnBelowHours);
    CHECK(defaults.stopBelowBytes == DiskPolicy::kDefaultStopBelowMb * kMiB);

    DiskPolicy policy;
    policy.warnBelowHours = 5.5;
    policy.stopBelowBytes = 2048 * kMiB;
    policy.save(settings);
    CHECK(settings.value(QStringLiteral("recording/diskWarnHours")).toDouble() == 5.5);
    CHECK(settings.value(QStringLiteral("recording/diskStopMb")).toLongLong() == 2048);
    const DiskPolicy read = DiskPolicy::fromSettings(settings);
    CHECK(read.warnBelowHours == 5.5);
    CHECK(read.stopBelowBytes == 2048 * kMiB);
    CHECK(read.thresholds().stopBelowBytes == 2048 * kMiB);

    // Nonsense is ignored: the defaults stand.
    settings.setValue(QStringLiteral("recording/diskWarnHours"), QStringLiteral("many"));
    settings.setValue(QStringLiteral("recording/diskStopMb"), -5);
    const DiskPolicy fallback = DiskPolicy::fromSettings(settings);
    CHECK(fallback.warnBelowHours == DiskPolicy::kDefaultWarnBelowHours);
    CHECK(fallback.stopBelowBytes == DiskPolicy::kDefaultStopBelowMb * kMiB);
}

TEST_CASE("hattama record and the session stop at the same disk setting and --min-free overrides it for one run")
{
    QTemporaryDir dir;
    const QString home = dir.path() + QStringLiteral("/home");
    const QProcessEnvironment env = isolatedEnvironment(home);
    // The stop threshold far above any real disk: 100 TB.
    const QString settingsFile = home + QStringLiteral("/.config/Hattama/hattama.conf");
    QDir().mkpath(home + QStringLiteral("/.config/Hattama"));
    DiskPolicy huge;
    huge.stopBelowBytes = 100LL * 1024 * 1024 * kMiB;
    {
        QSettings settings(settingsFile, QSettings::IniFormat);
        huge.save(settings);
    }

    const QString cliDir = dir.path() + QStringLiteral("/cli");
    const QStringList record { QStringLiteral("record"), QStringLiteral("--demo"), QStringLiteral("--mics"),
        QStringLiteral("1"), QStringLiteral("--cameras"), QStringLiteral("0"), QStringLiteral("--duration"),
        QStringLiteral("1"), QStringLiteral("--segment"), QStringLiteral("1"), QStringLiteral("--out"), cliDir };
    const auto refused = runHattama(record, env);
    INFO(refused.out.toStdString() << refused.err.toStdString());
    CHECK(refused.exitCode == int(ExitCode::Environment));
    CHECK(refused.err.contains(QStringLiteral("not enough free disk space")));
    CHECK(refused.err.contains(QStringLiteral("at least %1 MB").arg(huge.stopBelowBytes / kMiB)));
    CHECK_FALSE(QFile::exists(cliDir + QStringLiteral("/media")));

    // The session reads the same setting (the workspace's session is built the same way) and refuses too.
    QSettings settings(settingsFile, QSettings::IniFormat);
    RecordingSession session;
    session.setDiskPolicy(DiskPolicy::fromSettings(settings));
    CHECK(session.diskPolicy().stopBelowBytes == huge.stopBelowBytes);
    session.setConfig(smallDemoConfig(dir.path() + QStringLiteral("/gui")));
    const Status started = session.start();
    REQUIRE_FALSE(started);
    CHECK(started.error().message.contains(QStringLiteral("at least %1 MB").arg(huge.stopBelowBytes / kMiB)));

    // --min-free overrides the setting for this run: it records and the folder verifies.
    const auto recorded = runHattama(record + QStringList { QStringLiteral("--min-free"), QStringLiteral("1") }, env);
    INFO(recorded.out.toStdString() << recorded.err.toStdString());
    REQUIRE(recorded.exitCode == 0);
    const VerificationReport report = verifyHearing(cliDir);
    CHECK(report.intact());
    CHECK(report.summary.closed);
}
