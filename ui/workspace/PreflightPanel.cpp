#include "workspace/PreflightPanel.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace hattama::ui {

namespace {
const QString kMinDiskKey = QStringLiteral("recording/minDiskHours");
} // namespace

PreflightPanel::PreflightPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("preflightPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("preflightSummary"));
    m_summary->setWordWrap(true);
    m_list = new QWidget(this);
    m_listLayout = new QVBoxLayout(m_list);
    m_listLayout->setContentsMargins(0, 0, 0, 0);

    auto *settingsRow = new QHBoxLayout;
    m_minDiskLabel = new QLabel(this);
    m_minDisk = new QDoubleSpinBox(this);
    m_minDisk->setObjectName(QStringLiteral("minDiskHours"));
    m_minDisk->setRange(0.5, 100.0);
    m_minDisk->setDecimals(1);
    m_minDisk->setSingleStep(1.0);
    m_minDisk->setValue(QSettings().value(kMinDiskKey, kDefaultMinDiskHours).toDouble());
    m_minDiskLabel->setBuddy(m_minDisk);
    connect(m_minDisk, &QDoubleSpinBox::valueChanged, this, [this](double hours) {
        QSettings().setValue(kMinDiskKey, hours);
        rebuild();
    });
    m_recheck = new QPushButton(this);
    m_recheck->setObjectName(QStringLiteral("preflightRecheck"));
    connect(m_recheck, &QPushButton::clicked, this, &PreflightPanel::recheckRequested);
    settingsRow->addWidget(m_minDiskLabel);
    settingsRow->addWidget(m_minDisk);
    settingsRow->addStretch(1);
    settingsRow->addWidget(m_recheck);

    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    layout->addLayout(settingsRow);
    layout->addStretch(1);
    retranslateUi();
}

double PreflightPanel::minDiskHours() const
{
    return m_minDisk->value();
}

void PreflightPanel::setMinDiskHours(double hours)
{
    m_minDisk->setValue(hours);
}

void PreflightPanel::setInput(const PreflightInput &input)
{
    m_input = input;
    rebuild();
}

void PreflightPanel::setDiskHoursLeft(double hours)
{
    // Rebuilt only when the disk line changes (the figure is shown to a tenth of an hour).
    const auto shown = [this](double value) {
        return value < 0 ? QStringLiteral("unknown")
            : value < minDiskHours() ? QString::number(value, 'f', 1)
                                     : QStringLiteral("enough");
    };
    const bool changed = shown(hours) != shown(m_input.diskHoursLeft);
    m_input.diskHoursLeft = hours;
    if (changed)
        rebuild();
}

void PreflightPanel::setAcknowledged(int microphone, bool acknowledged)
{
    if (acknowledged)
        m_acknowledged.insert(microphone);
    else
        m_acknowledged.remove(microphone);
    rebuild();
}

QCheckBox *PreflightPanel::acknowledgeBox(int microphone) const
{
    return m_ackBoxes.value(microphone);
}

QVector<PreflightPanel::Issue> PreflightPanel::issues() const
{
    QVector<Issue> list;
    for (int i = 0; i < m_input.microphones.size(); ++i) {
        const PreflightInput::Microphone &mic = m_input.microphones.at(i);
        if (!mic.mapped || mic.hasSignal)
            continue;
        list.append({ tr("Microphone “%1” has no signal.").arg(mic.label),
            tr("Check that it is switched on and plugged in, then speak into it. If nobody "
               "sits there yet, tick “Record without it”."),
            i });
    }
    for (const PreflightInput::Camera &camera : m_input.cameras) {
        if (camera.framesDelivered > 0)
            continue;
        list.append({ tr("Camera “%1” delivers no picture.").arg(camera.name),
            tr("Check its cable and power, or choose another camera on the setup page."), -1 });
    }
    const QLocale locale;
    if (m_input.diskHoursLeft < 0) {
        list.append({ tr("The free disk space is unknown."),
            tr("Check that the archive folder exists and is reachable."), -1 });
    } else if (m_input.diskHoursLeft < minDiskHours()) {
        list.append({ tr("The disk holds only %1 hours of recording; %2 are required.")
                          .arg(locale.toString(m_input.diskHoursLeft, 'f', 1), locale.toString(minDiskHours(), 'f', 1)),
            tr("Free space in the archive folder or ask the court's IT staff to move old hearings "
               "to the server."),
            -1 });
    }
    return list;
}

QStringList PreflightPanel::failures() const
{
    QStringList texts;
    for (const Issue &issue : issues())
        if (issue.microphone < 0 || !m_acknowledged.contains(issue.microphone))
            texts << issue.problem;
    return texts;
}

void PreflightPanel::rebuild()
{
    while (QLayoutItem *item = m_listLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_ackBoxes.fill(nullptr, m_input.microphones.size());
    const QVector<Issue> list = issues();
    for (const Issue &issue : list) {
        const bool acknowledged = issue.microphone >= 0 && m_acknowledged.contains(issue.microphone);
        auto *row = new QWidget(m_list);
        auto *rowLayout = new QVBoxLayout(row);
        rowLayout->setContentsMargins(0, 2, 0, 6);
        auto *label = new QLabel(row);
        label->setObjectName(QStringLiteral("preflightIssue"));
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        const QString color = acknowledged ? QStringLiteral("#806000") : QStringLiteral("#c00000");
        label->setText(QStringLiteral("<b style=\"color:%1\">✖ %2</b><br>%3")
                           .arg(color, issue.problem.toHtmlEscaped(), issue.action.toHtmlEscaped()));
        rowLayout->addWidget(label);
        if (issue.microphone >= 0) {
            auto *box = new QCheckBox(tr("Record without it"), row);
            box->setObjectName(QStringLiteral("preflightAck_%1").arg(issue.microphone));
            box->setChecked(acknowledged);
            const int mic = issue.microphone;
            connect(box, &QCheckBox::toggled, this, [this, mic](bool on) {
                // Rebuilding destroys the box that sent this; do it after the signal returns.
                QMetaObject::invokeMethod(
                    this, [this, mic, on] { setAcknowledged(mic, on); }, Qt::QueuedConnection);
            });
            m_ackBoxes[issue.microphone] = box;
            rowLayout->addWidget(box);
        }
        m_listLayout->addWidget(row);
    }
    const bool ok = failures().isEmpty();
    m_summary->setText(ok ? tr("<b style=\"color:#1a7f37\">✔ Ready to record.</b>")
                          : tr("<b style=\"color:#c00000\">Not ready. Problems found: %1.</b>").arg(failures().size()));
    emit resultChanged(ok);
}

void PreflightPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PreflightPanel::retranslateUi()
{
    m_title->setText(tr("Pre-flight check"));
    m_minDiskLabel->setText(tr("Required free disk:"));
    //: unit after a number of hours in a spin box
    m_minDisk->setSuffix(tr(" h"));
    m_recheck->setText(tr("Check again"));
    rebuild();
}

} // namespace hattama::ui
