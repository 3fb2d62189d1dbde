#pragma once

#include "hearing/HearingModel.h"
#include "session/RecordingStatus.h"

#include "media/RecorderConfig.h"
#include "session/RecordingSession.h"
#include "util/Result.h"

#include <QObject>
#include <QVector>

#include <functional>

namespace hattama::ui {

class HearingWorkspace;

// Drives a hattama::RecordingSession from a HearingWorkspace: its Record/Recess/Resume/Stop
// requests become the session's steps, and each status the session publishes (its own timer,
// 20 Hz) feeds the workspace's meters, camera health and previews, control bar and hearing
// clock. The session owns the devices, the service loop and the disk policy, exactly as for
// `hattama record`; this class only translates.
class RecorderBridge : public QObject {
    Q_OBJECT
public:
    static constexpr int kPollIntervalMs = RecordingSession::kPollIntervalMs;

    RecorderBridge(HearingWorkspace *workspace, QObject *parent = nullptr);
    ~RecorderBridge() override;

    // The configuration for the next Record: hearing folder, devices (or demo sources), title.
    // The channel roles are taken from the workspace's mapping when Record is pressed.
    void setConfig(const RecorderConfig &config);
    const RecorderConfig &config() const { return m_session->config(); }
    RecordingSession *session() const { return m_session; }
    bool isRecording() const { return m_session->isRecording(); }
    bool isMonitoring() const { return m_session->isMonitoring(); }
    qint64 hearingTimeMs() const { return m_session->hearingTimeMs(); }

    // Opens the configured devices for the setup page (levels, previews, disk hours); returns
    // what could not be opened (those devices are retried meanwhile). No-op while recording.
    QList<Error> startMonitoring() { return m_session->startMonitoring(); }
    void stopMonitoring() { m_session->stopMonitoring(); }
    // Channels of the monitored audio input (0 before monitoring or without one).
    int monitoredChannelCount() const { return m_session->monitoredChannelCount(); }

    // Called with the new state after each transition (the hearing's status follows it).
    std::function<void(RecorderState)> onStateChanged;
    // Called when a step fails or the recording stops on its own (disk policy, write error).
    std::function<void(const Error &)> onError;

public slots:
    void record();
    void recess();
    void resume();
    void stop();
    // Publishes the session's status to the workspace now.
    void poll();

private:
    void report(const Error &error);
    void publish();

    HearingWorkspace *m_workspace;
    RecordingSession *m_session;
    QVector<quint64> m_previewSequence; // per camera: the last preview picture shown
};

} // namespace hattama::ui
