#include "main/MainWindow.h"

#include "common/AboutDialog.h"
#include "common/ScreenFit.h"
#include "util/CourtTime.h"
#include "common/ConfirmDialog.h"
#include "workspace/HearingWorkspace.h"
#include "hearings/CopyDialog.h"
#include "hearings/HearingCreateDialog.h"
#include "workspace/HearingSession.h"
#include "session/HearingWorkflow.h"
#include "hearings/HearingsPanel.h"
#include "workspace/DevicePanel.h"
#include "protocol/ProtocolWindow.h"
#include "review/PlayerWindow.h"
#include "session/ReviewTimeline.h"
#include "playback/PlaybackOutput.h"
#include "workspace/RecorderBridge.h"
#include "workspace/SetupPage.h"
#include "workspace/RecordingControlBar.h"

#include "hearing/HearingJson.h"
#include "media/DeviceChoice.h"
#include "storage/Database.h"
#include "storage/HearingRepository.h"

#include "util/ArchiveLocation.h"
#include "util/ErrorText.h"
#include "util/Logging.h"
#include "util/Translations.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace hattama::ui {

namespace {
// The hearing's camera view names («Судья», «Зал»…) in camera order; empty where none is set.
QStringList cameraViewNames(const HearingRecord &record)
{
    QStringList names;
    for (const CameraView &view : record.cameras) {
        if (view.camera < 1)
            continue;
        while (names.size() < view.camera)
            names << QString();
        names[view.camera - 1] = view.viewName;
    }
    return names;
}
} // namespace

MainWindow::MainWindow(const QString &archiveDir, Translations &translations, QWidget *parent)
    : QMainWindow(parent)
    , m_archiveDir(archiveDir)
    , m_translations(translations)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/hattama.svg")));
    m_pages = new QStackedWidget(this);
    m_hearings = new HearingsPanel(m_pages);
    m_hearings->setArchiveDir(archiveDir);
    m_pages->addWidget(m_hearings);
    m_hearings->focusList(); // the keyboard starts on today's list
    setCentralWidget(m_pages);

    createMenus();

    m_archiveLabel = new QLabel(this);
    m_archiveLabel->setObjectName(QStringLiteral("archiveLabel"));
    m_freeSpaceLabel = new QLabel(this);
    m_freeSpaceLabel->setObjectName(QStringLiteral("freeSpaceLabel"));
    statusBar()->addWidget(m_archiveLabel, 1);
    statusBar()->addPermanentWidget(m_freeSpaceLabel);

    m_statusTimer = new QTimer(this);
    m_statusTimer->setInterval(30'000);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_statusTimer->start();

    resizeToFitScreen(this, QSize(1100, 700));
    retranslateUi();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString());
    m_newAction->setObjectName(QStringLiteral("newHearingAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setEnabled(false); // with a database (setDatabase)
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newHearing);
    m_importAction = m_fileMenu->addAction(QString());
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setEnabled(false); // with a database (setDatabase)
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importHearing);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString());
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_viewMenu = menuBar()->addMenu(QString());
    // Between the hearings list and the open hearing: a secretary goes through many a day.
    m_hearingsListAction = m_viewMenu->addAction(QString());
    m_hearingsListAction->setObjectName(QStringLiteral("hearingsListAction"));
    m_hearingsListAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(m_hearingsListAction, &QAction::triggered, this, &MainWindow::showHearings);
    m_openHearingAction = m_viewMenu->addAction(QString());
    m_openHearingAction->setObjectName(QStringLiteral("openHearingAction"));
    m_openHearingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_openHearingAction->setEnabled(false); // once a hearing is open
    connect(m_openHearingAction, &QAction::triggered, this, &MainWindow::showWorkspace);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &code : Translations::codes()) {
        // Each language is named in itself, so anyone can find their own.
        QAction *action = m_languageMenu->addAction(Translations::nativeName(code));
        action->setObjectName(QStringLiteral("language_") + code);
        action->setData(code);
        action->setCheckable(true);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { switchLanguage(code); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString());
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = m_helpMenu->addAction(QString());
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    updateLanguageChecks();
}

void MainWindow::switchLanguage(const QString &code)
{
    if (!m_translations.setLanguage(code))
        return;
    Translations::storeLanguage(code);
    updateLanguageChecks();
}

void MainWindow::updateLanguageChecks()
{
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_translations.language());
}

HearingWorkspace *MainWindow::openWorkspace()
{
    if (!m_workspace) {
        m_workspace = new HearingWorkspace(m_pages);
        m_workspace->controlBar()->setRecorderAvailable(m_recorderAvailable);
        m_pages->addWidget(m_workspace);
        connect(m_workspace, &HearingWorkspace::protocolRequested, this, [this] {
            if (m_session)
                openProtocol(m_session->hearingId());
        });
    }
    m_pages->setCurrentWidget(m_workspace);
    return m_workspace;
}

void MainWindow::showHearings()
{
    // The devices rest while nobody looks at them; a recording goes on.
    if (m_bridge && !m_bridge->isRecording())
        m_bridge->stopMonitoring();
    refreshHearings(); // statuses may have moved (live, ended)
    m_pages->setCurrentWidget(m_hearings);
    m_hearings->focusList();
}

void MainWindow::showWorkspace()
{
    if (!m_workspace || !m_session)
        return;
    if (m_bridge && m_workspace->state() == RecorderState::Idle && !m_bridge->isMonitoring()) {
        const QList<Error> problems = m_bridge->startMonitoring();
        if (!problems.isEmpty())
            statusBar()->showMessage(tr("Not every device could be opened: %1").arg(problems.first().text()), 20'000);
    }
    m_pages->setCurrentWidget(m_workspace);
}

void MainWindow::setRecorderAvailable(bool available)
{
    m_recorderAvailable = available;
    if (m_workspace)
        m_workspace->controlBar()->setRecorderAvailable(available);
}

void MainWindow::setRecorderConfigProvider(RecorderConfigProvider provider)
{
    m_recorderConfig = std::move(provider);
    setRecorderAvailable(bool(m_recorderConfig));
}

void MainWindow::setDatabase(Database *db)
{
    m_db = db;
    m_importAction->setEnabled(db != nullptr);
    m_newAction->setEnabled(db != nullptr);
    if (db) {
        connect(m_hearings, &HearingsPanel::hearingActivated, this, &MainWindow::openHearing, Qt::UniqueConnection);
        connect(m_hearings, &HearingsPanel::protocolRequested, this, &MainWindow::openProtocol, Qt::UniqueConnection);
        connect(m_hearings, &HearingsPanel::playRequested, this, [this](const QString &id) { openPlayer(id); });
        connect(m_hearings, &HearingsPanel::dateChanged, this, &MainWindow::refreshHearings, Qt::UniqueConnection);
        connect(m_hearings, &HearingsPanel::copyRequested, this, &MainWindow::openCopyDialog, Qt::UniqueConnection);
    }
    refreshHearings();
}

void MainWindow::refreshHearings()
{
    if (!m_db)
        return;
    HearingFilter day;
    day.date = m_hearings->date();
    const auto list = HearingRepository(*m_db).list(day);
    if (!list) {
        qCWarning(lcStorage) << "cannot list the hearings of" << day.date << ":" << list.error().text();
        statusBar()->showMessage(tr("Cannot read the hearings: %1").arg(ErrorText::text(list.error())), 15'000);
        return;
    }
    m_hearings->setHearings(*list);
}

QString MainWindow::importHearingFile(const QString &path, QString *error)
{
    const auto fail = [&](const QString &text) {
        statusBar()->showMessage(text, 20'000);
        if (error)
            *error = text;
        return QString();
    };
    if (!m_db)
        return fail(tr("No hearings database is open."));
    const auto bytes = HearingJson::readFile(path);
    if (!bytes)
        return fail(ErrorText::text(bytes.error()));
    const auto record = HearingJson::parse(*bytes);
    if (!record)
        return fail(tr("%1 is not a valid hearing file: %2").arg(path, ErrorText::text(record.error())));
    const auto saved = HearingRepository(*m_db).save(*record);
    if (!saved)
        return fail(tr("The hearing could not be saved: %1").arg(ErrorText::text(saved.error())));
    statusBar()->showMessage(saved->created ? tr("Hearing %1 imported.").arg(record->hearing.caseInfo.number)
                                            : tr("Hearing %1 updated.").arg(record->hearing.caseInfo.number),
        10'000);
    // The list shows the imported hearing's day (it may be another day than today).
    m_hearings->setDate(CourtTime::toCourt(record->hearing.scheduledStart).date());
    refreshHearings();
    m_hearings->selectHearing(saved->hearingId);
    return saved->hearingId;
}

QString MainWindow::createHearing(const HearingRecord &record, QString *error)
{
    if (!m_db) {
        if (error)
            *error = tr("No hearings database is open.");
        return {};
    }
    const auto saved = HearingRepository(*m_db).save(record);
    if (!saved) {
        const QString text = tr("The hearing could not be saved: %1").arg(ErrorText::text(saved.error()));
        statusBar()->showMessage(text, 20'000);
        if (error)
            *error = text;
        return {};
    }
    statusBar()->showMessage(tr("Hearing %1 created.").arg(record.hearing.caseInfo.number), 10'000);
    refreshHearings();
    return saved->hearingId;
}

void MainWindow::newHearing()
{
    HearingCreateDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString id = createHearing(dialog.record());
    if (!id.isEmpty())
        openHearing(id);
}

void MainWindow::importHearing()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import hearing"), QString(), tr("Hearing files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importHearingFile(path);
}

bool MainWindow::openHearing(const QString &hearingId)
{
    if (!m_db)
        return false;
    if (m_workspace && m_workspace->isRecording() && m_session && m_session->hearingId() != hearingId) {
        statusBar()->showMessage(tr("Another hearing is being recorded; stop it before opening this one."), 15'000);
        return false;
    }
    HearingWorkspace *workspace = openWorkspace();
    delete m_bridge;
    m_bridge = nullptr;
    delete m_session;
    m_session = new HearingSession(*m_db, workspace, this);
    m_session->setArchiveDir(m_archiveDir);
    QStringList channelNames;
    if (m_recorderConfig) {
        const auto record = HearingRepository(*m_db).load(hearingId);
        if (record) {
            RecorderConfig config = m_recorderConfig(*record, QDir(m_archiveDir).filePath(hearingId));
            QStringList problems;
            if (m_deviceLister) {
                if (!m_devicesListed) {
                    m_devices = m_deviceLister();
                    m_devicesListed = true;
                }
                DeviceChoice choice = DeviceChoice::fromConfig(config);
                if (!DevicePanel::restoreChoice(record->hearing.courtroom, &choice) && choice.cameraIds.isEmpty()) {
                    // First hearing in this courtroom: the cameras plugged in are there to be
                    // recorded (up to four, the usual courtroom set).
                    for (const CameraDevice &camera : m_devices.cameras)
                        if (!camera.demo && choice.cameraIds.size() < 4)
                            choice.cameraIds << camera.id;
                }
                for (const Error &problem : chooseDevices(config, m_devices, choice, cameraTitles(*record, choice)))
                    problems << ErrorText::text(problem);
                DevicePanel *panel = workspace->setupPage()->devicePanel();
                panel->setInventory(m_devices);
                panel->setChoice(choice);
                panel->setEnabled(true);
                workspace->setupPage()->setDeviceChoiceVisible(true);
                connect(panel, &DevicePanel::choiceChanged, this, &MainWindow::changeDevices, Qt::UniqueConnection);
                connect(panel, &DevicePanel::refreshRequested, this, &MainWindow::refreshDevices, Qt::UniqueConnection);
            }
            m_bridge = new RecorderBridge(workspace, this);
            m_bridge->setConfig(config);
            // The devices go live at once, so the setup page's meters and previews move.
            for (const Error &problem : m_bridge->startMonitoring())
                problems << ErrorText::text(problem);
            if (!problems.isEmpty())
                statusBar()->showMessage(tr("Not every device could be opened: %1").arg(problems.first()), 20'000);
            const int microphones = config.demoAudio ? config.demoMicrophones : m_bridge->monitoredChannelCount();
            for (int i = 1; i <= microphones; ++i)
                channelNames << tr("Microphone %1").arg(i);
        }
    }
    const Status opened = m_session->open(hearingId, channelNames);
    if (!opened) {
        statusBar()->showMessage(tr("Cannot open the hearing: %1").arg(ErrorText::text(opened.error())), 20'000);
        delete m_bridge;
        m_bridge = nullptr;
        delete m_session;
        m_session = nullptr;
        showHearings();
        return false;
    }
    if (m_bridge) {
        QStringList cameraNames;
        for (const CameraSpec &camera : m_bridge->config().cameras)
            cameraNames << camera.name;
        if (!cameraNames.isEmpty())
            workspace->setCameraNames(cameraNames);
        DevicePanel *devices = workspace->setupPage()->devicePanel();
        m_bridge->onStateChanged = [devices](RecorderState state) {
            devices->setEnabled(state == RecorderState::Idle); // never switch devices mid-hearing
        };
        m_session->followRecording(m_bridge->session());
        m_session->onWorkflowRefused = [this](const Error &error) {
            statusBar()->showMessage(
                tr("The hearing's status was not updated: %1").arg(ErrorText::text(error)), 20'000);
        };
        m_bridge->onError = [this](const Error &error) {
            statusBar()->showMessage(tr("Recording problem: %1").arg(ErrorText::text(error)));
            QMessageBox::warning(this, tr("Recording problem"),
                tr("The recording reports a problem:\n\n%1").arg(ErrorText::text(error)));
        };
    }
    workspace->controlBar()->setRecorderAvailable(m_recorderAvailable && m_session->mayRecord()); // not after its end
    workspace->showSetup();
    m_openHearingAction->setEnabled(true);
    return true;
}

void MainWindow::openCopyDialog(const QString &hearingId)
{
    if (!m_db || hearingId.isEmpty())
        return;
    CopyDialog dialog(*m_db, m_archiveDir, hearingId, this);
    dialog.exec();
}

ProtocolWindow *MainWindow::openProtocol(const QString &hearingId)
{
    if (!m_db || hearingId.isEmpty())
        return nullptr;
    // A closed window is rebuilt, so reopening reads the drafts back from the hearing folder.
    if (m_protocol && !m_protocol->isVisible())
        delete m_protocol;
    if (!m_protocol) {
        m_protocol = new ProtocolWindow(*m_db, m_archiveDir, this);
        connect(m_protocol, &ProtocolWindow::playRequested, this, &MainWindow::openPlayer);
        // A signature moves the hearing's status and its badge in the list.
        connect(m_protocol, &ProtocolWindow::protocolSigned, this, &MainWindow::refreshHearings);
    }
    if (m_protocol->hearingId() != hearingId || !m_protocol->isVisible()) {
        if (const Status opened = m_protocol->open(hearingId); !opened) {
            statusBar()->showMessage(tr("Cannot open the protocol: %1").arg(ErrorText::text(opened.error())), 20'000);
            delete m_protocol;
            return nullptr;
        }
    }
    // Only this hearing's own recording makes its protocol read-only.
    m_protocol->setRecordingCheck([this, hearingId] {
        return m_workspace && m_workspace->isRecording() && m_session && m_session->hearingId() == hearingId;
    });
    m_protocol->show();
    m_protocol->raise();
    m_protocol->activateWindow();
    return m_protocol;
}

ProtocolWindow *MainWindow::protocolWindow() const
{
    return m_protocol;
}

PlayerWindow *MainWindow::openPlayer(const QString &hearingId, qint64 hearingMs)
{
    if (hearingId.isEmpty())
        return nullptr;
    if (m_player && (m_player->timeline().hearingDir() != QDir(m_archiveDir).filePath(hearingId) || !m_player->isVisible()))
        delete m_player; // a closed player reopens with what has been recorded since
    if (!m_player) {
        auto timeline = openReviewTimeline(QDir(m_archiveDir).filePath(hearingId), m_db, m_translations.language());
        if (!timeline) {
            statusBar()->showMessage(tr("Cannot play the recording: %1").arg(ErrorText::text(timeline.error())), 20'000);
            return nullptr;
        }
        m_player = new PlayerWindow(*timeline, m_playbackOutput ? m_playbackOutput() : nullptr, this);
        m_player->setWindowFlag(Qt::Window);
        if (m_db)
            if (const auto record = HearingRepository(*m_db).load(hearingId); record)
                m_player->setCaseNumber(record->hearing.caseInfo.number);
    }
    if (hearingMs >= 0)
        m_player->seekHearing(hearingMs);
    m_player->show();
    m_player->raise();
    m_player->activateWindow();
    return m_player;
}

PlayerWindow *MainWindow::playerWindow() const
{
    return m_player;
}

void MainWindow::setDeviceLister(DeviceLister lister)
{
    m_deviceLister = std::move(lister);
    m_devicesListed = false;
}

QStringList MainWindow::cameraTitles(const HearingRecord &record, const DeviceChoice &choice) const
{
    QStringList titles = cameraViewNames(record);
    for (int k = 0; k < choice.cameraIds.size(); ++k) {
        if (k < titles.size() && !titles.at(k).isEmpty())
            continue;
        while (titles.size() <= k)
            titles << QString();
        const QString id = choice.cameraIds.at(k);
        if (id.startsWith(QLatin1String("demo:")))
            //: a demo camera's name on its preview and in its test picture, %1 its number
            titles[k] = tr("Demo camera %1").arg(id.section(QLatin1Char(':'), 1));
    }
    return titles;
}

void MainWindow::changeDevices()
{
    reopenDevices(true);
}

void MainWindow::reopenDevices(bool announce)
{
    if (!m_bridge || !m_session || !m_workspace || m_workspace->state() != RecorderState::Idle)
        return;
    const HearingRecord &record = m_session->record();
    const DeviceChoice choice = m_workspace->setupPage()->devicePanel()->choice();
    RecorderConfig config = m_bridge->config();
    m_bridge->stopMonitoring(); // the devices are closed before the new ones open
    QStringList problems;
    for (const Error &problem : chooseDevices(config, m_devices, choice, cameraTitles(record, choice)))
        problems << ErrorText::text(problem);
    m_bridge->setConfig(config);
    for (const Error &problem : m_bridge->startMonitoring())
        problems << ErrorText::text(problem);
    DevicePanel::storeChoice(record.hearing.courtroom, choice);
    showDeviceNames();
    if (!announce && problems.isEmpty())
        return;
    if (problems.isEmpty())
        statusBar()->showMessage(tr("Devices changed."), 5'000);
    else
        statusBar()->showMessage(tr("Not every device could be opened: %1").arg(problems.first()), 20'000);
}

void MainWindow::refreshDevices()
{
    if (!m_deviceLister || !m_bridge || !m_workspace || m_workspace->state() != RecorderState::Idle)
        return;
    m_bridge->stopMonitoring(); // some systems list a device only while nobody holds it
    m_devices = m_deviceLister();
    m_devicesListed = true;
    m_workspace->setupPage()->devicePanel()->setInventory(m_devices);
    changeDevices();
}

void MainWindow::showDeviceNames()
{
    const RecorderConfig &config = m_bridge->config();
    const int microphones = config.demoAudio ? config.demoMicrophones : m_bridge->monitoredChannelCount();
    if (microphones > 0) {
        QStringList channelNames;
        for (int i = 1; i <= microphones; ++i)
            channelNames << tr("Microphone %1").arg(i);
        m_workspace->setChannelNames(channelNames);
    }
    QStringList cameraNames;
    for (const CameraSpec &camera : config.cameras)
        cameraNames << camera.name;
    m_workspace->setCameraNames(cameraNames);
}

QStringList MainWindow::interruptedHearings() const
{
    return m_db ? HearingWorkflow::cutOffHearings(*m_db) : QStringList();
}

void MainWindow::offerRecovery()
{
    for (const QString &id : interruptedHearings()) {
        const auto record = HearingRepository(*m_db).load(id);
        if (!record)
            continue;
        QMessageBox box(QMessageBox::Warning, tr("A hearing was cut off"),
            tr("The recording of hearing %1 (case %2) was cut off — the program or the computer "
               "stopped while it was recording. What was recorded is kept.\n\nOpen it to go on, or "
               "mark it as ended?")
                .arg(record->hearing.scheduledStart.toString(QStringLiteral("dd.MM.yyyy HH:mm")),
                    record->hearing.caseInfo.number),
            QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("recoveryDialog"));
        QPushButton *resume = box.addButton(tr("Open to go on"), QMessageBox::AcceptRole);
        resume->setObjectName(QStringLiteral("recoveryResume"));
        QPushButton *finish = box.addButton(tr("Mark as ended"), QMessageBox::DestructiveRole);
        finish->setObjectName(QStringLiteral("recoveryFinish"));
        QPushButton *later = box.addButton(tr("Decide later"), QMessageBox::RejectRole);
        later->setObjectName(QStringLiteral("recoveryLater"));
        box.setDefaultButton(resume);
        box.exec();
        if (box.clickedButton() == resume) {
            openHearing(id);
            return; // one at a time: the others are offered at the next start
        }
        if (box.clickedButton() == finish) {
            HearingWorkflow workflow(*m_db, id);
            Status ended = workflow.load();
            if (ended)
                ended = workflow.markCutOff(QDir(m_archiveDir).filePath(id));
            if (!ended)
                statusBar()->showMessage(ErrorText::text(ended.error()), 15'000);
            refreshHearings();
        }
    }
}

MainWindow::~MainWindow()
{
    // The bridge stops the recording and reports the state to the session and the workspace,
    // so it goes first, while both still exist.
    delete m_bridge;
    m_bridge = nullptr;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_workspace && m_workspace->isRecording()) {
        const bool close = ConfirmDialog::ask(this, tr("A hearing is being recorded"),
            tr("Closing the window stops the recording of this hearing. Everything recorded so far is kept.\n\n"
               "Stop the recording and close?"),
            tr("Stop and close"), tr("Keep recording"));
        if (!close) {
            event->ignore();
            return;
        }
        emit m_workspace->stopRequested();
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Demo cameras are named in the interface language (preview and test picture); they
        // reopen with the new names unless a recording holds them.
        QTimer::singleShot(0, this, [this] {
            if (!m_bridge || !m_session || !m_workspace)
                return;
            const QStringList titles
                = cameraTitles(m_session->record(), m_workspace->setupPage()->devicePanel()->choice());
            const std::vector<CameraSpec> &cameras = m_bridge->config().cameras;
            for (std::size_t k = 0; k < cameras.size(); ++k)
                if (!titles.value(int(k)).isEmpty() && titles.value(int(k)) != cameras[k].name) {
                    reopenDevices(false);
                    return;
                }
        });
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Hattama — court hearing recorder"));
    m_fileMenu->setTitle(tr("&File"));
    m_importAction->setText(tr("&Import hearing…"));
    m_newAction->setText(tr("&New hearing…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_hearingsListAction->setText(tr("&Hearings list"));
    m_openHearingAction->setText(tr("&Current hearing"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Hattama"));
    m_aboutQtAction->setText(tr("About &Qt"));
    updateStatus();
}

void MainWindow::updateStatus()
{
    m_archiveLabel->setText(tr("Archive: %1").arg(m_archiveDir));
    const qint64 freeBytes = ArchiveLocation::freeBytes(m_archiveDir);
    if (freeBytes < 0) {
        m_freeSpaceLabel->setText(tr("Free space: unknown"));
    } else {
        const double gigabytes = double(freeBytes) / (1024.0 * 1024.0 * 1024.0);
        //: free disk space in gigabytes
        m_freeSpaceLabel->setText(tr("Free space: %1 GB").arg(QLocale().toString(gigabytes, 'f', 1)));
    }
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace hattama::ui
