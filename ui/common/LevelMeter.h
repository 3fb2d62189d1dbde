#pragma once

#include "capture/LevelMeter.h"

#include <QWidget>

namespace hattama::ui {

// One microphone channel's level: RMS as a filled bar and peak as a line, in dBFS on a
// -60…0 scale, the participant's name above. Clipping latches a red "CLIP" mark until the
// secretary clicks the meter; a channel without signal is drawn grey with "No signal".
class LevelMeter : public QWidget {
    Q_OBJECT
public:
    static constexpr float kFloorDbfs = -60.0f;

    explicit LevelMeter(QWidget *parent = nullptr);

    void setLabel(const QString &label);
    QString label() const { return m_label; }
    void setLevel(const ChannelLevel &level);
    ChannelLevel level() const { return m_level; }

    bool clipLatched() const { return m_clipLatched; }
    void resetClip();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // 0…1 position of a dBFS value on the scale.
    static double fraction(float dbfs);

signals:
    void clipReset();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateAccessibleText();

    QString m_label;
    ChannelLevel m_level;
    bool m_clipLatched = false;
    QString m_noSignalText;
    QString m_clipText;
};

} // namespace hattama::ui
