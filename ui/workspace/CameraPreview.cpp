#include "workspace/CameraPreview.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>

namespace hattama::ui {

CameraPreview::CameraPreview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cameraPreview"));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setMinimumSize(160, 94);
    m_elapsed.start();
    m_clock = [this] { return m_elapsed.elapsed(); };
    retranslateUi();
}

void CameraPreview::setCameraName(const QString &name)
{
    m_name = name;
    setAccessibleName(name);
    update();
}

void CameraPreview::setPreviewFps(int fps)
{
    m_intervalMs = 1000 / std::clamp(fps, 1, 30);
}

void CameraPreview::setClock(std::function<qint64()> msNow)
{
    m_clock = std::move(msNow);
}

bool CameraPreview::offerFrame(const QImage &frame)
{
    if (frame.isNull())
        return false;
    const qint64 now = m_clock();
    // A tenth of slack: pictures published at the preview rate arrive with timer jitter.
    if (m_lastShownMs >= 0 && now - m_lastShownMs < m_intervalMs - m_intervalMs / 10) {
        ++m_skipped;
        return false;
    }
    m_lastShownMs = now;
    m_frame = frame; // implicitly shared: no copy of the pixels here
    m_frozen = false;
    ++m_shown;
    update();
    return true;
}

void CameraPreview::setStatus(const CameraHealth &status, const QImage &frame)
{
    if (!status.name.isEmpty() && status.name != m_name)
        setCameraName(status.name);
    if (!frame.isNull())
        offerFrame(frame);
    if (status.framesCaptured == 0)
        clearFrame();
    const bool frozen = status.frozen || !status.connected;
    if (frozen != m_frozen) {
        m_frozen = frozen;
        update();
    }
}

void CameraPreview::clearFrame()
{
    if (m_frame.isNull())
        return;
    m_frame = QImage();
    update();
}

void CameraPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CameraPreview::retranslateUi()
{
    m_noSignalText = tr("No signal");
    m_frozenText = tr("Picture frozen");
    update();
}

void CameraPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area = rect();
    painter.fillRect(area, Qt::black);
    QRect picture = area;
    if (!m_frame.isNull()) {
        const QSize scaled = m_frame.size().scaled(area.size(), Qt::KeepAspectRatio);
        picture = QRect(QPoint(0, 0), scaled);
        picture.moveCenter(area.center());
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        painter.drawImage(picture, m_frame);
    } else {
        // The no-signal picture: grey with diagonal stripes, unmistakably not a camera image.
        painter.fillRect(area, QColor(0x3a, 0x3a, 0x3a));
        painter.setPen(QPen(QColor(0x4a, 0x4a, 0x4a), 8));
        for (int x = -area.height(); x < area.width(); x += 24)
            painter.drawLine(x, area.height(), x + area.height(), 0);
    }
    const bool problem = m_frame.isNull() || m_frozen;
    if (problem) {
        QFont big = font();
        big.setBold(true);
        big.setPointSizeF(big.pointSizeF() * 1.3);
        painter.setFont(big);
        const QString text = m_frame.isNull() ? m_noSignalText : m_frozenText;
        const QRect box = painter.fontMetrics().boundingRect(text).adjusted(-10, -6, 10, 6);
        QRect centred = box;
        centred.moveCenter(area.center());
        painter.fillRect(centred, QColor(0xb0, 0x10, 0x10));
        painter.setPen(Qt::white);
        painter.drawText(centred, Qt::AlignCenter, text);
        painter.setFont(font());
    }
    // The camera's name in a strip at the bottom.
    const int strip = painter.fontMetrics().height() + 4;
    const QRect nameRect(area.left(), area.bottom() - strip + 1, area.width(), strip);
    painter.fillRect(nameRect, QColor(0, 0, 0, 160));
    painter.setPen(Qt::white);
    painter.drawText(nameRect.adjusted(6, 0, -6, 0), Qt::AlignLeft | Qt::AlignVCenter,
        painter.fontMetrics().elidedText(m_name, Qt::ElideRight, nameRect.width() - 12));
}

} // namespace hattama::ui
