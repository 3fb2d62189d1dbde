#pragma once

#include "hearing/HearingModel.h"
#include "session/RecordingStatus.h"

#include "session/RecordingStatus.h"

#include <QStringList>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QPushButton;

namespace hattama::ui {

// Record / Recess / Resume / Stop, large and unmistakable, with the recording indicator,
// the elapsed hearing time and the health figures (disk hours left, overruns, dropped frames).
// The bar asks before anything that could lose data (Stop; Record when the pre-flight check
// failed) and then emits the request; the owner drives the recorder and calls setHealth().
class RecordingControlBar : public QWidget {
    Q_OBJECT
public:
    explicit RecordingControlBar(QWidget *parent = nullptr);

    void setHealth(const RecordingStatus &health);
    RecorderState state() const { return m_health.state; }
    // Runs the pre-flight check when Record is pressed; with failures Record asks first.
    void setPreflightCheck(std::function<QStringList()> check) { m_preflightCheck = std::move(check); }

    // Without a recording engine connected, Record is disabled and says why.
    void setRecorderAvailable(bool available);
    bool recorderAvailable() const { return m_recorderAvailable; }

    QAction *recordAction() const { return m_recordAction; }
    QAction *recessAction() const { return m_recessAction; }
    QAction *resumeAction() const { return m_resumeAction; }
    QAction *stopAction() const { return m_stopAction; }
    QString indicatorText() const;
    QString elapsedText() const;

    static QString formatHearingTime(qint64 ms);

public slots:
    void requestRecord();
    void requestRecess();
    void requestResume();
    void requestStop();

signals:
    void recordRequested();
    void recessRequested();
    void resumeRequested();
    void stopRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateView();

    RecordingStatus m_health;
    bool m_recorderAvailable = true;
    std::function<QStringList()> m_preflightCheck;
    QLabel *m_indicator = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_disk = nullptr;
    QLabel *m_overruns = nullptr;
    QLabel *m_dropped = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_recess = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_stop = nullptr;
    QAction *m_recordAction = nullptr;
    QAction *m_recessAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_stopAction = nullptr;
};

} // namespace hattama::ui
