#include "copy/CopyData.h"

#include "hearing/Role.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hattama {

namespace {

bool kazakh(const QString &language)
{
    return language == QLatin1String("kk");
}

const Participant *participantOnChannel(const std::optional<HearingRecord> &record, int channel)
{
    if (!record)
        return nullptr;
    for (const AudioChannel &audio : record->audioChannels)
        if (audio.channel == channel)
            return record->participant(audio.participantId);
    return nullptr;
}

QString channelLabel(const std::optional<HearingRecord> &record, int channel)
{
    if (record)
        for (const AudioChannel &audio : record->audioChannels)
            if (audio.channel == channel)
                return audio.label;
    return {};
}

// Entries strictly inside a left-out passage are left out with it; the entries that open and
// close it stay (the page shows the passage from them).
bool insideExcluded(const CopyPlan &plan, qint64 ms)
{
    for (const CopyPassage &passage : plan.excluded)
        if (ms > passage.startMs && ms < passage.endMs)
            return true;
    return false;
}

QJsonArray passagesJson(const QList<CopyPassage> &passages)
{
    QJsonArray array;
    for (const CopyPassage &passage : passages)
        array.append(QJsonObject { { QStringLiteral("startMs"), passage.startMs }, { QStringLiteral("endMs"), passage.endMs },
            { QStringLiteral("kind"), passage.kind }, { QStringLiteral("reason"), passage.reason } });
    return array;
}

QString isoTime(const QDateTime &time)
{
    return time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODate);
}

} // namespace

namespace CopyData {

QString cameraFileName(int number, const QString &language)
{
    Q_UNUSED(language); // «Камера» in both languages
    return QStringLiteral("Камера %1").arg(number);
}

QString programFileName(const QString &language)
{
    return kazakh(language) ? QStringLiteral("Бағдарлама.mp4") : QStringLiteral("Программа.mp4");
}

QString microphoneFileName(int channel, const QString &name, const QString &language)
{
    Q_UNUSED(language); // «Микрофон» in both languages
    return QStringLiteral("Микрофон %1 %2").arg(channel).arg(name).trimmed();
}

QString microphoneName(const std::optional<HearingRecord> &record, const TimelineMicrophone &microphone)
{
    if (const Participant *participant = participantOnChannel(record, microphone.channel))
        return participant->fullName;
    if (const QString label = channelLabel(record, microphone.channel); !label.isEmpty())
        return label;
    return microphone.title.isEmpty() ? microphone.name : microphone.title;
}

QJsonObject object(const CopyDataInput &input)
{
    const QString &lang = input.language;
    QJsonObject data { { QStringLiteral("format"), QStringLiteral("hattama-copy") }, { QStringLiteral("version"), 1 },
        { QStringLiteral("language"), lang }, { QStringLiteral("profile"), input.profile } };
    const CaseCategory category = input.record ? input.record->hearing.caseInfo.category : CaseCategory::Civil;
    if (input.record) {
        const Hearing &hearing = input.record->hearing;
        data.insert(QStringLiteral("court"),
            QJsonObject { { QStringLiteral("name"),
                kazakh(lang) && !hearing.court.nameKk.isEmpty() ? hearing.court.nameKk : hearing.court.nameRu } });
        data.insert(QStringLiteral("case"),
            QJsonObject { { QStringLiteral("number"), hearing.caseInfo.number },
                { QStringLiteral("category"), categoryId(hearing.caseInfo.category) },
                { QStringLiteral("title"), hearing.caseInfo.subject } });
    }
    QJsonObject hearing { { QStringLiteral("id"), input.timeline.hearingId() },
        { QStringLiteral("durationMs"), input.timeline.endMs() } };
    if (input.record) {
        const QDateTime started = input.record->hearing.actualStart.isValid() ? input.record->hearing.actualStart
                                                                             : input.record->hearing.scheduledStart;
        if (started.isValid())
            hearing.insert(QStringLiteral("startedAt"), isoTime(started));
    }
    data.insert(QStringLiteral("hearing"), hearing);
    const QString recipientName = input.recipient.section(QLatin1Char(','), 0, 0).trimmed();
    const QString recipientRole = input.recipient.section(QLatin1Char(','), 1).trimmed();
    data.insert(QStringLiteral("recipient"),
        QJsonObject { { QStringLiteral("name"), recipientName }, { QStringLiteral("role"), recipientRole } });
    data.insert(QStringLiteral("issued"),
        QJsonObject { { QStringLiteral("by"), input.issuedBy }, { QStringLiteral("at"), isoTime(input.issuedAt) } });

    QJsonArray cameras;
    if (input.profile == QLatin1String("compact")) {
        cameras.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("program") },
            { QStringLiteral("name"), kazakh(lang) ? QStringLiteral("Бағдарлама") : QStringLiteral("Программа") } });
    } else {
        for (const TimelineCamera &camera : input.timeline.cameras()) {
            // «Камера 1», with the view the hearing gives it: «Камера 1 — Судья».
            QString name = cameraFileName(camera.number, lang);
            if (input.record)
                for (const CameraView &view : input.record->cameras)
                    if (view.camera == camera.number && !view.viewName.isEmpty())
                        name += QStringLiteral(" — ") + view.viewName;
            cameras.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("cam%1").arg(camera.number) },
                { QStringLiteral("name"), name } });
        }
    }
    data.insert(QStringLiteral("cameras"), cameras);
    QJsonArray microphones;
    for (const TimelineMicrophone &microphone : input.timeline.microphones()) {
        QJsonObject mic { { QStringLiteral("id"), QStringLiteral("mic%1").arg(microphone.channel) },
            { QStringLiteral("channel"), microphone.channel },
            { QStringLiteral("name"), microphoneName(input.record, microphone) } };
        if (const Participant *participant = participantOnChannel(input.record, microphone.channel))
            mic.insert(QStringLiteral("role"), roleName(participant->role, lang, category).toLower());
        microphones.append(mic);
    }
    data.insert(QStringLiteral("microphones"), microphones);

    QJsonArray parts;
    for (qsizetype i = 0; i < input.plan.parts.size(); ++i) {
        const CopyPart &part = input.plan.parts.at(i);
        QJsonObject cameraFiles;
        QJsonObject microphoneFiles;
        if (i < input.files.parts.size()) {
            for (auto it = input.files.parts.at(i).cameras.cbegin(); it != input.files.parts.at(i).cameras.cend(); ++it)
                cameraFiles.insert(it.key(), it.value());
            for (auto it = input.files.parts.at(i).microphones.cbegin(); it != input.files.parts.at(i).microphones.cend(); ++it)
                microphoneFiles.insert(it.key(), it.value());
        }
        parts.append(QJsonObject { { QStringLiteral("number"), part.number }, { QStringLiteral("startMs"), part.startMs },
            { QStringLiteral("endMs"), part.endMs }, { QStringLiteral("cameras"), cameraFiles },
            { QStringLiteral("microphones"), microphoneFiles } });
    }
    data.insert(QStringLiteral("parts"), parts);

    QJsonArray entries;
    if (input.record) {
        for (const TimelineEntry &entry : input.record->entries) {
            if (entry.deleted || insideExcluded(input.plan, entry.hearingTimeMs))
                continue;
            QJsonObject item { { QStringLiteral("timeMs"), entry.hearingTimeMs },
                { QStringLiteral("kind"), entryKindId(entry.kind) }, { QStringLiteral("text"), entry.text } };
            if (const Participant *speaker = input.record->participant(entry.speakerParticipantId))
                item.insert(QStringLiteral("speaker"), speaker->fullName);
            entries.append(item);
        }
    }
    data.insert(QStringLiteral("entries"), entries);
    QJsonArray recesses;
    for (const TimelineGap &gap : input.timeline.gaps())
        recesses.append(QJsonObject { { QStringLiteral("startMs"), gap.startMs }, { QStringLiteral("endMs"), gap.endMs } });
    data.insert(QStringLiteral("recesses"), recesses);
    data.insert(QStringLiteral("excluded"), passagesJson(input.plan.excluded));
    if (!input.plan.sealedIncluded.isEmpty())
        data.insert(QStringLiteral("sealedIncluded"), passagesJson(input.plan.sealedIncluded));

    QJsonObject protocol;
    const QMap<QString, QString> &files = input.files.protocol;
    auto put = [&protocol, &files](const char *key, const QString &name) {
        if (files.contains(name))
            protocol.insert(QLatin1String(key), files.value(name));
    };
    put("html", QStringLiteral("html"));
    put("pdf", QStringLiteral("protocol.pdf"));
    put("signature", QStringLiteral("protocol.pdf.p7s"));
    put("seal", QStringLiteral("seal.json"));
    put("sealSignature", QStringLiteral("seal.json.p7s"));
    protocol.insert(QStringLiteral("signed"), input.files.protocolSigned);
    data.insert(QStringLiteral("protocol"), protocol);
    return data;
}

QByteArray script(const CopyDataInput &input)
{
    return "window.HATTAMA_COPY = " + QJsonDocument(object(input)).toJson(QJsonDocument::Indented).trimmed() + ";\n";
}

CopyDescription description(const CopyDataInput &input)
{
    CopyDescription description;
    description.hearingId = input.timeline.hearingId();
    const QJsonObject data = object(input);
    description.caseNumber = data.value(QStringLiteral("case")).toObject().value(QStringLiteral("number")).toString();
    description.court = data.value(QStringLiteral("court")).toObject().value(QStringLiteral("name")).toString();
    description.language = input.language;
    description.recipient = input.recipient;
    description.issuedBy = input.issuedBy;
    description.issuedAt = input.issuedAt;
    description.excluded = passagesJson(input.plan.excluded);
    return description;
}

ReadmeFacts readmeFacts(const CopyDataInput &input)
{
    ReadmeFacts facts;
    const CopyDescription d = description(input);
    facts.caseNumber = d.caseNumber;
    facts.court = d.court;
    if (input.record) {
        const QDateTime started = input.record->hearing.actualStart.isValid() ? input.record->hearing.actualStart
                                                                             : input.record->hearing.scheduledStart;
        facts.hearingDate = started.toString(QStringLiteral("dd.MM.yyyy HH:mm"));
    }
    facts.recipient = input.recipient;
    facts.issuedBy = input.issuedBy;
    facts.issuedAt = input.issuedAt.toString(QStringLiteral("dd.MM.yyyy HH:mm"));
    return facts;
}

QString volumeId(const CopyDataInput &input)
{
    QString id;
    const QString source = description(input).caseNumber.isEmpty() ? QStringLiteral("HATTAMA") : description(input).caseNumber;
    for (const QChar c : source.toUpper())
        id += (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c.isDigit() ? c : QLatin1Char('_');
    return id.left(32);
}

} // namespace CopyData
} // namespace hattama
