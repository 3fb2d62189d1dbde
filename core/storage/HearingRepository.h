#pragma once

#include "hearing/HearingModel.h"
#include "util/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace hattama {

class Database;

// What `hearing list` filters by; empty fields do not filter.
struct HearingFilter {
    QDate date; // scheduled date
    QDate from; // scheduled date range, inclusive
    QDate to;
    QString caseNumber; // substring of the case number
    QString participant; // every word is part of a participant's name (any case)
    QString text; // every word in an entry's text (word prefix), or in a participant's
                  // name, or part of the case number
};

struct HearingSummary {
    QString id;
    QDateTime scheduledStart;
    QString caseNumber;
    CaseCategory category = CaseCategory::Civil;
    HearingStatus status = HearingStatus::Scheduled;
    QString courtroom;
    QString courtNameRu;
    QString courtNameKk;
};

struct SaveResult {
    QString hearingId;
    bool created = false; // false: an existing hearing (same case number and scheduled date) was updated
    int entriesAdded = 0;
};

// Hearings with their court, courtroom, case, participants and channel map.
class HearingRepository {
public:
    explicit HearingRepository(Database &db)
        : m_db(db)
    {
    }

    // Creates the hearing, or updates the one with the same case number and scheduled date
    // (idempotent import): court, courtroom and case are found or created by their natural
    // keys (court name_ru + city, courtroom name, case number); participants are matched by
    // key and updated or added (none removed); the channel map is replaced; timeline entries
    // are added unless one with the same time, kind and text exists. Participant ids in
    // record (audio channels, entry speakers) may be any ids unique within record, e.g. the
    // negative placeholders HearingJson uses; they are mapped to stored ids. One transaction.
    Result<SaveResult> save(const HearingRecord &record);

    // Everything about one hearing: participants by position, channel map, cameras and the
    // not-deleted timeline entries by hearing time. Unknown id: usage error.
    Result<HearingRecord> load(const QString &hearingId) const;
    Result<std::optional<QString>> findId(const QString &caseNumber, QDate scheduledDate) const;
    Result<QList<HearingSummary>> list(const HearingFilter &filter = {}) const;

    // Moves the status along scheduled → live ⇄ recess → ended → protocol_draft → signed →
    // issued → archived; any other move is refused (usage error). Going live first sets actual
    // start, ending sets actual end. Audited ("hearing.status", details {from, to} plus the
    // caller's details, e.g. the hearing time and what triggered it). Callers outside storage
    // go through session/HearingWorkflow, which holds the rules (docs/hearing-states.md).
    Status setStatus(const QString &hearingId, HearingStatus to, const QJsonObject &details = {});

    Result<Participant> addParticipant(const QString &hearingId, const Participant &participant);
    Status updateParticipant(const QString &hearingId, const Participant &participant);
    Status setChannelMap(
        const QString &hearingId, const QList<AudioChannel> &channels, const QList<CameraView> &cameras);

private:
    Result<qint64> upsertCourt(const Court &court);
    Result<qint64> upsertCourtroom(qint64 courtId, const QString &name);
    Result<qint64> upsertCase(qint64 courtId, const CaseInfo &caseInfo);
    Status writeChannelMap(
        const QString &hearingId, const QList<AudioChannel> &channels, const QList<CameraView> &cameras);

    Database &m_db;
};

} // namespace hattama
