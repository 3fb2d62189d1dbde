#include "protocol/ProtocolVersionStore.h"

#include "media/DurableFiles.h"
#include "util/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace hattama::protocol {

ProtocolVersionStore::ProtocolVersionStore(QString hearingDir)
    : m_hearingDir(std::move(hearingDir))
{
}

QString ProtocolVersionStore::folder() const
{
    return QDir(m_hearingDir).filePath(QStringLiteral("protocol"));
}

QString ProtocolVersionStore::pathOf(int number) const
{
    return QDir(folder()).filePath(QStringLiteral("v%1.json").arg(number, 4, 10, QLatin1Char('0')));
}

QList<int> ProtocolVersionStore::numbers() const
{
    static const QRegularExpression kName(QStringLiteral(R"(^v(\d{4,})\.json$)"));
    QList<int> list;
    for (const QString &name : QDir(folder()).entryList({ QStringLiteral("v*.json") }, QDir::Files, QDir::Name)) {
        const auto match = kName.match(name);
        if (match.hasMatch())
            list << match.captured(1).toInt();
    }
    std::sort(list.begin(), list.end());
    return list;
}

Result<ProtocolVersion> ProtocolVersionStore::load(int number) const
{
    QFile file(pathOf(number));
    if (!file.open(QIODevice::ReadOnly))
        return Error::of(ErrorCode::FileUnreadable, { file.fileName(), file.errorString() });
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return Error::of(ErrorCode::ProtocolVersionDamaged, { file.fileName(), error.errorString() });
    ProtocolVersion version = ProtocolVersion::fromJson(json.object());
    version.number = number;
    return version;
}

Result<std::optional<ProtocolVersion>> ProtocolVersionStore::latest(const QString &language, const QString &kind) const
{
    const QList<int> list = numbers();
    for (auto it = list.crbegin(); it != list.crend(); ++it) {
        auto version = load(*it);
        if (!version.ok())
            return version.error();
        if (version->document.language == language && (kind.isEmpty() || version->document.kind == kind))
            return std::optional<ProtocolVersion>(*version);
    }
    return std::optional<ProtocolVersion>();
}

Result<ProtocolVersion> ProtocolVersionStore::save(ProtocolVersion version)
{
    if (!QDir().mkpath(folder()))
        return Error::of(ErrorCode::FolderUncreatable, { folder() });
    const QList<int> list = numbers();
    version.number = list.isEmpty() ? 1 : list.last() + 1;
    version.createdAtUtc = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString path = pathOf(version.number);
    if (QFile::exists(path))
        return failure(QStringLiteral("protocol version %1 exists already").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::of(ErrorCode::FileUnwritable, { path, file.errorString() });
    file.write(QJsonDocument(version.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error::of(ErrorCode::FileUnwritable, { path, file.errorString() });
    qCInfo(lcProtocol) << "protocol version saved:" << path;
    return version;
}

Status ProtocolVersionStore::freeze(int number)
{
    if (!QFileInfo::exists(pathOf(number)))
        return Error::of(ErrorCode::FileMissing, { pathOf(number) });
    const QString marker = QDir(folder()).filePath(QStringLiteral("v%1.frozen").arg(number, 4, 10, QLatin1Char('0')));
    QFile file(marker);
    if (!file.exists()) {
        if (!file.open(QIODevice::WriteOnly))
            return Error::of(ErrorCode::FileUnwritable, { marker, file.errorString() });
        file.close();
        if (Status synced = DurableFiles::syncFile(marker); !synced.ok())
            return synced;
        if (Status synced = DurableFiles::syncDirectory(folder()); !synced.ok())
            return synced;
    }
    return {};
}

bool ProtocolVersionStore::isFrozen(int number) const
{
    return QFileInfo::exists(QDir(folder()).filePath(QStringLiteral("v%1.frozen").arg(number, 4, 10, QLatin1Char('0'))));
}

Status ProtocolVersionStore::checkEditable(int number) const
{
    if (isFrozen(number))
        return Error::of(ErrorCode::ProtocolVersionFrozen, { QString::number(number) });
    return {};
}

} // namespace hattama::protocol
