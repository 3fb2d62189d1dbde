#pragma once

#include "workspace/WorkspaceModels.h"

#include "hearing/HearingModel.h"
#include "util/Result.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace hattama {
class Database;
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

    // The recorder's state moves the hearing's status: Recording → live, Recess → recess,
    // Stopped → ended (each step audited by the repository).
    Status followRecorder(RecorderState state);

private:
    void applyTemplates();
    void saveChannelMap(const QStringList &participantIds);
    void saveLanguage(const QString &language);

    Database &m_db;
    QPointer<HearingWorkspace> m_workspace; // may go before this session (both are children of the window)
    std::unique_ptr<HearingRepository> m_hearings;
    std::unique_ptr<TimelineRepository> m_timeline;
    HearingRecord m_record;
    QStringList m_channelNames;
    QString m_archiveDir;
    bool m_loading = false;
};

} // namespace hattama::ui
