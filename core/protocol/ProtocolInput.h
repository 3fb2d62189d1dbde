#pragma once

#include "hearing/HearingModel.h"

#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hattama::protocol {

// One person in the hearing. role is a stable id: judge, prosecutor, defender, defendant,
// victim, plaintiff, respondent, representative, witness, expert, specialist, interpreter,
// bailiff, secretary, other (LegalTerms names them in Russian and Kazakh).
struct ProtocolParticipant {
    QString name;
    QString role;
    bool present = true;
    QString note; // e.g. "по доверенности", "не явился, извещён"
};

// One entry of the hearing timeline, in the order of hearing time.
struct ProtocolEntry {
    QString id; // stable id from storage; empty: derived from position and time
    qint64 hearingTimeMs = 0; // on the hearing clock (the recording's time code)
    QDateTime wallTime; // local court time (Asia/Almaty or a fixed +05:00 offset)
    EntryKind kind = EntryKind::Note; // the hearing's own kinds (hearing/HearingModel.h)
    QString event; // the catalogue event id (EventCatalogue, hearing's TimelineEntry::eventId), may be empty
    QString text; // free text typed by the secretary
    QString speakerName;
    QString speakerRole; // role id as for participants
};

// Free text for the full protocol, one per item of CPC art. 347 that is not a timeline entry
// (identity of the defendant, content of testimony, closing arguments, ...).
struct ProtocolSection {
    QString id; // stable id (LegalTerms::sectionTitle), e.g. "testimony"
    QString title; // empty: the standard title for id in the protocol's language
    QString text;
};

// Everything the protocol is built from: a plain snapshot of the hearing. The storage layer
// fills it (an adapter after the hearing model lands); fromJson() reads the documented JSON
// shape (docs/protocol.md) that tests and `hattama protocol DIR` use until then.
struct ProtocolInput {
    QString hearingId;
    QString courtNameRu;
    QString courtNameKk;
    QString cityRu;
    QString cityKk;
    QString courtroom;
    QString caseNumber;
    QString category; // criminal, civil, administrative
    QString subject; // what the case is about (charge article, claim)
    QString judge; // presiding judge
    QString secretary;
    QString composition; // e.g. "единолично" / "жеке дара"; empty: sole judge wording
    bool closedSession = false;
    QDateTime scheduledStart;
    QDateTime actualStart;
    QDateTime scheduledEnd;
    QDateTime actualEnd;
    bool hasRecording = false;
    QString manifestHeadHash; // SHA-256 hex of the media manifest's last entry
    int recordingParts = 0; // 0: not known (the protocol then names no parts or duration)
    qint64 recordedDurationMs = 0; // all parts together
    QList<ProtocolParticipant> participants;
    QList<ProtocolEntry> entries;
    QList<ProtocolSection> sections;

    static Result<ProtocolInput> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    // SHA-256 (hex) of the canonical JSON: the "generated from" state of the hearing data.
    QString snapshotHash() const;
};

} // namespace hattama::protocol
