#pragma once

#include "hearing/HearingModel.h"
#include "hearing/HearingStatus.h"
#include "protocol/RecordingEvents.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QString>

#include <functional>
#include <optional>

namespace hattama {

class Database;

// One hearing's state machine (docs/hearing-states.md), the one place where a hearing's status
// moves: scheduled → live (recording) ⇄ recess → ended → protocol_draft → signed → issued →
// archived. Every step checks the current status, refuses what the machine does not allow
// with a usage error that names the status and the step, and commits in one transaction the
// status (HearingRepository, audited as "hearing.status" with the step, the hearing time and
// what triggered it) and, for recording events, a timeline entry at its hearing time
// (TimelineRepository, audited as "entry.create") whose kind the protocol states with its
// time.
//
// The recorder's driver (the GUI's recorder bridge, a RecordingSession, the command line)
// reports what happened with plain calls; the workflow holds no recorder. Not thread-safe:
// call it on the thread that owns the database connection.
class HearingWorkflow {
public:
    HearingWorkflow(Database &db, QString hearingId);

    // Hearings of the last withinDays days whose recording was cut off (still live or in
    // recess in the database: the program or the computer stopped while recording), to be
    // opened again or marked as ended. Empty when the database cannot be read.
    static QStringList cutOffHearings(Database &db, int withinDays = 30);

    // Reads the hearing's status and protocol language. Unknown id: usage error.
    Status load();
    const QString &hearingId() const { return m_hearingId; }
    HearingStatus status() const { return m_status; }
    // The language the workflow's timeline entries are written in (the protocol's).
    const QString &language() const { return m_language; }

    // Whether a recording may start now: a scheduled hearing, or one whose recording was cut
    // off (live or recess in the database). Refused once the hearing has ended.
    Status checkCanRecord() const;

    // Recording events, each with its moment on the hearing clock (ms since the first Record).
    Status onRecordingStarted(qint64 hearingTimeMs); // scheduled|live|recess → live, entry recording_started
    Status onRecess(qint64 hearingTimeMs); // live → recess, entry recess_start
    Status onResumed(qint64 hearingTimeMs); // recess → live, entry recess_end
    Status onSoundLost(qint64 hearingTimeMs); // live|recess, entry sound_lost (status stays)
    Status onSoundRestored(qint64 hearingTimeMs); // live|recess, entry sound_restored
    Status onStopped(qint64 hearingTimeMs, RecordingStopReason reason); // live|recess → ended

    // A recording cut off by a crash or power loss, marked as ended by a person: live|recess →
    // ended, with a recording_stopped entry (reason cut_off) where the recording in hearingDir
    // ends (its last closed segment; 0 without a recording).
    Status markCutOff(const QString &hearingDir);

    // A protocol draft version was saved: ended → protocol_draft. At any other status the
    // draft changes nothing here (a draft may be written while recording, and later drafts
    // follow the first), so this succeeds without a step.
    Status onProtocolDraftSaved();
    Status sign(); // protocol_draft → signed

    // The protocol's electronic signatures (docs/signature.md). A protocol may be signed once
    // the recording is over: ended, protocol_draft, or signed (a correction is signed anew).
    Status checkCanSign() const;
    // A signature was made, audited as "protocol.sign" with details (version, role, signer,
    // revocation). The judge's signature is the hearing's last workflow step: ended or
    // protocol_draft → signed, in the same transaction.
    Status onProtocolSigned(bool judge, const QJsonObject &details);
    // A signing attempt failed (wrong password, expired or revoked certificate, …): audited as
    // "protocol.sign_failed" with details (role, key file, error code); the status stays.
    Status onSigningFailed(const QJsonObject &details);
    Status issue(); // signed → issued (a party's copy went out)
    Status archive(); // issued → archived

    // After a committed step: the timeline entry it wrote (the GUI shows it) and the status.
    std::function<void(const TimelineEntry &)> onEntryWritten;
    std::function<void(HearingStatus)> onStatusChanged;

private:
    enum class Step {
        RecordingStarted,
        Recess,
        Resumed,
        SoundLost,
        SoundRestored,
        Stopped,
        CutOff,
        ProtocolDraft,
        Sign,
        Issue,
        Archive,
    };
    struct Rule {
        QList<HearingStatus> from;
        std::optional<HearingStatus> to; // nullopt: the status stays
        std::optional<EntryKind> entry; // the timeline entry written, if any
        const char *trigger; // "recorder" or "secretary" (audit)
    };

    static Rule rule(Step step);
    static QString stepId(Step step);
    Status run(Step step, qint64 hearingTimeMs, const QString &entryText = {});
    Status refusal(Step step, HearingStatus from) const;
    Result<HearingStatus> storedStatus() const;

    Database &m_db;
    QString m_hearingId;
    HearingStatus m_status = HearingStatus::Scheduled;
    QString m_language = QStringLiteral("ru");
};

} // namespace hattama
