#include "session/RecordingWorkflowLink.h"

#include "session/HearingWorkflow.h"
#include "session/RecordingSession.h"
#include "util/Logging.h"

namespace hattama {

RecordingWorkflowLink::RecordingWorkflowLink(RecordingSession &recording, HearingWorkflow &workflow, QObject *parent)
    : QObject(parent)
    , m_workflow(workflow)
{
    connect(
        &recording, &RecordingSession::started, this, [this](qint64 ms) { follow(m_workflow.onRecordingStarted(ms)); });
    connect(&recording, &RecordingSession::recessStarted, this, [this](qint64 ms) { follow(m_workflow.onRecess(ms)); });
    connect(&recording, &RecordingSession::resumed, this, [this](qint64 ms) { follow(m_workflow.onResumed(ms)); });
    connect(&recording, &RecordingSession::soundLost, this, [this](qint64 ms) { follow(m_workflow.onSoundLost(ms)); });
    connect(&recording, &RecordingSession::soundRestored, this,
        [this](qint64 ms) { follow(m_workflow.onSoundRestored(ms)); });
    connect(&recording, &RecordingSession::stopped, this,
        [this](qint64 ms, RecordingStopReason reason) { follow(m_workflow.onStopped(ms, reason)); });
}

void RecordingWorkflowLink::follow(const Status &done)
{
    if (done)
        return;
    qCWarning(lcHearing) << "hearing workflow:" << done.error().message;
    if (onRefused)
        onRefused(done.error());
}

} // namespace hattama
