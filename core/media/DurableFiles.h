#pragma once

#include "util/Result.h"

#include <QString>

#include <memory>

namespace hattama {

// Durable writes: flush a file or a folder entry to the disk. The platform code lives in
// DurableFiles_linux.cpp (fsync) and DurableFiles_win.cpp (FlushFileBuffers), chosen by CMake.
namespace DurableFiles {

// fsync of the file's data and metadata. Fails with an environment error naming the file.
Status syncFile(const QString &path);

// fsync of a folder, so that a created or renamed entry in it survives a power cut.
// A no-op on Windows (NTFS journals its metadata).
Status syncDirectory(const QString &path);

// Atomically replaces `to` by `from` (same folder): rename(2) on POSIX, MoveFileEx with
// MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH on Windows.
Status replaceFile(const QString &from, const QString &to);

// Court recordings are never world-readable or writable, whatever the umask: files 0640
// (owner read/write, group read), folders 0750. Portable (QFile::setPermissions); on Windows
// only the read-only attribute follows, the folder's ACL decides the rest.
Status restrictFile(const QString &path);
Status restrictDirectory(const QString &path);
// QDir::mkpath, then restrictDirectory on every folder it created below `base` (and on path).
Status makeRestrictedPath(const QString &path);

// A file another writer (FFmpeg's avio) appends to, kept open here so that what it has
// written so far can be flushed to the disk while it grows: fdatasync(2) on Linux,
// FlushFileBuffers on Windows. create() makes the file empty with mode 0640.
class GrowingFile {
public:
    static Result<std::unique_ptr<GrowingFile>> create(const QString &path);
    ~GrowingFile();
    GrowingFile(const GrowingFile &) = delete;
    GrowingFile &operator=(const GrowingFile &) = delete;

    // The file's data (and the size that reads it) on the disk. Thread-safe with the writer.
    Status syncData();
    QString path() const { return m_path; }

private:
    GrowingFile(QString path, qintptr handle)
        : m_path(std::move(path))
        , m_handle(handle)
    {
    }
    QString m_path;
    qintptr m_handle = -1;
};

} // namespace DurableFiles
} // namespace hattama
