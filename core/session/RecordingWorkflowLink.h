#pragma once

#include "util/Result.h"

#include <QObject>

#include <functional>

namespace hattama {

class HearingWorkflow;
class RecordingSession;

// What the recorder does becomes the hearing's status and timeline: connects a
// RecordingSession's events (started, recess, resumed, sound lost and back, stopped with its
// reason, each at its hearing time) to the HearingWorkflow of the hearing being recorded.
// The one place this happens, for any driver of the session. Lives on the session's thread;
// both objects must outlive it.
class RecordingWorkflowLink : public QObject {
    Q_OBJECT
public:
    RecordingWorkflowLink(RecordingSession &recording, HearingWorkflow &workflow, QObject *parent = nullptr);

    // A step the workflow refused or could not store (the recording itself goes on).
    std::function<void(const Error &)> onRefused;

private:
    void follow(const Status &done);

    HearingWorkflow &m_workflow;
};

} // namespace hattama
