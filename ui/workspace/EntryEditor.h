#pragma once

#include "workspace/WorkspaceModels.h"

#include <QVector>
#include <QWidget>

class QAction;
class QButtonGroup;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace hattama::ui {

class EntryListModel;

// Where the secretary types during the hearing. The first keystroke of a note stamps it with
// the hearing time (so a note typed slowly still points at the moment speech began); Enter
// commits it through the model to storage. The speaker is pre-filled from the most active
// mapped microphone and changed with a click or Alt+1…9. Procedural events come from
// templates as buttons and F-keys (each template's own key, else F1…F12 by position), in the protocol language; off-record, sealed
// passage and marker have their own buttons and keys.
class EntryEditor : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxEventKeys = 12; // F1…F12 by position, for templates without their own key

    explicit EntryEditor(QWidget *parent = nullptr);

    void setClock(HearingClock clock) { m_clock = std::move(clock); }
    void setModel(EntryListModel *model) { m_model = model; }
    void setParticipants(const QVector<Participant> &participants);
    // Participant id per microphone channel (empty = not mapped).
    void setChannelMapping(const QStringList &participantIds);
    // Level snapshots feed the "most active speaker" guess.
    void setLevels(const QVector<ChannelLevel> &levels);
    void setTemplates(const QVector<EventTemplate> &templates);
    void setProtocolLanguage(const QString &language);
    QString protocolLanguage() const { return m_language; }
    // Entries can only be made while the hearing clock runs (recording or recess).
    void setClockRunning(bool running);

    bool hasDraft() const { return m_draftActive; }
    qint64 draftTimeMs() const { return m_draftTimeMs; }
    QString currentSpeaker() const { return m_speakerId; }
    // The participant the microphones suggest right now, empty when nobody speaks.
    QString mostActiveSpeaker() const;
    bool offRecord() const { return m_offRecord; }
    bool sealed() const { return m_sealed; }

    QLineEdit *textEdit() const { return m_text; }
    QList<QAction *> shortcutActions() const;
    QAction *offRecordAction() const { return m_offRecordAction; }
    QAction *sealedAction() const { return m_sealedAction; }
    QAction *markerAction() const { return m_markerAction; }
    QAction *focusAction() const { return m_focusAction; }

public slots:
    void selectSpeaker(const QString &participantId);
    void selectSpeakerByNumber(int number); // 1-based, as on the Alt+digit keys
    void commitDraft();
    void discardDraft();
    void insertEvent(int templateIndex);
    void toggleOffRecord();
    void toggleSealed();
    void insertMarker();

signals:
    void committed(qint64 id);
    void commitFailed();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void rebuildSpeakerButtons();
    void rebuildEventButtons();
    void updateDraftLabel();
    void updateSpeakerButtons();
    qint64 commitEntry(EntryKind kind, const QString &text, const QString &speakerId, const QString &templateKey,
        qint64 hearingTimeMs);
    void onTextEdited(const QString &text);

    HearingClock m_clock;
    EntryListModel *m_model = nullptr;
    QVector<Participant> m_participants;
    QStringList m_mapping;
    QVector<double> m_activity; // decaying speech energy per channel
    QVector<EventTemplate> m_templates;
    QString m_language = QStringLiteral("ru");
    bool m_clockRunning = false;

    bool m_draftActive = false;
    qint64 m_draftTimeMs = 0;
    QString m_speakerId;
    bool m_speakerChosen = false; // by hand since the last commit: no more guessing
    bool m_offRecord = false;
    bool m_sealed = false;

    QLabel *m_speakerLabel = nullptr;
    QHBoxLayout *m_speakerRow = nullptr;
    QButtonGroup *m_speakerGroup = nullptr;
    QVector<QToolButton *> m_speakerButtons;
    QLabel *m_draftLabel = nullptr;
    QLineEdit *m_text = nullptr;
    QGridLayout *m_eventGrid = nullptr;
    QVector<QPushButton *> m_eventButtons;
    QVector<QAction *> m_eventActions;
    QToolButton *m_offRecordButton = nullptr;
    QToolButton *m_sealedButton = nullptr;
    QToolButton *m_markerButton = nullptr;
    QAction *m_offRecordAction = nullptr;
    QAction *m_sealedAction = nullptr;
    QAction *m_markerAction = nullptr;
    QAction *m_focusAction = nullptr;
    QVector<QAction *> m_speakerActions;
};

} // namespace hattama::ui
