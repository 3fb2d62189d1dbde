#include "workspace/HearingSession.h"

#include "workspace/ChannelMappingPanel.h"
#include "workspace/EntryEditor.h"
#include "workspace/HearingWorkspace.h"
#include "workspace/SetupPage.h"

#include "hearing/EventCatalogue.h"
#include "hearing/Role.h"
#include "session/HearingWorkflow.h"
#include "session/RecordingWorkflowLink.h"
#include "storage/Database.h"
#include "storage/HearingRepository.h"
#include "storage/TimelineRepository.h"
#include "workspace/EntryListModel.h"
#include "util/Logging.h"

#include <QCoreApplication>

namespace hattama::ui {

HearingSession::HearingSession(Database &db, HearingWorkspace *workspace, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_workspace(workspace)
    , m_hearings(std::make_unique<HearingRepository>(db))
    , m_timeline(std::make_unique<TimelineRepository>(db))
{
    connect(m_workspace, &HearingWorkspace::mappingChanged, this, &HearingSession::saveChannelMap);
    connect(m_workspace, &HearingWorkspace::protocolLanguageChanged, this, &HearingSession::saveLanguage);
}

HearingSession::~HearingSession()
{
    if (m_workspace)
        m_workspace->setStore(nullptr);
}

Status HearingSession::open(const QString &hearingId, const QStringList &channelNames)
{
    auto loaded = m_hearings->load(hearingId);
    if (!loaded)
        return loaded.error();
    m_record = *loaded;
    m_loading = true;
    const QString language = m_record.hearing.language;

    m_channelNames = channelNames;
    if (m_channelNames.isEmpty()) {
        int count = kDefaultChannelCount;
        for (const AudioChannel &channel : m_record.audioChannels)
            count = std::max(count, channel.channel);
        for (int i = 1; i <= count; ++i)
            //: a microphone channel's default name, %1 is its number
            m_channelNames << QCoreApplication::translate("hattama::ui::HearingSession", "Microphone %1").arg(i);
    }
    QStringList cameraNames;
    for (const CameraView &camera : m_record.cameras)
        cameraNames << camera.viewName;

    m_workspace->setParticipants(m_record.participants, language, m_record.hearing.caseInfo.category);
    m_workspace->setChannelNames(m_channelNames);
    if (!cameraNames.isEmpty())
        m_workspace->setCameraNames(cameraNames);
    QStringList mapping;
    QList<int> cameras;
    for (int i = 1; i <= m_channelNames.size(); ++i) {
        QString id;
        int camera = 0;
        for (const AudioChannel &channel : m_record.audioChannels) {
            if (channel.channel != i)
                continue;
            if (channel.participantId > 0)
                id = QString::number(channel.participantId);
            camera = channel.camera;
        }
        mapping << id;
        cameras << camera;
    }
    m_workspace->setupPage()->setProtocolLanguage(language);
    m_workspace->setupPage()->setClosedSession(m_record.hearing.closedSession);
    if (m_record.audioChannels.isEmpty())
        m_workspace->setCourtroom(m_record.hearing.courtroom); // the room's last mapping
    else {
        m_workspace->setupPage()->mappingPanel()->setMapping(mapping);
        m_workspace->setupPage()->mappingPanel()->setCameraMapping(cameras);
    }

    m_link.reset(); // it follows the workflow being replaced
    m_workflow = std::make_unique<HearingWorkflow>(m_db, m_record.hearing.id);
    if (Status loadedStatus = m_workflow->load(); !loadedStatus)
        return loadedStatus;
    m_workflow->onEntryWritten = [this](const hattama::TimelineEntry &entry) { showWrittenEntry(entry); };
    m_workflow->onStatusChanged = [this](HearingStatus status) { m_record.hearing.status = status; };
    m_workspace->setStore(m_timeline.get(), m_record.hearing.id);
    m_workspace->setEntries(m_record.entries);
    m_loading = false;
    applyTemplates();
    saveChannelMap(m_workspace->setupPage()->mappingPanel()->mapping());
    qCInfo(lcHearing) << "workspace opened hearing" << hearingId << "with" << m_record.participants.size()
                      << "participants and" << m_record.entries.size() << "entries";
    return {};
}

void HearingSession::followRecording(RecordingSession *recording)
{
    m_link.reset();
    if (!recording || !m_workflow)
        return;
    m_link = std::make_unique<RecordingWorkflowLink>(*recording, *m_workflow);
    m_link->onRefused = [this](const Error &error) {
        if (onWorkflowRefused)
            onWorkflowRefused(error);
    };
}

bool HearingSession::mayRecord() const
{
    return m_workflow && m_workflow->checkCanRecord().ok();
}

void HearingSession::showWrittenEntry(const hattama::TimelineEntry &stored)
{
    m_record.entries.append(stored);
    if (m_workspace)
        m_workspace->entryModel()->showStored(stored); // the undo history is kept
}

void HearingSession::applyTemplates()
{
    auto catalogue = EventCatalogue::load(m_archiveDir);
    if (!catalogue) {
        qCWarning(lcHearing) << "the court's event catalogue is not used:" << catalogue.error().text();
        catalogue = EventCatalogue::shipped();
    }
    if (!catalogue) {
        qCWarning(lcHearing) << "no event catalogue:" << catalogue.error().text();
        return; // the workspace keeps the events it has
    }
    m_workspace->editor()->setCatalogue(*catalogue, m_record.hearing.caseInfo.category);
}

void HearingSession::saveChannelMap(const QStringList &participantIds)
{
    if (m_loading || m_record.hearing.id.isEmpty())
        return;
    const QList<int> cameras = m_workspace->setupPage()->mappingPanel()->cameraMapping();
    QList<AudioChannel> channels;
    for (int i = 0; i < participantIds.size(); ++i) {
        AudioChannel channel;
        channel.channel = i + 1;
        channel.participantId = participantIds.at(i).toLongLong();
        channel.label = m_channelNames.value(i);
        channel.camera = cameras.value(i);
        channels.append(channel);
    }
    const auto same = [](const QList<AudioChannel> &a, const QList<AudioChannel> &b) {
        if (a.size() != b.size())
            return false;
        for (int i = 0; i < a.size(); ++i)
            if (a[i].channel != b[i].channel || a[i].participantId != b[i].participantId || a[i].label != b[i].label
                || a[i].camera != b[i].camera)
                return false;
        return true;
    };
    if (same(channels, m_record.audioChannels))
        return;
    const Status saved = m_hearings->setChannelMap(m_record.hearing.id, channels, m_record.cameras);
    if (!saved) {
        qCWarning(lcStorage) << "could not save the channel map:" << saved.error().text();
        return;
    }
    m_record.audioChannels = channels;
}

void HearingSession::saveLanguage(const QString &language)
{
    if (m_loading)
        return;
    applyTemplates();
    if (language == m_record.hearing.language)
        return;
    m_record.hearing.language = language;
    // The protocol language is part of the hearing; saving the record updates it in place.
    HearingRecord update = m_record;
    update.entries.clear();
    const auto saved = m_hearings->save(update);
    if (!saved)
        qCWarning(lcStorage) << "could not save the protocol language:" << saved.error().text();
}

} // namespace hattama::ui
