#pragma once

#include "util/Result.h"

#include <QString>

#include <atomic>
#include <functional>

namespace hattama {

// What a recording writes per hour, from its configuration.
struct RecordingBudget {
    int audioTracks = 0;
    int audioBitrateBps = 0; // per track (e.g. 32000 for Opus speech; FLAC ~ 400000 at 48 kHz)
    int cameras = 0;
    int videoBitrateBps = 0; // per camera
    double containerOverhead = 1.03; // Matroska framing, cues, manifest

    qint64 bytesPerHour() const;
};

struct DiskSpaceThresholds {
    double warnBelowHours = 2.0; // warn when less than this is left
    qint64 stopBelowBytes = 512LL * 1024 * 1024; // close the segment and stop below this
};

enum class DiskSpaceLevel { Ok, Warning, Stop };

struct DiskSpaceStatus {
    QString path; // the folder checked (or its nearest existing parent)
    qint64 freeBytes = 0; // available to this user
    qint64 totalBytes = 0;
    qint64 bytesPerHour = 0; // measured when enough has been written, else the estimate
    bool measured = false;
    double hoursLeft = 0; // until the stop threshold
    DiskSpaceLevel level = DiskSpaceLevel::Ok;
};

// Free space of the hearing folder's file system and hours of recording left. Usable before
// recording (check with the configured estimate) and during it: the writer thread reports
// written bytes with recordWritten() (lock-free), any thread calls check().
class DiskSpaceMonitor {
public:
    struct Space {
        qint64 freeBytes = 0;
        qint64 totalBytes = 0;
    };
    // Reads free/total bytes of the file system holding a folder. Default: QStorageInfo.
    using SpaceProbe = std::function<Result<Space>(const QString &folder)>;

    static constexpr qint64 kMinMeasuredMs = 30'000; // the measured rate counts after 30 s

    explicit DiskSpaceMonitor(
        QString folder, qint64 estimatedBytesPerHour, DiskSpaceThresholds thresholds = {}, SpaceProbe probe = {});

    // Written since recording started; called by the writer after each segment or packet batch.
    void recordWritten(qint64 bytes, qint64 elapsedMs);

    qint64 bytesPerHour() const;
    // Fails (environment) when the file system cannot be queried.
    Result<DiskSpaceStatus> check() const;

    static Result<Space> storageSpace(const QString &folder);

    // The error to report for a status below a threshold: DiskSpaceTooLow before recording,
    // DiskFullStopped while recording (level Stop), DiskSpaceLow for a warning. Sizes in MB.
    Error spaceError(const DiskSpaceStatus &status, bool recording) const;

private:
    QString m_folder;
    qint64 m_estimatedBytesPerHour;
    DiskSpaceThresholds m_thresholds;
    SpaceProbe m_probe;
    std::atomic<qint64> m_writtenBytes { 0 };
    std::atomic<qint64> m_elapsedMs { 0 };
};

} // namespace hattama
