#include "media/ManifestChainStep.h"

#include "media/HearingFolder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QMap>
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
    if (!contents->tornTail.isEmpty() && !context.live) { // live: the recorder may be writing that line
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

    const QJsonObject recording = HearingFolder::readRecordingJson(context.hearingDir);
    context.recordingClosed = HearingFolder::recordingClosed(recording);
    // "closed": true (recover) or "state": "stopped" (the recorder, after its close line) vouch
    // that the close line must be there.
    const bool recordingSaysClosed = HearingFolder::recordingSaysClosed(recording);
    if (context.live) {
        report.add({ Kind::RecordingInProgress, Severity::Warning, manifestName, 0, {},
            QStringLiteral("the recording is in progress: the %1 closed segments are checked, the open one is not")
                .arg(summary.segments) });
    } else if (recordingSaysClosed && !summary.closed) {
        report.add({ Kind::ManifestNotClosed, Severity::Error, manifestName, summary.manifestLines, {},
            QStringLiteral("recording.json says the recording is closed but the manifest's close line is "
                           "missing (lines removed after line %1)")
                .arg(summary.manifestLines) });
    } else if (!summary.closed) {
        report.add({ Kind::RecordingOpen, Severity::Warning, manifestName, 0, {},
            QStringLiteral("the recording is not closed: still recording, or cut off (run hattama recover)") });
    }
    checkParts(recording, *contents, report);

    for (const ManifestEntry &entry : contents->entries) {
        if (entry.type != ManifestEntry::Type::Close || !entry.parsed || entry.lostAtMs < 0)
            continue;
        VerificationFinding finding { Kind::RecoveredLoss, Severity::Warning, manifestName, entry.lineNumber, {},
            QStringLiteral("recovered after a crash: %1 ms lost at %2 ms of the hearing")
                .arg(entry.lostMs)
                .arg(entry.lostAtMs) };
        finding.figures = { entry.lostAtMs, entry.lostMs };
        report.add(finding);
    }
}

void ManifestChainStep::checkParts(
    const QJsonObject &recording, const ManifestContents &contents, VerificationReport &report)
{
    // What the manifest lists per part: segments and their summed durations.
    QMap<int, QPair<qint64, qint64>> listed; // part -> (segments, ms)
    for (const ManifestEntry &entry : contents.entries) {
        if (entry.type != ManifestEntry::Type::Segment || !entry.parsed)
            continue;
        auto &figures = listed[entry.part];
        ++figures.first;
        figures.second += entry.durationMs;
    }
    const QJsonArray parts = recording.value(QStringLiteral("parts")).toArray();
    QSet<int> known;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QJsonObject part = parts.at(i).toObject();
        const int number = HearingFolder::partNumber(part, i);
        known.insert(number);
        // The recorder writes "segments" and "durationMs" when a part ends; a part cut off by a
        // crash has neither and is not compared.
        if (!part.contains(QStringLiteral("segments")))
            continue;
        const qint64 segments = part.value(QStringLiteral("segments")).toInteger(-1);
        const qint64 durationMs = part.value(QStringLiteral("durationMs")).toInteger(-1);
        const auto [listedSegments, listedMs] = listed.value(number);
        // Segment durations are whole milliseconds of the master stream; the part's is its sample
        // count: they agree within a few milliseconds per segment.
        const qint64 toleranceMs = 100 + 5 * listedSegments;
        const bool durationDiffers = durationMs >= 0 && std::abs(durationMs - listedMs) > toleranceMs;
        if (segments == listedSegments && !durationDiffers)
            continue;
        VerificationFinding finding { VerificationFinding::Kind::PartMismatch, VerificationFinding::Severity::Error,
            HearingFolder::recordingJsonName(), 0, {},
            QStringLiteral("recording.json says part %1 has %2 segments (%3 ms); the manifest lists %4 (%5 ms)")
                .arg(number)
                .arg(segments)
                .arg(durationMs)
                .arg(listedSegments)
                .arg(listedMs) };
        finding.figures = { number, segments, listedSegments, durationMs, listedMs };
        report.add(finding);
    }
    if (parts.isEmpty())
        return;
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        if (known.contains(it.key()))
            continue;
        VerificationFinding finding { VerificationFinding::Kind::PartMismatch, VerificationFinding::Severity::Error,
            HearingFolder::recordingJsonName(), 0, {},
            QStringLiteral("the manifest lists part %1 (%2 segments) that recording.json does not know")
                .arg(it.key())
                .arg(it.value().first) };
        finding.figures = { it.key(), -1, it.value().first, -1, it.value().second };
        report.add(finding);
    }
}

} // namespace hattama
