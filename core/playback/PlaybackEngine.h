#pragma once

#include "capture/LevelMeter.h"
#include "playback/CameraReader.h"
#include "playback/HearingTimeline.h"
#include "playback/MixSettings.h"
#include "playback/PlaybackOutput.h"

#include <QElapsedTimer>
#include <QIODevice>
#include <QObject>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

class QTimer;

namespace hattama {

class PlaybackEngine;

// The engine's sound as a device the output pulls from (mono float).
class PlaybackAudioStream : public QIODevice {
    Q_OBJECT
public:
    explicit PlaybackAudioStream(PlaybackEngine &engine);
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    PlaybackEngine &m_engine;
};

// Plays a hearing live: the sound of every microphone mixed (solo, mute, gain) and sped up
// with the pitch kept (0.5× to 2×), and the picture of every camera, on one clock: the sound
// output's position (or the system clock when there is no sound device). The microphones
// and each camera are decoded ahead on worker threads of their own into small bounded queues
// (about half a second of sound, a few pictures per camera), the next segment opened ahead.
// A seek flushes them and decodes from the key frame to the exact moment before anything is
// shown. Cameras follow the clock: present() (run by a timer on the engine's thread) shows
// every camera's picture whose time has come. No widgets: the player window draws what it
// asks for here.
class PlaybackEngine : public QObject {
    Q_OBJECT
public:
    static constexpr int kPicturesAhead = 6; // per camera
    static constexpr int kSoundAheadMs = 400;
    static constexpr double kSlowest = 0.5;
    static constexpr double kFastest = 2.0;

    PlaybackEngine(HearingTimeline timeline, std::unique_ptr<PlaybackOutput> output, QObject *parent = nullptr);
    ~PlaybackEngine() override;

    const HearingTimeline &timeline() const { return m_timeline; }
    bool usesSystemClock() const { return m_output->isSystemClock(); }
    PlaybackOutput &output() const { return *m_output; }

    void play();
    void pause();
    void togglePlay() { m_playing ? pause() : play(); }
    bool isPlaying() const { return m_playing; }

    // Exact seeks: every camera then shows the picture of that moment and the sound starts there.
    void seekPlay(qint64 playMs);
    // A moment in a recess goes to the start of what follows it.
    void seekHearing(qint64 hearingMs);
    // Steps the picture by frames (negative: back) of the first camera; pauses first.
    void stepFrames(int frames);

    void setSpeed(double speed); // clamped to 0.5–2
    double speed() const { return m_speed; }

    // The mix takes effect at once (the sound already decoded ahead is mixed again).
    void setMix(const MixSettings &mix);
    MixSettings mix() const;
    // Solo exactly these microphones (1-based); empty: every microphone heard.
    void soloOnly(const QList<int> &microphones);

    qint64 positionPlayMs() const;
    qint64 positionHearingMs() const { return m_timeline.hearingTimeAt(positionPlayMs()); }
    // The picture presented now by a camera (0-based), if it has one yet.
    const CameraPicture *picture(int camera) const;
    // Each microphone's level in the sound being played (before the mix: a muted one too).
    ChannelLevel level(int microphone) const; // 1-based
    // After a seek: whether every camera shows its picture and the sound has started.
    bool settled() const { return !m_settling; }
    // How long the last seek took to settle, in microseconds (-1 while settling).
    qint64 lastSeekLatencyUs() const { return m_settling ? -1 : m_lastSeekLatencyUs; }
    bool atEnd() const { return m_ended; }
    // A decoding error (as text, English, for the log and the status line); empty when none.
    QString lastError() const;

    // Shows every camera's picture whose time has come; true when any changed. Run by the
    // engine's own timer; tests may call it.
    bool present();

signals:
    void presented(); // pictures or position changed
    void playingChanged(bool playing);
    void seeked(qint64 hearingMs);
    void mixChanged();
    void speedChanged(double speed);
    void ended();

private:
    friend class PlaybackAudioStream;

    struct SoundBlock {
        std::vector<float> samples; // output frames (mixed, sped up)
        std::vector<ChannelLevel> levels; // per microphone, of the input it came from
        std::size_t consumed = 0;
    };
    struct CameraQueue {
        std::unique_ptr<CameraReader> reader;
        std::deque<CameraPicture> pictures;
        std::optional<CameraPicture> shown;
        bool ended = false;
        std::thread worker;
    };

    void startWorkers(qint64 playMs);
    void stopWorkers();
    void startSound(qint64 playMs);
    void stopSound();
    void restartOutput();
    void soundWorker(qint64 playMs, double speed);
    void cameraWorker(int camera, qint64 playMs);
    void fail(const QString &text);
    qint64 readSound(float *out, qint64 frames);
    qint64 bufferedFrames() const;

    HearingTimeline m_timeline;
    std::unique_ptr<PlaybackOutput> m_output;
    std::unique_ptr<PlaybackAudioStream> m_stream;
    QTimer *m_timer = nullptr;
    int m_rateHz = 48'000;
    bool m_playing = false;
    double m_speed = 1.0;
    qint64 m_basePlayMs = 0; // play time of output frame 0
    qint64 m_frozenPlayMs = -1; // the position while the output restarts
    bool m_settling = false;
    bool m_ended = false;
    QElapsedTimer m_seekTimer;
    qint64 m_lastSeekLatencyUs = 0;

    // Shared with the workers.
    mutable std::mutex m_mutex;
    std::condition_variable m_room; // a queue has room, or stop
    bool m_stop = false;
    bool m_soundStop = false;
    MixSettings m_mix;
    std::deque<SoundBlock> m_sound;
    qint64 m_pulledFrames = 0; // output frames given to the output since it started
    bool m_soundEnded = false;
    std::vector<ChannelLevel> m_levels;
    std::vector<std::unique_ptr<CameraQueue>> m_cameras;
    std::thread m_soundThread;
    QString m_error;
};

} // namespace hattama
