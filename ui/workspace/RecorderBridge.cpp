#include "workspace/RecorderBridge.h"

#include "workspace/CameraPreview.h"
#include "workspace/ChannelMappingPanel.h"
#include "workspace/HearingWorkspace.h"
#include "workspace/SetupPage.h"

#include "media/DiskSpaceMonitor.h"
#include "media/InputMonitor.h"
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
    if (m_config.previewFps <= 0)
        m_config.previewFps = CameraPreview::kDefaultPreviewFps;
}

QList<Error> RecorderBridge::startMonitoring()
{
    if (m_monitor || (m_recorder && m_state != RecorderState::Idle))
        return {};
    m_monitor = std::make_unique<InputMonitor>(m_config);
    const QList<Error> problems = m_monitor->start();
    for (const Error &problem : problems)
        qCWarning(lcCapture) << "monitor:" << problem.text();
    const int microphones = m_config.demoAudio ? m_config.demoMicrophones : m_monitor->channelCount();
    m_disk = std::make_unique<DiskSpaceMonitor>(m_config.hearingDir, Recorder::estimatedBytesPerHour(m_config, microphones));
    m_diskCheck.invalidate();
    m_previewSequence.fill(0, qsizetype(m_config.cameras.size()));
    m_timer->start(); // the first snapshot comes with the timer, once the caller set up the workspace
    return problems;
}

void RecorderBridge::stopMonitoring()
{
    if (!m_monitor)
        return;
    m_monitor.reset(); // closes the devices
    if (!m_recorder)
        m_timer->stop();
}

int RecorderBridge::monitoredChannelCount() const
{
    return m_monitor ? m_monitor->channelCount() : 0;
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
    // The devices pass from the monitor to the recorder.
    const bool wasMonitoring = isMonitoring();
    stopMonitoring();
    RecorderConfig config = m_config;
    config.channelRoles = m_workspace->setupPage()->mappingPanel()->channelLabels();
    const int microphones = config.demoAudio ? config.demoMicrophones : int(config.channels.size());
    m_disk = std::make_unique<DiskSpaceMonitor>(config.hearingDir, Recorder::estimatedBytesPerHour(config, microphones));
    m_recorder = std::make_unique<Recorder>(config);
    const Status started = m_recorder->start();
    if (!started) {
        (void)m_recorder->stop();
        m_recorder.reset();
        if (wasMonitoring)
            (void)startMonitoring();
        report(started.error());
        return;
    }
    m_previewSequence.fill(0, qsizetype(config.cameras.size()));
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

void RecorderBridge::publishLevels(const std::vector<hattama::ChannelLevel> &engineLevels)
{
    QVector<ChannelLevel> levels;
    m_clippedSamples.resize(qsizetype(engineLevels.size()));
    for (size_t i = 0; i < engineLevels.size(); ++i) {
        const hattama::ChannelLevel &engine = engineLevels[i];
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
}

qint64 RecorderBridge::publishCameras(
    const std::vector<CameraHealth> &cameras, const std::function<QImage(int, quint64 &)> &preview)
{
    qint64 dropped = 0;
    if (m_previewSequence.size() < qsizetype(cameras.size()))
        m_previewSequence.resize(qsizetype(cameras.size()));
    for (size_t i = 0; i < cameras.size(); ++i) {
        const CameraHealth &camera = cameras[i];
        CameraStatus ui;
        ui.name = camera.name;
        ui.framesDelivered = camera.framesCaptured;
        ui.framesDropped = camera.framesDropped;
        ui.frozen = camera.frozen || !camera.connected;
        ui.lastFrame = preview(int(i), m_previewSequence[qsizetype(i)]);
        dropped += camera.framesDropped;
        m_workspace->setCameraStatus(int(i), ui);
    }
    return dropped;
}

void RecorderBridge::checkDisk(qint64 bytesWritten, qint64 partTimeMs)
{
    if (!m_disk || (m_diskCheck.isValid() && m_diskCheck.elapsed() <= 5'000))
        return;
    if (bytesWritten > 0)
        m_disk->recordWritten(bytesWritten, partTimeMs);
    const auto disk = m_disk->check();
    m_diskHoursLeft = disk ? disk->hoursLeft : -1.0;
    m_diskCheck.start();
}

void RecorderBridge::pollMonitor()
{
    const MonitorStatus status = m_monitor->status();
    publishLevels(status.levels);
    const InputMonitor *monitor = m_monitor.get();
    publishCameras(status.cameras,
        [monitor](int camera, quint64 &sequence) { return monitor->previewFrame(camera, sequence); });
    checkDisk(0, 0);
    RecorderHealth health;
    health.state = m_state;
    health.diskHoursLeft = m_diskHoursLeft;
    health.overruns = status.audioOverruns;
    m_workspace->setHealth(health);
}

void RecorderBridge::poll()
{
    if (m_monitor && !m_recorder) {
        pollMonitor();
        return;
    }
    if (!m_recorder)
        return;
    if (isRecording() && m_recorder->service())
        qCInfo(lcCapture) << "recorder changed parts; audio lost:" << m_recorder->status().audioLost;
    const RecorderStatus status = m_recorder->status();
    if (status.audioLost && status.levels.empty()) {
        // No sound: every meter shows it rather than its last level.
        std::vector<hattama::ChannelLevel> silent(std::size_t(m_clippedSamples.size()));
        for (hattama::ChannelLevel &level : silent) {
            level.noSignal = true;
            level.clippedSamples = 0;
        }
        publishLevels(silent);
    } else {
        publishLevels(status.levels);
    }
    const Recorder *recorder = m_recorder.get();
    const qint64 dropped = publishCameras(status.cameras,
        [recorder](int camera, quint64 &sequence) { return recorder->previewFrame(camera, sequence); });
    checkDisk(status.bytesWritten, status.partTimeMs);

    RecorderHealth health;
    health.state = m_state;
    health.hearingTimeMs = status.hearingTimeMs;
    health.diskHoursLeft = m_diskHoursLeft;
    health.overruns = status.audioOverruns + status.audioDeviceOverflows;
    health.droppedFrames = dropped;
    health.audioLost = status.audioLost;
    m_workspace->setHealth(health);

    if (isRecording() && m_recorder->needsStop()) {
        const Error error = status.error.value_or(
            failure(QStringLiteral("the recording reached its part limit"), QStringLiteral("start a new part")));
        stop();
        report(error);
    }
}

} // namespace hattama::ui
