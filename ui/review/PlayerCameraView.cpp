#include "review/PlayerCameraView.h"

#include <QMouseEvent>
#include <QPainter>

namespace hattama::ui {

PlayerCameraView::PlayerCameraView(int camera, QWidget *parent)
    : QWidget(parent)
    , m_camera(camera)
{
    setObjectName(QStringLiteral("playerCamera%1").arg(camera + 1));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setCursor(Qt::PointingHandCursor);
}

void PlayerCameraView::setCameraName(const QString &name)
{
    m_name = name;
    setAccessibleName(name);
    update();
}

void PlayerCameraView::setPicture(const QImage &picture, qint64 hearingMs)
{
    m_picture = picture;
    m_pictureMs = hearingMs;
    update();
}

QRect PlayerCameraView::pictureRect(QSize pictureSize) const
{
    if (pictureSize.isEmpty())
        return rect();
    const QSize fitted = pictureSize.scaled(size(), Qt::KeepAspectRatio);
    return QRect(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
}

void PlayerCameraView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    if (!m_picture.isNull())
        painter.drawImage(pictureRect(m_picture.size()), m_picture);
    if (m_name.isEmpty())
        return;
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    // In the picture's lower left corner, on a dark band so that it reads on any picture.
    const QRect picture = m_picture.isNull() ? rect() : pictureRect(m_picture.size());
    const QRect label(picture.left() + 4, picture.bottom() - metrics.height() - 6,
        metrics.horizontalAdvance(m_name) + 12, metrics.height() + 4);
    painter.fillRect(label, QColor(0, 0, 0, 170));
    painter.setPen(Qt::white);
    painter.drawText(label, Qt::AlignCenter, m_name);
}

void PlayerCameraView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit clicked(m_camera);
    QWidget::mousePressEvent(event);
}

} // namespace hattama::ui
