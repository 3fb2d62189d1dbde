#include "protocol/HearingToProtocol.h"

#include "hearing/CityNames.h"
#include "hearing/HearingModel.h"
#include "hearing/Role.h"
#include "util/CourtTime.h"

namespace hattama::protocol {

namespace {
// Times are printed in the court's time zone (a court setting), not the computer's.
QDateTime courtTime(const QDateTime &time)
{
    return CourtTime::toCourt(time);
}
} // namespace

ProtocolInput protocolInputFromHearing(const HearingRecord &record, const RecordingSummary &recording)
{
    const Hearing &hearing = record.hearing;
    ProtocolInput input;
    input.hearingId = hearing.id;
    input.courtNameRu = hearing.court.nameRu;
    input.courtNameKk = hearing.court.nameKk.isEmpty() ? hearing.court.nameRu : hearing.court.nameKk;
    input.cityRu = hearing.court.city;
    input.cityKk = kazakhCityName(hearing.court.city); // «Караганда» → «Қарағанды»
    input.courtroom = hearing.courtroom;
    input.caseNumber = hearing.caseInfo.number;
    input.category = categoryId(hearing.caseInfo.category);
    input.subject = hearing.caseInfo.subject;
    input.judge = hearing.caseInfo.judge;
    input.closedSession = hearing.closedSession;
    input.scheduledStart = courtTime(hearing.scheduledStart);
    // A hearing imported with its timeline but never started here: it began with its first entry.
    input.actualStart = courtTime(hearing.actualStart);
    if (!input.actualStart.isValid() && !record.entries.isEmpty())
        input.actualStart = courtTime(record.entries.first().wallTime);
    if (!input.actualStart.isValid())
        input.actualStart = input.scheduledStart;
    input.actualEnd = courtTime(hearing.actualEnd);
    input.hasRecording = recording.present();
    if (input.hasRecording) {
        input.manifestHeadHash = recording.manifestHeadHash;
        input.recordingParts = recording.parts;
        input.recordedDurationMs = recording.durationMs;
    }

    for (const Participant &participant : record.participants) {
        if (participant.role == Role::Secretary && input.secretary.isEmpty())
            input.secretary = participant.fullName;
        if (participant.role == Role::Judge && input.judge.isEmpty())
            input.judge = participant.fullName;
        input.participants.append(
            { participant.fullName, roleId(participant.role), participant.present, participant.note });
    }

    for (const TimelineEntry &entry : record.entries) {
        ProtocolEntry out;
        out.id = QString::number(entry.id);
        out.hearingTimeMs = entry.hearingTimeMs;
        out.wallTime = courtTime(entry.wallTime);
        out.kind = entry.kind;
        out.event = entry.eventId;
        out.text = entry.text;
        if (const Participant *speaker = record.participant(entry.speakerParticipantId)) {
            out.speakerName = speaker->fullName;
            out.speakerRole = roleId(speaker->role);
        }
        input.entries.append(out);
    }
    return input;
}

} // namespace hattama::protocol
