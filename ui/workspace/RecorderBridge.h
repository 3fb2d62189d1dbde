#pragma once

#include "workspace/WorkspaceModels.h"

#include "media/RecorderConfig.h"
#include "util/Result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QVector>

#include <functional>
#include <memory>

class QTimer;

namespace hattama {
class DiskSpaceMonitor;
class InputMonitor;
class Recorder;
struct CameraHealth;
struct ChannelLevel;
} // namespace hattama

namespace hattama::ui {

class HearingWorkspace;

// Drives a hattama::Recorder from a HearingWorkspace: its Record/Recess/Resume/Stop requests
// start and steer the engine; a GUI timer (20 Hz) polls the engine's status and feeds the
// workspace's meters, camera health and previews, control bar and hearing clock. The engine's
// threads never wait on the GUI: only status() snapshots and preview pictures cross over.
//
// Before Record the same devices run in an InputMonitor (startMonitoring()), so the setup
// page's meters and previews are live and the pre-flight check sees real signal, frames and
// free disk. Record closes the monitor and opens the devices for recording.
class RecorderBridge : public QObject {
    Q_OBJECT
public:
    static constexpr int kPollIntervalMs = 50;

    RecorderBridge(HearingWorkspace *workspace, QObject *parent = nullptr);
    ~RecorderBridge() override;

    // The configuration for the next Record: hearing folder, devices (or demo sources), title.
    // The channel roles are taken from the workspace's mapping when Record is pressed.
    void setConfig(const RecorderConfig &config);
    const RecorderConfig &config() const { return m_config; }
    bool isRecording() const;
    bool isMonitoring() const { return m_monitor != nullptr; }
    qint64 hearingTimeMs() const;

    // Opens the configured devices for the setup page (levels, previews, disk hours); returns
    // what could not be opened (those devices are retried meanwhile). No-op while recording.
    QList<Error> startMonitoring();
    void stopMonitoring();
    // Channels of the monitored audio input (0 before monitoring or without one).
    int monitoredChannelCount() const;

    // Called with the engine's new state after each successful transition (the hearing's
    // status in the database follows it).
    std::function<void(RecorderState)> onStateChanged;
    // Called when a step fails, with the engine's error (the caller shows it).
    std::function<void(const Error &)> onError;

public slots:
    void record();
    void recess();
    void resume();
    void stop();
    void poll();

private:
    void report(const Error &error);
    void setState(RecorderState state);
    void publishLevels(const std::vector<hattama::ChannelLevel> &engineLevels);
    // Returns the frames dropped over all cameras.
    qint64 publishCameras(const std::vector<CameraHealth> &cameras, const std::function<QImage(int, quint64 &)> &preview);
    void checkDisk(qint64 bytesWritten, qint64 partTimeMs);
    void pollMonitor();

    HearingWorkspace *m_workspace;
    RecorderConfig m_config;
    std::unique_ptr<Recorder> m_recorder;
    std::unique_ptr<InputMonitor> m_monitor;
    QVector<quint64> m_previewSequence; // per camera: the last preview picture shown
    std::unique_ptr<DiskSpaceMonitor> m_disk;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_diskCheck;
    double m_diskHoursLeft = -1.0;
    QVector<qint64> m_clippedSamples;
    RecorderState m_state = RecorderState::Idle;
};

} // namespace hattama::ui
