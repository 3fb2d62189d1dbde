#include "commands/CommandFactories.h"

#include "commands/SignatureCheck.h"
#include "commands/SignatureOptions.h"

#include "media/HearingVerifier.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "util/ExitCode.h"
#include "util/ErrorText.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace hattama::cli {

namespace {

QString formatDuration(qint64 ms)
{
    return QStringLiteral("%1:%2:%3.%4")
        .arg(ms / 3'600'000)
        .arg((ms / 60'000) % 60, 2, 10, QLatin1Char('0'))
        .arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QString chainText(const VerificationFinding &finding)
{
    using Chain = ManifestChainProblem::Kind;
    const int n = finding.lineNumber;
    switch (finding.chainProblem) {
    case Chain::HeaderMissing:
        return QCoreApplication::translate("Verify", "manifest chain broken: the header (line 1) is missing");
    case Chain::Malformed:
        return QCoreApplication::translate("Verify", "manifest chain broken: manifest line %1 is malformed").arg(n);
    case Chain::Altered:
        return QCoreApplication::translate(
            "Verify", "manifest chain broken: manifest line %1 is altered: its content does not match its entry hash")
            .arg(n);
    case Chain::NotChained:
        if (n == 1)
            return QCoreApplication::translate(
                "Verify", "manifest chain broken: manifest line 1 does not start the chain");
        return QCoreApplication::translate("Verify",
            "manifest chain broken: manifest line %1 does not chain to line %2 (lines removed, inserted or reordered)")
            .arg(n)
            .arg(n - 1);
    case Chain::WrongSequence:
        return QCoreApplication::translate(
            "Verify", "manifest chain broken: manifest line %1 has a wrong sequence number")
            .arg(n);
    case Chain::NotHeader:
        return QCoreApplication::translate("Verify", "manifest chain broken: manifest line 1 is not the header");
    case Chain::SecondHeader:
        return QCoreApplication::translate("Verify", "manifest chain broken: manifest line %1 is a second header")
            .arg(n);
    case Chain::DuplicateSegment:
        return QCoreApplication::translate("Verify", "manifest chain broken: manifest line %1 lists %2 a second time")
            .arg(n)
            .arg(finding.otherPath);
    }
    return finding.message;
}

QString findingText(const VerificationFinding &finding)
{
    using Kind = VerificationFinding::Kind;
    switch (finding.kind) {
    case Kind::ManifestMissing:
        return QCoreApplication::translate(
            "Verify", "%1 is missing: this is not a hearing folder, or nothing was recorded")
            .arg(finding.subject);
    case Kind::ManifestTorn:
        return QCoreApplication::translate(
            "Verify", "manifest line %1 is incomplete (cut off by a crash): run 'hattama recover'")
            .arg(finding.lineNumber);
    case Kind::ManifestLine:
        return chainText(finding);
    case Kind::ManifestNotClosed:
        return QCoreApplication::translate("Verify",
            "the manifest ends at line %1 without its close line although the recording is closed: lines were removed")
            .arg(finding.lineNumber);
    case Kind::SegmentMissing:
        return QCoreApplication::translate("Verify", "segment %1 (manifest line %2) is missing")
            .arg(finding.subject)
            .arg(finding.lineNumber);
    case Kind::SegmentAltered:
        return QCoreApplication::translate("Verify", "segment %1 is altered: its SHA-256 differs from manifest line %2")
            .arg(finding.subject)
            .arg(finding.lineNumber);
    case Kind::SegmentSwapped:
        return QCoreApplication::translate(
            "Verify", "segment %1 holds the content listed for %2 (segments swapped or reordered)")
            .arg(finding.subject, finding.otherPath);
    case Kind::SegmentOutOfOrder:
        return QCoreApplication::translate(
            "Verify", "segment %1 (manifest line %2) is listed after %3, which comes later")
            .arg(finding.subject)
            .arg(finding.lineNumber)
            .arg(finding.otherPath);
    case Kind::SegmentExtra:
        return QCoreApplication::translate(
            "Verify", "segment %1 is not in the manifest: it was added after the recording was closed")
            .arg(finding.subject);
    case Kind::SegmentUnclosed:
        return QCoreApplication::translate(
            "Verify", "segment %1 is not in the manifest: unclosed after a crash, run 'hattama recover'")
            .arg(finding.subject);
    case Kind::SegmentUnreadable:
        return QCoreApplication::translate("Verify", "segment %1 matches its hash but cannot be read as media")
            .arg(finding.subject);
    case Kind::RecordingOpen:
        return QCoreApplication::translate("Verify",
            "the recording is not closed: it is still being recorded, or was cut off (run 'hattama recover')");
    case Kind::UnexpectedFile:
        return QCoreApplication::translate("Verify", "%1 is not a segment and is not in the manifest")
            .arg(finding.subject);
    }
    return finding.message;
}

QString trackText(const MediaTrack &track)
{
    QString shape;
    if (track.type == QLatin1String("audio"))
        shape = QCoreApplication::translate("Verify", "%1 ch, %2 Hz").arg(track.channels).arg(track.sampleRateHz);
    else if (track.type == QLatin1String("video"))
        shape = QStringLiteral("%1x%2").arg(track.width).arg(track.height);
    QString text = QStringLiteral("%1 %2").arg(track.type, track.codec);
    if (!shape.isEmpty())
        text += QStringLiteral(" ") + shape;
    if (!track.title.isEmpty())
        text += QStringLiteral(" \"%1\"").arg(track.title);
    return text;
}

// The database whose audit log covers this hearing: --db when given, else the SQLite database
// of the archive the folder lies in, else that of --archive. Empty when there is none (a
// hearing folder copied out of the archive): then only the media are checked.
QString auditArchiveDir(const QString &hearingDir, const GlobalOptions &global)
{
    const QString parent = QFileInfo(QDir::cleanPath(QFileInfo(hearingDir).absoluteFilePath())).absolutePath();
    if (QFileInfo::exists(QDir(parent).filePath(QStringLiteral("hattama.sqlite"))))
        return parent;
    if (QFileInfo::exists(QDir(global.archiveDir).filePath(QStringLiteral("hattama.sqlite"))))
        return global.archiveDir;
    return {};
}

// The audit log's hash chain. Returns false when it is broken; prints what it checked.
int verifyAuditLog(CommandContext &ctx, const QString &hearingDir)
{
    const QString archive = auditArchiveDir(hearingDir, ctx.global);
    if (ctx.global.databaseUrl.isEmpty() && archive.isEmpty()) {
        ctx.out << QCoreApplication::translate("Verify", "Audit log: no database beside this folder, not checked") << '\n';
        return toInt(ExitCode::Ok);
    }
    auto db = Database::open(ctx.global.databaseUrl, archive);
    if (!db.ok()) {
        ctx.err << QCoreApplication::translate("Verify", "hattama verify: cannot open the database: %1")
                       .arg(ErrorText::text(db.error()))
                << '\n';
        return toInt(db.error().code);
    }
    auto audit = verifyAuditChain(**db);
    if (!audit.ok()) {
        ctx.err << QCoreApplication::translate("Verify", "hattama verify: cannot read the audit log: %1")
                       .arg(ErrorText::text(audit.error()))
                << '\n';
        return toInt(audit.error().code);
    }
    if (!audit->ok) {
        //: %1 names the first bad row of the audit log, e.g. "row 17: hash does not match its contents"
        ctx.out << QCoreApplication::translate("Verify", "ERROR: audit log chain broken: %1").arg(audit->problem) << '\n';
        return toInt(ExitCode::Failed);
    }
    ctx.out << QCoreApplication::translate("Verify", "Audit log: %1 rows, chain intact").arg(audit->rowsChecked) << '\n';
    return toInt(ExitCode::Ok);
}

} // namespace

Command verifyCommand()
{
    Command command;
    command.name = QStringLiteral("verify");
    command.summary
        = QT_TRANSLATE_NOOP("Command", "Check a hearing folder: the media hash chain, then the signatures.");
    command.synopsis = "verify DIR [--trust DIR] [--ocsp URL]";
    command.run = [command](CommandContext &ctx) -> int {
        int exitCode = 0;
        QCommandLineParser parser;
        addTrustOptions(parser);
        const QString dir = parseHearingFolder(
            ctx, command, QCoreApplication::translate("Verify", "The hearing folder to check."), exitCode, &parser);
        if (dir.isEmpty())
            return exitCode;

        const Result<VerificationReport> result = HearingVerifier::withDefaultSteps().verify(dir);
        if (!result) {
            ctx.err << QCoreApplication::translate("Verify", "hattama verify: cannot read %1: %2")
                           .arg(dir, ErrorText::text(result.error()))
                    << '\n';
            return toInt(result.error().code);
        }
        const VerificationReport &report = *result;
        const VerificationSummary &summary = report.summary;
        ctx.out << QCoreApplication::translate("Verify", "Hearing folder: %1").arg(report.hearingDir) << '\n';
        if (!summary.hearingId.isEmpty())
            ctx.out << QCoreApplication::translate("Verify", "Hearing: %1").arg(summary.hearingId) << '\n';
        ctx.out << QCoreApplication::translate("Verify", "Manifest lines: %1").arg(summary.manifestLines) << '\n'
                << QCoreApplication::translate("Verify", "Parts: %1").arg(summary.parts) << '\n'
                << QCoreApplication::translate("Verify", "Segments: %1").arg(summary.segments) << '\n'
                << QCoreApplication::translate("Verify", "Duration: %1 (%2 ms)")
                       .arg(formatDuration(summary.totalDurationMs))
                       .arg(summary.totalDurationMs)
                << '\n'
                << QCoreApplication::translate("Verify", "Tracks: %1").arg(summary.tracks.size()) << '\n';
        for (qsizetype i = 0; i < summary.tracks.size(); ++i)
            ctx.out << QStringLiteral("  %1. ").arg(i + 1) << trackText(summary.tracks.at(i)) << '\n';

        for (const VerificationFinding &finding : report.findings) {
            const bool error = finding.severity == VerificationFinding::Severity::Error;
            ctx.out << (error ? QCoreApplication::translate("Verify", "ERROR: %1")
                              : QCoreApplication::translate("Verify", "warning: %1"))
                           .arg(findingText(finding))
                    << '\n';
        }
        const int audit = verifyAuditLog(ctx, dir);
        if (audit != toInt(ExitCode::Ok) && audit != toInt(ExitCode::Failed))
            return audit;
        // The signatures of the protocol, after the media and the audit chain (docs/signature.md).
        const int signatures = verifySignatures(ctx, dir, trustFolder(parser, ctx.global), ocspUrl(parser));
        if (report.intact() && audit == toInt(ExitCode::Ok) && signatures == toInt(ExitCode::Ok)) {
            ctx.out << QCoreApplication::translate(
                "Verify", "Result: intact. Every segment matches the hash chain of the manifest.")
                    << '\n';
            return toInt(ExitCode::Ok);
        }
        ctx.out << QCoreApplication::translate("Verify", "Result: NOT intact.") << '\n';
        return toInt(ExitCode::Failed);
    };
    return command;
}

} // namespace hattama::cli
