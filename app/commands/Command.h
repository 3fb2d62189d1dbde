#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

class QCommandLineParser;

namespace hattama::cli {

// Options accepted before or after any subcommand.
struct GlobalOptions {
    QString archiveDir; // --archive DIR, resolved (HATTAMA_ARCHIVE, settings, default)
    QString language;   // --lang ru|kk|en, resolved
    QString databaseUrl; // --db URL, else the setting database/url (empty: SQLite in the archive folder)
};

// What a subcommand gets: the resolved global options, its own arguments (without the
// subcommand name) and the two output streams.
struct CommandContext {
    GlobalOptions global;
    QStringList args;
    QTextStream &out;
    QTextStream &err;
};

struct Command {
    QString name;
    const char *summary = nullptr; // English; shown through tr() in the "Command" context
    const char *synopsis = nullptr; // e.g. "record --out DIR [--demo] ..."
    bool needsGui = false;          // runs under QGuiApplication (fonts, PDF), offscreen
    bool opensWindow = false;       // runs under QApplication on the display when there is one
    std::function<int(CommandContext &)> run; // empty: not built yet
};

// Every subcommand of docs/command-line.md, in the order --help lists them.
QList<Command> allCommands();

// Parses ctx.args with parser (which gets --help added). Prints the error with the
// subcommand's usage and returns false on a usage error; on --help prints help and sets
// helpShown. Callers return 2 on false, 0 when helpShown.
bool parseArguments(QCommandLineParser &parser, CommandContext &ctx, const Command &command, bool &helpShown);

// Prints "hattama NAME: message", the usage line and the pointer to --help; returns 2.
int reportUsageError(CommandContext &ctx, const Command &command, const QString &message);

// For commands taking one hearing folder: parses, and on success returns the folder. Otherwise
// sets exitCode (0 after --help, 2 on a usage error) and returns an empty string. parser, when
// given, carries the command's own options.
QString parseHearingFolder(CommandContext &ctx, const Command &command, const QString &argumentHelp, int &exitCode,
    QCommandLineParser *parser = nullptr);

// The archive whose database covers a hearing folder: the folder's parent when it holds
// hattama.sqlite, else --archive when that holds one. Empty when there is none (a hearing folder
// copied out of the archive): with no --db either, verify checks the folder alone.
QString hearingDatabaseArchive(const QString &hearingDir, const GlobalOptions &global);

} // namespace hattama::cli
