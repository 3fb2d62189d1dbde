#include "commands/CommandFactories.h"

#include "playback/PlaybackTime.h"
#include "media/HearingRecovery.h"
#include "storage/AuditManifestAnchor.h"
#include "storage/Database.h"
#include "util/Logging.h"
#include "util/ExitCode.h"
#include "util/ErrorText.h"

#include <QCommandLineParser>
#include <QDir>

namespace hattama::cli {

namespace {

// With the hearing's database: the manifest's new head goes into its audit log, as the
// recorder's do, so that verify knows where the recovered manifest ends.
void anchorRecovered(CommandContext &ctx, const QString &hearingDir)
{
    const QString archive = hearingDatabaseArchive(hearingDir, ctx.global);
    if (ctx.global.databaseUrl.isEmpty() && archive.isEmpty())
        return;
    auto db = Database::open(ctx.global.databaseUrl, archive);
    Result<ManifestContents> contents
        = SegmentManifest::read(QDir(hearingDir).filePath(SegmentManifest::fileName()));
    if (!db || !contents || contents->entries.isEmpty()) {
        qCWarning(lcApp) << "recover: the manifest head of" << hearingDir << "is not anchored in the database";
        return;
    }
    ManifestHead head;
    head.hearingId = contents->entries.constFirst().hearingId;
    head.genesisHex = contents->entries.constFirst().entryHex;
    head.lines = static_cast<int>(contents->entries.size());
    for (const ManifestEntry &entry : std::as_const(contents->entries))
        head.segments += entry.type == ManifestEntry::Type::Segment ? 1 : 0;
    head.entryHex = contents->entries.constLast().entryHex;
    head.closed = contents->entries.constLast().type == ManifestEntry::Type::Close;
    if (Status anchored = AuditManifestAnchor::anchor(**db, head); !anchored)
        qCWarning(lcApp) << "recover: manifest head not anchored:" << anchored.error().text();
}

QString actionText(const RecoveryAction &action)
{
    using Kind = RecoveryAction::Kind;
    switch (action.kind) {
    case Kind::ManifestCreated:
        return QCoreApplication::translate("Recover", "started a manifest for the segments found");
    case Kind::DroppedTornLine:
        return QCoreApplication::translate("Recover", "dropped the incomplete manifest line %1 (%2 bytes)")
            .arg(action.lineNumber)
            .arg(action.bytes);
    case Kind::RemovedTemporary:
        return QCoreApplication::translate("Recover", "removed %1, left from an interrupted recovery")
            .arg(action.subject);
    case Kind::RecoveredSegment:
        return QCoreApplication::translate(
            "Recover", "recovered segment %1: %2 s of media, closed and listed in the manifest")
            .arg(action.subject)
            .arg(static_cast<double>(action.durationMs) / 1000.0, 0, 'f', 3);
    case Kind::UnrecoverableSegment:
        return QCoreApplication::translate("Recover", "segment %1 holds nothing readable: kept aside as %1.damaged")
            .arg(action.subject);
    case Kind::SkippedOutOfOrder:
        return QCoreApplication::translate(
            "Recover", "segment %1 is not listed but comes before listed segments: left alone, check it")
            .arg(action.subject);
    case Kind::SkippedExtra:
        return QCoreApplication::translate("Recover",
            "segment %1 is not listed although the recording was closed: left alone, it was added afterwards")
            .arg(action.subject);
    case Kind::ClosedManifest:
        return QCoreApplication::translate("Recover", "closed the manifest");
    case Kind::MarkedRecordingClosed:
        return QCoreApplication::translate("Recover", "marked the recording closed in %1").arg(action.subject);
    case Kind::LostAtCrash:
        if (action.durationMs < 0)
            return QCoreApplication::translate(
                "Recover", "recovered after a crash: the recording ends at %1; what came after is lost")
                .arg(hattama::formatHearingTime(action.atMs, true));
        //: e.g. "recovered after a crash: about 0.4 s lost at 00:12:31.200"
        return QCoreApplication::translate("Recover", "recovered after a crash: about %1 s lost at %2")
            .arg(static_cast<double>(action.durationMs) / 1000.0, 0, 'f', 1)
            .arg(hattama::formatHearingTime(action.atMs, true));
    case Kind::NotSealed:
        if (!action.subject.isEmpty())
            return QCoreApplication::translate("Recover",
                "%1 is a symbolic link, not a recorded file: the recording is left open, nothing is sealed")
                .arg(action.subject);
        return QCoreApplication::translate(
            "Recover", "no segment could be recovered: the recording is left open, nothing is sealed");
    }
    return action.message;
}

} // namespace

Command recoverCommand()
{
    Command command;
    command.name = QStringLiteral("recover");
    command.summary = QT_TRANSLATE_NOOP("Command", "Finish a hearing cut off by a crash or power loss.");
    command.synopsis = "recover DIR";
    command.run = [command](CommandContext &ctx) -> int {
        int exitCode = 0;
        const QString dir = parseHearingFolder(
            ctx, command, QCoreApplication::translate("Recover", "The hearing folder to recover."), exitCode);
        if (dir.isEmpty())
            return exitCode;
        const Result<RecoveryReport> result = HearingRecovery::recover(dir);
        if (!result) {
            ctx.err
                << QCoreApplication::translate("Recover", "hattama recover: %1").arg(ErrorText::text(result.error()))
                << '\n';
            return toInt(result.error().code);
        }
        const RecoveryReport &report = *result;
        if (!report.nothingToDo())
            anchorRecovered(ctx, report.hearingDir);
        ctx.out << QCoreApplication::translate("Recover", "Hearing folder: %1").arg(report.hearingDir) << '\n';
        if (report.nothingToDo())
            ctx.out << QCoreApplication::translate(
                "Recover", "Nothing to do: the hearing is closed and every segment is listed.")
                    << '\n';
        for (const RecoveryAction &action : report.actions)
            ctx.out << QStringLiteral("  - ") << actionText(action) << '\n';
        ctx.out << QCoreApplication::translate("Recover", "Segments in the manifest: %1").arg(report.segmentsListed)
                << '\n';
        if (report.failed()) {
            ctx.out << QCoreApplication::translate(
                "Recover", "Result: recovery incomplete; run 'hattama verify' for details.")
                    << '\n';
            return toInt(ExitCode::Failed);
        }
        ctx.out << QCoreApplication::translate("Recover", "Result: recovered; run 'hattama verify %1' to check it.")
                       .arg(dir)
                << '\n';
        return toInt(ExitCode::Ok);
    };
    return command;
}

} // namespace hattama::cli
