// hattama: the one place where the application objects are created and connected.

#include "CommandLine.h"
#include "DisplayCheck.h"
#include "main/MainWindow.h"

#include "capture/CameraSpec.h"
#include "capture/DeviceList.h"
#include "media/HearingRecovery.h"
#include "media/RecorderConfig.h"
#include "storage/AuditManifestAnchor.h"
#include "storage/Database.h"
#include "util/ArchiveLocation.h"
#include "util/LogFile.h"
#include "util/Logging.h"
#include "util/SystemConfig.h"
#include "util/Translations.h"
#include "util/Versions.h"
#include "util/ErrorText.h"
#include "util/ExitCode.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace hattama;

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Hattama"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("hattama.kz"));
    QCoreApplication::setApplicationName(QStringLiteral("hattama"));
    QCoreApplication::setApplicationVersion(applicationVersion());
}

QStringList rawArguments(int argc, char **argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}

// What Qt says while the application object is made, before the log file exists: held for
// the log rather than printed over the command's output (e.g. "XDG_RUNTIME_DIR not set");
// Qt's fatal "no platform plugin could be initialized" becomes the catalogue's message, in
// the user's language (rendered beforehand), and exit status 3 instead of SIGABRT.
struct StartupMessages {
    QString noDisplayText;
    QStringList held;
    QtMessageHandler previous = nullptr;
};
StartupMessages g_startup;

void holdStartupMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtFatalMsg) {
        g_startup.held << message;
        return;
    }
    if (!g_startup.noDisplayText.isEmpty() && message.contains(QLatin1String("platform plugin"))) {
        std::fprintf(stderr, "%s\n", g_startup.noDisplayText.toLocal8Bit().constData());
        std::fflush(stderr);
        std::_Exit(toInt(ExitCode::Environment));
    }
    if (g_startup.previous)
        g_startup.previous(type, context, message);
    std::abort();
}

// The no-display message in the start-up language, made with a short-lived core application
// (translations need one) before the window's application object is tried.
QString noDisplayText(int argc, char **argv, const QString &language, const QString &setting)
{
    QCoreApplication probe(argc, argv);
    setApplicationIdentity();
    Translations translations;
    translations.setLanguage(Translations::startupLanguage(language));
    return QStringLiteral("hattama: ")
        + ErrorText::text(Error::of(ErrorCode::DisplayUnavailable, { setting }));
}

} // namespace

int main(int argc, char **argv)
{
    const cli::ParsedCommandLine parsed = cli::parseCommandLine(rawArguments(argc, argv));
    const bool gui = parsed.action == cli::ParsedCommandLine::Action::Gui;

    if (gui) {
        QString setting;
        const bool display = DisplayCheck::available(&setting);
        g_startup.noDisplayText
            = noDisplayText(argc, argv, parsed.language, display ? DisplayCheck::setting() : setting);
        if (!display) {
            std::fprintf(stderr, "%s\n", g_startup.noDisplayText.toLocal8Bit().constData());
            return toInt(ExitCode::Environment);
        }
    }
    g_startup.previous = qInstallMessageHandler(holdStartupMessage);
    std::unique_ptr<QCoreApplication> app;
    // A subcommand that opens a window (play) gets the window's application object when there
    // is a display; without one it still checks its arguments and then says so itself.
    const bool opensWindow = parsed.action == cli::ParsedCommandLine::Action::Subcommand
        && cli::commandOpensWindow(parsed.subcommand);
    QString noDisplay;
    if (gui || (opensWindow && DisplayCheck::available(&noDisplay))) {
        app = std::make_unique<QApplication>(argc, argv);
    } else if ((parsed.action == cli::ParsedCommandLine::Action::Subcommand && cli::commandNeedsGui(parsed.subcommand))
               || parsed.action == cli::ParsedCommandLine::Action::HelpMan) {
        // Documents need fonts but no screen: render offscreen unless a platform is chosen.
        // --help-man runs every command's --help, so it gets what the most demanding one has.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    qInstallMessageHandler(g_startup.previous);
    setApplicationIdentity();
    if (gui) // the installed menu entry (packaging/linux/hattama.desktop): taskbars group and show its icon
        QGuiApplication::setDesktopFileName(QStringLiteral("hattama"));

    LogFile::Options logOptions;
    logOptions.path = LogFile::defaultPath();
    logOptions.echoWarningsToStderr = !gui || qEnvironmentVariableIsSet("HATTAMA_LOG_STDERR");
    LogFile::install(logOptions);
    for (const QString &message : std::as_const(g_startup.held))
        qCInfo(lcApp) << "while starting:" << message;

    Translations translations;
    translations.setLanguage(Translations::startupLanguage(parsed.language));

    cli::GlobalOptions globals;
    globals.archiveDir = ArchiveLocation::resolve(parsed.archiveDir);
    globals.language = translations.language();
    globals.databaseUrl = parsed.databaseUrl.isEmpty() ? SystemConfig::text(SystemConfig::kDatabaseUrl)
                                                      : parsed.databaseUrl;

    if (!gui)
        return cli::runCommandLine(parsed, globals);

    // Hearings cut off by a crash or power cut are closed before anything else, so that all
    // they recorded plays and verifies (the same as `hattama recover`).
    for (const RecoveryNeed &need : HearingRecovery::findHearingsNeedingRecovery(globals.archiveDir)) {
        qCWarning(lcApp) << "recovering" << need.hearingDir << "because" << need.reasons;
        const auto recovered = HearingRecovery::recover(need.hearingDir);
        if (!recovered)
            qCWarning(lcApp) << "recovery of" << need.hearingDir << "failed:" << recovered.error().text();
    }

    qCInfo(lcApp) << "starting the main window; archive" << globals.archiveDir << "language" << globals.language;
    ui::MainWindow window(globals.archiveDir, translations);
    // The hearings database: today's list, import, the workspace's notes. Without it the
    // window still starts (and says so) so the secretary can fix the setting.
    auto db = Database::open(globals.databaseUrl, globals.archiveDir);
    // Recording from the workspace: the default audio input (all its channels); demo
    // sources (tones and test pictures) when HATTAMA_DEMO is set, for trying the program out.
    const bool demo = qEnvironmentVariableIsSet("HATTAMA_DEMO");
    // Every closed segment's manifest head goes into the database's audit log (verify compares).
    std::shared_ptr<ManifestAnchor> anchor;
    if (db)
        anchor = std::make_shared<AuditManifestAnchor>((*db)->location());
    window.setRecorderConfigProvider([demo, anchor](const HearingRecord &record, const QString &dir) {
        RecorderConfig config;
        config.hearingDir = dir;
        config.manifestAnchor = anchor;
        config.title = record.hearing.caseInfo.number;
        config.language
            = record.hearing.language == QLatin1String("kk") ? QStringLiteral("kaz") : QStringLiteral("rus");
        if (demo) {
            config.demoAudio = true;
            config.demoMicrophones = 4;
            config.cameras.push_back(
                CameraSpec::demoCamera(1, config.video.widthPx, config.video.heightPx, config.video.frameRate));
        }
        return config;
    });
    // The setup page offers the computer's audio inputs and cameras (and the demo sources in
    // demo mode only, so that nobody records test tones by mistake).
    window.setDeviceLister([demo] {
        DeviceList::Options options;
        options.demo = demo;
        return DeviceList::enumerate(options);
    });
    if (db) {
        window.setDatabase(db->get());
    } else {
        qCWarning(lcApp) << "no hearings database:" << db.error().text();
        window.statusBar()->showMessage(
            QCoreApplication::translate("main", "The hearings database cannot be opened: %1")
                .arg(ErrorText::text(db.error())));
    }
    window.show();
    if (db)
        QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
    return app->exec();
}
