#include "media/DiskFullClose.h"

#include "media/HearingFolder.h"
#include "media/HearingRecovery.h"
#include "media/SegmentManifest.h"
#include "util/Logging.h"

namespace hattama::DiskFullClose {

Status closeCutOffSegments(SegmentManifest &manifest, const QString &hearingDir, int part, qint64 partStartMs,
    const std::function<void(qint64 endMs)> &onClosed)
{
    for (const QString &file : HearingFolder::mediaFiles(hearingDir)) {
        if (!HearingFolder::isSegmentFile(file) || HearingFolder::partOfPath(file) != part || manifest.contains(file))
            continue;
        qint64 startMs = partStartMs;
        for (const ManifestEntry &entry : manifest.entries()) {
            if (entry.type == ManifestEntry::Type::Segment && entry.part == part)
                startMs = entry.startMs + entry.durationMs;
        }
        Result<RecoveryAction> salvaged = HearingRecovery::salvageSegment(manifest, file, startMs);
        if (!salvaged) {
            qCWarning(lcMedia) << "cannot close the cut-off segment" << file << ":" << salvaged.error().text();
            return salvaged.error();
        }
        qCInfo(lcMedia).noquote() << "disk full:" << salvaged->message;
        if (salvaged->kind == RecoveryAction::Kind::RecoveredSegment && onClosed)
            onClosed(startMs + salvaged->durationMs);
    }
    return {};
}

} // namespace hattama::DiskFullClose
