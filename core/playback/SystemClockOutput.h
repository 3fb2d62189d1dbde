#pragma once

#include "playback/PlaybackOutput.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>

class QIODevice;
class QTimer;

namespace hattama {

// The player's clock when there is no sound device: every few milliseconds it pulls as many
// frames as the system clock says have passed (fewer when the decoder lags: the clock then
// waits for the sound rather than running ahead of it). What it pulls goes to the tap when one
// is set (the tests listen there), else nowhere. Runs on the thread it lives on (event loop).
class SystemClockOutput : public QObject, public PlaybackOutput {
    Q_OBJECT
public:
    explicit SystemClockOutput(QObject *parent = nullptr);
    ~SystemClockOutput() override;

    using Tap = std::function<void(const float *samples, qint64 frames)>;
    void setTap(Tap tap) { m_tap = std::move(tap); }

    bool start(QIODevice *source, int sampleRateHz) override;
    void stop() override;
    void setPaused(bool paused) override;
    qint64 heardFrames() const override { return m_heardFrames; }
    bool isSystemClock() const override { return true; }

private:
    void onTick();

    QPointer<QIODevice> m_source;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_sinceTick;
    int m_rateHz = 48'000;
    qint64 m_heardFrames = 0;
    double m_owedFrames = 0.0; // frames the clock has passed but the source could not give yet
    bool m_paused = false;
    Tap m_tap;
};

} // namespace hattama
