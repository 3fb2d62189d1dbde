#pragma once

#include "playback/PlaybackOutput.h"

#include <QAudioDevice>
#include <QObject>
#include <QPointer>

#include <memory>

class QAudioSink;
class QIODevice;
class QTimer;

namespace hattama::ui {

// The player's sound through Qt Multimedia (QAudioSink, the default output device). The sink
// is fed every few milliseconds with what the engine has decoded (push mode: an empty queue
// leaves the sink waiting, it never plays made-up silence), and the clock is what the sink has
// played: processedUSecs minus what still waits in its buffer.
class SoundCardOutput : public QObject, public PlaybackOutput {
    Q_OBJECT
public:
    explicit SoundCardOutput(const QAudioDevice &device, QObject *parent = nullptr);
    ~SoundCardOutput() override;

    // The default sound device when there is one that takes mono float at sampleRateHz, else
    // the system clock (SystemClockOutput).
    static std::unique_ptr<PlaybackOutput> createDefault(int sampleRateHz);

    bool start(QIODevice *source, int sampleRateHz) override;
    void stop() override;
    void setPaused(bool paused) override;
    qint64 heardFrames() const override;
    bool isSystemClock() const override { return false; }

private:
    void feed();

    QAudioDevice m_device;
    std::unique_ptr<QAudioSink> m_sink;
    QPointer<QIODevice> m_source;
    QIODevice *m_sinkInput = nullptr;
    QTimer *m_timer = nullptr;
    int m_rateHz = 48'000;
    bool m_paused = false;
    mutable qint64 m_lastHeard = 0; // the clock never runs backwards
};

} // namespace hattama::ui
