#include "media/DurableFiles.h"

#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace hattama::DurableFiles {

namespace {
Status syncPath(const QString &path, int flags, const char *what)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), flags | O_CLOEXEC);
    if (fd < 0) {
        return environmentError(QStringLiteral("cannot open %1 %2 to sync it: %3")
                                    .arg(QLatin1String(what), path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    int rc = 0;
    do {
        rc = ::fsync(fd);
    } while (rc != 0 && errno == EINTR);
    const int fsyncErrno = errno;
    ::close(fd);
    if (rc != 0) {
        return environmentError(QStringLiteral("fsync of %1 %2 failed: %3")
                                    .arg(QLatin1String(what), path, QString::fromLocal8Bit(std::strerror(fsyncErrno))),
            QStringLiteral("check the disk; the data may not be on it yet"));
    }
    return {};
}
} // namespace

Status syncFile(const QString &path)
{
    return syncPath(path, O_RDONLY, "file");
}

Status syncDirectory(const QString &path)
{
    return syncPath(path, O_RDONLY | O_DIRECTORY, "folder");
}

Status replaceFile(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        return environmentError(
            QStringLiteral("cannot rename %1 to %2: %3").arg(from, to, QString::fromLocal8Bit(std::strerror(errno))));
    }
    return {};
}

} // namespace hattama::DurableFiles
