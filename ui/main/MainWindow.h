#pragma once

#include <QMainWindow>

#include "capture/DeviceInfo.h"
#include "hearing/HearingModel.h"
#include "media/RecorderConfig.h"

#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QTimer;

namespace hattama {
class Database;
struct DeviceChoice;
class PlaybackOutput;
class Translations;
} // namespace hattama

namespace hattama::ui {

class HearingSession;
class RecorderBridge;
class HearingWorkspace;
class HearingsPanel;
class PlayerWindow;
class ProtocolWindow;

// The secretary's workspace: menu, the hearings list, and a status bar with the archive
// folder and its free space.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(const QString &archiveDir, Translations &translations, QWidget *parent = nullptr);
    // Stops a running recording (keeping everything recorded) before the widgets go.
    ~MainWindow() override;

    QString archiveDir() const { return m_archiveDir; }
    // Switches the interface language at runtime and remembers the choice.
    void switchLanguage(const QString &code);

    // The hearing workspace page, created on first use; shows it.
    HearingWorkspace *openWorkspace();
    HearingWorkspace *workspace() const { return m_workspace; }
    HearingsPanel *hearingsPanel() const { return m_hearings; }
    // The hearings list (the open hearing's devices rest; a recording goes on), and back.
    void showHearings();
    void showWorkspace();

    // The hearings database (owned by the caller, outlives the window). Enables the list of
    // today's hearings, import and opening a hearing in the workspace.
    void setDatabase(Database *db);
    // Whether a recording engine is connected; without one the workspace cannot record.
    void setRecorderAvailable(bool available);
    // How to record a hearing (devices or demo sources) into its folder; setting it connects
    // the recording engine to every hearing opened in the workspace.
    using RecorderConfigProvider
        = std::function<RecorderConfig(const HearingRecord &record, const QString &hearingDir)>;
    void setRecorderConfigProvider(RecorderConfigProvider provider);
    RecorderBridge *recorderBridge() const { return m_bridge; }
    // Lists the audio inputs and cameras the secretary chooses from on the setup page (the
    // choice is remembered per courtroom). Without one, a hearing records what the provider says.
    using DeviceLister = std::function<DeviceInventory()>;
    void setDeviceLister(DeviceLister lister);
    void refreshHearings();
    // Imports a hearing file (docs/hearing-json.md); returns the hearing id, empty on failure
    // (the reason is shown in the status bar and returned in error).
    QString importHearingFile(const QString &path, QString *error = nullptr);
    // Saves a hearing made with the New hearing form; returns its id, empty on failure.
    QString createHearing(const HearingRecord &record, QString *error = nullptr);
    // Opens a stored hearing in the workspace; false (with the reason in the status bar) when
    // it cannot be loaded.
    bool openHearing(const QString &hearingId);
    HearingSession *session() const { return m_session; }
    // Opens the protocol of a stored hearing in its own window (one at a time; the window of
    // another hearing is reused). Never touches the workspace or its recording: the protocol of
    // the hearing being recorded is a read-only preview. Null (reason in the status bar) when
    // it cannot be built.
    ProtocolWindow *openProtocol(const QString &hearingId);
    // «Issue copy…» of a hearing (the hearings list's context menu).
    void openCopyDialog(const QString &hearingId);
    ProtocolWindow *protocolWindow() const;
    // Plays a stored hearing's recording in the player (one player at a time; another
    // hearing's is replaced) from a moment of the hearing clock (-1: where it was, or the
    // start). Null (reason in the status bar) when the hearing has no recording to play.
    PlayerWindow *openPlayer(const QString &hearingId, qint64 hearingMs = -1);
    PlayerWindow *playerWindow() const;
    // Where the player's sound goes (tests listen there); unset: the sound card.
    using PlaybackOutputFactory = std::function<std::unique_ptr<PlaybackOutput>()>;
    void setPlaybackOutputFactory(PlaybackOutputFactory factory) { m_playbackOutput = std::move(factory); }
    // Hearings left live or in recess by a crash or power cut (last 30 days).
    QStringList interruptedHearings() const;
    // Asks, for each interrupted hearing, whether to open it to resume or to mark it ended.
    void offerRecovery();

protected:
    void changeEvent(QEvent *event) override;
    // While a hearing is being recorded, closing asks first and then stops it properly.
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void retranslateUi();
    void updateStatus();
    void updateLanguageChecks();
    void showAbout();
    void importHearing();
    void newHearing();
    // The setup page's device choice changed: the monitor reopens with the new devices.
    void changeDevices();
    void reopenDevices(bool announce);
    // The cameras' names: the hearing's view names, else «Demo camera N» for demo cameras
    // (translated), else empty (the device's own name).
    QStringList cameraTitles(const HearingRecord &record, const DeviceChoice &choice) const;
    void refreshDevices();
    // Channel rows and camera tiles of the workspace after the devices changed.
    void showDeviceNames();

    QString m_archiveDir;
    Translations &m_translations;
    HearingsPanel *m_hearings = nullptr;
    HearingWorkspace *m_workspace = nullptr;
    HearingSession *m_session = nullptr;
    Database *m_db = nullptr;
    RecorderConfigProvider m_recorderConfig;
    RecorderBridge *m_bridge = nullptr;
    DeviceLister m_deviceLister;
    DeviceInventory m_devices;
    bool m_devicesListed = false;
    bool m_recorderAvailable = false;
    QStackedWidget *m_pages = nullptr;
    QPointer<ProtocolWindow> m_protocol;
    QPointer<PlayerWindow> m_player;
    PlaybackOutputFactory m_playbackOutput;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_hearingsListAction = nullptr;
    QAction *m_openHearingAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;

    QLabel *m_archiveLabel = nullptr;
    QLabel *m_freeSpaceLabel = nullptr;
    QTimer *m_statusTimer = nullptr;
};

} // namespace hattama::ui
