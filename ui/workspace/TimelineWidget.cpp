#include "workspace/TimelineWidget.h"

#include "workspace/EntryListModel.h"
#include "workspace/RecordingControlBar.h"

#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace hattama::ui {

namespace {
constexpr double kZoomStep = 1.5;
constexpr int kNowMarginPx = 24;

QColor kindColor(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Note:
    case EntryKind::SpeakerChange:
        return { 0x15, 0x65, 0xc0 };
    case EntryKind::ProceduralEvent:
    case EntryKind::RecessStart:
    case EntryKind::RecessEnd:
        return { 0x6a, 0x1b, 0x9a };
    case EntryKind::Marker:
        return { 0xef, 0x6c, 0x00 };
    case EntryKind::OffRecordStart:
    case EntryKind::OffRecordEnd:
        return { 0x42, 0x42, 0x42 };
    case EntryKind::SealedStart:
    case EntryKind::SealedEnd:
        return { 0xad, 0x14, 0x57 };
    default: // any other kind (recording events …)
        return Qt::black;
    }
}
} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timeline"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    retranslateUi();
}

void TimelineWidget::setModel(EntryListModel *model)
{
    m_model = model;
    const auto repaint = [this] { update(); };
    connect(model, &QAbstractItemModel::rowsInserted, this, repaint);
    connect(model, &QAbstractItemModel::rowsRemoved, this, repaint);
    connect(model, &QAbstractItemModel::dataChanged, this, repaint);
    connect(model, &QAbstractItemModel::modelReset, this, repaint);
    update();
}

void TimelineWidget::setChannelLabels(const QStringList &labels)
{
    m_labels = labels;
    m_speech.resize(labels.size());
    m_speaking.resize(labels.size());
    update();
}

void TimelineWidget::appendLevels(qint64 nowMs, const QVector<ChannelLevel> &levels)
{
    if (m_speech.size() < levels.size()) {
        m_speech.resize(levels.size());
        m_speaking.resize(levels.size());
    }
    const qint64 from = m_lastSnapshotMs < 0 ? nowMs : m_lastSnapshotMs;
    for (int i = 0; i < levels.size(); ++i) {
        const bool speaking = levels.at(i).voiceActive && !levels.at(i).noSignal;
        auto &intervals = m_speech[i];
        if (speaking) {
            if (m_speaking[i] && !intervals.isEmpty())
                intervals.last().second = nowMs;
            else
                intervals.append({ from, std::max(from, nowMs) });
        }
        m_speaking[i] = speaking;
    }
    m_lastSnapshotMs = nowMs;
    setNow(nowMs);
}

void TimelineWidget::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    update();
}

void TimelineWidget::setMsPerPixel(double msPerPixel)
{
    const double clamped = std::clamp(msPerPixel, kMinMsPerPixel, kMaxMsPerPixel);
    if (clamped == m_msPerPixel)
        return;
    m_msPerPixel = clamped;
    emit zoomChanged(m_msPerPixel);
    update();
}

void TimelineWidget::zoomIn()
{
    setMsPerPixel(m_msPerPixel / kZoomStep);
}

void TimelineWidget::zoomOut()
{
    setMsPerPixel(m_msPerPixel * kZoomStep);
}

int TimelineWidget::labelWidth() const
{
    return std::min(160, std::max(90, width() / 5));
}

int TimelineWidget::rulerHeight() const
{
    return fontMetrics().height() + 6;
}

int TimelineWidget::xForTime(qint64 ms) const
{
    const int right = width() - kNowMarginPx;
    return right - int(std::llround(double(m_nowMs - ms) / m_msPerPixel));
}

qint64 TimelineWidget::entryAt(int x) const
{
    if (!m_model)
        return 0;
    qint64 best = 0;
    int bestDistance = 5;
    for (const TimelineEntry &entry : m_model->entries()) {
        const int distance = std::abs(xForTime(entry.hearingTimeMs) - x);
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = entry.id;
        }
    }
    return best;
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    QWidget::wheelEvent(event);
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const qint64 id = entryAt(int(event->position().x()));
    if (id > 0)
        emit entryClicked(id);
    QWidget::mousePressEvent(event);
}

void TimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TimelineWidget::retranslateUi()
{
    setToolTip(tr("Speech per microphone and the entries. Zoom: Ctrl+wheel, + and -."));
    setAccessibleName(tr("Timeline"));
    update();
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const int left = labelWidth();
    const int ruler = rulerHeight();
    const int markerStrip = fontMetrics().height() + 8;
    const int lanesTop = ruler + markerStrip;
    const int lanes = std::max<qsizetype>(1, m_labels.size());
    const int laneHeight = std::max(16, (height() - lanesTop - 4) / int(lanes));

    // Ruler: a tick at a round step that leaves ~100 px between labels.
    static const qint64 kSteps[] = { 1'000, 2'000, 5'000, 10'000, 15'000, 30'000, 60'000, 120'000, 300'000, 600'000,
        900'000, 1'800'000, 3'600'000, 7'200'000 };
    qint64 step = kSteps[std::size(kSteps) - 1];
    for (qint64 candidate : kSteps)
        if (candidate / m_msPerPixel >= 100) {
            step = candidate;
            break;
        }
    painter.fillRect(QRect(0, 0, width(), ruler), pal.color(QPalette::AlternateBase));
    const qint64 firstVisible = m_nowMs - qint64((width() - kNowMarginPx - left) * m_msPerPixel);
    qint64 tick = std::max<qint64>(0, firstVisible - firstVisible % step);
    painter.setPen(pal.color(QPalette::Mid));
    for (; tick <= m_nowMs + step; tick += step) {
        const int x = xForTime(tick);
        if (x < left || x > width())
            continue;
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawLine(x, ruler - 4, x, height());
        const QString text = RecordingControlBar::formatHearingTime(tick);
        if (x + 3 + fontMetrics().horizontalAdvance(text) > width())
            continue; // no half-cut labels at the right edge
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QRect(x + 3, 0, 100, ruler), Qt::AlignLeft | Qt::AlignVCenter, text);
    }

    // Lanes with speech activity.
    for (int lane = 0; lane < m_labels.size(); ++lane) {
        const QRect laneRect(left, lanesTop + lane * laneHeight, width() - left, laneHeight - 2);
        painter.fillRect(laneRect, lane % 2 ? pal.color(QPalette::AlternateBase) : pal.color(QPalette::Base));
        const QColor speech(0x2e, 0xa0, 0x43);
        for (const auto &interval : m_speech.value(lane)) {
            const int x1 = std::max(left, xForTime(interval.first));
            const int x2 = std::max(x1 + 2, xForTime(interval.second));
            if (x2 < left)
                continue;
            painter.fillRect(QRect(x1, laneRect.top() + 3, x2 - x1, laneRect.height() - 6), speech);
        }
        painter.setPen(pal.color(QPalette::Text));
        const QRect labelRect(4, laneRect.top(), left - 8, laneRect.height());
        // Role and name on separate lines when the lane is tall enough; elided otherwise.
        const QString label = m_labels.at(lane);
        const QRect needed = fontMetrics().boundingRect(labelRect, Qt::TextWordWrap, label);
        if (needed.height() <= labelRect.height() && needed.width() <= labelRect.width())
            painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, label);
        else
            painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                fontMetrics().elidedText(label, Qt::ElideRight, labelRect.width()));
    }
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(left - 1, ruler, left - 1, height());

    // Entries as markers: a line through the lanes and a flag on top.
    if (m_model) {
        for (const TimelineEntry &entry : m_model->entries()) {
            const int x = xForTime(entry.hearingTimeMs);
            if (x < left || x > width())
                continue;
            const QColor color = kindColor(entry.kind);
            painter.setPen(QPen(color, 2));
            painter.drawLine(x, ruler + 2, x, height());
            QPolygon flag;
            flag << QPoint(x, ruler + 2) << QPoint(x + 9, ruler + 6) << QPoint(x, ruler + 10);
            painter.setBrush(color);
            painter.drawPolygon(flag);
        }
    }

    // "Now".
    const int nowX = xForTime(m_nowMs);
    painter.setPen(QPen(QColor(0xd5, 0x00, 0x00), 2));
    painter.drawLine(nowX, 0, nowX, height());
}

} // namespace hattama::ui
