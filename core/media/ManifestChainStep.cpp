#include "media/ManifestChainStep.h"

#include "media/HearingFolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace hattama {

void ManifestChainStep::run(VerificationContext &context, VerificationReport &report)
{
    using Kind = VerificationFinding::Kind;
    using Severity = VerificationFinding::Severity;
    const QString manifestName = SegmentManifest::fileName();
    const QString path = QDir(context.hearingDir).filePath(manifestName);
    if (!QFileInfo::exists(path)) {
        report.add({ Kind::ManifestMissing, Severity::Error, manifestName, 0, {},
            QStringLiteral("%1 is missing: not a hearing folder, or nothing was recorded").arg(manifestName) });
        return;
    }
    Result<ManifestContents> contents = SegmentManifest::read(path);
    if (!contents) {
        context.environmentProblem = contents.error();
        return;
    }
    context.manifest = *contents;

    for (const ManifestChainProblem &problem : SegmentManifest::checkChain(*contents)) {
        VerificationFinding finding { Kind::ManifestLine, Severity::Error, manifestName, problem.lineNumber,
            problem.path, problem.message };
        finding.chainProblem = problem.kind;
        report.add(finding);
    }
    if (!contents->tornTail.isEmpty()) {
        report.add({ Kind::ManifestTorn, Severity::Error, manifestName, contents->tornLineNumber, {},
            QStringLiteral("manifest line %1 is incomplete (cut off by a crash)").arg(contents->tornLineNumber) });
    }

    VerificationSummary &summary = report.summary;
    QSet<int> parts;
    const ManifestEntry *previous = nullptr;
    for (const ManifestEntry &entry : contents->entries) {
        if (entry.type == ManifestEntry::Type::Header)
            summary.hearingId = entry.hearingId;
        if (entry.type != ManifestEntry::Type::Segment || !entry.parsed)
            continue;
        ++summary.segments;
        parts.insert(entry.part);
        if (previous
            && (entry.part < previous->part
                || (entry.part == previous->part
                    && (entry.startMs < previous->startMs || entry.path < previous->path)))) {
            report.add({ Kind::SegmentOutOfOrder, Severity::Error, entry.path, entry.lineNumber, previous->path,
                QStringLiteral("segment %1 (manifest line %2) is listed after %3, which comes later")
                    .arg(entry.path)
                    .arg(entry.lineNumber)
                    .arg(previous->path) });
        }
        previous = &entry;
    }
    summary.parts = static_cast<int>(parts.size());
    summary.manifestLines = static_cast<int>(contents->entries.size());
    summary.closed = !contents->entries.isEmpty() && contents->entries.constLast().type == ManifestEntry::Type::Close;

    bool recordingSaysClosed = false;
    std::optional<bool> recordingClosed;
    QFile recording(QDir(context.hearingDir).filePath(HearingFolder::recordingJsonName()));
    if (recording.open(QIODevice::ReadOnly)) {
        const QJsonObject object = QJsonDocument::fromJson(recording.readAll()).object();
        recordingClosed = HearingFolder::recordingClosed(object);
        // Only an explicit "closed": true vouches that the close line must be there (written by
        // the recorder with its close line, or by recover).
        recordingSaysClosed = object.value(QStringLiteral("closed")).toBool(false);
    }
    context.recordingClosed = recordingClosed;
    if (recordingSaysClosed && !summary.closed) {
        report.add({ Kind::ManifestNotClosed, Severity::Error, manifestName, summary.manifestLines, {},
            QStringLiteral("recording.json says the recording is closed but the manifest's close line is "
                           "missing (lines removed after line %1)")
                .arg(summary.manifestLines) });
    } else if (!summary.closed) {
        report.add({ Kind::RecordingOpen, Severity::Warning, manifestName, 0, {},
            QStringLiteral("the recording is not closed: still recording, or cut off (run hattama recover)") });
    }
}

} // namespace hattama
