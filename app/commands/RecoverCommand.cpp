#include "commands/CommandFactories.h"

#include "media/HearingRecovery.h"
#include "util/ExitCode.h"

#include <QCommandLineParser>

namespace hattama::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Recover", text);
}

QString actionText(const RecoveryAction &action)
{
    using Kind = RecoveryAction::Kind;
    switch (action.kind) {
    case Kind::ManifestCreated:
        return tr("started a manifest for the segments found");
    case Kind::DroppedTornLine:
        return tr("dropped the incomplete manifest line %1 (%2 bytes)").arg(action.lineNumber).arg(action.bytes);
    case Kind::RemovedTemporary:
        return tr("removed %1, left from an interrupted recovery").arg(action.subject);
    case Kind::RecoveredSegment:
        return tr("recovered segment %1: %2 s of media, closed and listed in the manifest")
            .arg(action.subject)
            .arg(static_cast<double>(action.durationMs) / 1000.0, 0, 'f', 3);
    case Kind::UnrecoverableSegment:
        return tr("segment %1 holds nothing readable: kept aside as %1.damaged").arg(action.subject);
    case Kind::SkippedOutOfOrder:
        return tr("segment %1 is not listed but comes before listed segments: left alone, check it").arg(action.subject);
    case Kind::ClosedManifest:
        return tr("closed the manifest");
    case Kind::MarkedRecordingClosed:
        return tr("marked the recording closed in %1").arg(action.subject);
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
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("DIR"), tr("The hearing folder to recover."));
        bool helpShown = false;
        if (!parseArguments(parser, ctx, command, helpShown))
            return toInt(ExitCode::Usage);
        if (helpShown)
            return toInt(ExitCode::Ok);
        if (parser.positionalArguments().size() != 1) {
            ctx.err << tr("hattama recover: give exactly one hearing folder") << '\n'
                    << QCoreApplication::translate("Command", "Usage: hattama %1").arg(QString::fromUtf8(command.synopsis)) << '\n';
            return toInt(ExitCode::Usage);
        }
        const QString dir = parser.positionalArguments().constFirst();
        const Result<RecoveryReport> result = HearingRecovery::recover(dir);
        if (!result) {
            ctx.err << tr("hattama recover: %1").arg(result.error().text()) << '\n';
            return toInt(result.error().code);
        }
        const RecoveryReport &report = *result;
        ctx.out << tr("Hearing folder: %1").arg(report.hearingDir) << '\n';
        if (report.nothingToDo())
            ctx.out << tr("Nothing to do: the hearing is closed and every segment is listed.") << '\n';
        for (const RecoveryAction &action : report.actions)
            ctx.out << QStringLiteral("  - ") << actionText(action) << '\n';
        ctx.out << tr("Segments in the manifest: %1").arg(report.segmentsListed) << '\n';
        if (report.failed()) {
            ctx.out << tr("Result: recovery incomplete; run 'hattama verify' for details.") << '\n';
            return toInt(ExitCode::Failed);
        }
        ctx.out << tr("Result: recovered; run 'hattama verify %1' to check it.").arg(dir) << '\n';
        return toInt(ExitCode::Ok);
    };
    return command;
}

} // namespace hattama::cli
