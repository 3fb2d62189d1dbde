#pragma once

#include "util/Result.h"

#include <QString>

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

} // namespace DurableFiles
} // namespace hattama
