#include "CommandLine.h"

#include "ManPage.h"

#include "util/ExitCode.h"
#include "util/Translations.h"
#include "util/Versions.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
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

QList<HelpRow> globalOptionRows()
{
    return {
        {"--archive DIR", QT_TRANSLATE_NOOP("CommandLine", "Archive folder (also HATTAMA_ARCHIVE).")},
        {"--lang ru|kk|en", QT_TRANSLATE_NOOP("CommandLine", "Language of messages and windows.")},
        {"--db URL", QT_TRANSLATE_NOOP("CommandLine", "Court server database, e.g. postgresql://user@host:5432/hattama.")},
        {"-h, --help", QT_TRANSLATE_NOOP("CommandLine", "Show this help; 'hattama COMMAND --help' for a command.")},
        {"-v, --version", QT_TRANSLATE_NOOP("CommandLine", "Show the version and the library versions in use.")},
    };
}

QList<HelpRow> environmentRows()
{
    return {
        {"HATTAMA_ARCHIVE", QT_TRANSLATE_NOOP("CommandLine", "Archive folder when --archive is not given.")},
        {"HATTAMA_SYSTEM_CONFIG", QT_TRANSLATE_NOOP("CommandLine", "The system configuration file to read instead of /etc/hattama/hattama.conf.")},
        {"HATTAMA_DEMO", QT_TRANSLATE_NOOP("CommandLine", "When set, the main window records demo sources (test tones and pictures).")},
        {"HATTAMA_FONT_DIR", QT_TRANSLATE_NOOP("CommandLine", "Folder with the DejaVu fonts for PDF protocols.")},
        {"HATTAMA_LOG_STDERR", QT_TRANSLATE_NOOP("CommandLine", "When set, the main window also prints warnings to standard error.")},
        {"HATTAMA_PORTAUDIO_VERBOSE", QT_TRANSLATE_NOOP("CommandLine", "When 1, the audio library's own messages are shown.")},
        {"PGUSER", QT_TRANSLATE_NOOP("CommandLine", "PostgreSQL user when the database URL names none.")},
    };
}

QList<HelpRow> exitCodeRows()
{
    return {
        {"0", QT_TRANSLATE_NOOP("CommandLine", "Success.")},
        {"1", QT_TRANSLATE_NOOP("CommandLine", "The operation ran and failed, e.g. a check found tampering.")},
        {"2", QT_TRANSLATE_NOOP("CommandLine", "Usage error: a wrong command, option or input file.")},
        {"3", QT_TRANSLATE_NOOP("CommandLine", "Environment error: a device, the disk, the database or a font is missing or not usable.")},
    };
}

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
    } else if (first == QLatin1String("--help-man")) {
        // Not in --help: the build runs it to write the man page (docs/development.md).
        parsed.action = ParsedCommandLine::Action::HelpMan;
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

bool commandOpensWindow(const QString &name)
{
    for (const Command &command : allCommands())
        if (command.name == name)
            return command.opensWindow;
    return false;
}

namespace {

void printRows(QTextStream &out, const QList<HelpRow> &rows)
{
    qsizetype width = 0;
    for (const HelpRow &row : rows)
        width = std::max(width, qsizetype(qstrlen(row.term)));
    for (const HelpRow &row : rows)
        out << QStringLiteral("  %1  ").arg(QString::fromLatin1(row.term).leftJustified(width))
            << QCoreApplication::translate("CommandLine", row.text) << '\n';
}

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
    out << '\n' << QCoreApplication::translate("CommandLine", "Global options:") << '\n';
    printRows(out, globalOptionRows());
    out << '\n' << QCoreApplication::translate("CommandLine", "Environment:") << '\n';
    printRows(out, environmentRows());
    out << '\n' << QCoreApplication::translate("CommandLine", "Exit codes:") << '\n';
    printRows(out, exitCodeRows());
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
    case ParsedCommandLine::Action::HelpMan:
        ManPage::write(out, globals);
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
            err << QCoreApplication::translate("CommandLine", "hattama %1: this command is not built yet in version %2.").arg(command.name, applicationVersion()) << '\n';
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
