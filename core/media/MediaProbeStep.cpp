#include "media/MediaProbeStep.h"

#include <QDir>

namespace hattama {

void MediaProbeStep::run(VerificationContext &context, VerificationReport &report)
{
    const QDir root(context.hearingDir);
    bool firstDone = false;
    int done = 0;
    for (const QString &segment : std::as_const(context.intactSegments)) {
        context.reportProgress(name(), done++, static_cast<int>(context.intactSegments.size()));
        Result<MediaInfo> info = MediaProbe::probe(root.filePath(segment));
        if (!info) {
            report.add(
                { VerificationFinding::Kind::SegmentUnreadable, VerificationFinding::Severity::Error, segment, 0, {},
                    QStringLiteral("segment %1 matches its hash but is not readable as media: %2")
                        .arg(segment, info.error().message) });
            continue;
        }
        report.summary.totalDurationMs += info->durationMs;
        if (!firstDone) {
            report.summary.tracks = info->tracks;
            firstDone = true;
        }
    }
}

} // namespace hattama
