// The secretary's day in real windows on a 1366×768 screen (run-on-x.sh: Xvfb + openbox), in
// Russian and in Kazakh: every page and window is opened as the secretary opens it (the
// hearings list, the New hearing form, setup, recording, the shortcut list, About, the protocol
// window, the player, the Import file dialog) and each is checked while it is on the screen:
//  - its minimum size fits the screen, as Qt computes it and as the window manager was told
//    (WM_NORMAL_HINTS read back from the X server with xprop);
//  - no visible widget lies outside the screen;
//  - no English word is left on it (RealWindowChecks::englishWords).
// With HATTAMA_SCREENSHOT_DIR set, each screen marked for it is also saved from the X server
// as <name>-<lang>.png (docs/screenshots: scripts/screenshots.sh).
//
// More windows: add a Screen to screens() below (a name, how to open it, how to leave it).
#include "RealWindowChecks.h"

#include "DialogAnswerer.h"

#include "common/ShortcutsOverlay.h"
#include "hearings/HearingCreateDialog.h"
#include "hearings/HearingsPanel.h"
#include "main/MainWindow.h"
#include "protocol/ProtocolWindow.h"
#include "playback/PlaybackEngine.h"
#include "review/PlayerWindow.h"
#include "protocol/SignDialog.h"
#include "protocol/ProtocolEditor.h"
#include "protocol/RemarksDialog.h"
#include "workspace/EntryEditor.h"
#include "workspace/HearingWorkspace.h"
#include "workspace/CameraPreview.h"
#include "workspace/PreflightPanel.h"
#include "workspace/RecorderBridge.h"
#include "workspace/SetupPage.h"

#include "capture/CameraSpec.h"
#include "capture/DeviceList.h"
#include "hearing/HearingJson.h"
#include "media/RecorderConfig.h"
#include "storage/Database.h"
#include "storage/HearingRepository.h"
#include "protocol/ProtocolVersionStore.h"
#include "storage/RemarkRepository.h"
#include "util/Translations.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace hattama;

namespace {

constexpr int kWaitMs = 30'000;

// The imported sample hearing (docs/samples/hearing-sample.json), moved to today so that the
// hearings list shows it.
QString importSampleForToday(Database &db)
{
    QFile file(QStringLiteral(HATTAMA_SOURCE_DIR "/docs/samples/hearing-sample.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString json = QString::fromUtf8(file.readAll());
    json.replace(QStringLiteral("2026-11-23T10:00:00+05:00"),
        QDate::currentDate().toString(Qt::ISODate) + QStringLiteral("T10:00:00+05:00"));
    auto record = HearingJson::parse(json.toUtf8());
    REQUIRE(record);
    auto saved = HearingRepository(db).save(*record);
    REQUIRE(saved);
    return saved->hearingId;
}

// The application as app/main.cpp wires it in demo mode (HATTAMA_DEMO): demo microphones and
// a demo camera, the hearings database in a temporary archive.
struct SecretaryDay {
    explicit SecretaryDay(const QString &language)
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        QSettings().clear();
        REQUIRE(translations.setLanguage(language));
        archive = dir.path() + QStringLiteral("/archive");
        auto opened = Database::open(QString(), archive);
        REQUIRE(opened);
        db = std::move(*opened);
        hearingId = importSampleForToday(*db);
        window = std::make_unique<ui::MainWindow>(archive, translations);
        window->setDatabase(db.get());
        window->setRecorderConfigProvider([](const HearingRecord &record, const QString &hearingDir) {
            RecorderConfig config;
            config.hearingDir = hearingDir;
            config.title = record.hearing.caseInfo.number;
            config.demoAudio = true;
            config.demoMicrophones = 4;
            config.video.widthPx = 320;
            config.video.heightPx = 180;
            config.video.frameRate = 10;
            config.cameras.push_back(CameraSpec::demoCamera(1, 320, 180, 10));
            return config;
        });
        window->setDeviceLister([] {
            DeviceList::Options options;
            options.demo = true;
            return DeviceList::enumerate(options);
        });
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get(), kWaitMs));
    }
    ~SecretaryDay()
    {
        window.reset();
        db.reset();
    }
    QAction *action(const QString &name) const
    {
        auto *found = window->findChild<QAction *>(name);
        REQUIRE(found);
        return found;
    }

    QTemporaryDir dir;
    Translations translations;
    QString archive;
    std::unique_ptr<Database> db;
    QString hearingId;
    std::unique_ptr<ui::MainWindow> window;
};

// What is checked while a screen is shown: its top-level window.
using Visit = std::function<void(QWidget *window)>;

// One page or window of the application: how to bring it up (calling visit while it is shown)
// and, for the screenshots, the file name.
struct Screen {
    QString name;
    std::function<void(SecretaryDay &day, const Visit &visit)> show;
};

// Triggers an action that opens a modal dialog (exec) and visits the dialog from inside its
// event loop, then closes it.
void visitModal(QAction *trigger, const Visit &visit, const std::function<void(QWidget *)> &prepare = {})
{
    bool visited = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog || visited || !dialog->isVisible())
            return;
        visited = true;
        poll.stop();
        if (prepare)
            prepare(dialog);
        visit(dialog);
        if (auto *asDialog = qobject_cast<QDialog *>(dialog))
            asDialog->reject();
        else
            dialog->close();
    });
    poll.start();
    trigger->trigger();
    CHECK(visited);
}

// A judge's PKCS#12 key file shaped like the authority's (a self-signed certificate is enough to
// show it: the dialog checks the chain only when signing). Returns its path; password "1".
QString makeJudgeKey(const QString &dir)
{
    const QString key = QDir(dir).filePath(QStringLiteral("judge.p12"));
    if (QFile::exists(key))
        return key;
    const QString pem = QDir(dir).filePath(QStringLiteral("judge.pem"));
    QProcess req;
    req.start(QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("365"), QStringLiteral("-utf8"),
            QStringLiteral("-subj"),
            QStringLiteral("/C=KZ/serialNumber=IIN700202300456/SN=ИВАНОВ/GN=СЕРГЕЙ ПЕТРОВИЧ/CN=ИВАНОВ СЕРГЕЙ"),
            QStringLiteral("-keyout"), pem, QStringLiteral("-out"), pem });
    REQUIRE(req.waitForFinished(60'000));
    REQUIRE(req.exitCode() == 0);
    QProcess pkcs12;
    pkcs12.start(QStringLiteral("openssl"),
        { QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"), pem, QStringLiteral("-out"), key,
            QStringLiteral("-passout"), QStringLiteral("pass:1") });
    REQUIRE(pkcs12.waitForFinished(60'000));
    REQUIRE(pkcs12.exitCode() == 0);
    return key;
}

// Two remarks on the protocol, as participants file them: one decided, one awaiting the judge.
void addSampleRemarks(SecretaryDay &day)
{
    const bool kazakh = day.translations.language() == QLatin1String("kk");
    RemarkRepository remarks(*day.db);
    Remark first;
    first.hearingId = day.hearingId;
    first.protocolVersion = 1;
    first.filedBy = QStringLiteral("Ким Ольга Викторовна");
    first.filerRole = kazakh ? QStringLiteral("талапкердің өкілі") : QStringLiteral("представитель истца");
    first.text = kazakh
        ? QStringLiteral("Хаттамада талапкер өкілінің сот шығындарын өндіру туралы өтінішхаты көрсетілмеген.")
        : QStringLiteral("В протоколе не отражено ходатайство представителя истца о взыскании судебных расходов.");
    first.timeCodesMs = { 754'000, 812'000 };
    auto filed = remarks.file(first);
    REQUIRE(filed);
    REQUIRE(remarks.decide(day.hearingId, filed->number, RemarkDecision::Accepted, QStringLiteral("Әбілқасымова Ж. С."),
        kazakh ? QStringLiteral("Өтінішхат аудио-, бейнежазбада естіледі.")
               : QStringLiteral("Ходатайство слышно на аудио-, видеозаписи.")));
    Remark second = first;
    second.filedBy = QStringLiteral("Сейітқали Ерлан Бақытұлы");
    second.filerRole = kazakh ? QStringLiteral("талапкер") : QStringLiteral("истец");
    second.text = kazakh ? QStringLiteral("Үзілістің басталу уақыты қате көрсетілген.")
                         : QStringLiteral("Неверно указано время начала перерыва.");
    second.timeCodesMs = { 1'950'000 };
    REQUIRE(remarks.file(second));
}

QList<Screen> screens()
{
    QList<Screen> list;
    list << Screen { QStringLiteral("hearings"), [](SecretaryDay &day, const Visit &visit) {
                        day.window->showHearings();
                        visit(day.window.get());
                    } };
    list << Screen { QStringLiteral("new-hearing"), [](SecretaryDay &day, const Visit &visit) {
                        visitModal(day.action(QStringLiteral("newHearingAction")), visit, [](QWidget *dialog) {
                            // As the secretary fills it: a case, a few participants.
                            if (auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("createCaseNumber")))
                                edit->setText(QStringLiteral("2-415/2026"));
                            if (auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("createJudge")))
                                edit->setText(QStringLiteral("Әбілқасымова Ж. С."));
                            if (auto *form = qobject_cast<ui::HearingCreateDialog *>(dialog)) {
                                form->addParticipantRow(QStringLiteral("Сейітқали Ерлан Бақытұлы"), Role::Plaintiff);
                                form->addParticipantRow(QStringLiteral("Ким Ольга Викторовна"), Role::Representative);
                                form->setRepresents(1, 0);
                                form->addParticipantRow(QStringLiteral("ТОО «Құрылыс-Сервис»"), Role::Respondent);
                            }
                        });
                    } };
    list << Screen { QStringLiteral("copy-dialog"), [](SecretaryDay &day, const Visit &visit) {
                        day.window->showHearings();
                        day.window->hearingsPanel()->selectHearing(day.hearingId);
                        visitModal(day.action(QStringLiteral("hearingsCopyAction")), visit, [](QWidget *dialog) {
                            if (auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("copyRecipientName")))
                                edit->setText(QStringLiteral("Сейітқали Ерлан Бақытұлы"));
                            if (auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("copyRecipientRole")))
                                edit->setText(QStringLiteral("истец"));
                            if (auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("copyTarget")))
                                edit->setText(QDir::temp().filePath(QStringLiteral("Копия 2-415-2026")));
                        });
                    } };
    list << Screen { QStringLiteral("import-dialog"), [](SecretaryDay &day, const Visit &visit) {
                        visitModal(day.action(QStringLiteral("importAction")), visit);
                    } };
    list << Screen { QStringLiteral("setup"), [](SecretaryDay &day, const Visit &visit) {
                        REQUIRE(day.window->openHearing(day.hearingId));
                        day.window->workspace()->showSetup();
                        // As the secretary sees it a moment later: the disk measured, the
                        // camera giving pictures (not the «no signal» of the first instant).
                        ui::SetupPage *setup = day.window->workspace()->setupPage();
                        (void)QTest::qWaitFor(
                            [&] {
                                return setup->preflightPanel()->passed() && setup->cameraCount() > 0
                                    && setup->cameraPreview(0)->framesShown() >= 3;
                            },
                            kWaitMs);
                        visit(day.window.get());
                    } };
    list << Screen { QStringLiteral("recording"), [](SecretaryDay &day, const Visit &visit) {
                        ui::HearingWorkspace *workspace = day.window->workspace();
                        REQUIRE(workspace);
                        {
                            DialogAnswerer answer(QStringLiteral("confirmAccept"));
                            day.action(QStringLiteral("recordAction"))->trigger();
                            REQUIRE(QTest::qWaitFor(
                                [&] { return workspace->state() == RecorderState::Recording; }, kWaitMs));
                        }
                        REQUIRE(QTest::qWaitFor(
                            [&] { return day.window->recorderBridge()->hearingTimeMs() >= 2000; }, kWaitMs));
                        workspace->showHearing();
                        visit(day.window.get());
                    } };
    list << Screen { QStringLiteral("shortcuts"), [](SecretaryDay &day, const Visit &visit) {
                        day.action(QStringLiteral("shortcutsHelpAction"))->trigger();
                        auto *overlay = day.window->findChild<ui::ShortcutsOverlay *>();
                        REQUIRE(overlay);
                        REQUIRE(QTest::qWaitFor([&] { return overlay->isVisible(); }, kWaitMs));
                        visit(day.window.get());
                        day.action(QStringLiteral("shortcutsHelpAction"))->trigger();
                    } };
    list << Screen { QStringLiteral("about"), [](SecretaryDay &day, const Visit &visit) {
                        visitModal(day.action(QStringLiteral("aboutAction")), visit);
                    } };
    list << Screen { QStringLiteral("protocol"), [](SecretaryDay &day, const Visit &visit) {
                        ui::HearingWorkspace *workspace = day.window->workspace();
                        REQUIRE(workspace);
                        if (workspace->isRecording()) {
                            DialogAnswerer answer(QStringLiteral("confirmAccept"));
                            day.action(QStringLiteral("stopAction"))->trigger();
                            REQUIRE(workspace->state() == RecorderState::Stopped);
                        }
                        ui::ProtocolWindow *protocol = day.window->openProtocol(day.hearingId);
                        REQUIRE(protocol);
                        REQUIRE(QTest::qWaitForWindowExposed(protocol, kWaitMs));
                        visit(protocol);
                        protocol->close();
                    } };
    list << Screen { QStringLiteral("player"), [](SecretaryDay &day, const Visit &visit) {
                        // The hearing recorded on the "recording" screen, between two flashes of the
                        // demo camera. (docs/screenshots/player-*.png are of a 4-camera demo
                        // recording played with `hattama play`: docs/guide-judge.md.)
                        ui::PlayerWindow *player = day.window->openPlayer(day.hearingId, 1500);
                        REQUIRE(player);
                        REQUIRE(QTest::qWaitFor([&] { return player->engine().settled(); }, kWaitMs));
                        visit(player);
                        player->close();
                    } };
    list << Screen { QStringLiteral("sign-dialog"), [](SecretaryDay &day, const Visit &visit) {
                        // The judge about to sign a saved version: the certificate is shown.
                        ui::ProtocolWindow *protocol = day.window->openProtocol(day.hearingId);
                        REQUIRE(protocol);
                        protocol::ProtocolVersion version;
                        version.comment = QStringLiteral("saved for signing");
                        version.document = protocol->editor()->document();
                        REQUIRE(protocol::ProtocolVersionStore(protocol->hearingDir()).save(version).ok());
                        const QString key = makeJudgeKey(day.dir.path());
                        visitModal(protocol->signAction(), visit, [&](QWidget *dialog) {
                            auto *sign = qobject_cast<ui::SignDialog *>(dialog);
                            REQUIRE(sign);
                            sign->keyFileEdit()->setText(key);
                            sign->passwordEdit()->setText(QStringLiteral("1"));
                            sign->readKeyButton()->click();
                            CHECK(sign->certificateLabel()->isVisible());
                        });
                        protocol->close();
                    } };
    list << Screen { QStringLiteral("remarks"), [](SecretaryDay &day, const Visit &visit) {
                        addSampleRemarks(day);
                        ui::ProtocolWindow *protocol = day.window->openProtocol(day.hearingId);
                        REQUIRE(protocol);
                        REQUIRE(QTest::qWaitForWindowExposed(protocol, kWaitMs));
                        visitModal(protocol->remarksAction(), visit, [](QWidget *dialog) {
                            // The judge about to decide the second remark.
                            auto *remarks = qobject_cast<ui::RemarksDialog *>(dialog);
                            REQUIRE(remarks);
                            remarks->table()->selectRow(1);
                            remarks->rejectButton()->setChecked(true);
                        });
                        protocol->close();
                    } };
    return list;
}

// Checks the screen now shown; saves it when screenshots are asked for.
QStringList checkShown(const QString &screenName, const QString &language, QWidget *window)
{
    REQUIRE(QTest::qWaitForWindowExposed(window, kWaitMs));
    QApplication::processEvents();
    const QRect screen = window->screen()->geometry();
    test::RealWindowChecks checks(screen);
    // The window manager's answer: the window fits the screen once it is placed.
    if (window->isWindow())
        (void)QTest::qWaitFor([&] { return screen.contains(window->frameGeometry()); }, kWaitMs);
    QStringList problems = checks.layoutProblems(window);
    problems << checks.windowManagerProblems(window);
    if (language != QLatin1String("en"))
        for (const QString &word : checks.englishWords(window))
            problems << QStringLiteral("English text: %1").arg(word);
    const QString shotDir = qEnvironmentVariable("HATTAMA_SCREENSHOT_DIR");
    if (!shotDir.isEmpty() && !screenName.endsWith(QLatin1String("-dialog")))
        test::RealWindowChecks::saveScreen(window, QDir(shotDir).filePath(screenName + QLatin1Char('-') + language + QStringLiteral(".png")));
    for (QString &problem : problems)
        problem = QStringLiteral("[%1, %2] %3").arg(screenName, language, problem);
    return problems;
}

void runDay(const QString &language)
{
    SecretaryDay day(language);
    QStringList problems;
    QStringList visited;
    for (const Screen &screen : screens()) {
        screen.show(day, [&](QWidget *window) {
            visited << screen.name;
            problems << checkShown(screen.name, language, window);
        });
        // The main window stays within the screen after every page: its minimum size may not
        // grow behind the secretary's back (issue: 2605 px once the hearing page was shown).
        problems << test::RealWindowChecks(day.window->screen()->geometry()).minimumSizeProblems(day.window.get());
    }
    CHECK(visited.size() == screens().size());
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

} // namespace

TEST_CASE("real window: every page and window fits 1366×768 and speaks Russian")
{
    runDay(QStringLiteral("ru"));
}

TEST_CASE("real window: every page and window fits 1366×768 and speaks Kazakh")
{
    runDay(QStringLiteral("kk"));
}
