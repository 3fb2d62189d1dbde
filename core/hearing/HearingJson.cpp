#include "hearing/HearingJson.h"

#include "hearing/HearingId.h"
#include "hearing/StrictJsonScan.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

#include <cmath>
#include <limits>

namespace hattama {

namespace {

// The type of a JSON value as an error term id (ErrorCatalogue words it in the user's language).
QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

// Reads fields of one JSON object, remembering the first error with its path.
class Reader {
public:
    Reader(QJsonObject object, QString path, std::optional<Error> &error)
        : m_object(std::move(object))
        , m_path(std::move(path))
        , m_error(error)
    {
    }

    QString at(const QString &key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }

    // Remembers the first rejection: code with the field's path as %1, then args.
    void fail(const QString &key, ErrorCode code, const QStringList &args = {}) const
    {
        if (!m_error)
            m_error = Error::of(code, QStringList { at(key) } + args);
    }

    bool has(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        return !value.isUndefined() && !value.isNull();
    }

    QString string(const QString &key, bool required, const QString &fallback = {}) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(key, ErrorCode::ImportFieldMissing, { QStringLiteral("string") });
            return fallback;
        }
        if (!value.isString()) {
            fail(key, ErrorCode::ImportFieldType, { QStringLiteral("string"), typeName(value) });
            return fallback;
        }
        if (required && value.toString().trimmed().isEmpty())
            fail(key, ErrorCode::ImportFieldEmpty);
        return value.toString();
    }

    bool boolean(const QString &key, bool fallback) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isBool())
            fail(key, ErrorCode::ImportFieldType, { QStringLiteral("boolean"), typeName(value) });
        return value.toBool(fallback);
    }

    // A whole number from minimum to maximum, range-checked before it is narrowed: a JSON
    // integer is read exactly (Qt keeps it as qint64), any other number as a double.
    qint64 integer(const QString &key, bool required, qint64 minimum, qint64 maximum, qint64 fallback = 0) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(key, ErrorCode::ImportFieldMissing, { QStringLiteral("number") });
            return fallback;
        }
        if (!value.isDouble()) {
            fail(key, ErrorCode::ImportFieldType, { QStringLiteral("integer"), typeName(value) });
            return fallback;
        }
        const QVariant exact = value.toVariant();
        bool below = false;
        bool above = false;
        qint64 number = 0;
        if (exact.typeId() == QMetaType::LongLong) {
            number = exact.toLongLong();
            below = number < minimum;
            above = number > maximum;
        } else {
            const double real = value.toDouble();
            if (!std::isfinite(real) || real != std::floor(real)) {
                fail(key, ErrorCode::ImportFieldType, { QStringLiteral("integer"), typeName(value) });
                return fallback;
            }
            // 2^63 as a double: anything from there on does not fit a qint64.
            constexpr double kTwoTo63 = 9'223'372'036'854'775'808.0;
            below = real < -kTwoTo63;
            above = real >= kTwoTo63;
            if (!below && !above) {
                number = static_cast<qint64>(real);
                below = number < minimum;
                above = number > maximum;
            }
        }
        if (below) {
            fail(key, ErrorCode::ImportNumberTooSmall, { QString::number(minimum) });
            return fallback;
        }
        if (above) {
            fail(key, ErrorCode::ImportNumberTooLarge, { QString::number(maximum) });
            return fallback;
        }
        return number;
    }

    QDateTime time(const QString &key, bool required) const
    {
        const QString text = string(key, required);
        if (text.isEmpty())
            return {};
        const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
            fail(key, ErrorCode::ImportBadTime, { text });
        return time;
    }

    QJsonObject object(const QString &key, bool required) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(key, ErrorCode::ImportFieldMissing, { QStringLiteral("object") });
            return {};
        }
        if (!value.isObject())
            fail(key, ErrorCode::ImportFieldType, { QStringLiteral("object"), typeName(value) });
        return value.toObject();
    }

    QJsonArray array(const QString &key, bool required) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(key, ErrorCode::ImportFieldMissing, { QStringLiteral("array") });
            return {};
        }
        if (!value.isArray())
            fail(key, ErrorCode::ImportFieldType, { QStringLiteral("array"), typeName(value) });
        return value.toArray();
    }

    // Element i of an array must be an object.
    QJsonObject element(const QJsonArray &array, const QString &key, qsizetype i) const
    {
        const QJsonValue value = array.at(i);
        if (!value.isObject())
            fail(QStringLiteral("%1[%2]").arg(key).arg(i), ErrorCode::ImportFieldType,
                { QStringLiteral("object"), typeName(value) });
        return value.toObject();
    }

private:
    QJsonObject m_object;
    QString m_path;
    std::optional<Error> &m_error;
};

QStringList roleIds(const QList<Role> &roles)
{
    QStringList ids;
    for (Role role : roles)
        ids << roleId(role);
    return ids;
}

QJsonValue timeValue(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    if (time.timeSpec() == Qt::OffsetFromUTC)
        return time.toString(Qt::ISODateWithMs);
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
}

} // namespace

Result<QByteArray> HearingJson::readFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error::of(ErrorCode::ImportNotAFile, { path });
    if (info.isFile() && info.size() > kMaxFileBytes)
        return Error::of(ErrorCode::ImportFileTooLarge, { path, QString::number(kMaxFileBytes) });
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::of(ErrorCode::FileUnreadable, { path, file.errorString() });
    // One byte more than allowed tells a file that grew since it was looked at.
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error::of(ErrorCode::FileUnreadable, { path, file.errorString() });
    if (bytes.size() > kMaxFileBytes)
        return Error::of(ErrorCode::ImportFileTooLarge, { path, QString::number(kMaxFileBytes) });
    return bytes;
}

Result<HearingRecord> HearingJson::parse(const QByteArray &json)
{
    if (json.size() > kMaxFileBytes)
        return Error::of(ErrorCode::ImportFileTooLarge, { QStringLiteral("(document)"), QString::number(kMaxFileBytes) });
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        const int line = static_cast<int>(json.left(parseError.offset).count('\n')) + 1;
        return Error::of(ErrorCode::ImportNotJson,
            { QString::number(line), QString::number(parseError.offset), parseError.errorString() });
    }
    if (!document.isObject())
        return Error::of(ErrorCode::ImportNotObject);
    if (auto strictError = StrictJsonScan::check(json, kMaxStringLength))
        return *strictError;

    std::optional<Error> error;
    const Reader root(document.object(), {}, error);
    HearingRecord record;
    Hearing &hearing = record.hearing;

    if (root.has(QStringLiteral("format")) && root.string(QStringLiteral("format"), false) != QLatin1String(kFormat))
        root.fail(QStringLiteral("format"), ErrorCode::ImportWrongFormat, { QLatin1String(kFormat) });
    if (root.integer(QStringLiteral("version"), false, 1, std::numeric_limits<int>::max(), kVersion) > kVersion)
        root.fail(QStringLiteral("version"), ErrorCode::ImportVersionTooNew, { QString::number(kVersion) });

    const Reader court(root.object(QStringLiteral("court"), true), QStringLiteral("court"), error);
    hearing.court.nameRu = court.string(QStringLiteral("name_ru"), true);
    hearing.court.nameKk = court.string(QStringLiteral("name_kk"), false);
    hearing.court.city = court.string(QStringLiteral("city"), false);
    hearing.courtroom = root.string(QStringLiteral("courtroom"), false);

    const Reader caseReader(root.object(QStringLiteral("case"), true), QStringLiteral("case"), error);
    hearing.caseInfo.number = caseReader.string(QStringLiteral("number"), true).trimmed();
    const QString category = caseReader.string(QStringLiteral("category"), true);
    if (!category.isEmpty()) {
        if (const auto value = categoryFromId(category))
            hearing.caseInfo.category = *value;
        else
            caseReader.fail(QStringLiteral("category"), ErrorCode::ImportUnknownCategory,
                { category, QStringLiteral("criminal, civil, administrative") });
    }
    hearing.caseInfo.subject = caseReader.string(QStringLiteral("subject"), false);
    hearing.caseInfo.judge = caseReader.string(QStringLiteral("judge"), false);

    const Reader hearingReader(root.object(QStringLiteral("hearing"), true), QStringLiteral("hearing"), error);
    hearing.id = hearingReader.string(QStringLiteral("id"), false);
    if (!hearing.id.isEmpty() && !HearingId::isValid(hearing.id))
        hearingReader.fail(QStringLiteral("id"), ErrorCode::ImportBadHearingId, { hearing.id });
    hearing.scheduledStart = hearingReader.time(QStringLiteral("scheduled_start"), true);
    hearing.actualStart = hearingReader.time(QStringLiteral("actual_start"), false);
    hearing.actualEnd = hearingReader.time(QStringLiteral("actual_end"), false);
    hearing.closedSession = hearingReader.boolean(QStringLiteral("closed_session"), false);
    hearing.language = hearingReader.string(QStringLiteral("language"), false, QStringLiteral("ru"));
    if (hearing.language != QLatin1String("ru") && hearing.language != QLatin1String("kk"))
        hearingReader.fail(QStringLiteral("language"), ErrorCode::ImportBadLanguage, { hearing.language });
    const QString status = hearingReader.string(QStringLiteral("status"), false, QStringLiteral("scheduled"));
    if (const auto value = statusFromId(status))
        hearing.status = *value;
    else
        hearingReader.fail(QStringLiteral("status"), ErrorCode::ImportUnknownStatus, { status });

    QHash<QString, qint64> keys;
    const QJsonArray participants = root.array(QStringLiteral("participants"), true);
    for (qsizetype i = 0; i < participants.size() && !error; ++i) {
        const QString path = QStringLiteral("participants[%1]").arg(i);
        const Reader item(root.element(participants, QStringLiteral("participants"), i), path, error);
        Participant participant;
        participant.id = -(i + 1);
        participant.position = static_cast<int>(i + 1);
        participant.key = item.string(QStringLiteral("key"), false, QStringLiteral("p%1").arg(i + 1));
        participant.fullName = item.string(QStringLiteral("full_name"), true).trimmed();
        const QString role = item.string(QStringLiteral("role"), true);
        if (!role.isEmpty() && !error) {
            const auto value = roleFromId(role);
            if (!value)
                item.fail(QStringLiteral("role"), ErrorCode::ImportUnknownRole,
                    { role, roleIds(allRoles()).join(QLatin1String(", ")) });
            else if (!roleAllowed(*value, hearing.caseInfo.category))
                item.fail(QStringLiteral("role"), ErrorCode::ImportRoleNotOffered,
                    { role, categoryId(hearing.caseInfo.category),
                        roleIds(rolesForCategory(hearing.caseInfo.category)).join(QLatin1String(", ")) });
            else
                participant.role = *value;
        }
        participant.present = item.boolean(QStringLiteral("present"), true);
        participant.note = item.string(QStringLiteral("note"), false);
        if (keys.contains(participant.key))
            item.fail(QStringLiteral("key"), ErrorCode::ImportKeyTaken, { participant.key });
        keys.insert(participant.key, participant.id);
        record.participants << participant;
    }

    const Reader channels(root.object(QStringLiteral("channels"), false), QStringLiteral("channels"), error);
    const QJsonArray audio = channels.array(QStringLiteral("audio"), false);
    for (qsizetype i = 0; i < audio.size() && !error; ++i) {
        const Reader item(
            channels.element(audio, QStringLiteral("audio"), i), QStringLiteral("channels.audio[%1]").arg(i), error);
        AudioChannel channel;
        channel.channel = static_cast<int>(item.integer(QStringLiteral("channel"), true, 1, std::numeric_limits<int>::max()));
        const QString participant = item.string(QStringLiteral("participant"), false);
        channel.label = item.string(QStringLiteral("label"), false);
        channel.camera
            = static_cast<int>(item.integer(QStringLiteral("camera"), false, 1, std::numeric_limits<int>::max()));
        if (!participant.isEmpty()) {
            if (!keys.contains(participant))
                item.fail(QStringLiteral("participant"), ErrorCode::ImportUnknownKey, { participant });
            channel.participantId = keys.value(participant);
        } else if (channel.label.isEmpty()) {
            item.fail(QStringLiteral("label"), ErrorCode::ImportChannelNoLabel);
        }
        for (const AudioChannel &other : std::as_const(record.audioChannels)) {
            if (other.channel == channel.channel)
                item.fail(
                    QStringLiteral("channel"), ErrorCode::ImportChannelTwice, { QString::number(channel.channel) });
        }
        record.audioChannels << channel;
    }
    const QJsonArray cameras = channels.array(QStringLiteral("cameras"), false);
    for (qsizetype i = 0; i < cameras.size() && !error; ++i) {
        const Reader item(channels.element(cameras, QStringLiteral("cameras"), i),
            QStringLiteral("channels.cameras[%1]").arg(i), error);
        CameraView camera;
        camera.camera = static_cast<int>(item.integer(QStringLiteral("camera"), true, 1, std::numeric_limits<int>::max()));
        camera.viewName = item.string(QStringLiteral("view"), true);
        for (const CameraView &other : std::as_const(record.cameras)) {
            if (other.camera == camera.camera)
                item.fail(QStringLiteral("camera"), ErrorCode::ImportCameraTwice, { QString::number(camera.camera) });
        }
        record.cameras << camera;
    }

    const QJsonArray timeline = root.array(QStringLiteral("timeline"), false);
    for (qsizetype i = 0; i < timeline.size() && !error; ++i) {
        const Reader item(
            root.element(timeline, QStringLiteral("timeline"), i), QStringLiteral("timeline[%1]").arg(i), error);
        TimelineEntry entry;
        entry.hearingTimeMs = item.integer(QStringLiteral("time_ms"), true, 0, kMaxTimeMs);
        entry.wallTime = item.time(QStringLiteral("wall_time"), false);
        const QString kind = item.string(QStringLiteral("kind"), true);
        if (!kind.isEmpty()) {
            if (const auto value = entryKindFromId(kind))
                entry.kind = *value;
            else
                item.fail(QStringLiteral("kind"), ErrorCode::ImportUnknownEntryKind, { kind });
        }
        entry.eventId = item.string(QStringLiteral("event"), false);
        entry.text = item.string(QStringLiteral("text"), false);
        const QString speaker = item.string(QStringLiteral("speaker"), false);
        if (!speaker.isEmpty()) {
            if (!keys.contains(speaker))
                item.fail(QStringLiteral("speaker"), ErrorCode::ImportUnknownKey, { speaker });
            entry.speakerParticipantId = keys.value(speaker);
        }
        entry.author = item.string(QStringLiteral("author"), false);
        record.entries << entry;
    }

    if (error)
        return *error;
    return record;
}

QByteArray HearingJson::write(const HearingRecord &record)
{
    const Hearing &hearing = record.hearing;
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(kFormat));
    root.insert(QStringLiteral("version"), kVersion);
    root.insert(QStringLiteral("court"),
        QJsonObject { { QStringLiteral("name_ru"), hearing.court.nameRu },
            { QStringLiteral("name_kk"), hearing.court.nameKk }, { QStringLiteral("city"), hearing.court.city } });
    root.insert(QStringLiteral("courtroom"), hearing.courtroom);
    root.insert(QStringLiteral("case"),
        QJsonObject { { QStringLiteral("number"), hearing.caseInfo.number },
            { QStringLiteral("category"), categoryId(hearing.caseInfo.category) },
            { QStringLiteral("subject"), hearing.caseInfo.subject },
            { QStringLiteral("judge"), hearing.caseInfo.judge } });
    root.insert(QStringLiteral("hearing"),
        QJsonObject { { QStringLiteral("id"), hearing.id },
            { QStringLiteral("scheduled_start"), timeValue(hearing.scheduledStart) },
            { QStringLiteral("actual_start"), timeValue(hearing.actualStart) },
            { QStringLiteral("actual_end"), timeValue(hearing.actualEnd) },
            { QStringLiteral("closed_session"), hearing.closedSession },
            { QStringLiteral("language"), hearing.language }, { QStringLiteral("status"), statusId(hearing.status) } });
    QHash<qint64, QString> keys;
    QJsonArray participants;
    for (const Participant &participant : record.participants) {
        keys.insert(participant.id, participant.key);
        participants.append(QJsonObject { { QStringLiteral("key"), participant.key },
            { QStringLiteral("full_name"), participant.fullName }, { QStringLiteral("role"), roleId(participant.role) },
            { QStringLiteral("present"), participant.present }, { QStringLiteral("note"), participant.note } });
    }
    root.insert(QStringLiteral("participants"), participants);
    QJsonArray audio;
    for (const AudioChannel &channel : record.audioChannels) {
        QJsonObject item { { QStringLiteral("channel"), channel.channel } };
        if (keys.contains(channel.participantId))
            item.insert(QStringLiteral("participant"), keys.value(channel.participantId));
        if (!channel.label.isEmpty())
            item.insert(QStringLiteral("label"), channel.label);
        if (channel.camera > 0)
            item.insert(QStringLiteral("camera"), channel.camera);
        audio.append(item);
    }
    QJsonArray cameras;
    for (const CameraView &camera : record.cameras)
        cameras.append(
            QJsonObject { { QStringLiteral("camera"), camera.camera }, { QStringLiteral("view"), camera.viewName } });
    root.insert(QStringLiteral("channels"),
        QJsonObject { { QStringLiteral("audio"), audio }, { QStringLiteral("cameras"), cameras } });
    QJsonArray timeline;
    for (const TimelineEntry &entry : record.entries) {
        QJsonObject item { { QStringLiteral("time_ms"), entry.hearingTimeMs },
            { QStringLiteral("wall_time"), timeValue(entry.wallTime) },
            { QStringLiteral("kind"), entryKindId(entry.kind) }, { QStringLiteral("text"), entry.text },
            { QStringLiteral("author"), entry.author } };
        if (!entry.eventId.isEmpty())
            item.insert(QStringLiteral("event"), entry.eventId);
        if (keys.contains(entry.speakerParticipantId))
            item.insert(QStringLiteral("speaker"), keys.value(entry.speakerParticipantId));
        timeline.append(item);
    }
    root.insert(QStringLiteral("timeline"), timeline);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace hattama
