#include "media/DurableFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace hattama::DurableFiles {

Status restrictFile(const QString &path)
{
    if (!QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup))
        return Error::of(ErrorCode::FileUnwritable, { path, QStringLiteral("cannot set its permissions") });
    return {};
}

Status restrictDirectory(const QString &path)
{
    if (!QFile::setPermissions(path,
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup))
        return Error::of(ErrorCode::FileUnwritable, { path, QStringLiteral("cannot set its permissions") });
    return {};
}

Status makeRestrictedPath(const QString &path)
{
    // The folders that do not exist yet are the ones this call creates.
    QStringList created;
    for (QString dir = QFileInfo(path).absoluteFilePath(); !QFileInfo::exists(dir);
         dir = QFileInfo(dir).absolutePath()) {
        created.prepend(dir);
        if (QDir(dir).isRoot())
            break;
    }
    if (!QDir().mkpath(path))
        return Error::of(ErrorCode::FolderUncreatable, { path });
    for (const QString &dir : std::as_const(created)) {
        if (Status restricted = restrictDirectory(dir); !restricted)
            return restricted;
    }
    return {};
}

} // namespace hattama::DurableFiles
