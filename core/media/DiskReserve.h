#pragma once

#include "util/Result.h"

#include <QString>

#include <mutex>

namespace hattama {

// Space set aside on the recording's disk at start (a file of zeros), given back when the disk
// runs full so that the failing segment can still be closed as far as it got, listed in the
// manifest and the recording closed: the close line, recording.json, and the remuxed copy of
// the cut-off segment all need room that a full disk no longer has.
class DiskReserve {
public:
    DiskReserve() = default;
    ~DiskReserve() = default;
    DiskReserve(const DiskReserve &) = delete;
    DiskReserve &operator=(const DiskReserve &) = delete;

    // Writes `bytes` of zeros to `path` and fsyncs it. Fails with DiskFull when they do not fit.
    Status create(const QString &path, qint64 bytes);
    // Removes the file (idempotent, thread-safe). Returns whether there was a reserve to give back.
    bool release();
    bool held() const;

    static QString fileName() { return QStringLiteral("disk-reserve.bin"); }

private:
    mutable std::mutex m_mutex;
    QString m_path;
};

} // namespace hattama
