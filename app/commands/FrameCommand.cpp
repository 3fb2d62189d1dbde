#include "commands/CommandFactories.h"
#include "commands/PlaybackArguments.h"

#include "playback/OfflineRenderer.h"
#include "util/ExitCode.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace hattama::cli {

namespace {

int run(CommandContext &ctx, const Command &command)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DIR|ID"),
        QCoreApplication::translate("FrameCommand", "Hearing folder (with recording.json) or hearing ID."));
    const QCommandLineOption atOption(QStringLiteral("at"),
        QCoreApplication::translate("FrameCommand", "The moment on the hearing clock (HH:MM:SS.mmm)."), QStringLiteral("T"));
    const QCommandLineOption cameraOption(QStringLiteral("camera"),
        QCoreApplication::translate("FrameCommand", "Camera number (default 1)."), QStringLiteral("N"));
    const QCommandLineOption outputOption(QStringList { QStringLiteral("o"), QStringLiteral("output") },
        QCoreApplication::translate("FrameCommand", "Output PNG file."), QStringLiteral("FILE"));
    parser.addOptions({ atOption, cameraOption, outputOption });
    bool helpShown = false;
    if (!parseArguments(parser, ctx, command, helpShown))
        return toInt(ExitCode::Usage);
    if (helpShown)
        return toInt(ExitCode::Ok);
    if (parser.positionalArguments().size() != 1)
        return reportUsageError(ctx, command,
            QCoreApplication::translate("FrameCommand", "give exactly one hearing folder or hearing ID"));
    if (!parser.isSet(atOption))
        return reportUsageError(ctx, command, QCoreApplication::translate("FrameCommand", "give the moment with --at"));
    if (parser.value(outputOption).isEmpty())
        return reportUsageError(ctx, command, QCoreApplication::translate("FrameCommand", "give the output file with -o FILE"));

    auto at = hearingTimeArgument(parser.value(atOption));
    if (!at)
        return reportError(ctx, command, at.error());
    auto timeline = openRecording(parser.positionalArguments().first(), ctx.global);
    if (!timeline)
        return reportError(ctx, command, timeline.error());
    if (const Status inside = checkInRecording(*timeline, *at); !inside)
        return reportError(ctx, command, inside.error());
    bool ok = true;
    const int camera = parser.isSet(cameraOption) ? parser.value(cameraOption).toInt(&ok) : 1;
    if (!ok || camera < 1 || camera > timeline->cameras().size())
        return reportError(ctx, command,
            Error::of(ErrorCode::PlaybackCameraUnknown,
                { parser.value(cameraOption), QString::number(timeline->cameras().size()) }));

    auto frame = OfflineRenderer(*timeline).pictureAt(*at, camera - 1);
    if (!frame)
        return reportError(ctx, command, frame.error());
    const QString output = QFileInfo(parser.value(outputOption)).absoluteFilePath();
    const QString temporary = output + QStringLiteral(".part");
    if (!frame->picture.save(temporary, "PNG") || (QFile::exists(output) && !QFile::remove(output))
        || !QFile::rename(temporary, output)) {
        QFile::remove(temporary);
        return reportError(ctx, command,
            Error::of(ErrorCode::ClipWriteFailed,
                { QDir::toNativeSeparators(output), QCoreApplication::translate("FrameCommand", "the PNG cannot be saved") }));
    }
    ctx.out << QCoreApplication::translate("FrameCommand", "Picture written to %1").arg(output) << '\n';
    return toInt(ExitCode::Ok);
}

} // namespace

Command frameCommand()
{
    Command command;
    command.name = QStringLiteral("frame");
    command.summary = QT_TRANSLATE_NOOP("Command", "Write the picture of one camera at a moment of a hearing as PNG.");
    command.synopsis = "frame DIR|ID --at HH:MM:SS.mmm [--camera N] -o FILE.png";
    command.needsGui = true;
    command.run = [command](CommandContext &ctx) { return run(ctx, command); };
    return command;
}

} // namespace hattama::cli
