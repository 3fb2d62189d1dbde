#include "protocol/ProtocolInput.h"

#include "util/SystemConfig.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace hattama::protocol {

namespace {

const QString kCourtOffset = QStringLiteral("+05:00");

// ISO 8601 with an offset or a zone; a value without one is taken as court time (+05:00).
Result<QDateTime> parseTime(const QJsonObject &json, const QString &key, bool required)
{
    const QString text = json.value(key).toString();
    if (text.isEmpty()) {
        if (required)
            return Error::of(ErrorCode::HearingDataMissing, { key });
        return QDateTime();
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text + kCourtOffset, Qt::ISODateWithMs);
    if (!time.isValid())
        return Error::of(ErrorCode::HearingDataBadTime, { key, text });
    if (time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), SystemConfig::courtTimeZone());
    return time;
}

QString formatTime(const QDateTime &time)
{
    return time.isValid() ? time.toString(Qt::ISODateWithMs) : QString();
}

} // namespace

Result<ProtocolInput> ProtocolInput::fromJson(const QJsonObject &json)
{
    ProtocolInput input;
    input.hearingId = json.value(QLatin1String("hearingId")).toString();
    const QJsonObject court = json.value(QLatin1String("court")).toObject();
    input.courtNameRu = court.value(QLatin1String("nameRu")).toString();
    input.courtNameKk = court.value(QLatin1String("nameKk")).toString();
    input.cityRu = court.value(QLatin1String("cityRu")).toString();
    input.cityKk = court.value(QLatin1String("cityKk")).toString();
    input.courtroom = court.value(QLatin1String("courtroom")).toString();
    input.caseNumber = json.value(QLatin1String("caseNumber")).toString();
    input.category = json.value(QLatin1String("category")).toString(QStringLiteral("criminal"));
    input.subject = json.value(QLatin1String("subject")).toString();
    input.judge = json.value(QLatin1String("judge")).toString();
    input.secretary = json.value(QLatin1String("secretary")).toString();
    input.composition = json.value(QLatin1String("composition")).toString();
    input.closedSession = json.value(QLatin1String("closedSession")).toBool(false);

    if (input.hearingId.isEmpty())
        return Error::of(ErrorCode::HearingDataMissing, { QStringLiteral("hearingId") });
    if (input.caseNumber.isEmpty())
        return Error::of(ErrorCode::HearingDataMissing, { QStringLiteral("caseNumber") });
    if (input.category != QLatin1String("criminal") && input.category != QLatin1String("civil")
        && input.category != QLatin1String("administrative"))
        return Error::of(ErrorCode::HearingDataUnknownCategory, { input.category });

    const QJsonObject times = json.value(QLatin1String("times")).toObject();
    auto scheduledStart = parseTime(times, QStringLiteral("scheduledStart"), false);
    auto actualStart = parseTime(times, QStringLiteral("actualStart"), true);
    auto scheduledEnd = parseTime(times, QStringLiteral("scheduledEnd"), false);
    auto actualEnd = parseTime(times, QStringLiteral("actualEnd"), false);
    for (const auto *time : { &scheduledStart, &actualStart, &scheduledEnd, &actualEnd })
        if (!time->ok())
            return time->error();
    input.scheduledStart = *scheduledStart;
    input.actualStart = *actualStart;
    input.scheduledEnd = *scheduledEnd;
    input.actualEnd = *actualEnd;

    const QJsonObject recording = json.value(QLatin1String("recording")).toObject();
    input.hasRecording = recording.value(QLatin1String("present")).toBool(false);
    input.manifestHeadHash = recording.value(QLatin1String("manifestHeadHash")).toString();
    input.recordingParts = recording.value(QLatin1String("parts")).toInt(0);
    input.recordedDurationMs = recording.value(QLatin1String("durationMs")).toInteger(0);
    if (input.recordingParts < 0 || input.recordedDurationMs < 0)
        return usageError(QStringLiteral("hearing data: 'recording' has a negative part count or duration"));

    for (const QJsonValue &value : json.value(QLatin1String("participants")).toArray()) {
        const QJsonObject object = value.toObject();
        ProtocolParticipant participant;
        participant.name = object.value(QLatin1String("name")).toString();
        participant.role = object.value(QLatin1String("role")).toString(QStringLiteral("other"));
        participant.present = object.value(QLatin1String("present")).toBool(true);
        participant.note = object.value(QLatin1String("note")).toString();
        if (participant.name.isEmpty())
            return Error::of(ErrorCode::HearingDataParticipantNoName);
        input.participants << participant;
    }

    const QJsonArray entries = json.value(QLatin1String("entries")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject object = entries.at(i).toObject();
        ProtocolEntry entry;
        entry.id = object.value(QLatin1String("id")).toString();
        entry.hearingTimeMs = object.value(QLatin1String("hearingTimeMs")).toInteger(-1);
        if (entry.hearingTimeMs < 0)
            return Error::of(
                ErrorCode::HearingDataEntryNoTime, { QString::number(i + 1), QStringLiteral("hearingTimeMs") });
        auto wall = parseTime(object, QStringLiteral("wallTime"), false);
        if (!wall.ok())
            return wall.error();
        entry.wallTime = *wall;
        const QString kind = object.value(QLatin1String("kind")).toString(QStringLiteral("note"));
        const std::optional<EntryKind> known = entryKindFromId(kind);
        if (!known)
            return Error::of(ErrorCode::HearingDataEntryUnknownKind, { QString::number(i + 1), kind });
        entry.kind = *known;
        entry.event = object.value(QLatin1String("event")).toString();
        entry.text = object.value(QLatin1String("text")).toString();
        const QJsonObject speaker = object.value(QLatin1String("speaker")).toObject();
        entry.speakerName = speaker.value(QLatin1String("name")).toString();
        entry.speakerRole = speaker.value(QLatin1String("role")).toString();
        input.entries << entry;
    }
    // Entries are kept in hearing-time order; equal times keep their given order.
    std::stable_sort(input.entries.begin(), input.entries.end(),
        [](const ProtocolEntry &a, const ProtocolEntry &b) { return a.hearingTimeMs < b.hearingTimeMs; });

    for (const QJsonValue &value : json.value(QLatin1String("sections")).toArray()) {
        const QJsonObject object = value.toObject();
        ProtocolSection section;
        section.id = object.value(QLatin1String("id")).toString();
        section.title = object.value(QLatin1String("title")).toString();
        section.text = object.value(QLatin1String("text")).toString();
        input.sections << section;
    }
    return input;
}

QJsonObject ProtocolInput::toJson() const
{
    QJsonObject json;
    json.insert(QLatin1String("hearingId"), hearingId);
    json.insert(QLatin1String("court"),
        QJsonObject { { QLatin1String("nameRu"), courtNameRu }, { QLatin1String("nameKk"), courtNameKk },
            { QLatin1String("cityRu"), cityRu }, { QLatin1String("cityKk"), cityKk },
            { QLatin1String("courtroom"), courtroom } });
    json.insert(QLatin1String("caseNumber"), caseNumber);
    json.insert(QLatin1String("category"), category);
    json.insert(QLatin1String("subject"), subject);
    json.insert(QLatin1String("judge"), judge);
    json.insert(QLatin1String("secretary"), secretary);
    json.insert(QLatin1String("composition"), composition);
    json.insert(QLatin1String("closedSession"), closedSession);
    json.insert(QLatin1String("times"),
        QJsonObject { { QLatin1String("scheduledStart"), formatTime(scheduledStart) },
            { QLatin1String("actualStart"), formatTime(actualStart) },
            { QLatin1String("scheduledEnd"), formatTime(scheduledEnd) },
            { QLatin1String("actualEnd"), formatTime(actualEnd) } });
    QJsonObject recording { { QLatin1String("present"), hasRecording },
        { QLatin1String("manifestHeadHash"), manifestHeadHash } };
    if (recordingParts > 0) { // absent when unknown, so older snapshots keep their hash
        recording.insert(QLatin1String("parts"), recordingParts);
        recording.insert(QLatin1String("durationMs"), recordedDurationMs);
    }
    json.insert(QLatin1String("recording"), recording);
    QJsonArray people;
    for (const auto &participant : participants)
        people.append(
            QJsonObject { { QLatin1String("name"), participant.name }, { QLatin1String("role"), participant.role },
                { QLatin1String("present"), participant.present }, { QLatin1String("note"), participant.note } });
    json.insert(QLatin1String("participants"), people);
    QJsonArray timeline;
    for (const auto &entry : entries)
        timeline.append(
            QJsonObject { { QLatin1String("id"), entry.id }, { QLatin1String("hearingTimeMs"), entry.hearingTimeMs },
                { QLatin1String("wallTime"), formatTime(entry.wallTime) },
                { QLatin1String("kind"), entryKindId(entry.kind) }, { QLatin1String("event"), entry.event },
                { QLatin1String("text"), entry.text },
                { QLatin1String("speaker"),
                    QJsonObject { { QLatin1String("name"), entry.speakerName },
                        { QLatin1String("role"), entry.speakerRole } } } });
    json.insert(QLatin1String("entries"), timeline);
    QJsonArray texts;
    for (const auto &section : sections)
        texts.append(QJsonObject { { QLatin1String("id"), section.id }, { QLatin1String("title"), section.title },
            { QLatin1String("text"), section.text } });
    json.insert(QLatin1String("sections"), texts);
    return json;
}

QString ProtocolInput::snapshotHash() const
{
    const QByteArray canonical = QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

} // namespace hattama::protocol
