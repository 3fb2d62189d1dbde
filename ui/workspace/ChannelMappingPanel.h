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
// or role, and a live meter, so the secretary finds which mic is which by speaking into it.
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
    // The label a meter should carry for a channel: the mapped participant (its role in the
    // interface language), or the channel.
    QString channelLabel(int channel) const;
    QStringList channelLabels() const;
    // The same in the protocol language, as the recording keeps them (recording.json).
    QStringList recordedChannelLabels() const;

    void setLevels(const QVector<ChannelLevel> &levels);
    QComboBox *combo(int channel) const;
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
        LevelMeter *meter = nullptr;
    };
    static QString interfaceLanguage();
    QString label(int channel, const QString &language) const;
    void retranslateUi();
    void fillCombo(QComboBox *combo);
    void updateMeterLabels();

    QGridLayout *m_grid = nullptr;
    QLabel *m_channelHeader = nullptr;
    QLabel *m_participantHeader = nullptr;
    QLabel *m_levelHeader = nullptr;
    QStringList m_channelNames;
    QList<Participant> m_participants;
    QString m_language = QStringLiteral("ru");
    CaseCategory m_category = CaseCategory::Civil; // the role names the law gives in it
    QVector<Row> m_rows;
};

} // namespace hattama::ui
