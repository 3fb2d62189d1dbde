#include "util/ArchiveLocation.h"

#include "util/SystemConfig.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStorageInfo>

namespace hattama {

QString ArchiveLocation::defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/archive");
}

QString ArchiveLocation::resolve(const QString &commandLineDir)
{
    QString dir = commandLineDir;
    if (dir.isEmpty())
        dir = qEnvironmentVariable("HATTAMA_ARCHIVE");
    if (dir.isEmpty())
        dir = SystemConfig::text(SystemConfig::kArchivePath);
    if (dir.isEmpty())
        dir = defaultDir();
    return QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
}

qint64 ArchiveLocation::freeBytes(const QString &dir)
{
    QFileInfo info(dir);
    while (!info.exists()) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            return -1;
        info = QFileInfo(parent);
    }
    QStorageInfo storage(info.absoluteFilePath());
    return storage.isValid() ? storage.bytesAvailable() : -1;
}

} // namespace hattama
