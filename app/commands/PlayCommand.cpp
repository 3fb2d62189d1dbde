#include "commands/CommandFactories.h"
#include "commands/PlaybackArguments.h"

#include "review/PlayerWindow.h"
#include "session/ReviewTimeline.h"
#include "storage/Database.h"
#include "storage/HearingRepository.h"
#include "util/ErrorText.h"
#include "util/ExitCode.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPlayCommand, "hattama.app")

namespace hattama::cli {

namespace {

int run(CommandContext &ctx, const Command &command)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DIR|ID"),
        QCoreApplication::translate("PlayCommand", "Hearing folder (with recording.json) or hearing ID."));
    const QCommandLineOption atOption(QStringLiteral("at"),
        QCoreApplication::translate("PlayCommand", "Start at this moment of the hearing clock (HH:MM:SS)."),
        QStringLiteral("T"));
    parser.addOptions({ atOption });
    bool helpShown = false;
    if (!parseArguments(parser, ctx, command, helpShown))
        return toInt(ExitCode::Usage);
    if (helpShown)
        return toInt(ExitCode::Ok);
    if (parser.positionalArguments().size() != 1)
        return reportUsageError(ctx, command,
            QCoreApplication::translate("PlayCommand", "give exactly one hearing folder or hearing ID"));

    std::optional<qint64> at;
    if (parser.isSet(atOption)) {
        auto parsed = hearingTimeArgument(parser.value(atOption));
        if (!parsed)
            return reportError(ctx, command, parsed.error());
        at = *parsed;
    }
    auto recording = openRecording(parser.positionalArguments().first(), ctx.global);
    if (!recording)
        return reportError(ctx, command, recording.error());
    if (at)
        if (const Status inside = checkInRecording(*recording, *at); !inside)
            return reportError(ctx, command, inside.error());

    auto *application = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!application)
        return reportError(ctx, command, Error::of(ErrorCode::DisplayUnavailable, { QStringLiteral("DISPLAY=") }));

    // Names and entries from the hearings database when it holds this hearing; a folder it
    // does not know plays with the names as recorded.
    std::unique_ptr<Database> db;
    if (auto opened = Database::open(ctx.global.databaseUrl, ctx.global.archiveDir); opened)
        db = std::move(*opened);
    else
        qCInfo(lcPlayCommand) << "playing without the hearings database:" << opened.error().text();
    auto timeline = openReviewTimeline(recording->hearingDir(), db.get(), ctx.global.language);
    if (!timeline)
        return reportError(ctx, command, timeline.error());

    ui::PlayerWindow window(*timeline);
    if (db)
        if (const auto record = HearingRepository(*db).load(QFileInfo(recording->hearingDir()).fileName()); record)
            window.setCaseNumber(record->hearing.caseInfo.number);
    if (at)
        window.seekHearing(*at);
    window.show();
    return application->exec() == 0 ? toInt(ExitCode::Ok) : toInt(ExitCode::Failed);
}

} // namespace

Command playCommand()
{
    Command command;
    command.name = QStringLiteral("play");
    command.summary = QT_TRANSLATE_NOOP("Command", "Play the recording of a hearing in the player window.");
    command.synopsis = "play DIR|ID [--at HH:MM:SS]";
    command.opensWindow = true;
    command.run = [command](CommandContext &ctx) { return run(ctx, command); };
    return command;
}

} // namespace hattama::cli
