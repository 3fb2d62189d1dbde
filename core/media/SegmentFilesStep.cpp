#include "media/SegmentFilesStep.h"

#include "media/HearingFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace hattama {

void SegmentFilesStep::run(VerificationContext &context, VerificationReport &report)
{
    using Kind = VerificationFinding::Kind;
    using Severity = VerificationFinding::Severity;
    if (!context.manifest)
        return;
    const QDir root(context.hearingDir);

    QHash<QByteArray, QString> listedByHash;
    QSet<QString> listed;
    QList<const ManifestEntry *> segments;
    for (const ManifestEntry &entry : context.manifest->entries) {
        if (entry.type != ManifestEntry::Type::Segment || !entry.parsed)
            continue;
        segments.append(&entry);
        listed.insert(entry.path);
        listedByHash.insert(entry.sha256Hex, entry.path);
    }

    int done = 0;
    for (const ManifestEntry *entry : segments) {
        context.reportProgress(name(), done++, static_cast<int>(segments.size()));
        const QString path = root.filePath(entry->path);
        if (!QFileInfo(path).isFile()) {
            report.add({ Kind::SegmentMissing, Severity::Error, entry->path, entry->lineNumber, {},
                QStringLiteral("segment %1 (manifest line %2) is missing").arg(entry->path).arg(entry->lineNumber) });
            continue;
        }
        Result<QByteArray> hash = SegmentManifest::sha256OfFile(path);
        if (!hash) {
            context.environmentProblem = hash.error();
            return;
        }
        context.fileHashes.insert(entry->path, *hash);
        if (*hash == entry->sha256Hex) {
            const qint64 sizeBytes = QFileInfo(path).size();
            if (sizeBytes != entry->sizeBytes) { // the hash holds, so the line's size was forged
                VerificationFinding finding { Kind::SegmentSizeWrong, Severity::Error, entry->path, entry->lineNumber,
                    {},
                    QStringLiteral("manifest line %1 gives %2 bytes for segment %3, the file has %4")
                        .arg(entry->lineNumber)
                        .arg(entry->sizeBytes)
                        .arg(entry->path)
                        .arg(sizeBytes) };
                finding.figures = { entry->sizeBytes, sizeBytes };
                report.add(finding);
            }
            context.intactSegments.append(entry->path);
            continue;
        }
        const QString other = listedByHash.value(*hash);
        if (!other.isEmpty() && other != entry->path) {
            report.add({ Kind::SegmentSwapped, Severity::Error, entry->path, entry->lineNumber, other,
                QStringLiteral("segment %1 holds the content listed for %2 (segments swapped or reordered)")
                    .arg(entry->path, other) });
        } else {
            report.add({ Kind::SegmentAltered, Severity::Error, entry->path, entry->lineNumber, {},
                QStringLiteral("segment %1 is altered: its SHA-256 differs from manifest line %2")
                    .arg(entry->path)
                    .arg(entry->lineNumber) });
        }
    }

    // Closed for good: the manifest's last line closes it and recording.json does not say that
    // a later part is being recorded. Otherwise an unlisted segment is a crash's unclosed one.
    const bool closed = report.summary.closed && context.recordingClosed.value_or(true);
    const QString lastListed = segments.isEmpty() ? QString() : segments.constLast()->path;
    for (const QString &file : HearingFolder::mediaFiles(context.hearingDir)) {
        if (listed.contains(file))
            continue;
        const bool afterListed = lastListed.isEmpty() || HearingFolder::sortsBefore(lastListed, file);
        if (context.live && HearingFolder::isSegmentFile(file) && afterListed) {
            report.add({ Kind::SegmentBeingRecorded, Severity::Warning, file, 0, {},
                QStringLiteral("segment %1 is being recorded (not checked)").arg(file) });
        } else if (!HearingFolder::isSegmentFile(file)) {
            report.add({ Kind::UnexpectedFile, Severity::Warning, file, 0, {},
                QStringLiteral("%1 is not a segment and not in the manifest").arg(file) });
        } else if (closed) {
            report.add({ Kind::SegmentExtra, Severity::Error, file, 0, {},
                QStringLiteral("segment %1 is not in the manifest (added after the recording was closed)").arg(file) });
        } else {
            report.add({ Kind::SegmentUnclosed, Severity::Error, file, 0, {},
                QStringLiteral("segment %1 is not in the manifest (unclosed: run hattama recover)").arg(file) });
        }
    }
}

} // namespace hattama
