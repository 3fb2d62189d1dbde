#include "RecorderBridge.h"

#include "ChannelMappingPanel.h"
#include "HearingWorkspace.h"
#include "SetupPage.h"

#include "media/DiskSpaceMonitor.h"
#include "media/Recorder.h"
#include "util/Logging.h"

#include <QTimer>

namespace hattama::ui {

RecorderBridge::RecorderBridge(HearingWorkspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kPollIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &RecorderBridge::poll);
    connect(workspace, &HearingWorkspace::recordRequested, this, &RecorderBridge::record);
    connect(workspace, &HearingWorkspace::recessRequested, this, &RecorderBridge::recess);
    connect(workspace, &HearingWorkspace::resumeRequested, this, &RecorderBridge::resume);
    connect(workspace, &HearingWorkspace::stopRequested, this, &RecorderBridge::stop);
    workspace->setClock([this] { return hearingTimeMs(); });
}

RecorderBridge::~RecorderBridge()
{
    if (isRecording())
        stop(); // never leave a recording open
}

void RecorderBridge::setConfig(const RecorderConfig &config)
{
    m_config = config;
}

bool RecorderBridge::isRecording() const
{
    return m_state == RecorderState::Recording || m_state == RecorderState::Recess;
}

qint64 RecorderBridge::hearingTimeMs() const
{
    return m_recorder ? m_recorder->status().hearingTimeMs : 0;
}

void RecorderBridge::record()
{
    if (m_recorder && m_state != RecorderState::Idle)
        return;
    RecorderConfig config = m_config;
    config.channelRoles = m_workspace->setupPage()->mappingPanel()->channelLabels();
    const int microphones = config.demoAudio ? config.demoMicrophones : int(config.channels.size());
    m_disk = std::make_unique<DiskSpaceMonitor>(config.hearingDir, Recorder::estimatedBytesPerHour(config, microphones));
    m_recorder = std::make_unique<Recorder>(config);
    const Status started = m_recorder->start();
    if (!started) {
        (void)m_recorder->stop();
        m_recorder.reset();
        report(started.error());
        return;
    }
    qCInfo(lcCapture) << "recording started from the workspace into" << config.hearingDir;
    setState(RecorderState::Recording);
    m_diskCheck.invalidate();
    m_timer->start();
    poll();
}

void RecorderBridge::recess()
{
    if (!m_recorder || m_state != RecorderState::Recording)
        return;
    const Status done = m_recorder->recess();
    if (!done) {
        report(done.error());
        return;
    }
    setState(RecorderState::Recess);
    poll();
}

void RecorderBridge::resume()
{
    if (!m_recorder || m_state != RecorderState::Recess)
        return;
    const Status done = m_recorder->resume();
    if (!done) {
        report(done.error());
        return;
    }
    setState(RecorderState::Recording);
    poll();
}

void RecorderBridge::stop()
{
    if (!m_recorder || !isRecording())
        return;
    const Status done = m_recorder->stop();
    poll();
    m_timer->stop();
    setState(RecorderState::Stopped);
    poll();
    if (!done)
        report(done.error());
}

void RecorderBridge::setState(RecorderState state)
{
    m_state = state;
    if (onStateChanged)
        onStateChanged(state);
}

void RecorderBridge::report(const Error &error)
{
    qCWarning(lcCapture) << "recorder:" << error.text();
    if (onError)
        onError(error);
}

void RecorderBridge::poll()
{
    if (!m_recorder)
        return;
    const RecorderStatus status = m_recorder->status();

    QVector<ChannelLevel> levels;
    m_clippedSamples.resize(qsizetype(status.levels.size()));
    for (size_t i = 0; i < status.levels.size(); ++i) {
        const hattama::ChannelLevel &engine = status.levels[i];
        ChannelLevel level;
        level.peakDbfs = engine.peakDbfs;
        level.rmsDbfs = engine.rmsDbfs;
        level.voiceActive = engine.voiceActive;
        level.noSignal = engine.noSignal;
        level.clipping = engine.clippedSamples > m_clippedSamples[qsizetype(i)];
        m_clippedSamples[qsizetype(i)] = engine.clippedSamples;
        levels.append(level);
    }
    m_workspace->setLevels(levels);

    qint64 dropped = 0;
    for (size_t i = 0; i < status.cameras.size(); ++i) {
        const CameraHealth &camera = status.cameras[i];
        CameraStatus ui;
        ui.name = camera.name;
        ui.framesDelivered = camera.framesCaptured;
        ui.framesDropped = camera.framesDropped;
        ui.frozen = camera.frozen || !camera.connected;
        dropped += camera.framesDropped;
        m_workspace->setCameraStatus(int(i), ui);
    }

    if (m_disk && (!m_diskCheck.isValid() || m_diskCheck.elapsed() > 5'000)) {
        m_disk->recordWritten(status.bytesWritten, status.partTimeMs);
        const auto disk = m_disk->check();
        m_diskHoursLeft = disk ? disk->hoursLeft : -1.0;
        m_diskCheck.start();
    }

    RecorderHealth health;
    health.state = m_state;
    health.hearingTimeMs = status.hearingTimeMs;
    health.diskHoursLeft = m_diskHoursLeft;
    health.overruns = status.audioOverruns + status.audioDeviceOverflows;
    health.droppedFrames = dropped;
    m_workspace->setHealth(health);

    if (isRecording() && m_recorder->needsStop()) {
        const Error error = status.error.value_or(
            failure(QStringLiteral("the recording reached its part limit"), QStringLiteral("start a new part")));
        stop();
        report(error);
    }
}

} // namespace hattama::ui
