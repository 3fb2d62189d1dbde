#include "commands/CommandFactories.h"

#include "commands/SignatureCheck.h"
#include "commands/SignatureOptions.h"

#include "playback/PlaybackTime.h"
#include "media/HearingVerifier.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ManifestAnchorStep.h"
#include "util/ExitCode.h"
#include "util/ErrorText.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace hattama::cli {

namespace {

qint64 figure(const VerificationFinding &finding, qsizetype index)
{
    return index < finding.figures.size() ? finding.figures.at(index) : 0;
}

QString noDatabaseText()
{
    return QCoreApplication::translate("Verify",
        "no database beside this folder: the folder alone cannot show a cut-off end or a rewritten hash chain "
        "(give --archive or --db)");
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
    case Kind::SegmentSizeWrong:
        return QCoreApplication::translate("Verify", "manifest line %1 gives %2 bytes for segment %3, the file has %4")
            .arg(finding.lineNumber)
            .arg(figure(finding, 0))
            .arg(finding.subject)
            .arg(figure(finding, 1));
    case Kind::PartMismatch:
        if (figure(finding, 1) < 0)
            return QCoreApplication::translate(
                "Verify", "the manifest lists part %1 (%2 segments) that recording.json does not know")
                .arg(figure(finding, 0))
                .arg(figure(finding, 2));
        return QCoreApplication::translate(
            "Verify", "recording.json says part %1 has %2 segments (%3); the manifest lists %4 segments (%5)")
            .arg(figure(finding, 0))
            .arg(figure(finding, 1))
            .arg(hattama::formatHearingTime(figure(finding, 3), true))
            .arg(figure(finding, 2))
            .arg(hattama::formatHearingTime(figure(finding, 4), true));
    case Kind::RecordingInProgress:
        return QCoreApplication::translate("Verify",
            "the recording is in progress: the closed segments are checked, the one being recorded is not");
    case Kind::SegmentBeingRecorded:
        return QCoreApplication::translate("Verify", "segment %1 is being recorded (checked once it is closed)")
            .arg(finding.subject);
    case Kind::RecoveredLoss:
        if (figure(finding, 1) < 0)
            return QCoreApplication::translate(
                "Verify", "recovered after a crash: the recording ends at %1; what came after is lost")
                .arg(hattama::formatHearingTime(figure(finding, 0), true));
        //: e.g. "recovered after a crash: 0.4 s lost at 00:12:31.200"
        return QCoreApplication::translate("Verify", "recovered after a crash: about %1 s lost at %2")
            .arg(static_cast<double>(figure(finding, 1)) / 1000.0, 0, 'f', 1)
            .arg(hattama::formatHearingTime(figure(finding, 0), true));
    case Kind::NotAnchored:
        return QCoreApplication::translate("Verify",
            "the database holds no anchor of this manifest (recorded without this database): a cut-off end or a "
            "rewritten chain cannot be detected");
    case Kind::AnchorAhead:
        return QCoreApplication::translate("Verify",
            "the database anchored %1 manifest lines (%2 segments), the folder holds %3: the end of the recording was "
            "cut off")
            .arg(figure(finding, 0))
            .arg(figure(finding, 2))
            .arg(figure(finding, 1));
    case Kind::AnchorDiffers:
        return QCoreApplication::translate(
            "Verify", "manifest line %1 is not the one the database anchored: the hash chain was rewritten")
            .arg(figure(finding, 0));
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

// The audit log's hash chain. Prints what it checked; Ok, or Failed when it is broken.
int verifyAuditLog(CommandContext &ctx, Database &db)
{
    auto audit = verifyAuditChain(db);
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

        // With the database, the manifest is also compared with the heads anchored in its
        // audit log, and that log's own chain is checked.
        std::unique_ptr<Database> db;
        const QString archive = hearingDatabaseArchive(dir, ctx.global);
        if (!ctx.global.databaseUrl.isEmpty() || !archive.isEmpty()) {
            auto opened = Database::open(ctx.global.databaseUrl, archive);
            if (!opened.ok()) {
                ctx.err << QCoreApplication::translate("Verify", "hattama verify: cannot open the database: %1")
                               .arg(ErrorText::text(opened.error()))
                        << '\n';
                return toInt(opened.error().code);
            }
            db = std::move(*opened);
        }
        HearingVerifier verifier = HearingVerifier::withDefaultSteps();
        if (db)
            verifier.addStep(std::make_unique<ManifestAnchorStep>(*db));
        const Result<VerificationReport> result = verifier.verify(dir);
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
                       .arg(hattama::formatHearingTime(summary.totalDurationMs, true))
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
        int audit = toInt(ExitCode::Ok);
        if (db) {
            audit = verifyAuditLog(ctx, *db);
        } else {
            ctx.out << QCoreApplication::translate("Verify", "Anchors: %1").arg(noDatabaseText()) << '\n';
        }
        if (audit != toInt(ExitCode::Ok) && audit != toInt(ExitCode::Failed))
            return audit;
        // The signatures of the protocol, after the media and the audit chain (docs/signature.md).
        const int signatures = verifySignatures(ctx, dir, trustFolder(parser, ctx.global), ocspUrl(parser));
        if (report.intact() && audit == toInt(ExitCode::Ok) && signatures == toInt(ExitCode::Ok)) {
            if (summary.live)
                ctx.out << QCoreApplication::translate("Verify",
                    "Result: intact so far. The recording is in progress; every closed segment matches the hash "
                    "chain of the manifest.")
                        << '\n';
            else
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
