#include "media/DiskSpaceMonitor.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#include <algorithm>
#include <cmath>

namespace hattama {

qint64 RecordingBudget::bytesPerHour() const
{
    const double bitsPerSecond = double(audioTracks) * audioBitrateBps + double(cameras) * videoBitrateBps;
    return static_cast<qint64>(std::llround(bitsPerSecond / 8.0 * 3600.0 * containerOverhead));
}

DiskSpaceMonitor::DiskSpaceMonitor(
    QString folder, qint64 estimatedBytesPerHour, DiskSpaceThresholds thresholds, SpaceProbe probe)
    : m_folder(std::move(folder))
    , m_estimatedBytesPerHour(estimatedBytesPerHour)
    , m_thresholds(thresholds)
    , m_probe(probe ? std::move(probe) : SpaceProbe(&DiskSpaceMonitor::storageSpace))
{
}

void DiskSpaceMonitor::recordWritten(qint64 bytes, qint64 elapsedMs)
{
    m_writtenBytes.store(bytes, std::memory_order_relaxed);
    m_elapsedMs.store(elapsedMs, std::memory_order_relaxed);
}

qint64 DiskSpaceMonitor::bytesPerHour() const
{
    const qint64 elapsedMs = m_elapsedMs.load(std::memory_order_relaxed);
    if (elapsedMs < kMinMeasuredMs)
        return m_estimatedBytesPerHour;
    const double rate = double(m_writtenBytes.load(std::memory_order_relaxed)) * 3'600'000.0 / double(elapsedMs);
    return static_cast<qint64>(std::llround(rate));
}

Result<DiskSpaceMonitor::Space> DiskSpaceMonitor::storageSpace(const QString &folder)
{
    QStorageInfo storage(folder);
    storage.refresh();
    if (!storage.isValid() || !storage.isReady())
        return Error::of(ErrorCode::DiskSpaceUnknown, { folder });
    return Space { storage.bytesAvailable(), storage.bytesTotal() };
}

Error DiskSpaceMonitor::spaceError(const DiskSpaceStatus &status, bool recording) const
{
    constexpr qint64 kMb = 1024 * 1024;
    const QString freeMb = QString::number(status.freeBytes / kMb);
    if (status.level != DiskSpaceLevel::Stop)
        return Error::of(ErrorCode::DiskSpaceLow, { m_folder, QString::number(status.hoursLeft, 'f', 1) });
    if (recording)
        return Error::of(ErrorCode::DiskFullStopped, { m_folder, freeMb });
    return Error::of(
        ErrorCode::DiskSpaceTooLow, { m_folder, freeMb, QString::number(m_thresholds.stopBelowBytes / kMb) });
}

Result<DiskSpaceStatus> DiskSpaceMonitor::check() const
{
    // The hearing folder may not exist yet: check the nearest existing parent.
    QString folder = QFileInfo(m_folder).absoluteFilePath();
    while (!QFileInfo(folder).isDir()) {
        const QString parent = QFileInfo(folder).absolutePath();
        if (parent == folder)
            break;
        folder = parent;
    }
    Result<Space> space = m_probe(folder);
    if (!space)
        return space.error();

    DiskSpaceStatus status;
    status.path = folder;
    status.freeBytes = space->freeBytes;
    status.totalBytes = space->totalBytes;
    status.measured = m_elapsedMs.load(std::memory_order_relaxed) >= kMinMeasuredMs;
    status.bytesPerHour = bytesPerHour();
    const qint64 usable = std::max<qint64>(0, status.freeBytes - m_thresholds.stopBelowBytes);
    status.hoursLeft = status.bytesPerHour > 0 ? double(usable) / double(status.bytesPerHour) : INFINITY;
    if (status.freeBytes < m_thresholds.stopBelowBytes)
        status.level = DiskSpaceLevel::Stop;
    else if (status.hoursLeft < m_thresholds.warnBelowHours)
        status.level = DiskSpaceLevel::Warning;
    return status;
}

} // namespace hattama
