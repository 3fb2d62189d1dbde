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
        return Error::of(ErrorCode::FileSyncFailed,
            { path,
                QStringLiteral("cannot open the %1: %2")
                    .arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(errno))) });
    }
    int rc = 0;
    do {
        rc = ::fsync(fd);
    } while (rc != 0 && errno == EINTR);
    const int fsyncErrno = errno;
    ::close(fd);
    if (rc != 0) {
        if (fsyncErrno == ENOSPC)
            return Error::of(ErrorCode::DiskFull, { path });
        return Error::of(ErrorCode::FileSyncFailed, { path, QString::fromLocal8Bit(std::strerror(fsyncErrno)) });
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
        return Error::of(ErrorCode::FileRenameFailed, { from, to, QString::fromLocal8Bit(std::strerror(errno)) });
    }
    return {};
}

} // namespace hattama::DurableFiles
