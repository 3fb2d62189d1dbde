#pragma once

#include <QString>

namespace hattama {

// Forces a file's or a folder's contents and metadata to the disk (fsync). Returns false on
// failure. Platform code: FileSync_posix.cpp (Windows: FlushFileBuffers, to be added).
bool syncFile(const QString &path);
bool syncDirectory(const QString &path);

} // namespace hattama
