#include "review/MicrophoneStrip.h"

#include "common/LevelMeter.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>

#include <cmath>

namespace hattama::ui {

namespace {
constexpr int kGainMaxPercent = 400;
}

MicrophoneStrip::MicrophoneStrip(int microphone, const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_microphone(microphone)
    , m_name(name)
    , m_meter(new LevelMeter(this))
    , m_mute(new QToolButton(this))
    , m_solo(new QToolButton(this))
    , m_gain(new QSlider(Qt::Horizontal, this))
    , m_gainText(new QLabel(this))
{
    setObjectName(QStringLiteral("playerMicrophone%1").arg(microphone));
    m_mute->setObjectName(QStringLiteral("mute"));
    m_solo->setObjectName(QStringLiteral("solo"));
    m_gain->setObjectName(QStringLiteral("gain"));
    m_meter->setLabel(QStringLiteral("%1. %2").arg(microphone).arg(name));
    for (QToolButton *button : { m_mute, m_solo }) {
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::TabFocus);
    }
    m_gain->setRange(0, kGainMaxPercent);
    m_gain->setValue(100);
    m_gain->setPageStep(25);
    m_gain->setFocusPolicy(Qt::TabFocus);
    m_gainText->setMinimumWidth(m_gainText->fontMetrics().horizontalAdvance(QStringLiteral("400 %")));
    m_gainText->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setVerticalSpacing(1);
    layout->addWidget(m_meter, 0, 0, 1, 4);
    layout->addWidget(m_mute, 1, 0);
    layout->addWidget(m_solo, 1, 1);
    layout->addWidget(m_gain, 1, 2);
    layout->addWidget(m_gainText, 1, 3);
    layout->setColumnStretch(2, 1);

    connect(m_mute, &QToolButton::toggled, this, &MicrophoneStrip::changed);
    connect(m_solo, &QToolButton::toggled, this, &MicrophoneStrip::changed);
    connect(m_gain, &QSlider::valueChanged, this, [this] {
        updateGainText();
        emit changed();
    });
    updateGainText();
    retranslateUi();
}

bool MicrophoneStrip::isMuted() const
{
    return m_mute->isChecked();
}

bool MicrophoneStrip::isSoloed() const
{
    return m_solo->isChecked();
}

double MicrophoneStrip::gain() const
{
    return m_gain->value() / 100.0;
}

void MicrophoneStrip::setMuted(bool muted)
{
    const QSignalBlocker blocker(m_mute);
    m_mute->setChecked(muted);
}

void MicrophoneStrip::setSoloed(bool soloed)
{
    const QSignalBlocker blocker(m_solo);
    m_solo->setChecked(soloed);
}

void MicrophoneStrip::setGain(double gain)
{
    const QSignalBlocker blocker(m_gain);
    m_gain->setValue(int(std::lround(gain * 100.0)));
    updateGainText();
}

void MicrophoneStrip::setLevel(const ChannelLevel &level)
{
    m_meter->setLevel(level);
}

void MicrophoneStrip::updateGainText()
{
    m_gainText->setText(QStringLiteral("%1 %").arg(m_gain->value()));
}

void MicrophoneStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MicrophoneStrip::retranslateUi()
{
    //: button: do not hear this microphone
    m_mute->setText(tr("Mute"));
    //: button: hear only this microphone (and the other soloed ones)
    m_solo->setText(tr("Solo"));
    //: %1 microphone number and name
    m_mute->setToolTip(tr("Do not hear microphone %1").arg(m_meter->label()));
    m_solo->setToolTip(tr("Hear only microphone %1 (and the others marked Solo)").arg(m_meter->label()));
    m_gain->setToolTip(tr("Loudness of microphone %1").arg(m_meter->label()));
    m_gain->setAccessibleName(tr("Loudness of microphone %1").arg(m_meter->label()));
}

} // namespace hattama::ui
