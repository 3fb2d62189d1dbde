#include "workspace/RecordingControlBar.h"

#include "common/WindowShortcut.h"

#include "common/ConfirmDialog.h"

#include "playback/PlaybackTime.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace hattama::ui {

namespace {

QPushButton *bigButton(QWidget *parent, const QString &objectName, const QString &style)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    QFont font = button->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    button->setFont(font);
    button->setMinimumHeight(QFontMetrics(font).height() * 2 + 8);
    button->setMinimumWidth(QFontMetrics(font).height() * 6);
    button->setStyleSheet(style);
    return button;
}

} // namespace

RecordingControlBar::RecordingControlBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("recordingControlBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    m_indicator = new QLabel(this);
    m_indicator->setObjectName(QStringLiteral("recordingIndicator"));
    m_indicator->setAlignment(Qt::AlignCenter);
    QFont indicatorFont = m_indicator->font();
    indicatorFont.setBold(true);
    indicatorFont.setPointSizeF(indicatorFont.pointSizeF() * 1.6);
    m_indicator->setFont(indicatorFont);
    m_indicator->setMinimumWidth(QFontMetrics(indicatorFont).horizontalAdvance(QLatin1Char('M')) * 11);
    m_indicator->setMinimumHeight(QFontMetrics(indicatorFont).height() * 2);

    m_elapsed = new QLabel(this);
    m_elapsed->setObjectName(QStringLiteral("elapsedLabel"));
    QFont elapsedFont = QFont(QStringLiteral("monospace"));
    elapsedFont.setStyleHint(QFont::Monospace);
    elapsedFont.setBold(true);
    elapsedFont.setPointSizeF(m_elapsed->font().pointSizeF() * 1.8);
    m_elapsed->setFont(elapsedFont);

    const QString red = QStringLiteral("QPushButton{background:#c62828;color:white;border-radius:6px;padding:4px 14px}"
                                       "QPushButton:disabled{background:#bdbdbd;color:#eeeeee}"
                                       "QPushButton:focus{border:3px solid #1565c0}");
    const QString amber
        = QStringLiteral("QPushButton{background:#f9a825;color:black;border-radius:6px;padding:4px 14px}"
                         "QPushButton:disabled{background:#bdbdbd;color:#eeeeee}"
                         "QPushButton:focus{border:3px solid #1565c0}");
    const QString green
        = QStringLiteral("QPushButton{background:#2e7d32;color:white;border-radius:6px;padding:4px 14px}"
                         "QPushButton:disabled{background:#bdbdbd;color:#eeeeee}"
                         "QPushButton:focus{border:3px solid #1565c0}");
    const QString dark = QStringLiteral("QPushButton{background:#37474f;color:white;border-radius:6px;padding:4px 14px}"
                                        "QPushButton:disabled{background:#bdbdbd;color:#eeeeee}"
                                        "QPushButton:focus{border:3px solid #1565c0}");
    m_record = bigButton(this, QStringLiteral("recordButton"), red);
    m_recess = bigButton(this, QStringLiteral("recessButton"), amber);
    m_resume = bigButton(this, QStringLiteral("resumeButton"), green);
    m_stop = bigButton(this, QStringLiteral("stopButton"), dark);

    auto *figures = new QVBoxLayout;
    figures->setSpacing(0);
    m_disk = new QLabel(this);
    m_disk->setObjectName(QStringLiteral("diskHoursLabel"));
    m_overruns = new QLabel(this);
    m_overruns->setObjectName(QStringLiteral("overrunsLabel"));
    m_dropped = new QLabel(this);
    m_dropped->setObjectName(QStringLiteral("droppedFramesLabel"));
    figures->addWidget(m_disk);
    figures->addWidget(m_overruns);
    figures->addWidget(m_dropped);

    layout->addWidget(m_indicator);
    layout->addWidget(m_elapsed);
    layout->addSpacing(12);
    layout->addWidget(m_record);
    layout->addWidget(m_recess);
    layout->addWidget(m_resume);
    layout->addWidget(m_stop);
    layout->addSpacing(12);
    layout->addLayout(figures);
    layout->addStretch(1);

    // Shortcuts work anywhere in the workspace window, also while typing a note.
    auto makeAction
        = [this](const QString &name, const QKeySequence &keys) { return addWindowShortcut(this, name, keys); };
    m_recordAction = makeAction(QStringLiteral("recordAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_recessAction = makeAction(QStringLiteral("recessAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_resumeAction = makeAction(QStringLiteral("resumeAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_stopAction = makeAction(QStringLiteral("stopAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_recordAction, &QAction::triggered, this, &RecordingControlBar::requestRecord);
    connect(m_recessAction, &QAction::triggered, this, &RecordingControlBar::requestRecess);
    connect(m_resumeAction, &QAction::triggered, this, &RecordingControlBar::requestResume);
    connect(m_stopAction, &QAction::triggered, this, &RecordingControlBar::requestStop);
    connect(m_record, &QPushButton::clicked, m_recordAction, &QAction::trigger);
    connect(m_recess, &QPushButton::clicked, m_recessAction, &QAction::trigger);
    connect(m_resume, &QPushButton::clicked, m_resumeAction, &QAction::trigger);
    connect(m_stop, &QPushButton::clicked, m_stopAction, &QAction::trigger);

    retranslateUi();
}

QString RecordingControlBar::formatHearingTime(qint64 ms)
{
    return hattama::formatHearingTime(std::max<qint64>(0, ms));
}

void RecordingControlBar::setHealth(const RecordingStatus &health)
{
    m_health = health;
    updateView();
}

QString RecordingControlBar::indicatorText() const
{
    return m_indicator->text();
}

QString RecordingControlBar::elapsedText() const
{
    return m_elapsed->text();
}

void RecordingControlBar::setRecorderAvailable(bool available)
{
    m_recorderAvailable = available;
    retranslateUi();
}

void RecordingControlBar::requestRecord()
{
    if (m_health.state != RecorderState::Idle || !m_recorderAvailable)
        return;
    const QStringList failures = m_preflightCheck ? m_preflightCheck() : QStringList();
    if (!failures.isEmpty()) {
        const QString text = tr("The pre-flight check found problems:\n\n• %1\n\nRecord anyway?")
                                 .arg(failures.join(QStringLiteral("\n• ")));
        if (!ConfirmDialog::ask(window(), tr("Start recording?"), text, tr("Record anyway"), tr("Go back and fix")))
            return;
    }
    emit recordRequested();
}

void RecordingControlBar::requestRecess()
{
    if (m_health.state == RecorderState::Recording)
        emit recessRequested();
}

void RecordingControlBar::requestResume()
{
    if (m_health.state == RecorderState::Recess)
        emit resumeRequested();
}

void RecordingControlBar::requestStop()
{
    if (m_health.state != RecorderState::Recording && m_health.state != RecorderState::Recess)
        return;
    if (!ConfirmDialog::ask(window(), tr("End the hearing recording?"),
            tr("Stopping ends the recording of this hearing. It cannot be continued "
               "afterwards; for a break, use Recess instead.\n\nStop the recording?"),
            tr("Stop recording"), tr("Continue recording")))
        return;
    emit stopRequested();
}

void RecordingControlBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RecordingControlBar::retranslateUi()
{
    m_recordAction->setText(tr("Record"));
    m_recessAction->setText(tr("Recess"));
    m_resumeAction->setText(tr("Resume"));
    m_stopAction->setText(tr("Stop"));
    const QString hint = tr("%1 (%2)");
    auto label = [&](QPushButton *button, QAction *action, const QString &text) {
        button->setText(text);
        button->setMinimumWidth(button->fontMetrics().horizontalAdvance(text) + 48);
        button->setToolTip(hint.arg(action->text(), action->shortcut().toString(QKeySequence::NativeText)));
    };
    //: the big button; ● is a red dot
    label(m_record, m_recordAction, tr("● Record"));
    label(m_recess, m_recessAction, tr("❚❚ Recess"));
    label(m_resume, m_resumeAction, tr("▶ Resume"));
    label(m_stop, m_stopAction, tr("■ Stop"));
    if (!m_recorderAvailable)
        m_record->setToolTip(tr("The recording engine is not available in this build"));
    updateView();
}

void RecordingControlBar::updateView()
{
    const RecorderState state = m_health.state;
    m_record->setVisible(state == RecorderState::Idle);
    m_record->setEnabled(state == RecorderState::Idle && m_recorderAvailable);
    m_recess->setVisible(state == RecorderState::Recording);
    m_resume->setVisible(state == RecorderState::Recess);
    m_stop->setEnabled(state == RecorderState::Recording || state == RecorderState::Recess);
    m_recordAction->setEnabled(state == RecorderState::Idle && m_recorderAvailable);
    m_recessAction->setEnabled(state == RecorderState::Recording);
    m_resumeAction->setEnabled(state == RecorderState::Recess);
    m_stopAction->setEnabled(m_stop->isEnabled());

    QString text;
    QString style;
    switch (state) {
    case RecorderState::Idle:
        text = tr("Not recording");
        style = QStringLiteral("background:#e0e0e0;color:#424242;border-radius:6px;padding:4px");
        break;
    case RecorderState::Recording:
        //: the recording indicator; must be short and loud
        text = tr("● RECORDING");
        style = QStringLiteral("background:#d50000;color:white;border-radius:6px;padding:4px");
        break;
    case RecorderState::Recess:
        text = tr("❚❚ RECESS");
        style = QStringLiteral("background:#ffb300;color:black;border-radius:6px;padding:4px");
        break;
    case RecorderState::Stopped:
    case RecorderState::Failed:
        text = tr("■ Recording ended");
        style = QStringLiteral("background:#37474f;color:white;border-radius:6px;padding:4px");
        break;
    }
    m_indicator->setText(text);
    m_indicator->setStyleSheet(style);
    m_elapsed->setText(formatHearingTime(m_health.hearingTimeMs));
    m_elapsed->setToolTip(tr("Hearing time since the first Record, recesses included"));

    const QLocale locale;
    const QString bad = QStringLiteral("color:#c00000;font-weight:bold");
    if (m_health.diskHoursLeft < 0)
        m_disk->setText(tr("Disk: unknown"));
    else
        //: hours of recording the free disk space still holds
        m_disk->setText(tr("Disk: %1 h left").arg(locale.toString(m_health.diskHoursLeft, 'f', 1)));
    // Red below the disk policy's warn hours (session/DiskPolicy), as `hattama record` warns.
    m_disk->setStyleSheet(m_health.diskWarning ? bad : QString());
    if (m_health.audioLost && state == RecorderState::Recording) {
        m_overruns->setText(tr("NO SOUND: the audio input is lost"));
        m_overruns->setToolTip(tr("Check the audio interface's cable and power. The cameras go on recording; "
                                  "sound is recorded again as soon as the input is back."));
        m_overruns->setStyleSheet(bad);
    } else {
        m_overruns->setText(tr("Audio overruns: %1").arg(m_health.overruns));
        m_overruns->setToolTip(QString());
        m_overruns->setStyleSheet(m_health.overruns > 0 ? bad : QString());
    }
    m_dropped->setText(tr("Dropped frames: %1").arg(m_health.droppedFrames));
    m_dropped->setStyleSheet(m_health.droppedFrames > 0 ? bad : QString());
}

} // namespace hattama::ui
