#pragma once

#include "workspace/WorkspaceModels.h"

#include "hearing/HearingModel.h"
#include "util/Result.h"

#include <QObject>

#include <memory>

namespace hattama {
class Database;
class HearingWorkflow;
class EventTemplateRepository;
class HearingRepository;
class TimelineRepository;
} // namespace hattama

namespace hattama::ui {

class HearingWorkspace;
class StoredEntryRepository;

// Connects a HearingWorkspace to one stored hearing: its participants (role names in the
// protocol language), channel map (saved whenever it changes), protocol language, event
// templates of its case category, and its timeline entries, committed on Enter.
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

    // The hearing's state machine (core/session); it moves the status and writes the
    // recording events to the timeline. Null before open().
    HearingWorkflow *workflow() const { return m_workflow.get(); }
    // Whether the hearing may be recorded now (scheduled, or cut off while live or in recess);
    // an ended hearing is not recorded again.
    bool mayRecord() const;

    // Adapter for today's recorder driver: the recorder's new state becomes a workflow event
    // at hearingTimeMs (Idle/Stopped → Recording: started, Recording → Recess: recess,
    // Recess → Recording: resumed, → Stopped: stopped). The entries it writes appear in the
    // workspace's list. Returns the workflow's refusal or storage error.
    Status followRecorder(RecorderState state, qint64 hearingTimeMs = 0);
    // The sound was lost or came back while recording (HearingWorkspace::soundLostChanged).
    Status followSound(bool lost, qint64 hearingTimeMs);

private:
    void applyTemplates();
    void saveChannelMap(const QStringList &participantIds);
    void saveLanguage(const QString &language);
    void showWrittenEntry(const hattama::TimelineEntry &stored);

    Database &m_db;
    HearingWorkspace *m_workspace;
    std::unique_ptr<HearingRepository> m_hearings;
    std::unique_ptr<TimelineRepository> m_timeline;
    std::unique_ptr<EventTemplateRepository> m_templates;
    std::unique_ptr<StoredEntryRepository> m_entries;
    std::unique_ptr<HearingWorkflow> m_workflow;
    RecorderState m_recorderState = RecorderState::Idle;
    HearingRecord m_record;
    QStringList m_channelNames;
    bool m_loading = false;
};

} // namespace hattama::ui
