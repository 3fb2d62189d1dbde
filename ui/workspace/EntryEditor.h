#pragma once

#include "capture/LevelMeter.h"
#include "hearing/EventCatalogue.h"
#include "hearing/HearingModel.h"

#include <QVector>
#include <QWidget>

#include <functional>

class QAction;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace hattama::ui {

// The hearing clock as the workspace reads it: milliseconds since the first Record.
using HearingTimeSource = std::function<qint64()>;

class EntryListModel;
class FlowLayout;

// Where the secretary types during the hearing. The first keystroke of a note stamps it with
// the hearing time (so a note typed slowly still points at the moment speech began); Enter
// commits it through the model to storage. The speaker is pre-filled from the most active
// mapped microphone and changed with a click or Alt+1…9. Procedural events come from the
// event catalogue as buttons and keys (each event's key in the hearing's case category), in
// the protocol language, and each entry keeps its event id; off-record, sealed passage and
// marker have their own buttons and keys and take their wording from the catalogue too.
class EntryEditor : public QWidget {
    Q_OBJECT
public:
    explicit EntryEditor(QWidget *parent = nullptr);

    void setClock(HearingTimeSource clock) { m_clock = std::move(clock); }
    void setModel(EntryListModel *model) { m_model = model; }
    void setParticipants(const QList<Participant> &participants, const QString &language, CaseCategory category);
    // Participant id (decimal) per microphone channel (empty = not mapped).
    void setChannelMapping(const QStringList &participantIds);
    // Level snapshots feed the "most active speaker" guess.
    void setLevels(const QVector<ChannelLevel> &levels);
    // The events offered: the court's catalogue, in the hearing's case category.
    void setCatalogue(const EventCatalogue &catalogue, CaseCategory category);
    const QList<EventTemplate> &eventTemplates() const { return m_templates; }
    void setProtocolLanguage(const QString &language);
    QString protocolLanguage() const { return m_language; }
    // Entries can only be made while the hearing clock runs (recording or recess).
    void setClockRunning(bool running);
    // After Stop: the note field says why notes are no longer taken and where remarks go.
    void setRecordingEnded(bool ended);

    bool hasDraft() const { return m_draftActive; }
    qint64 draftTimeMs() const { return m_draftTimeMs; }
    qint64 currentSpeaker() const { return m_speakerId; }
    // The participant the microphones suggest right now, 0 when nobody speaks.
    qint64 mostActiveSpeaker() const;
    bool offRecord() const { return m_offRecord; }
    bool sealed() const { return m_sealed; }

    QLineEdit *textEdit() const { return m_text; }
    QList<QAction *> shortcutActions() const;
    QAction *offRecordAction() const { return m_offRecordAction; }
    QAction *sealedAction() const { return m_sealedAction; }
    QAction *markerAction() const { return m_markerAction; }
    QAction *focusAction() const { return m_focusAction; }

public slots:
    void selectSpeaker(qint64 participantId);
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
    void labelEventButtons();
    void updateDraftLabel();
    void updateSpeakerButtons();
    qint64 commitEntry(
        EntryKind kind, const QString &eventId, const QString &text, qint64 speakerId, qint64 hearingTimeMs);
    qint64 commitCatalogueEvent(const QString &eventId, EntryKind kind);
    void onTextEdited(const QString &text);

    HearingTimeSource m_clock;
    EntryListModel *m_model = nullptr;
    QList<Participant> m_participants;
    QString m_participantLanguage = QStringLiteral("ru");
    CaseCategory m_participantCategory = CaseCategory::Civil;
    QStringList m_mapping;
    QVector<double> m_activity; // decaying speech energy per channel
    EventCatalogue m_catalogue;
    CaseCategory m_category = CaseCategory::Civil;
    QList<EventTemplate> m_templates; // those with a key in m_category
    QString m_language = QStringLiteral("ru");
    bool m_clockRunning = false;

    bool m_draftActive = false;
    qint64 m_draftTimeMs = 0;
    qint64 m_speakerId = 0;
    bool m_speakerChosen = false; // by hand since the last commit: no more guessing
    bool m_offRecord = false;
    bool m_sealed = false;

    QLabel *m_speakerLabel = nullptr;
    FlowLayout *m_speakerFlow = nullptr;
    bool m_recordingEnded = false;
    QButtonGroup *m_speakerGroup = nullptr;
    QVector<QToolButton *> m_speakerButtons;
    QLabel *m_draftLabel = nullptr;
    QLineEdit *m_text = nullptr;
    FlowLayout *m_eventFlow = nullptr;
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
