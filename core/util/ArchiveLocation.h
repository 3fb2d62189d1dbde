#pragma once

#include <QString>

namespace hattama {

// Where hearings are kept: --archive DIR, else $HATTAMA_ARCHIVE, else the setting
// "archive/path" (the user's, else the system configuration's: SystemConfig), else
// <AppDataLocation>/archive.
class ArchiveLocation {
public:
    static QString resolve(const QString &commandLineDir);
    static QString defaultDir();

    // Free bytes on the file system holding dir (or its nearest existing parent); -1 if unknown.
    static qint64 freeBytes(const QString &dir);
};

} // namespace hattama
