#include "workspace/RecorderBridge.h"

#include "workspace/CameraPreview.h"
#include "workspace/ChannelMappingPanel.h"
#include "workspace/HearingWorkspace.h"
#include "workspace/SetupPage.h"

#include "util/Logging.h"

namespace hattama::ui {

RecorderBridge::RecorderBridge(HearingWorkspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_session(new RecordingSession(this))
{
    connect(workspace, &HearingWorkspace::recordRequested, this, &RecorderBridge::record);
    connect(workspace, &HearingWorkspace::recessRequested, this, &RecorderBridge::recess);
    connect(workspace, &HearingWorkspace::resumeRequested, this, &RecorderBridge::resume);
    connect(workspace, &HearingWorkspace::stopRequested, this, &RecorderBridge::stop);
    connect(m_session, &RecordingSession::statusChanged, this, &RecorderBridge::publish);
    connect(m_session, &RecordingSession::stateChanged, this, [this](hattama::RecorderState state) {
        if (onStateChanged)
            onStateChanged(state);
    });
    // The disk policy or a failure stopped the recording: say why.
    connect(m_session, &RecordingSession::problem, this, &RecorderBridge::report);
    workspace->setClock([this] { return hearingTimeMs(); });
}

RecorderBridge::~RecorderBridge()
{
    if (isRecording())
        stop(); // never leave a recording open
}

void RecorderBridge::setConfig(const RecorderConfig &config)
{
    RecorderConfig copy = config;
    if (copy.previewFps <= 0)
        copy.previewFps = CameraPreview::kDefaultPreviewFps;
    m_session->setConfig(copy);
    m_previewSequence.fill(0, qsizetype(copy.cameras.size()));
}

void RecorderBridge::record()
{
    if (m_session->state() != hattama::RecorderState::Idle)
        return;
    RecorderConfig config = m_session->config();
    config.channelRoles = m_workspace->setupPage()->mappingPanel()->recordedChannelLabels();
    config.channelCameras = m_workspace->setupPage()->mappingPanel()->cameraMapping();
    m_session->setConfig(config);
    m_previewSequence.fill(0, qsizetype(config.cameras.size()));
    if (const Status started = m_session->start(); !started)
        report(started.error());
}

void RecorderBridge::recess()
{
    if (const Status done = m_session->recess(); !done)
        report(done.error());
}

void RecorderBridge::resume()
{
    if (const Status done = m_session->resume(); !done)
        report(done.error());
}

void RecorderBridge::stop()
{
    (void)m_session->stop(); // a failure comes as problem()
}

void RecorderBridge::poll()
{
    m_session->poll();
}

void RecorderBridge::report(const Error &error)
{
    qCWarning(lcCapture) << "recorder:" << error.text();
    if (onError)
        onError(error);
}

void RecorderBridge::publish()
{
    const RecordingStatus status = m_session->status();
    m_workspace->setLevels(QVector<ChannelLevel>(status.levels.begin(), status.levels.end()));
    if (m_previewSequence.size() < qsizetype(status.cameras.size()))
        m_previewSequence.resize(qsizetype(status.cameras.size()));
    for (size_t i = 0; i < status.cameras.size(); ++i)
        m_workspace->setCameraStatus(
            int(i), status.cameras[i], m_session->previewFrame(int(i), m_previewSequence[qsizetype(i)]));
    m_workspace->setHealth(status);
}

} // namespace hattama::ui
