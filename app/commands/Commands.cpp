#include "commands/Command.h"

#include "commands/CommandFactories.h"

#include "util/ExitCode.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace hattama::cli {

QList<Command> allCommands()
{
    return {
        devicesCommand(),
        recordCommand(),
        recoverCommand(),
        verifyCommand(),
        hearingCommand(),
        protocolCommand(),
        clipCommand(),
        frameCommand(),
        playCommand(),
        signCommand(),
        remarksCommand(),
        copyCommand(),
    };
}

bool parseArguments(QCommandLineParser &parser, CommandContext &ctx, const Command &command, bool &helpShown)
{
    helpShown = false;
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Command", "Show help for this command."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList argv = ctx.args;
    argv.prepend(QStringLiteral("hattama ") + command.name);
    if (!parser.parse(argv)) {
        ctx.err << QCoreApplication::translate("Command", "hattama %1: %2").arg(command.name, parser.errorText()) << '\n'
                << QCoreApplication::translate("Command", "Usage: hattama %1").arg(QString::fromUtf8(command.synopsis)) << '\n'
                << QCoreApplication::translate("Command", "Run 'hattama %1 --help' for details.").arg(command.name) << '\n';
        return false;
    }
    if (parser.isSet(help)) {
        ctx.out << QCoreApplication::translate("Command", "Usage: hattama %1").arg(QString::fromUtf8(command.synopsis)) << "\n\n"
                << QCoreApplication::translate("Command", command.summary) << "\n\n";
        QString text = parser.helpText();
        // Drop Qt's own usage line (always the first, in any language, naming the program's
        // path); ours above is the real one.
        const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
        if (firstBreak >= 0)
            text = text.mid(firstBreak + 1).trimmed();
        ctx.out << text << '\n';
        helpShown = true;
    }
    return true;
}

int reportUsageError(CommandContext &ctx, const Command &command, const QString &message)
{
    ctx.err << QCoreApplication::translate("Command", "hattama %1: %2").arg(command.name, message) << '\n'
            << QCoreApplication::translate("Command", "Usage: hattama %1").arg(QString::fromUtf8(command.synopsis)) << '\n'
            << QCoreApplication::translate("Command", "Run 'hattama %1 --help' for details.").arg(command.name) << '\n';
    return toInt(ExitCode::Usage);
}

QString parseHearingFolder(CommandContext &ctx, const Command &command, const QString &argumentHelp, int &exitCode,
    QCommandLineParser *given)
{
    QCommandLineParser own;
    QCommandLineParser &parser = given ? *given : own;
    parser.addPositionalArgument(QStringLiteral("DIR"), argumentHelp);
    bool helpShown = false;
    exitCode = toInt(ExitCode::Ok);
    if (!parseArguments(parser, ctx, command, helpShown)) {
        exitCode = toInt(ExitCode::Usage);
        return {};
    }
    if (helpShown)
        return {};
    if (parser.positionalArguments().size() != 1) {
        exitCode = reportUsageError(
            ctx, command, QCoreApplication::translate("Command", "give exactly one hearing folder"));
        return {};
    }
    return parser.positionalArguments().constFirst();
}

QString hearingDatabaseArchive(const QString &hearingDir, const GlobalOptions &global)
{
    const QString parent = QFileInfo(QDir::cleanPath(QFileInfo(hearingDir).absoluteFilePath())).absolutePath();
    if (QFileInfo::exists(QDir(parent).filePath(QStringLiteral("hattama.sqlite"))))
        return parent;
    if (QFileInfo::exists(QDir(global.archiveDir).filePath(QStringLiteral("hattama.sqlite"))))
        return global.archiveDir;
    return {};
}

} // namespace hattama::cli
