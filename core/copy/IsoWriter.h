#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace hattama {

// Writes a finished copy folder as an ISO 9660 image or onto a disc, through the xorriso
// program (Debian package "xorriso"; docs/party-copy.md says why a tool and not our own code).
// The image is ISO 9660 level 3 (files over 4 GiB) + Joliet with long names + Rock Ridge, so
// Cyrillic file names stay as they are on Windows, Linux and macOS.
//
// One operation at a time, synchronous: run it on a worker thread; progress() is called on
// that thread; cancel() may be called from any thread.
class IsoWriter {
public:
    // program: the xorriso executable (a name looked up in PATH, or a path).
    explicit IsoWriter(QString program = QStringLiteral("xorriso"));

    void setVolumeId(const QString &volumeId) { m_volumeId = volumeId; }
    // Called with 0…100 while writing (and 100 at the end); may be empty.
    void setProgressHandler(std::function<void(int percent)> handler) { m_progress = std::move(handler); }
    // Stops the running operation: the image's temporary file is removed; the operation
    // returns CopyCancelled.
    void cancel() { m_cancelled.store(true); }

    // The size of the folder's image in bytes, as xorriso lays it out (nothing is written).
    Result<qint64> imageSizeBytes(const QString &folder);

    // Writes the image of folder to isoPath. It is written as isoPath + ".part" and renamed
    // when xorriso has finished without error; on any failure or a cancel the ".part" file is
    // removed. Refused before writing: a folder that cannot be written (FolderUnwritable), too
    // little free space (DiskSpaceTooLow), an existing isoPath (CopyImageFailed).
    Status writeImage(const QString &folder, const QString &isoPath);

    // Is there a blank disc in drive ("/dev/sr0", or "stdio:FILE")? CopyBurnFailed naming the
    // drive and xorriso's reason when it cannot be acquired or the disc holds something.
    Status checkDrive(const QString &drive);

    // Writes the image of folder onto the blank disc in drive ("/dev/sr0", or "stdio:FILE",
    // xorriso's pseudo-drive on a file, for tests: the same code path) with MD5 checksums of
    // the session and of every file, then loads the disc again and reads it back whole
    // (-check_media, -check_md5_r): an unreadable block or a checksum that does not match fails
    // with CopyVerifyFailed; a drive that cannot be written with CopyBurnFailed. A stdio: file
    // made by a failed burn is removed.
    Status burn(const QString &folder, const QString &drive);

    // Every argument of one run, for the log and the tests.
    QStringList lastArguments() const { return m_lastArguments; }

private:
    QStringList treeArguments(const QString &folder) const;
    // Runs xorriso; output is its merged stdout and stderr. Reports progress from its
    // "Writing: … %" lines and stops it when cancelled.
    Status run(const QStringList &arguments, const QString &target, QString *output);
    Status toolPresent();

    QString m_program;
    QString m_volumeId = QStringLiteral("HATTAMA");
    std::function<void(int)> m_progress;
    std::atomic<bool> m_cancelled { false };
    QStringList m_lastArguments;
};

} // namespace hattama
