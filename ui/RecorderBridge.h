#pragma once

#include "WorkspaceModels.h"

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
class Recorder;
} // namespace hattama

namespace hattama::ui {

class HearingWorkspace;

// Drives a hattama::Recorder from a HearingWorkspace: its Record/Recess/Resume/Stop requests
// start and steer the engine; a GUI timer (20 Hz) polls the engine's status and feeds the
// workspace's meters, camera health, control bar and hearing clock. The engine's threads never
// wait on the GUI: only status() snapshots cross over.
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
    qint64 hearingTimeMs() const;

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

    HearingWorkspace *m_workspace;
    RecorderConfig m_config;
    std::unique_ptr<Recorder> m_recorder;
    std::unique_ptr<DiskSpaceMonitor> m_disk;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_diskCheck;
    double m_diskHoursLeft = -1.0;
    QVector<qint64> m_clippedSamples;
    RecorderState m_state = RecorderState::Idle;
};

} // namespace hattama::ui
