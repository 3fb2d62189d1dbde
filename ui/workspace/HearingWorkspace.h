#pragma once

#include "workspace/EntryEditor.h"

#include "session/RecordingStatus.h"

#include <QVector>
#include <QWidget>

class QAction;
class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolButton;
class QVBoxLayout;

namespace hattama {
class EntryStore;
}

namespace hattama::ui {

class CameraPreview;
class EntryEditor;
class EntryListModel;
class MeterPanel;
class RecordingControlBar;
class SetupPage;
class ShortcutsOverlay;
class TimelineWidget;

// The secretary's workspace for one hearing: the control bar on top, then Setup (mapping,
// cameras, pre-flight) and Hearing (meters, previews, timeline, entries, note editor) tabs.
// It holds no recorder itself: the owner feeds it level/camera/health snapshots from a GUI
// timer (≤ 30 Hz), gives it the hearing clock and the entry store, and acts on the
// record/recess/resume/stop requests it emits.
class HearingWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit HearingWorkspace(QWidget *parent = nullptr);
    ~HearingWorkspace() override;

    // The hearing's participants, labelled in the protocol language.
    void setParticipants(const QList<Participant> &participants, const QString &language, CaseCategory category);
    void setChannelNames(const QStringList &names);
    // Restores the courtroom's last channel mapping (call after participants and channels);
    // the mapping is stored again when recording starts.
    void setCourtroom(const QString &courtroom);
    void setCameraNames(const QStringList &names);
    void setClock(HearingTimeSource clock);
    // Where the entries are committed (the hearing's TimelineRepository; a fake in tests).
    void setStore(EntryStore *store, const QString &hearingId = {});
    void setEntries(const QList<TimelineEntry> &entries);

    // Snapshots from the engine.
    void setLevels(const QVector<ChannelLevel> &levels);
    void setCameraStatus(int camera, const CameraHealth &status, const QImage &frame = {});
    void setHealth(const RecordingStatus &health);

    bool isRecording() const;
    RecorderState state() const;
    QStringList runPreflight();
    void showSetup();
    void showHearing();

    RecordingControlBar *controlBar() const { return m_bar; }
    SetupPage *setupPage() const { return m_setup; }
    MeterPanel *meterPanel() const { return m_meters; }
    TimelineWidget *timeline() const { return m_timeline; }
    EntryEditor *editor() const { return m_editor; }
    EntryListModel *entryModel() const { return m_model; }
    QTableView *entryView() const { return m_entryView; }
    ShortcutsOverlay *shortcutsOverlay() const { return m_overlay; }
    QTabWidget *tabs() const { return m_tabs; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *helpAction() const { return m_helpAction; }
    // Opens this hearing's protocol in its own window (emits protocolRequested).
    QAction *protocolAction() const { return m_protocolAction; }
    QList<QAction *> allActions() const;

signals:
    void recordRequested();
    void recessRequested();
    void resumeRequested();
    void stopRequested();
    void mappingChanged(const QStringList &participantIds);
    void protocolLanguageChanged(const QString &code);
    // The protocol of the open hearing was asked for; recording goes on undisturbed.
    void protocolRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onMappingChanged();
    void deleteSelectedEntry();
    QWidget *createHearingPage();

    EntryListModel *m_model = nullptr;
    RecordingControlBar *m_bar = nullptr;
    QTabWidget *m_tabs = nullptr;
    SetupPage *m_setup = nullptr;
    QWidget *m_hearingPage = nullptr;
    MeterPanel *m_meters = nullptr;
    QLabel *m_metersTitle = nullptr;
    QLabel *m_camerasTitle = nullptr;
    QVBoxLayout *m_cameraColumn = nullptr;
    QVector<CameraPreview *> m_cameraPreviews;
    TimelineWidget *m_timeline = nullptr;
    QTableView *m_entryView = nullptr;
    EntryEditor *m_editor = nullptr;
    QSplitter *m_splitter = nullptr;
    ShortcutsOverlay *m_overlay = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_helpAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_setupTabAction = nullptr;
    QAction *m_hearingTabAction = nullptr;
    QAction *m_protocolAction = nullptr;
    QToolButton *m_protocolButton = nullptr;

    QString m_courtroom;
    HearingTimeSource m_clock;
    RecordingStatus m_health;
    QVector<bool> m_signalSeen; // per channel, since the workspace opened
    QVector<qint64> m_cameraFrames; // frames delivered per camera
};

} // namespace hattama::ui
