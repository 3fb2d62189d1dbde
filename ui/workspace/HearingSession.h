#pragma once

#include "hearing/HearingModel.h"
#include "session/RecordingStatus.h"

#include "hearing/HearingModel.h"
#include "util/Result.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace hattama {
class Database;
class HearingWorkflow;
class RecordingSession;
class RecordingWorkflowLink;
class HearingRepository;
class TimelineRepository;
} // namespace hattama

namespace hattama::ui {

class HearingWorkspace;

// Connects a HearingWorkspace to one stored hearing: its participants (role names in the
// protocol language), channel map (saved whenever it changes), protocol language, the event
// catalogue (the court's <archive>/templates/events.json over the shipped one) in its case
// category, and its timeline entries, committed through the TimelineRepository.
class HearingSession : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultChannelCount = 4;

    HearingSession(Database &db, HearingWorkspace *workspace, QObject *parent = nullptr);
    ~HearingSession() override;

    // Loads the hearing into the workspace. channelNames: the capture channels (from the
    // recorder); empty: as many as the stored channel map has, at least kDefaultChannelCount.
    Status open(const QString &hearingId, const QStringList &channelNames = {});
    QString hearingId() const { return m_record.hearing.id; }
    const HearingRecord &record() const { return m_record; }
    // The archive folder whose templates/events.json overrides the shipped event catalogue.
    void setArchiveDir(const QString &archiveDir) { m_archiveDir = archiveDir; }

    // The hearing's state machine (core/session); it moves the status and writes the
    // recording events to the timeline. Null before open().
    HearingWorkflow *workflow() const { return m_workflow.get(); }
    // Whether the hearing may be recorded now (scheduled, or cut off while live or in recess);
    // an ended hearing is not recorded again.
    bool mayRecord() const;

    // From now on what the recording session does (start, recess, resume, sound lost and
    // back, stop with its reason) moves this hearing's workflow and lands in its timeline
    // (core/session/RecordingWorkflowLink). Null: no longer followed.
    void followRecording(RecordingSession *recording);
    // A recording event the workflow refused or could not store; the recording goes on.
    std::function<void(const Error &)> onWorkflowRefused;

private:
    void applyTemplates();
    void saveChannelMap(const QStringList &participantIds);
    void saveLanguage(const QString &language);
    void showWrittenEntry(const hattama::TimelineEntry &stored);

    Database &m_db;
    QPointer<HearingWorkspace> m_workspace; // may go before this session (both are children of the window)
    std::unique_ptr<HearingRepository> m_hearings;
    std::unique_ptr<TimelineRepository> m_timeline;
    std::unique_ptr<HearingWorkflow> m_workflow;
    std::unique_ptr<RecordingWorkflowLink> m_link;
    HearingRecord m_record;
    QStringList m_channelNames;
    QString m_archiveDir;
    bool m_loading = false;
};

} // namespace hattama::ui
