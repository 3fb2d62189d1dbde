#pragma once

#include "hearing/HearingModel.h"
#include "session/RecordingStatus.h"

#include "capture/CameraSource.h"

#include <QElapsedTimer>
#include <QImage>
#include <QWidget>

#include <functional>

namespace hattama::ui {

// A low-rate camera preview tile. Frames arriving faster than the preview rate are dropped
// at once (never queued, never waited for), so the preview can never slow the recording.
// Without frames it shows a "no signal" picture with the camera's name.
class CameraPreview : public QWidget {
    Q_OBJECT
public:
    static constexpr int kDefaultPreviewFps = 5;

    explicit CameraPreview(QWidget *parent = nullptr);

    void setCameraName(const QString &name);
    QString cameraName() const { return m_name; }
    void setPreviewFps(int fps);
    // The clock deciding when the next frame may be shown (ms); tests pass their own.
    void setClock(std::function<qint64()> msNow);

    // Offers a frame; returns true when it was taken for display, false when dropped.
    bool offerFrame(const QImage &frame);
    // The camera's health and, when there is one, a newer preview picture.
    void setStatus(const CameraHealth &status, const QImage &frame = {});
    // No frames: shows the no-signal picture.
    void clearFrame();

    bool hasSignal() const { return !m_frame.isNull() && !m_frozen; }
    qint64 framesShown() const { return m_shown; }
    qint64 framesSkipped() const { return m_skipped; }

    QSize sizeHint() const override { return { 320, 200 }; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width * 9 / 16 + 4; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_name;
    QImage m_frame;
    bool m_frozen = false;
    int m_intervalMs = 1000 / kDefaultPreviewFps;
    qint64 m_lastShownMs = -1;
    qint64 m_shown = 0;
    qint64 m_skipped = 0;
    std::function<qint64()> m_clock;
    QElapsedTimer m_elapsed;
    QString m_noSignalText;
    QString m_frozenText;
};

} // namespace hattama::ui
