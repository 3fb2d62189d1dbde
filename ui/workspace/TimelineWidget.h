#pragma once

#include "hearing/HearingModel.h"
#include "session/RecordingStatus.h"

#include <QVector>
#include <QWidget>

namespace hattama::ui {

class EntryListModel;

// The live timeline: one lane per microphone channel showing when someone spoke, the entries
// as markers, the present moment at the right edge so the view scrolls with "now".
// Zoom with Ctrl+wheel, + and - (also Ctrl+= / Ctrl+-).
class TimelineWidget : public QWidget {
    Q_OBJECT
public:
    static constexpr double kMinMsPerPixel = 10.0;
    static constexpr double kMaxMsPerPixel = 20'000.0;

    explicit TimelineWidget(QWidget *parent = nullptr);

    void setModel(EntryListModel *model);
    void setChannelLabels(const QStringList &labels);
    // A level snapshot taken at hearing time nowMs; extends the speech lanes and moves "now".
    void appendLevels(qint64 nowMs, const QVector<ChannelLevel> &levels);
    void setNow(qint64 nowMs);
    qint64 now() const { return m_nowMs; }

    double msPerPixel() const { return m_msPerPixel; }
    void setMsPerPixel(double msPerPixel);
    void zoomIn();
    void zoomOut();

    // Speech intervals [start, end) of a channel, in hearing ms.
    QVector<QPair<qint64, qint64>> speechIntervals(int channel) const { return m_speech.value(channel); }
    // The entry whose marker is at x (within a few pixels), 0 when none.
    qint64 entryAt(int x) const;
    int xForTime(qint64 ms) const;

    QSize sizeHint() const override { return { 600, 220 }; }
    QSize minimumSizeHint() const override { return { 300, 120 }; }

signals:
    void entryClicked(qint64 id);
    void zoomChanged(double msPerPixel);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int labelWidth() const;
    int rulerHeight() const;
    void retranslateUi();

    EntryListModel *m_model = nullptr;
    QStringList m_labels;
    QVector<QVector<QPair<qint64, qint64>>> m_speech;
    QVector<bool> m_speaking;
    qint64 m_nowMs = 0;
    qint64 m_lastSnapshotMs = -1;
    double m_msPerPixel = 200.0;
};

} // namespace hattama::ui
