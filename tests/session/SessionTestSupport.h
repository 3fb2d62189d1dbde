#pragma once

#include "media/DiskSpaceMonitor.h"
#include "media/RecorderConfig.h"
#include "media/VerificationReport.h"

#include <QString>

#include <atomic>
#include <memory>

namespace hattama::test {

constexpr qint64 kMiB = 1024 * 1024;

// Two demo microphones and one small demo camera, one-second segments.
RecorderConfig smallDemoConfig(const QString &hearingDir);

// A file system whose free space the test sets: no real disk needs filling.
struct FakeDisk {
    std::shared_ptr<std::atomic<qint64>> freeBytes = std::make_shared<std::atomic<qint64>>(500'000 * kMiB);
    DiskSpaceMonitor::SpaceProbe probe() const;
    void setFreeMb(qint64 megabytes) { freeBytes->store(megabytes * kMiB); }
};

// HearingVerifier with its default steps on the folder.
VerificationReport verifyHearing(const QString &hearingDir);

} // namespace hattama::test
