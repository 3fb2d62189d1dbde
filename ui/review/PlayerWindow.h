#pragma once

#include "playback/HearingTimeline.h"
#include "playback/PlaybackOutput.h"

#include <QList>
#include <QMainWindow>

#include <memory>

class QAction;
class QComboBox;
class QGridLayout;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QTimer;
class QToolButton;

namespace hattama {
class PlaybackEngine;
class VoiceActivityScan;
}

namespace hattama::ui {

class PlayerCameraView;
class MicrophoneStrip;
class PlayerTimeline;
class ShortcutsOverlay;

// The judge's review of a recorded hearing: every camera at once (a grid; a click enlarges
// one), every microphone by participant and role with its level, mute, solo and gain, the
// whole hearing on a timeline with the entries as markers, the entry list, and the keys of a
// review player (Space, J/K/L, arrows, 1–9 and 0). The picture follows the sound (the
// PlaybackEngine's clock); without a sound device it plays silently on the system clock and
// says so in the status line.
class PlayerWindow : public QMainWindow {
    Q_OBJECT
public:
    // output: where the sound goes; none: the default sound device, else the system clock.
    explicit PlayerWindow(HearingTimeline timeline, std::unique_ptr<PlaybackOutput> output = {}, QWidget *parent = nullptr);
    ~PlayerWindow() override;

    PlaybackEngine &engine() const { return *m_engine; }
    // When each microphone carried speech (the timeline's lanes), found in the background.
    const VoiceActivityScan &voiceActivity() const { return *m_activity; }
    const HearingTimeline &timeline() const { return m_timeline; }
    // The hearing's case number, for the title (without it the title names the hearing ID).
    void setCaseNumber(const QString &caseNumber);

    // Goes to a moment of the hearing clock (a recess: what follows it).
    void seekHearing(qint64 hearingMs);
    // "HH:MM:SS" (or with .mmm, MM:SS, seconds): false, with the reason in the status line,
    // when it cannot be read or lies outside the recording.
    bool goToTime(const QString &text);
    void previousEntry();
    void nextEntry();
    // Hear only microphone n (1-based); 0: every microphone.
    void soloOnly(int microphone);
    // The mix as the strips set it, given to the engine.
    void applyMix();
    // Enlarges a camera (0-based) with the others small beside it; -1: all in a grid.
    void enlargeCamera(int camera);
    int enlargedCamera() const { return m_enlarged; }

    QList<PlayerCameraView *> cameraViews() const { return m_views; }
    QList<MicrophoneStrip *> microphoneStrips() const { return m_strips; }
    PlayerTimeline *timelineView() const { return m_timelineView; }
    QListWidget *entryList() const { return m_entryList; }
    ShortcutsOverlay *shortcutsOverlay() const { return m_overlay; }
    QString clockNote() const;
    // Every keyboard action, in the order the shortcut list shows them.
    QList<QAction *> actions() const { return m_actions; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createCameraArea();
    QWidget *createSidePanel();
    QWidget *createTransportBar();
    void createActions();
    void relayoutCameras();
    void onPresented();
    void updatePictures();
    void updateTransport();
    void stepSpeed(int direction);
    void askForTime();
    void onEntryClicked(QListWidgetItem *item);
    void retranslateUi();

    HearingTimeline m_timeline;
    std::unique_ptr<PlaybackEngine> m_engine;
    std::unique_ptr<VoiceActivityScan> m_activity;
    QTimer *m_activityTimer = nullptr;
    QString m_caseNumber;
    int m_enlarged = -1;
    QList<qint64> m_shownPlayMs; // per camera: the picture on screen
    QList<PlayerCameraView *> m_views;
    QList<MicrophoneStrip *> m_strips;
    QWidget *m_cameraArea = nullptr;
    QGridLayout *m_cameraGrid = nullptr;
    PlayerTimeline *m_timelineView = nullptr;
    QListWidget *m_entryList = nullptr;
    QLabel *m_microphonesTitle = nullptr;
    QLabel *m_entriesTitle = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_clockNote = nullptr;
    QLabel *m_speedLabel = nullptr;
    QComboBox *m_speed = nullptr;
    QToolButton *m_playButton = nullptr;
    QToolButton *m_previousButton = nullptr;
    QToolButton *m_nextButton = nullptr;
    QToolButton *m_goToButton = nullptr;
    ShortcutsOverlay *m_overlay = nullptr;
    QList<QAction *> m_actions;
    QList<QAction *> m_soloActions; // 1–9, 0
    QAction *m_playAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_slowerAction = nullptr;
    QAction *m_fasterAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_frameBackAction = nullptr;
    QAction *m_frameForwardAction = nullptr;
    QAction *m_previousEntryAction = nullptr;
    QAction *m_nextEntryAction = nullptr;
    QAction *m_goToAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_helpAction = nullptr;
    QAction *m_closeAction = nullptr;
};

} // namespace hattama::ui
