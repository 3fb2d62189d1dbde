#pragma once

#include "playback/HearingTimeline.h"

#include <QList>
#include <QPair>
#include <QWidget>

namespace hattama::ui {

// The whole hearing on one line for the player: the recording, recesses as hatched gaps, the
// entries as markers, one lane per microphone showing when it carried speech, and the
// present moment. A click (or a drag) asks to go to that moment.
class PlayerTimeline : public QWidget {
    Q_OBJECT
public:
    explicit PlayerTimeline(QWidget *parent = nullptr);

    void setTimeline(const HearingTimeline &timeline);
    void setPosition(qint64 hearingMs);
    qint64 position() const { return m_positionMs; }
    // Speech stretches [start, end) of a microphone (1-based), on the hearing clock.
    void setActivity(int microphone, const QList<QPair<qint64, qint64>> &stretches);

    int xForTime(qint64 hearingMs) const;
    qint64 timeAt(int x) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void seekRequested(qint64 hearingMs);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect track() const; // where time runs, left to right
    int laneTop(int lane) const;

    HearingTimeline m_timeline;
    QList<QList<QPair<qint64, qint64>>> m_activity; // per microphone
    qint64 m_positionMs = 0;
};

} // namespace hattama::ui
