#include "review/PlayerTimeline.h"

#include "playback/PlaybackTime.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace hattama::ui {

namespace {
constexpr int kMarkerBand = 14; // entry markers above the lanes
constexpr int kLaneHeight = 7;
constexpr int kLaneGap = 2;
constexpr int kMargin = 4;
constexpr int kMarkerHitPx = 4;
} // namespace

PlayerTimeline::PlayerTimeline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("playerTimeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
}

void PlayerTimeline::setTimeline(const HearingTimeline &timeline)
{
    m_timeline = timeline;
    m_activity.clear();
    for (int i = 0; i < m_timeline.microphones().size(); ++i)
        m_activity.append(QList<QPair<qint64, qint64>>());
    updateGeometry();
    update();
}

void PlayerTimeline::setPosition(qint64 hearingMs)
{
    if (hearingMs == m_positionMs)
        return;
    m_positionMs = hearingMs;
    update();
}

void PlayerTimeline::setActivity(int microphone, const QList<QPair<qint64, qint64>> &stretches)
{
    if (microphone < 1 || microphone > m_activity.size())
        return;
    m_activity[microphone - 1] = stretches;
    update();
}

QSize PlayerTimeline::sizeHint() const
{
    const int lanes = std::max(1, int(m_timeline.microphones().size()));
    return { 600, kMargin * 2 + kMarkerBand + lanes * (kLaneHeight + kLaneGap) };
}

QSize PlayerTimeline::minimumSizeHint() const
{
    return { 200, sizeHint().height() };
}

QRect PlayerTimeline::track() const
{
    return rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
}

int PlayerTimeline::laneTop(int lane) const
{
    return track().top() + kMarkerBand + lane * (kLaneHeight + kLaneGap);
}

int PlayerTimeline::xForTime(qint64 hearingMs) const
{
    const QRect area = track();
    const qint64 span = std::max<qint64>(1, m_timeline.endMs() - m_timeline.startMs());
    const double fraction = double(hearingMs - m_timeline.startMs()) / double(span);
    return area.left() + int(std::clamp(fraction, 0.0, 1.0) * (area.width() - 1));
}

qint64 PlayerTimeline::timeAt(int x) const
{
    const QRect area = track();
    const double fraction = std::clamp(double(x - area.left()) / std::max(1, area.width() - 1), 0.0, 1.0);
    return m_timeline.startMs() + qint64(fraction * double(m_timeline.endMs() - m_timeline.startMs()));
}

void PlayerTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area = track();
    painter.fillRect(rect(), palette().base());
    const int lanes = int(m_timeline.microphones().size());
    const QRect body(area.left(), laneTop(0), area.width(), std::max(1, lanes) * (kLaneHeight + kLaneGap) - kLaneGap);
    painter.fillRect(body, QColor(0xe8, 0xee, 0xf4));
    // Recesses: hatched, nothing to play.
    for (const TimelineGap &gap : m_timeline.gaps()) {
        const int left = xForTime(gap.startMs);
        const QRect gapRect(left, area.top(), std::max(2, xForTime(gap.endMs) - left), area.height());
        painter.fillRect(gapRect, QBrush(QColor(0x9e, 0x9e, 0x9e), Qt::BDiagPattern));
    }
    // Speech per microphone.
    for (int lane = 0; lane < lanes; ++lane) {
        const QColor colour = QColor::fromHsv((lane * 67) % 360, 140, 200);
        for (const auto &stretch : m_activity.value(lane)) {
            const int left = xForTime(stretch.first);
            painter.fillRect(QRect(left, laneTop(lane), std::max(1, xForTime(stretch.second) - left), kLaneHeight), colour);
        }
    }
    // Entries.
    painter.setPen(QPen(QColor(0x1e, 0x5a, 0xa8), 2));
    for (const TimelineEntry &entry : m_timeline.entries()) {
        const int x = xForTime(entry.hearingTimeMs);
        painter.drawLine(x, area.top(), x, area.top() + kMarkerBand - 3);
    }
    // Now.
    const int x = xForTime(m_positionMs);
    painter.setPen(QPen(QColor(0xc6, 0x28, 0x28), 2));
    painter.drawLine(x, area.top(), x, area.bottom());
    painter.setPen(palette().mid().color());
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
}

void PlayerTimeline::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    // A click on an entry's marker goes to the entry exactly.
    const int x = int(event->position().x());
    if (event->position().y() < track().top() + kMarkerBand)
        for (const TimelineEntry &entry : m_timeline.entries())
            if (std::abs(xForTime(entry.hearingTimeMs) - x) <= kMarkerHitPx) {
                emit seekRequested(entry.hearingTimeMs);
                return;
            }
    emit seekRequested(timeAt(x));
}

void PlayerTimeline::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        emit seekRequested(timeAt(int(event->position().x())));
}

bool PlayerTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        QString text = formatHearingTime(timeAt(help->pos().x()));
        for (const TimelineEntry &entry : m_timeline.entries())
            if (std::abs(xForTime(entry.hearingTimeMs) - help->pos().x()) <= kMarkerHitPx)
                text = formatHearingTime(entry.hearingTimeMs) + QStringLiteral("  ") + entry.text;
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace hattama::ui
