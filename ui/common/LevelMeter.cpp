#include "common/LevelMeter.h"

#include <QEvent>
#include <QFontMetrics>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace hattama::ui {

namespace {
constexpr float kWarnDbfs = -12.0f;
constexpr float kHotDbfs = -3.0f;
} // namespace

LevelMeter::LevelMeter(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("levelMeter"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    retranslateUi();
}

void LevelMeter::setLabel(const QString &label)
{
    if (label == m_label)
        return;
    m_label = label;
    updateAccessibleText();
    update();
}

void LevelMeter::setLevel(const ChannelLevel &level)
{
    const bool signalChanged = level.noSignal != m_level.noSignal;
    // The count of clipped samples grew since the last level: a sample reached full scale.
    const bool clipping = level.clippedSamples > m_level.clippedSamples;
    m_level = level;
    if (clipping && !m_clipLatched)
        m_clipLatched = true;
    if (signalChanged || clipping)
        updateAccessibleText();
    update();
}

void LevelMeter::resetClip()
{
    if (!m_clipLatched)
        return;
    m_clipLatched = false;
    updateAccessibleText();
    update();
    emit clipReset();
}

double LevelMeter::fraction(float dbfs)
{
    return std::clamp((double(dbfs) - kFloorDbfs) / -double(kFloorDbfs), 0.0, 1.0);
}

QSize LevelMeter::sizeHint() const
{
    const QFontMetrics metrics(font());
    return { 240, metrics.height() + 4 + std::max(14, metrics.height()) + 4 };
}

QSize LevelMeter::minimumSizeHint() const
{
    const QFontMetrics metrics(font());
    return { 120, sizeHint().height() };
}

void LevelMeter::mousePressEvent(QMouseEvent *event)
{
    resetClip();
    QWidget::mousePressEvent(event);
}

void LevelMeter::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LevelMeter::retranslateUi()
{
    m_noSignalText = tr("No signal");
    //: short mark on a level meter: the signal reached full scale
    m_clipText = tr("CLIP");
    setToolTip(tr("Peak and average level. A red CLIP mark stays until you click the meter."));
    updateAccessibleText();
    update();
}

void LevelMeter::updateAccessibleText()
{
    QString state = m_level.noSignal ? m_noSignalText : QString();
    if (m_clipLatched)
        state = m_clipText;
    setAccessibleName(state.isEmpty() ? m_label : tr("%1: %2").arg(m_label, state));
}

void LevelMeter::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetrics metrics(font());
    const int labelHeight = metrics.height();
    const QRect labelRect(0, 0, width(), labelHeight);
    const QRect barArea(0, labelHeight + 2, width(), height() - labelHeight - 4);

    // The clip mark sits at the right end of the bar row.
    const int clipWidth = metrics.horizontalAdvance(m_clipText) + 10;
    const QRect clipRect(barArea.right() - clipWidth + 1, barArea.top(), clipWidth, barArea.height());
    const QRect bar = barArea.adjusted(0, 0, -(clipWidth + 4), 0);

    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(
        labelRect, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(m_label, Qt::ElideRight, labelRect.width()));

    painter.fillRect(bar, QColor(0x20, 0x20, 0x20));
    if (m_level.noSignal) {
        painter.fillRect(bar, QColor(0x55, 0x55, 0x55));
        painter.setPen(QColor(0xf0, 0xf0, 0xf0));
        painter.drawText(bar, Qt::AlignCenter, m_noSignalText);
    } else {
        const int rmsWidth = int(bar.width() * fraction(m_level.rmsDbfs));
        const int warnX = int(bar.width() * fraction(kWarnDbfs));
        const int hotX = int(bar.width() * fraction(kHotDbfs));
        auto fillSpan = [&](int from, int to, const QColor &color) {
            if (to > from)
                painter.fillRect(QRect(bar.left() + from, bar.top(), to - from, bar.height()), color);
        };
        fillSpan(0, std::min(rmsWidth, warnX), QColor(0x2e, 0xa0, 0x43));
        fillSpan(warnX, std::min(rmsWidth, hotX), QColor(0xe0, 0xb0, 0x20));
        fillSpan(hotX, rmsWidth, QColor(0xd0, 0x30, 0x30));
        const int peakX = bar.left() + int(bar.width() * fraction(m_level.peakDbfs));
        painter.fillRect(QRect(std::min(peakX, bar.right() - 1), bar.top(), 2, bar.height()),
            m_level.peakDbfs >= kHotDbfs ? QColor(0xff, 0x40, 0x40) : QColor(0xf0, 0xf0, 0xf0));
        if (m_level.voiceActive) {
            // A small lit dot at the left: this microphone hears speech now.
            painter.setBrush(QColor(0x7c, 0xff, 0x8a));
            painter.setPen(Qt::NoPen);
            const int d = std::max(6, bar.height() / 2);
            painter.drawEllipse(QRect(bar.left() + 3, bar.center().y() - d / 2, d, d));
        }
        // Scale ticks every 12 dB.
        painter.setPen(QColor(0, 0, 0, 120));
        for (float db = kFloorDbfs + 12; db < 0; db += 12) {
            const int x = bar.left() + int(bar.width() * fraction(db));
            painter.drawLine(x, bar.top(), x, bar.bottom());
        }
    }

    if (m_clipLatched) {
        painter.fillRect(clipRect, QColor(0xd0, 0x10, 0x10));
        painter.setPen(Qt::white);
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.drawText(clipRect, Qt::AlignCenter, m_clipText);
    }
}

} // namespace hattama::ui
