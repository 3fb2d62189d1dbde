#pragma once

#include "capture/LevelMeter.h"

#include <QWidget>

class QLabel;
class QSlider;
class QToolButton;

namespace hattama::ui {

class LevelMeter;

// One microphone in the player: who speaks into it (participant and role), its level in the
// sound being played, and the listener's mute, solo and gain for it.
class MicrophoneStrip : public QWidget {
    Q_OBJECT
public:
    MicrophoneStrip(int microphone, const QString &name, QWidget *parent = nullptr);

    int microphone() const { return m_microphone; }
    QString name() const { return m_name; }
    bool isMuted() const;
    bool isSoloed() const;
    double gain() const; // linear
    // Without emitting changed().
    void setMuted(bool muted);
    void setSoloed(bool soloed);
    void setGain(double gain);
    void setLevel(const ChannelLevel &level);

    QToolButton *muteButton() const { return m_mute; }
    QToolButton *soloButton() const { return m_solo; }
    QSlider *gainSlider() const { return m_gain; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateGainText();

    int m_microphone = 0;
    QString m_name;
    LevelMeter *m_meter = nullptr;
    QToolButton *m_mute = nullptr;
    QToolButton *m_solo = nullptr;
    QSlider *m_gain = nullptr;
    QLabel *m_gainText = nullptr;
};

} // namespace hattama::ui
