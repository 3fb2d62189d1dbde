#include "session/HearingWorkflow.h"

#include "protocol/RecordingSummary.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/HearingRepository.h"
#include "storage/TimelineRepository.h"
#include "util/Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>

namespace hattama {

HearingWorkflow::HearingWorkflow(Database &db, QString hearingId)
    : m_db(db)
    , m_hearingId(std::move(hearingId))
{
}

QStringList HearingWorkflow::cutOffHearings(Database &db, int withinDays)
{
    QStringList ids;
    HearingFilter recent;
    recent.from = QDate::currentDate().addDays(-withinDays);
    recent.to = QDate::currentDate();
    const auto list = HearingRepository(db).list(recent);
    if (!list) {
        qCWarning(lcHearing) << "cut-off hearings unknown:" << list.error().message;
        return ids;
    }
    for (const HearingSummary &hearing : *list)
        if (hearing.status == HearingStatus::Live || hearing.status == HearingStatus::Recess)
            ids << hearing.id;
    return ids;
}

Status HearingWorkflow::load()
{
    auto row = m_db.exec(QStringLiteral("SELECT status, language FROM hearings WHERE id = ?"), { m_hearingId });
    if (!row)
        return row.error();
    if (!row->next())
        return usageError(QStringLiteral("no hearing with id \"%1\"").arg(m_hearingId),
            QStringLiteral("check the ID with 'hattama hearing list'"));
    m_status = statusFromId(row->value(0).toString()).value_or(HearingStatus::Scheduled);
    m_language = row->value(1).toString() == QLatin1String("kk") ? QStringLiteral("kk") : QStringLiteral("ru");
    return {};
}

Result<HearingStatus> HearingWorkflow::storedStatus() const
{
    auto row = m_db.exec(QStringLiteral("SELECT status FROM hearings WHERE id = ?"), { m_hearingId });
    if (!row)
        return row.error();
    if (!row->next())
        return usageError(QStringLiteral("no hearing with id \"%1\"").arg(m_hearingId));
    return statusFromId(row->value(0).toString()).value_or(HearingStatus::Scheduled);
}

HearingWorkflow::Rule HearingWorkflow::rule(Step step)
{
    using S = HearingStatus;
    switch (step) {
    case Step::RecordingStarted:
        // live or recess: the recording was cut off and starts again in a new part.
        return { { S::Scheduled, S::Live, S::Recess }, S::Live, EntryKind::RecordingStarted, "recorder" };
    case Step::Recess:
        return { { S::Live }, S::Recess, EntryKind::RecessStart, "recorder" };
    case Step::Resumed:
        return { { S::Recess }, S::Live, EntryKind::RecessEnd, "recorder" };
    case Step::SoundLost:
        return { { S::Live, S::Recess }, std::nullopt, EntryKind::SoundLost, "recorder" };
    case Step::SoundRestored:
        return { { S::Live, S::Recess }, std::nullopt, EntryKind::SoundRestored, "recorder" };
    case Step::Stopped:
        return { { S::Live, S::Recess }, S::Ended, EntryKind::RecordingStopped, "recorder" };
    case Step::CutOff:
        return { { S::Live, S::Recess }, S::Ended, EntryKind::RecordingStopped, "secretary" };
    case Step::ProtocolDraft:
        return { { S::Ended }, S::ProtocolDraft, std::nullopt, "secretary" };
    case Step::Sign:
        return { { S::ProtocolDraft }, S::Signed, std::nullopt, "secretary" };
    case Step::Issue:
        return { { S::Signed }, S::Issued, std::nullopt, "secretary" };
    case Step::Archive:
        return { { S::Issued }, S::Archived, std::nullopt, "secretary" };
    }
    return {};
}

QString HearingWorkflow::stepId(Step step)
{
    switch (step) {
    case Step::RecordingStarted:
        return QStringLiteral("recording_started");
    case Step::Recess:
        return QStringLiteral("recess");
    case Step::Resumed:
        return QStringLiteral("resumed");
    case Step::SoundLost:
        return QStringLiteral("sound_lost");
    case Step::SoundRestored:
        return QStringLiteral("sound_restored");
    case Step::Stopped:
        return QStringLiteral("recording_stopped");
    case Step::CutOff:
        return QStringLiteral("cut_off");
    case Step::ProtocolDraft:
        return QStringLiteral("protocol_draft_saved");
    case Step::Sign:
        return QStringLiteral("sign");
    case Step::Issue:
        return QStringLiteral("issue");
    case Step::Archive:
        return QStringLiteral("archive");
    }
    return {};
}

Status HearingWorkflow::refusal(Step step, HearingStatus from) const
{
    QStringList allowed;
    for (HearingStatus status : rule(step).from)
        allowed << statusId(status);
    return usageError(QStringLiteral("hearing %1 is %2: the step \"%3\" is not allowed")
                          .arg(m_hearingId, statusId(from), stepId(step)),
        QStringLiteral("it is allowed when the hearing is %1 (docs/hearing-states.md)")
            .arg(allowed.join(QLatin1String(" or "))));
}

Status HearingWorkflow::checkCanRecord() const
{
    if (!rule(Step::RecordingStarted).from.contains(m_status))
        return refusal(Step::RecordingStarted, m_status);
    return {};
}

Status HearingWorkflow::run(Step step, qint64 hearingTimeMs, const QString &entryText)
{
    const Rule how = rule(step);
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto from = storedStatus(); // another window may have moved it
    if (!from)
        return from.error();
    m_status = *from;
    if (!how.from.contains(*from))
        return refusal(step, *from);

    if (how.to && *how.to != *from) {
        QJsonObject details { { QStringLiteral("step"), stepId(step) },
            { QStringLiteral("trigger"), QString::fromLatin1(how.trigger) } };
        if (how.entry)
            details.insert(QStringLiteral("hearingTimeMs"), hearingTimeMs);
        if (Status moved = HearingRepository(m_db).setStatus(m_hearingId, *how.to, details); !moved)
            return moved;
    }
    std::optional<TimelineEntry> written;
    if (how.entry) {
        TimelineEntry entry;
        entry.hearingId = m_hearingId;
        entry.hearingTimeMs = std::max<qint64>(hearingTimeMs, 0);
        entry.wallTime = QDateTime::currentDateTimeUtc();
        entry.kind = *how.entry;
        entry.eventId = protocol::RecordingEvents::eventId(*how.entry);
        entry.text = entryText.isEmpty() ? protocol::RecordingEvents::text(*how.entry, m_language) : entryText;
        auto added = TimelineRepository(m_db).add(entry);
        if (!added)
            return added.error();
        written = *added;
    }
    if (Status committed = tx.commit(); !committed)
        return committed;

    const HearingStatus before = m_status;
    if (how.to)
        m_status = *how.to;
    qCInfo(lcHearing) << "hearing" << m_hearingId << stepId(step) << "at" << hearingTimeMs << "ms:" << statusId(before)
                      << "→" << statusId(m_status);
    if (written && onEntryWritten)
        onEntryWritten(*written);
    if (m_status != before && onStatusChanged)
        onStatusChanged(m_status);
    return {};
}

Status HearingWorkflow::onRecordingStarted(qint64 hearingTimeMs)
{
    return run(Step::RecordingStarted, hearingTimeMs);
}

Status HearingWorkflow::onRecess(qint64 hearingTimeMs)
{
    return run(Step::Recess, hearingTimeMs);
}

Status HearingWorkflow::onResumed(qint64 hearingTimeMs)
{
    return run(Step::Resumed, hearingTimeMs);
}

Status HearingWorkflow::onSoundLost(qint64 hearingTimeMs)
{
    return run(Step::SoundLost, hearingTimeMs);
}

Status HearingWorkflow::onSoundRestored(qint64 hearingTimeMs)
{
    return run(Step::SoundRestored, hearingTimeMs);
}

Status HearingWorkflow::onStopped(qint64 hearingTimeMs, RecordingStopReason reason)
{
    return run(Step::Stopped, hearingTimeMs, protocol::RecordingEvents::stopText(reason, m_language));
}

Status HearingWorkflow::markCutOff(const QString &hearingDir)
{
    return run(Step::CutOff, protocol::RecordingSummary::read(hearingDir).endMs,
        protocol::RecordingEvents::stopText(RecordingStopReason::CutOff, m_language));
}

Status HearingWorkflow::onProtocolDraftSaved()
{
    auto current = storedStatus();
    if (!current)
        return current.error();
    m_status = *current;
    if (m_status != HearingStatus::Ended)
        return {}; // not a step: drafting before the end, or a later draft
    return run(Step::ProtocolDraft, 0);
}

Status HearingWorkflow::sign()
{
    return run(Step::Sign, 0);
}

Status HearingWorkflow::checkCanSign() const
{
    using S = HearingStatus;
    if (m_status == S::Ended || m_status == S::ProtocolDraft || m_status == S::Signed)
        return {};
    return refusal(Step::Sign, m_status);
}

Status HearingWorkflow::onProtocolSigned(bool judge, const QJsonObject &details)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto from = storedStatus();
    if (!from)
        return from.error();
    m_status = *from;
    if (Status can = checkCanSign(); !can)
        return can;
    const QString object = QStringLiteral("hearing:") + m_hearingId;
    const QString text = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    if (Status audited = AuditLog(m_db).append(QStringLiteral("protocol.sign"), object, text); !audited)
        return audited;
    const HearingStatus before = m_status;
    if (judge && m_status == HearingStatus::Ended) {
        // A signed version is a saved one: the draft step is implied.
        const QJsonObject step { { QStringLiteral("step"), stepId(Step::ProtocolDraft) },
            { QStringLiteral("trigger"), QStringLiteral("judge") } };
        if (Status moved = HearingRepository(m_db).setStatus(m_hearingId, HearingStatus::ProtocolDraft, step); !moved)
            return moved;
    }
    if (judge && m_status != HearingStatus::Signed) {
        const QJsonObject step { { QStringLiteral("step"), stepId(Step::Sign) },
            { QStringLiteral("trigger"), QStringLiteral("judge") } };
        if (Status moved = HearingRepository(m_db).setStatus(m_hearingId, HearingStatus::Signed, step); !moved)
            return moved;
    }
    if (Status committed = tx.commit(); !committed)
        return committed;
    if (judge)
        m_status = HearingStatus::Signed;
    qCInfo(lcHearing) << "hearing" << m_hearingId << "protocol signed" << (judge ? "by the judge" : "by the secretary");
    if (m_status != before && onStatusChanged)
        onStatusChanged(m_status);
    return {};
}

Status HearingWorkflow::onSigningFailed(const QJsonObject &details)
{
    const QString text = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    return AuditLog(m_db).append(
        QStringLiteral("protocol.sign_failed"), QStringLiteral("hearing:") + m_hearingId, text);
}

Status HearingWorkflow::issue()
{
    return run(Step::Issue, 0);
}

Status HearingWorkflow::archive()
{
    return run(Step::Archive, 0);
}

} // namespace hattama
