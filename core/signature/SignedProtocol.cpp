#include "signature/SignedProtocol.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace hattama::signature {

QString signingRoleId(SigningRole role)
{
    return role == SigningRole::Judge ? QStringLiteral("judge") : QStringLiteral("secretary");
}

std::optional<SigningRole> signingRoleFromId(const QString &id)
{
    if (id == QLatin1String("secretary"))
        return SigningRole::Secretary;
    if (id == QLatin1String("judge"))
        return SigningRole::Judge;
    return std::nullopt;
}

QString SignedProtocol::versionFolder(const QString &hearingDir, int version)
{
    return QDir(hearingDir).filePath(QStringLiteral("%1/v%2").arg(folderName()).arg(version, 4, 10, QLatin1Char('0')));
}

QString SignedProtocol::relativePath(int version, const QString &name)
{
    return QStringLiteral("%1/v%2/%3").arg(folderName()).arg(version, 4, 10, QLatin1Char('0')).arg(name);
}

QList<int> SignedProtocol::signedVersions(const QString &hearingDir)
{
    static const QRegularExpression kName(QStringLiteral(R"(^v(\d{4,})$)"));
    QList<int> versions;
    const QDir dir(QDir(hearingDir).filePath(folderName()));
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const auto match = kName.match(name);
        if (match.hasMatch())
            versions << match.captured(1).toInt();
    }
    std::sort(versions.begin(), versions.end());
    return versions;
}

QByteArray SignedProtocol::signersJson(const QList<SignerRecord> &signers)
{
    QJsonArray list;
    for (const SignerRecord &signer : signers) {
        list.append(QJsonObject {
            { QStringLiteral("role"), signingRoleId(signer.role) },
            { QStringLiteral("name"), signer.name },
            { QStringLiteral("iin"), signer.iin },
            { QStringLiteral("certificateSha256"), signer.certificateSha256 },
            { QStringLiteral("signedAtUtc"), signer.signedAtUtc },
            { QStringLiteral("revocation"), signer.revocation },
            { QStringLiteral("revocationSource"), signer.revocationSource },
            { QStringLiteral("timestampUtc"), signer.timestampUtc },
        });
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("signers"), list } }).toJson(QJsonDocument::Indented);
}

Result<QList<SignerRecord>> SignedProtocol::readSigners(const QString &versionFolder)
{
    const QString path = QDir(versionFolder).filePath(signersName());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::of(ErrorCode::SignatureUnreadable, { path, file.errorString() });
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error::of(ErrorCode::SignatureUnreadable, { path, parseError.errorString() });
    QList<SignerRecord> signers;
    for (const QJsonValue &value : document.object().value(QStringLiteral("signers")).toArray()) {
        const QJsonObject object = value.toObject();
        const auto role = signingRoleFromId(object.value(QStringLiteral("role")).toString());
        if (!role)
            return Error::of(ErrorCode::SignatureUnreadable, { path, QStringLiteral("unknown role") });
        SignerRecord signer;
        signer.role = *role;
        signer.name = object.value(QStringLiteral("name")).toString();
        signer.iin = object.value(QStringLiteral("iin")).toString();
        signer.certificateSha256 = object.value(QStringLiteral("certificateSha256")).toString();
        signer.signedAtUtc = object.value(QStringLiteral("signedAtUtc")).toString();
        signer.revocation = object.value(QStringLiteral("revocation")).toString();
        signer.revocationSource = object.value(QStringLiteral("revocationSource")).toString();
        signer.timestampUtc = object.value(QStringLiteral("timestampUtc")).toString();
        signers.append(signer);
    }
    return signers;
}

} // namespace hattama::signature
