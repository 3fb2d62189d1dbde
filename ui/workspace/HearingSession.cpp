#include "workspace/HearingSession.h"

#include "workspace/ChannelMappingPanel.h"
#include "workspace/EntryEditor.h"
#include "workspace/HearingWorkspace.h"
#include "workspace/SetupPage.h"
#include "workspace/StoredEntryRepository.h"

#include "hearing/EventTemplate.h"
#include "hearing/Role.h"
#include "session/HearingWorkflow.h"
#include "session/RecordingWorkflowLink.h"
#include "storage/Database.h"
#include "storage/EventTemplateRepository.h"
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
    , m_templates(std::make_unique<EventTemplateRepository>(db))
{
    connect(m_workspace, &HearingWorkspace::mappingChanged, this, &HearingSession::saveChannelMap);
    connect(m_workspace, &HearingWorkspace::protocolLanguageChanged, this, &HearingSession::saveLanguage);
}

HearingSession::~HearingSession()
{
    if (m_workspace)
        m_workspace->setRepository(nullptr);
}

Status HearingSession::open(const QString &hearingId, const QStringList &channelNames)
{
    auto loaded = m_hearings->load(hearingId);
    if (!loaded)
        return loaded.error();
    m_record = *loaded;
    m_loading = true;
    const QString language = m_record.hearing.language;

    QVector<Participant> participants;
    for (const hattama::Participant &stored : m_record.participants)
        participants.append({ QString::number(stored.id), roleName(stored.role, language), stored.fullName });

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

    m_workspace->setParticipants(participants);
    m_workspace->setChannelNames(m_channelNames);
    if (!cameraNames.isEmpty())
        m_workspace->setCameraNames(cameraNames);
    QStringList mapping;
    for (int i = 1; i <= m_channelNames.size(); ++i) {
        QString id;
        for (const AudioChannel &channel : m_record.audioChannels)
            if (channel.channel == i && channel.participantId > 0)
                id = QString::number(channel.participantId);
        mapping << id;
    }
    m_workspace->setupPage()->setProtocolLanguage(language);
    m_workspace->setupPage()->setClosedSession(m_record.hearing.closedSession);
    if (m_record.audioChannels.isEmpty())
        m_workspace->setCourtroom(m_record.hearing.courtroom); // the room's last mapping
    else
        m_workspace->setupPage()->mappingPanel()->setMapping(mapping);

    m_link.reset(); // it follows the workflow being replaced
    m_workflow = std::make_unique<HearingWorkflow>(m_db, m_record.hearing.id);
    if (Status loadedStatus = m_workflow->load(); !loadedStatus)
        return loadedStatus;
    m_workflow->onEntryWritten = [this](const hattama::TimelineEntry &entry) { showWrittenEntry(entry); };
    m_workflow->onStatusChanged = [this](HearingStatus status) { m_record.hearing.status = status; };
    m_entries = std::make_unique<StoredEntryRepository>(*m_timeline, m_record.hearing.id);
    m_workspace->setRepository(m_entries.get());
    QVector<TimelineEntry> entries;
    for (const hattama::TimelineEntry &stored : m_record.entries)
        entries.append(StoredEntryRepository::fromStored(stored));
    m_workspace->setEntries(entries);
    m_loading = false;
    applyTemplates();
    saveChannelMap(m_workspace->setupPage()->mappingPanel()->mapping());
    qCInfo(lcHearing) << "workspace opened hearing" << hearingId << "with" << participants.size() << "participants and"
                      << entries.size() << "entries";
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
    // The list shows it at once. setEntries() also starts a new undo history: the recording
    // event itself is not undoable, and an undo must not step over it.
    QVector<TimelineEntry> entries = m_workspace->entryModel()->entries();
    entries.append(StoredEntryRepository::fromStored(stored));
    m_workspace->setEntries(entries);
}

void HearingSession::applyTemplates()
{
    const QString language = m_workspace->setupPage()->protocolLanguage();
    auto templates = m_templates->list(m_record.hearing.caseInfo.category, language);
    if (!templates || templates->isEmpty()) {
        if (!templates)
            qCWarning(lcStorage) << "event templates unavailable:" << templates.error().text();
        return; // the workspace keeps its built-in list for the language
    }
    QVector<EventTemplate> list;
    for (const hattama::EventTemplate &stored : *templates)
        list.append({ QStringLiteral("slot%1").arg(stored.slot), stored.text, QString(), stored.hotkey });
    m_workspace->editor()->setTemplates(list);
}

void HearingSession::saveChannelMap(const QStringList &participantIds)
{
    if (m_loading || m_record.hearing.id.isEmpty())
        return;
    QList<AudioChannel> channels;
    for (int i = 0; i < participantIds.size(); ++i) {
        AudioChannel channel;
        channel.channel = i + 1;
        channel.participantId = participantIds.at(i).toLongLong();
        channel.label = m_channelNames.value(i);
        channels.append(channel);
    }
    const auto same = [](const QList<AudioChannel> &a, const QList<AudioChannel> &b) {
        if (a.size() != b.size())
            return false;
        for (int i = 0; i < a.size(); ++i)
            if (a[i].channel != b[i].channel || a[i].participantId != b[i].participantId || a[i].label != b[i].label)
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
