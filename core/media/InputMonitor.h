#pragma once

#include "capture/CameraSource.h"
#include "capture/FrameQueue.h"
#include "capture/HearingClock.h"
#include "capture/LevelMeter.h"
#include "capture/PreviewSlot.h"
#include "media/RecorderConfig.h"
#include "util/Result.h"

#include <QImage>
#include <QList>
#include <QStringList>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace hattama {

class AudioSource;

// What the monitor sees, polled by the GUI (10–30 Hz).
struct MonitorStatus {
    bool running = false;
    QString audioName; // the audio input's name ("demo", "Focusrite USB …"); empty: none
    std::vector<ChannelLevel> levels; // per recorded channel, as during recording
    std::vector<CameraHealth> cameras; // per configured camera
    qint64 audioOverruns = 0;
};

// Before Record: opens the same microphones and cameras a Recorder would (from the same
// RecorderConfig) and shows them live — levels per channel and low-rate camera previews —
// without writing anything. The secretary finds which microphone is which by speaking into
// it and sees every camera. Call stop() (or destroy it) before a Recorder opens the devices.
//
// A device that cannot be opened does not keep the others from running: start() reports each
// problem, and a camera that failed (or was lost) is tried again every few seconds.
class InputMonitor {
public:
    static constexpr int kRetryIntervalMs = 3000;

    explicit InputMonitor(RecorderConfig config);
    ~InputMonitor();
    InputMonitor(const InputMonitor &) = delete;
    InputMonitor &operator=(const InputMonitor &) = delete;

    // Opens everything it can and starts; returns the problems (empty: all devices opened).
    QList<Error> start();
    void stop();
    bool isRunning() const { return m_running.load(std::memory_order_acquire); }

    MonitorStatus status() const;
    // Channels of the opened audio input (after start()); 0 without one.
    int channelCount() const;
    // The newest preview picture of a camera when newer than `sequence` (updated); else null.
    QImage previewFrame(int camera, quint64 &sequence) const;
    const RecorderConfig &config() const { return m_config; }

private:
    struct Camera {
        CameraSpec spec;
        std::unique_ptr<FrameQueue> queue;
        std::unique_ptr<PreviewSlot> preview;
        std::unique_ptr<CameraSource> source;
        std::atomic<bool> started { false };
        qint64 lastTryNs = 0;
    };
    Status openAudio();
    Status startCamera(Camera &camera);
    void run();

    RecorderConfig m_config;
    HearingClock m_clock;
    std::unique_ptr<AudioSource> m_audio;
    std::unique_ptr<LevelMeter> m_levels;
    std::vector<std::unique_ptr<Camera>> m_cameras;
    std::thread m_thread;
    std::atomic<bool> m_running { false };
    mutable std::mutex m_audioMutex; // guards m_audio/m_levels being replaced against status()
    qint64 m_audioTryNs = 0;
    bool m_audioWanted = false;
};

} // namespace hattama
