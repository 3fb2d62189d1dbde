#pragma once

#include "hearing/HearingModel.h"
#include "session/RecordingStatus.h"

#include <QVector>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;

namespace hattama::ui {

class LevelMeter;

// Setup: one row per microphone channel — its name, a drop-down mapping it to a participant
// or role, a drop-down choosing the camera that shows that seat (the compact party copy
// follows it), and a live meter, so the secretary finds which mic is which by speaking into it.
class ChannelMappingPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChannelMappingPanel(QWidget *parent = nullptr);

    // Participants offered for each channel, labelled in the interface language; language is
    // the protocol's, for the labels the recording keeps (recordedChannelLabels).
    void setParticipants(const QList<Participant> &participants, const QString &language, CaseCategory category);
    QList<Participant> participants() const { return m_participants; }
    void setChannelNames(const QStringList &names);
    int channelCount() const { return int(m_rows.size()); }

    // Participant id (decimal) per channel; empty = not mapped.
    QStringList mapping() const;
    void setMapping(const QStringList &participantIds);
    // The hearing's cameras by view name, offered in each row's camera choice (camera 1 first);
    // the column is hidden while there are none.
    void setCameraNames(const QStringList &names);
    // Camera (1-based) per channel; 0 = none (the compact copy shows its grid).
    QList<int> cameraMapping() const;
    void setCameraMapping(const QList<int> &cameras);
    // The label a meter should carry for a channel: the mapped participant (its role in the
    // interface language), or the channel.
    QString channelLabel(int channel) const;
    QStringList channelLabels() const;
    // The same in the protocol language, as the recording keeps them (recording.json).
    QStringList recordedChannelLabels() const;

    void setLevels(const QVector<ChannelLevel> &levels);
    QComboBox *combo(int channel) const;
    QComboBox *cameraCombo(int channel) const;
    LevelMeter *meter(int channel) const;

    // The courtroom's last mapping, remembered by role in QSettings.
    void storeMapping(const QString &courtroom) const;
    bool restoreMapping(const QString &courtroom);

signals:
    void mappingChanged();
    // The labels were retranslated (the interface language changed); the mapping is the same.
    void labelsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row {
        QLabel *name = nullptr;
        QComboBox *combo = nullptr;
        QComboBox *camera = nullptr;
        LevelMeter *meter = nullptr;
        int cameraChoice = 0; // kept while the cameras are not known yet
    };
    static QString interfaceLanguage();
    QString label(int channel, const QString &language) const;
    void retranslateUi();
    void fillCombo(QComboBox *combo);
    void fillCameraCombo(Row &row);
    void updateMeterLabels();

    QGridLayout *m_grid = nullptr;
    QLabel *m_channelHeader = nullptr;
    QLabel *m_participantHeader = nullptr;
    QLabel *m_cameraHeader = nullptr;
    QLabel *m_levelHeader = nullptr;
    QStringList m_channelNames;
    QStringList m_cameraNames;
    QList<Participant> m_participants;
    QString m_language = QStringLiteral("ru");
    CaseCategory m_category = CaseCategory::Civil; // the role names the law gives in it
    QVector<Row> m_rows;
};

} // namespace hattama::ui
