#include "signature/HearingSeal.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace hattama::signature {

QByteArray HearingSeal::toJson() const
{
    QJsonObject protocol {
        { QStringLiteral("file"), protocolFile },
        { QStringLiteral("sha256"), protocolSha256 },
        { QStringLiteral("version"), protocolVersion },
        { QStringLiteral("language"), protocolLanguage },
        { QStringLiteral("kind"), protocolKind },
        { QStringLiteral("versionFile"), versionFile },
        { QStringLiteral("versionSha256"), versionSha256 },
    };
    QJsonValue recording = QJsonValue::Null;
    if (hasRecording)
        recording = QJsonObject {
            { QStringLiteral("manifest"), QStringLiteral("manifest.jsonl") },
            { QStringLiteral("headHash"), manifestHeadHash },
            { QStringLiteral("segments"), segments },
            { QStringLiteral("parts"), parts },
            { QStringLiteral("durationMs"), durationMs },
        };
    QJsonValue audit = QJsonValue::Null;
    if (hasAudit)
        audit = QJsonObject {
            { QStringLiteral("headHash"), auditHeadHash },
            { QStringLiteral("rows"), auditRows },
        };
    const QJsonObject seal {
        { QStringLiteral("format"), formatName() },
        { QStringLiteral("formatVersion"), kFormatVersion },
        { QStringLiteral("hearingId"), hearingId },
        { QStringLiteral("caseNumber"), caseNumber },
        { QStringLiteral("protocol"), protocol },
        { QStringLiteral("recording"), recording },
        { QStringLiteral("audit"), audit },
        { QStringLiteral("sealedAtUtc"), sealedAtUtc },
    };
    return QJsonDocument(seal).toJson(QJsonDocument::Indented);
}

Result<HearingSeal> HearingSeal::fromJson(const QByteArray &json, const QString &file)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject seal = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error::of(ErrorCode::SignatureUnreadable, { file, parseError.errorString() });
    if (seal.value(QStringLiteral("format")).toString() != formatName()
        || seal.value(QStringLiteral("formatVersion")).toInt() != kFormatVersion)
        return Error::of(ErrorCode::SignatureUnreadable, { file, QStringLiteral("not a hearing seal of version 1") });
    HearingSeal result;
    result.hearingId = seal.value(QStringLiteral("hearingId")).toString();
    result.caseNumber = seal.value(QStringLiteral("caseNumber")).toString();
    result.sealedAtUtc = seal.value(QStringLiteral("sealedAtUtc")).toString();
    const QJsonObject protocol = seal.value(QStringLiteral("protocol")).toObject();
    result.protocolFile = protocol.value(QStringLiteral("file")).toString();
    result.protocolSha256 = protocol.value(QStringLiteral("sha256")).toString();
    result.protocolVersion = protocol.value(QStringLiteral("version")).toInt();
    result.protocolLanguage = protocol.value(QStringLiteral("language")).toString();
    result.protocolKind = protocol.value(QStringLiteral("kind")).toString();
    result.versionFile = protocol.value(QStringLiteral("versionFile")).toString();
    result.versionSha256 = protocol.value(QStringLiteral("versionSha256")).toString();
    const QJsonValue recording = seal.value(QStringLiteral("recording"));
    result.hasRecording = recording.isObject();
    if (result.hasRecording) {
        const QJsonObject r = recording.toObject();
        result.manifestHeadHash = r.value(QStringLiteral("headHash")).toString();
        result.segments = r.value(QStringLiteral("segments")).toInt();
        result.parts = r.value(QStringLiteral("parts")).toInt();
        result.durationMs = static_cast<qint64>(r.value(QStringLiteral("durationMs")).toDouble());
    }
    const QJsonValue audit = seal.value(QStringLiteral("audit"));
    result.hasAudit = audit.isObject();
    if (result.hasAudit) {
        result.auditHeadHash = audit.toObject().value(QStringLiteral("headHash")).toString();
        result.auditRows = static_cast<qint64>(audit.toObject().value(QStringLiteral("rows")).toDouble());
    }
    return result;
}

} // namespace hattama::signature
