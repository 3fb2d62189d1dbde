#include "media/DurableFiles.h"

#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
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

Result<std::unique_ptr<GrowingFile>> GrowingFile::create(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640);
    if (fd < 0) {
        if (errno == ENOSPC)
            return Error::of(ErrorCode::DiskFull, { path });
        return Error::of(ErrorCode::FileUnwritable, { path, QString::fromLocal8Bit(std::strerror(errno)) });
    }
    ::fchmod(fd, 0640); // the umask may have taken bits away; never adds any
    return std::unique_ptr<GrowingFile>(new GrowingFile(path, fd));
}

GrowingFile::~GrowingFile()
{
    if (m_handle >= 0)
        ::close(static_cast<int>(m_handle));
}

Status GrowingFile::syncData()
{
    int rc = 0;
    do {
        rc = ::fdatasync(static_cast<int>(m_handle));
    } while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        if (errno == ENOSPC)
            return Error::of(ErrorCode::DiskFull, { m_path });
        return Error::of(ErrorCode::FileSyncFailed, { m_path, QString::fromLocal8Bit(std::strerror(errno)) });
    }
    return {};
}

} // namespace hattama::DurableFiles
