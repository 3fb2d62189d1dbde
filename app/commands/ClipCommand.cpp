#include "commands/CommandFactories.h"
#include "commands/PlaybackArguments.h"

#include "playback/ClipWriter.h"
#include "util/ExitCode.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace hattama::cli {

namespace {

int run(CommandContext &ctx, const Command &command)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DIR|ID"),
        QCoreApplication::translate("ClipCommand", "Hearing folder (with recording.json) or hearing ID."));
    const QCommandLineOption fromOption(QStringLiteral("from"),
        QCoreApplication::translate("ClipCommand", "Start on the hearing clock (HH:MM:SS[.mmm])."), QStringLiteral("T"));
    const QCommandLineOption toOption(QStringLiteral("to"),
        QCoreApplication::translate("ClipCommand", "End on the hearing clock (HH:MM:SS[.mmm])."), QStringLiteral("T"));
    const QCommandLineOption cameraOption(QStringLiteral("camera"),
        QCoreApplication::translate("ClipCommand", "Camera number (default 1)."), QStringLiteral("N"));
    const QCommandLineOption gridOption(QStringLiteral("grid"),
        QCoreApplication::translate("ClipCommand", "Every camera in a grid instead of one."));
    const QCommandLineOption micsOption(QStringLiteral("mics"),
        QCoreApplication::translate("ClipCommand", "Only these microphones, e.g. 1,3-4 (default: all)."),
        QStringLiteral("LIST"));
    const QCommandLineOption outputOption(QStringList { QStringLiteral("o"), QStringLiteral("output") },
        QCoreApplication::translate("ClipCommand", "Output MP4 file (written whole or not at all)."), QStringLiteral("FILE"));
    parser.addOptions({ fromOption, toOption, cameraOption, gridOption, micsOption, outputOption });
    bool helpShown = false;
    if (!parseArguments(parser, ctx, command, helpShown))
        return toInt(ExitCode::Usage);
    if (helpShown)
        return toInt(ExitCode::Ok);
    if (parser.positionalArguments().size() != 1)
        return reportUsageError(ctx, command,
            QCoreApplication::translate("ClipCommand", "give exactly one hearing folder or hearing ID"));
    if (!parser.isSet(fromOption) || !parser.isSet(toOption))
        return reportUsageError(ctx, command,
            QCoreApplication::translate("ClipCommand", "give the passage with --from and --to"));
    if (parser.value(outputOption).isEmpty())
        return reportUsageError(ctx, command, QCoreApplication::translate("ClipCommand", "give the output file with -o FILE"));
    if (parser.isSet(gridOption) && parser.isSet(cameraOption))
        return reportUsageError(ctx, command,
            QCoreApplication::translate("ClipCommand", "give either --camera or --grid, not both"));

    auto from = hearingTimeArgument(parser.value(fromOption));
    if (!from)
        return reportError(ctx, command, from.error());
    auto to = hearingTimeArgument(parser.value(toOption));
    if (!to)
        return reportError(ctx, command, to.error());
    auto timeline = openRecording(parser.positionalArguments().first(), ctx.global);
    if (!timeline)
        return reportError(ctx, command, timeline.error());

    ClipRequest request;
    request.fromHearingMs = *from;
    request.toHearingMs = *to;
    request.outputPath = QFileInfo(parser.value(outputOption)).absoluteFilePath();
    request.camera = 1;
    if (parser.isSet(gridOption)) {
        request.camera = 0;
    } else if (parser.isSet(cameraOption)) {
        bool ok = false;
        request.camera = parser.value(cameraOption).toInt(&ok);
        if (!ok || request.camera < 1)
            return reportError(ctx, command,
                Error::of(ErrorCode::PlaybackCameraUnknown,
                    { parser.value(cameraOption), QString::number(timeline->cameras().size()) }));
    }
    if (parser.isSet(micsOption)) {
        auto microphones = microphoneList(parser.value(micsOption), static_cast<int>(timeline->microphones().size()));
        if (!microphones)
            return reportError(ctx, command, microphones.error());
        request.mix.solo = *microphones;
    }
    if (const Status written = ClipWriter(*timeline).write(request); !written)
        return reportError(ctx, command, written.error());
    ctx.out << QCoreApplication::translate("ClipCommand", "Passage written to %1").arg(request.outputPath) << '\n';
    return toInt(ExitCode::Ok);
}

} // namespace

Command clipCommand()
{
    Command command;
    command.name = QStringLiteral("clip");
    command.summary = QT_TRANSLATE_NOOP("Command", "Write a passage of a hearing as an MP4 file (H.264/AAC).");
    command.synopsis = "clip DIR|ID --from HH:MM:SS --to HH:MM:SS [--camera N|--grid] [--mics LIST] -o FILE.mp4";
    command.needsGui = true;
    command.run = [command](CommandContext &ctx) { return run(ctx, command); };
    return command;
}

} // namespace hattama::cli
