#pragma once

#include <QSet>
#include <QVector>
#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace hattama::ui {

// What the pre-flight check looks at, filled from the setup page's devices.
struct PreflightInput {
    struct Microphone {
        QString label; // channel and participant, as the secretary knows it
        bool mapped = false; // only mapped microphones must have signal
        bool hasSignal = false; // a level above the noise floor was seen since setup opened
    };
    struct Camera {
        QString name;
        qint64 framesDelivered = 0;
    };
    QVector<Microphone> microphones;
    QVector<Camera> cameras;
    double diskHoursLeft = -1.0; // < 0: unknown
};

// Pre-flight check before Record: every mapped microphone has signal (or the secretary
// acknowledged it), every camera delivers frames, the disk holds the configured number of
// hours. Each failure is shown in red with what to do.
class PreflightPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr double kDefaultMinDiskHours = 8.0;

    explicit PreflightPanel(QWidget *parent = nullptr);

    void setInput(const PreflightInput &input);
    // The disk monitor's latest figure (negative: unknown); the disk line follows it at once.
    void setDiskHoursLeft(double hours);
    // The texts of the failures still standing (acknowledged microphones are not failures).
    QStringList failures() const;
    bool passed() const { return failures().isEmpty(); }

    // A silent microphone the secretary accepts (e.g. a witness not yet seated).
    void setAcknowledged(int microphone, bool acknowledged);
    QCheckBox *acknowledgeBox(int microphone) const;

    // Required free disk in hours; kept in QSettings ("recording/minDiskHours").
    double minDiskHours() const;
    void setMinDiskHours(double hours);

signals:
    void recheckRequested();
    void resultChanged(bool passed);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Issue {
        QString problem;
        QString action;
        int microphone = -1; // >= 0 for a microphone that may be acknowledged
    };
    void retranslateUi();
    void rebuild();
    QVector<Issue> issues() const;

    PreflightInput m_input;
    QSet<int> m_acknowledged;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_minDiskLabel = nullptr;
    QDoubleSpinBox *m_minDisk = nullptr;
    QPushButton *m_recheck = nullptr;
    QWidget *m_list = nullptr;
    QVBoxLayout *m_listLayout = nullptr;
    QVector<QCheckBox *> m_ackBoxes; // indexed by microphone; null when it passed
};

} // namespace hattama::ui
