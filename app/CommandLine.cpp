#include "CommandLine.h"

#include "util/ExitCode.h"
#include "util/Translations.h"
#include "util/Versions.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace hattama::cli {

namespace {

struct GlobalOptionSpec {
    const char *name;
    QString ParsedCommandLine::*field;
};

const GlobalOptionSpec kGlobalOptions[] = {
    {"--archive", &ParsedCommandLine::archiveDir},
    {"--lang", &ParsedCommandLine::language},
    {"--db", &ParsedCommandLine::databaseUrl},
};

} // namespace

ParsedCommandLine parseCommandLine(const QStringList &arguments)
{
    ParsedCommandLine parsed;
    QStringList rest;
    // Global options may stand anywhere; take them out first. "--" ends option parsing.
    bool endOfOptions = false;
    bool languageGiven = false; // --lang "" is refused, not taken as "not given"
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (endOfOptions) {
            rest << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            endOfOptions = true;
            rest << arg;
            continue;
        }
        bool matched = false;
        for (const auto &spec : kGlobalOptions) {
            const QString name = QString::fromLatin1(spec.name);
            if (spec.field == &ParsedCommandLine::language && (arg == name || arg.startsWith(name + QLatin1Char('='))))
                languageGiven = true;
            if (arg == name) {
                if (i + 1 >= arguments.size() || arguments.at(i + 1).startsWith(QLatin1String("--"))) {
                    parsed.action = ParsedCommandLine::Action::Error;
                    parsed.error = QT_TRANSLATE_NOOP("CommandLine", "option %1 needs a value");
                    parsed.errorArg = name;
                    return parsed;
                }
                parsed.*(spec.field) = arguments.at(++i);
                matched = true;
            } else if (arg.startsWith(name + QLatin1Char('='))) {
                parsed.*(spec.field) = arg.mid(name.size() + 1);
                matched = true;
            }
        }
        if (!matched)
            rest << arg;
    }

    if ((languageGiven || !parsed.language.isEmpty()) && !Translations::isSupported(parsed.language)) {
        parsed.action = ParsedCommandLine::Action::Error;
        parsed.error = QT_TRANSLATE_NOOP("CommandLine", "unknown language '%1': use ru, kk or en");
        parsed.errorArg = parsed.language;
        return parsed;
    }

    if (rest.isEmpty()) {
        parsed.action = ParsedCommandLine::Action::Gui;
        return parsed;
    }
    const QString first = rest.takeFirst();
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
        parsed.action = ParsedCommandLine::Action::Help;
    } else if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        parsed.action = ParsedCommandLine::Action::Version;
    } else if (first.startsWith(QLatin1Char('-'))) {
        parsed.action = ParsedCommandLine::Action::Error;
        parsed.error = QT_TRANSLATE_NOOP("CommandLine", "unknown option '%1'");
        parsed.errorArg = first;
        return parsed;
    } else {
        bool known = false;
        for (const Command &command : allCommands())
            known = known || command.name == first;
        if (!known) {
            parsed.action = ParsedCommandLine::Action::Error;
            parsed.error = QT_TRANSLATE_NOOP("CommandLine", "unknown command '%1'");
            parsed.errorArg = first;
            return parsed;
        }
        parsed.action = ParsedCommandLine::Action::Subcommand;
        parsed.subcommand = first;
        parsed.subcommandArgs = rest;
        return parsed;
    }
    if (!rest.isEmpty()) {
        parsed.action = ParsedCommandLine::Action::Error;
        parsed.error = QT_TRANSLATE_NOOP("CommandLine", "unexpected argument '%1'");
        parsed.errorArg = rest.first();
    }
    return parsed;
}

bool commandNeedsGui(const QString &name)
{
    for (const Command &command : allCommands())
        if (command.name == name)
            return command.needsGui;
    return false;
}

namespace {

void printHelp(QTextStream &out)
{
    out << QCoreApplication::translate("CommandLine", "Usage: hattama [--archive DIR] [--lang ru|kk|en] [--db URL] [COMMAND [OPTIONS]]") << "\n\n"
        << QCoreApplication::translate("CommandLine", "Hattama records court hearings and produces their protocol.") << '\n'
        << QCoreApplication::translate("CommandLine", "Without a command the main window opens.") << "\n\n"
        << QCoreApplication::translate("CommandLine", "Commands:") << '\n';
    for (const Command &command : allCommands()) {
        QString line = QStringLiteral("  %1  %2").arg(command.name.leftJustified(9), QCoreApplication::translate("Command", command.summary));
        if (!command.run)
            line += QLatin1Char(' ') + QCoreApplication::translate("CommandLine", "(not built yet)");
        out << line << '\n';
    }
    out << '\n'
        << QCoreApplication::translate("CommandLine", "Global options:") << '\n'
        << QStringLiteral("  --archive DIR     ") << QCoreApplication::translate("CommandLine", "Archive folder (also HATTAMA_ARCHIVE).") << '\n'
        << QStringLiteral("  --lang ru|kk|en   ") << QCoreApplication::translate("CommandLine", "Language of messages and windows.") << '\n'
        << QStringLiteral("  --db URL          ") << QCoreApplication::translate("CommandLine", "Court server database, e.g. postgresql://user@host:5432/hattama.") << '\n'
        << QStringLiteral("  -h, --help        ") << QCoreApplication::translate("CommandLine", "Show this help; 'hattama COMMAND --help' for a command.") << '\n'
        << QStringLiteral("  -v, --version     ") << QCoreApplication::translate("CommandLine", "Show the version and the library versions in use.") << "\n\n"
        << QCoreApplication::translate("CommandLine", "Exit codes: 0 success, 1 the operation failed, 2 usage error, 3 environment error.") << '\n';
}

void printVersion(QTextStream &out)
{
    const LibraryVersions versions = LibraryVersions::current();
    out << QStringLiteral("hattama %1").arg(versions.hattama) << '\n';
    for (const auto &row : versions.rows())
        out << QStringLiteral("%1 %2").arg(row.first, row.second) << '\n';
}

} // namespace

int runCommandLine(const ParsedCommandLine &parsed, const GlobalOptions &globals)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (parsed.action) {
    case ParsedCommandLine::Action::Help:
        printHelp(out);
        return toInt(ExitCode::Ok);
    case ParsedCommandLine::Action::Version:
        printVersion(out);
        return toInt(ExitCode::Ok);
    case ParsedCommandLine::Action::Error:
        err << QStringLiteral("hattama: ") << QCoreApplication::translate("CommandLine", parsed.error).arg(parsed.errorArg) << '\n'
            << QCoreApplication::translate("CommandLine", "Run 'hattama --help' for the commands and options.") << '\n';
        return toInt(ExitCode::Usage);
    case ParsedCommandLine::Action::Gui:
        return toInt(ExitCode::Usage);
    case ParsedCommandLine::Action::Subcommand:
        break;
    }
    for (const Command &command : allCommands()) {
        if (command.name != parsed.subcommand)
            continue;
        if (!command.run) {
            err << QCoreApplication::translate("CommandLine", "hattama %1: this command is not built yet in version %2.").arg(command.name, QStringLiteral(HATTAMA_VERSION)) << '\n';
            return toInt(ExitCode::Usage);
        }
        CommandContext context{globals, parsed.subcommandArgs, out, err};
        const int code = command.run(context);
        out.flush();
        err.flush();
        return code;
    }
    return toInt(ExitCode::Usage);
}

} // namespace hattama::cli
