#pragma once

#include <QImage>
#include <QWidget>

namespace hattama::ui {

// One camera of the player: its picture as large as the tile allows (proportions kept, black
// around it), its name in the corner. A click asks to enlarge it (or to go back to the grid).
class PlayerCameraView : public QWidget {
    Q_OBJECT
public:
    explicit PlayerCameraView(int camera, QWidget *parent = nullptr);

    int camera() const { return m_camera; }
    void setCameraName(const QString &name);
    QString cameraName() const { return m_name; }
    void setPicture(const QImage &picture, qint64 hearingMs);
    const QImage &picture() const { return m_picture; }
    qint64 pictureHearingMs() const { return m_pictureMs; }
    // Where the picture goes in a tile of this size (its proportions kept).
    QRect pictureRect(QSize pictureSize) const;

    QSize sizeHint() const override { return { 320, 180 }; }
    QSize minimumSizeHint() const override { return { 96, 54 }; }

signals:
    void clicked(int camera);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    int m_camera = 0;
    QString m_name;
    QImage m_picture;
    qint64 m_pictureMs = -1;
};

} // namespace hattama::ui
