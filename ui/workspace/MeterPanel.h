#pragma once

#include "hearing/HearingModel.h"
#include "session/RecordingStatus.h"

#include <QVector>
#include <QWidget>

class QVBoxLayout;

namespace hattama::ui {

class LevelMeter;

// One LevelMeter per microphone channel, labelled with the participant mapped to it.
class MeterPanel : public QWidget {
    Q_OBJECT
public:
    explicit MeterPanel(QWidget *parent = nullptr);

    void setChannelLabels(const QStringList &labels);
    void setLevels(const QVector<ChannelLevel> &levels);
    int channelCount() const { return int(m_meters.size()); }
    LevelMeter *meter(int channel) const { return m_meters.value(channel); }

private:
    QVBoxLayout *m_layout = nullptr;
    QVector<LevelMeter *> m_meters;
};

} // namespace hattama::ui
