#pragma once

#include "media/DiskSpaceMonitor.h"

class QSettings;

namespace hattama {

// The one rule for free disk space while recording, the same for the GUI and the command
// line: warn when fewer than warnBelowHours of recording fit on the disk, stop cleanly
// (segment closed, manifest closed) before fewer than stopBelowBytes are free.
// Kept in QSettings under "recording/diskWarnHours" and "recording/diskStopMb"; the command
// line's --min-free overrides the stop threshold for one run.
struct DiskPolicy {
    static constexpr double kDefaultWarnBelowHours = 2.0;
    static constexpr qint64 kDefaultStopBelowMb = 512;

    double warnBelowHours = kDefaultWarnBelowHours;
    qint64 stopBelowBytes = kDefaultStopBelowMb * 1024 * 1024;

    static DiskPolicy fromSettings(const QSettings &settings);
    void save(QSettings &settings) const;

    DiskSpaceThresholds thresholds() const { return { warnBelowHours, stopBelowBytes }; }
};

} // namespace hattama
