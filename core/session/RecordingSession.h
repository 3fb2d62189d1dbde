#pragma once

#include "media/DiskSpaceMonitor.h"
#include "media/RecorderConfig.h"
#include "session/DiskPolicy.h"
#include "session/RecordingStatus.h"
#include "util/Result.h"

#include <QElapsedTimer>
#include <QImage>
#include <QList>
#include <QObject>

#include <memory>

class QTimer;

namespace hattama {

class InputMonitor;
class Recorder;

// One hearing's recording, the same for the workspace and `hattama record`: the devices of a
// RecorderConfig, live in an InputMonitor before Record (levels, previews, disk hours), then
// recorded by a Recorder (start → (recess → resume)* → stop). The service loop is the
// session's own timer (every pollIntervalMs on the thread that owns the session): it keeps the
// engine going (lost audio input, part limit, write errors), applies the one DiskPolicy (warn
// below warnBelowHours, stop cleanly before fewer than stopBelowBytes are free) and publishes
// a RecordingStatus. Drivers only call the steps, read status() and listen to the signals.
class RecordingSession : public QObject {
    Q_OBJECT
public:
    static constexpr int kPollIntervalMs = 50;
    static constexpr int kDiskCheckIntervalMs = 1000;

    explicit RecordingSession(QObject *parent = nullptr);
    ~RecordingSession() override;

    // The configuration for the next monitor or Record: folder, devices (or demo sources).
    void setConfig(const RecorderConfig &config);
    const RecorderConfig &config() const { return m_config; }
    // The disk rule; by default DiskPolicy::fromSettings(QSettings()).
    void setDiskPolicy(const DiskPolicy &policy) { m_policy = policy; }
    const DiskPolicy &diskPolicy() const { return m_policy; }
    // Reads free space (tests give a fake); by default the real file system.
    void setSpaceProbe(DiskSpaceMonitor::SpaceProbe probe) { m_probe = std::move(probe); }
    void setDiskCheckIntervalMs(int ms) { m_diskCheckIntervalMs = ms; }

    // Opens the configured devices without recording; returns what could not be opened (those
    // devices are retried meanwhile). No-op while recording.
    QList<Error> startMonitoring();
    void stopMonitoring();
    bool isMonitoring() const;
    int monitoredChannelCount() const; // 0 before monitoring or without an audio input

    // Free space of the hearing folder now, for the configured recording (before Record).
    Result<DiskSpaceStatus> checkDisk() const;

    // Closes the monitor and records. Refuses (environment error) when the disk is already
    // below the policy's stop threshold. The monitor is restarted when the start fails.
    Status start();
    Status recess();
    Status resume();
    // Closes the segment and the manifest; the reason is Requested.
    Status stop();

    RecorderState state() const { return m_status.state; }
    bool isRecording() const;
    qint64 hearingTimeMs() const;
    RecordingStatus status() const { return m_status; }
    // The newest preview picture of a camera when newer than `sequence` (updated); else null.
    QImage previewFrame(int camera, quint64 &sequence) const;

public slots:
    // One step of the service loop (the timer calls it; drivers may call it to refresh at once).
    void poll();

signals:
    // Each with the hearing time it happened at.
    void started(qint64 hearingTimeMs);
    void recessStarted(qint64 hearingTimeMs);
    void resumed(qint64 hearingTimeMs);
    void soundLost(qint64 hearingTimeMs);
    void soundRestored(qint64 hearingTimeMs);
    // The disk holds fewer than the policy's warn hours of recording (once, on entering).
    void diskLow(double hoursLeft, qint64 freeBytes);
    // The recording ended; status().stopReason and stopError say why.
    void stopped(qint64 hearingTimeMs, hattama::RecordingStopReason reason);
    void stateChanged(hattama::RecorderState state);
    // A step or the engine failed (also sent before stopped() with Failed or DiskFull).
    void problem(const hattama::Error &error);
    // A new status() snapshot.
    void statusChanged();

private:
    void setState(RecorderState state);
    void refresh();
    void checkDiskNow();
    void finish(RecordingStopReason reason, std::optional<Error> error);
    std::unique_ptr<DiskSpaceMonitor> makeDiskMonitor(const RecorderConfig &config, int microphones) const;

    RecorderConfig m_config;
    DiskPolicy m_policy;
    DiskSpaceMonitor::SpaceProbe m_probe;
    std::unique_ptr<InputMonitor> m_monitor;
    std::unique_ptr<Recorder> m_recorder;
    std::unique_ptr<DiskSpaceMonitor> m_disk;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_diskCheck;
    int m_diskCheckIntervalMs = kDiskCheckIntervalMs;
    int m_channels = 0; // recorded channels, for the meters while the sound is lost
    RecordingStatus m_status;
};

} // namespace hattama
