#include "session/RecordingSession.h"

#include "media/InputMonitor.h"
#include "media/Recorder.h"
#include "util/Logging.h"

#include <QSettings>
#include <QTimer>

#include <algorithm>

namespace hattama {

RecordingSession::RecordingSession(QObject *parent)
    : QObject(parent)
    , m_policy(DiskPolicy::fromSettings(QSettings()))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kPollIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &RecordingSession::poll);
}

RecordingSession::~RecordingSession()
{
    if (isRecording())
        (void)stop(); // never leave a recording open
}

void RecordingSession::setConfig(const RecorderConfig &config)
{
    m_config = config;
}

QList<Error> RecordingSession::startMonitoring()
{
    if (m_monitor || isRecording())
        return {};
    m_monitor = std::make_unique<InputMonitor>(m_config);
    const QList<Error> problems = m_monitor->start();
    for (const Error &problem : problems)
        qCWarning(lcCapture) << "monitor:" << problem.text();
    const int microphones = m_config.demoAudio ? m_config.demoMicrophones : m_monitor->channelCount();
    m_disk = makeDiskMonitor(m_config, microphones);
    m_diskCheck.invalidate();
    m_status.monitoring = true;
    m_timer->start(); // the first snapshot comes with the timer, once the driver is ready
    return problems;
}

void RecordingSession::stopMonitoring()
{
    if (!m_monitor)
        return;
    m_monitor.reset(); // closes the devices
    m_status.monitoring = false;
    if (!m_recorder)
        m_timer->stop();
}

bool RecordingSession::isMonitoring() const
{
    return m_monitor != nullptr;
}

int RecordingSession::monitoredChannelCount() const
{
    return m_monitor ? m_monitor->channelCount() : 0;
}

std::unique_ptr<DiskSpaceMonitor> RecordingSession::makeDiskMonitor(const RecorderConfig &config, int microphones) const
{
    return std::make_unique<DiskSpaceMonitor>(
        config.hearingDir, Recorder::estimatedBytesPerHour(config, microphones), m_policy.thresholds(), m_probe);
}

Result<DiskSpaceStatus> RecordingSession::checkDisk() const
{
    if (m_disk)
        return m_disk->check();
    const int microphones = m_config.demoAudio
        ? m_config.demoMicrophones
        : (m_config.useAudioDevice ? std::max<int>(1, int(m_config.channels.size())) : 0);
    return makeDiskMonitor(m_config, microphones)->check();
}

bool RecordingSession::isRecording() const
{
    return m_status.state == RecorderState::Recording || m_status.state == RecorderState::Recess;
}

qint64 RecordingSession::hearingTimeMs() const
{
    return m_recorder ? m_recorder->status().hearingTimeMs : 0;
}

QImage RecordingSession::previewFrame(int camera, quint64 &sequence) const
{
    if (m_recorder)
        return m_recorder->previewFrame(camera, sequence);
    if (m_monitor)
        return m_monitor->previewFrame(camera, sequence);
    return {};
}

Status RecordingSession::start()
{
    if (m_recorder && m_status.state != RecorderState::Idle)
        return {};
    // The devices pass from the monitor to the recorder.
    const bool wasMonitoring = isMonitoring();
    const int monitoredChannels = monitoredChannelCount();
    stopMonitoring();
    int microphones = m_config.demoAudio ? m_config.demoMicrophones : int(m_config.channels.size());
    if (!m_config.demoAudio && m_config.useAudioDevice && microphones == 0)
        microphones = std::max(1, monitoredChannels);
    m_disk = makeDiskMonitor(m_config, microphones);
    if (const auto space = m_disk->check(); space && space->level == DiskSpaceLevel::Stop) {
        if (wasMonitoring)
            (void)startMonitoring();
        return m_disk->spaceError(*space, false);
    }
    m_recorder = std::make_unique<Recorder>(m_config);
    if (Status opened = m_recorder->start(); !opened) {
        (void)m_recorder->stop();
        m_recorder.reset();
        if (wasMonitoring)
            (void)startMonitoring();
        return opened;
    }
    qCInfo(lcCapture) << "recording started into" << m_config.hearingDir;
    m_channels = std::max(microphones, 0);
    m_status.stopReason = RecordingStopReason::None;
    m_status.stopError.reset();
    m_status.diskWarning = false;
    m_status.audioLost = false;
    m_diskCheck.invalidate();
    setState(RecorderState::Recording);
    emit started(hearingTimeMs());
    m_timer->start();
    poll();
    return {};
}

Status RecordingSession::recess()
{
    if (!m_recorder || m_status.state != RecorderState::Recording)
        return {};
    if (Status done = m_recorder->recess(); !done)
        return done;
    setState(RecorderState::Recess);
    emit recessStarted(hearingTimeMs());
    poll();
    return {};
}

Status RecordingSession::resume()
{
    if (!m_recorder || m_status.state != RecorderState::Recess)
        return {};
    if (Status done = m_recorder->resume(); !done)
        return done;
    setState(RecorderState::Recording);
    emit resumed(hearingTimeMs());
    poll();
    return {};
}

Status RecordingSession::stop()
{
    if (!m_recorder || !isRecording())
        return {};
    const Status done = m_recorder->stop();
    finish(RecordingStopReason::Requested, done ? std::nullopt : std::optional<Error>(done.error()));
    return done;
}

void RecordingSession::finish(RecordingStopReason reason, std::optional<Error> error)
{
    if (m_recorder->state() == RecorderState::Recording || m_recorder->state() == RecorderState::Recess) {
        const Status done = m_recorder->stop(); // the segment and the manifest are closed
        // A full disk closed in place says where the recording ends: that is what to tell.
        const bool closedByFullDisk = !done && done.error().kind == ErrorCode::DiskFullClosed;
        if (!done && (!error || closedByFullDisk))
            error = done.error();
        if (closedByFullDisk)
            reason = RecordingStopReason::DiskFull;
    }
    if (error && reason == RecordingStopReason::Requested)
        reason = RecordingStopReason::Failed;
    m_timer->stop();
    m_status.stopReason = reason;
    m_status.stopError = error;
    refresh();
    setState(RecorderState::Stopped);
    qCInfo(lcCapture) << "recording stopped, reason" << int(reason) << (error ? error->text() : QString());
    if (error)
        emit problem(*error);
    emit stopped(m_status.hearingTimeMs, reason);
    emit statusChanged();
}

void RecordingSession::setState(RecorderState state)
{
    m_status.state = state;
    emit stateChanged(state);
}

void RecordingSession::refresh()
{
    if (m_monitor && !m_recorder) {
        const MonitorStatus monitor = m_monitor->status();
        m_status.levels = monitor.levels;
        m_status.cameras = monitor.cameras;
        m_status.overruns = monitor.audioOverruns;
        m_status.droppedFrames = 0;
        return;
    }
    if (!m_recorder)
        return;
    m_status.recorder = m_recorder->status();
    const RecorderStatus &status = m_status.recorder;
    m_status.hearingTimeMs = status.hearingTimeMs;
    m_status.audioLost = status.audioLost;
    m_status.levels = status.levels;
    if (status.audioLost && status.levels.empty()) {
        // No sound: every meter shows it rather than its last level.
        m_status.levels.assign(std::size_t(m_channels), ChannelLevel {});
        for (ChannelLevel &level : m_status.levels)
            level.noSignal = true;
    }
    m_status.cameras = status.cameras;
    m_status.overruns = status.audioOverruns + status.audioDeviceOverflows;
    m_status.droppedFrames = 0;
    for (const CameraHealth &camera : status.cameras)
        m_status.droppedFrames += camera.framesDropped;
}

void RecordingSession::checkDiskNow()
{
    if (!m_disk || (m_diskCheck.isValid() && m_diskCheck.elapsed() < m_diskCheckIntervalMs))
        return;
    m_diskCheck.start();
    if (m_recorder && m_status.recorder.bytesWritten > 0)
        m_disk->recordWritten(m_status.recorder.bytesWritten, m_status.recorder.partTimeMs);
    const auto space = m_disk->check();
    if (!space) {
        m_status.diskHoursLeft = -1.0;
        m_status.diskFreeBytes = -1;
        return;
    }
    m_status.diskHoursLeft = space->hoursLeft;
    m_status.diskFreeBytes = space->freeBytes;
    const bool warning = space->level != DiskSpaceLevel::Ok;
    if (warning && !m_status.diskWarning) {
        qCWarning(lcMedia) << "disk low:" << space->hoursLeft << "hours," << space->freeBytes << "bytes free";
        m_status.diskWarning = true;
        emit diskLow(space->hoursLeft, space->freeBytes);
    }
    m_status.diskWarning = warning;
    if (space->level == DiskSpaceLevel::Stop && isRecording())
        finish(RecordingStopReason::DiskFull, m_disk->spaceError(*space, true));
}

void RecordingSession::poll()
{
    if (!m_recorder && !m_monitor)
        return;
    const bool wasLost = m_status.audioLost;
    if (isRecording() && m_recorder->service())
        qCInfo(lcCapture) << "recorder changed parts; audio lost:" << m_recorder->status().audioLost;
    refresh();
    if (isRecording() && m_status.audioLost != wasLost) {
        if (m_status.audioLost)
            emit soundLost(m_status.hearingTimeMs);
        else
            emit soundRestored(m_status.hearingTimeMs);
    }
    checkDiskNow();
    if (m_status.state == RecorderState::Stopped)
        return; // the disk policy stopped it (finish() published)
    if (isRecording() && m_recorder->needsStop()) {
        const RecorderStatus &status = m_status.recorder;
        if (status.limitReached && !status.error)
            finish(RecordingStopReason::PartLimit, std::nullopt);
        else
            finish(RecordingStopReason::Failed, status.error.value_or(failure(QStringLiteral("the recording failed"))));
        return;
    }
    emit statusChanged();
}

} // namespace hattama
