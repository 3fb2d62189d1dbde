#pragma once

#include "commands/Command.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace hattama::cli {

// The command line split into global options, the subcommand and its arguments. Works on
// plain strings so it can run before the application object exists (which one to create
// depends on the subcommand).
struct ParsedCommandLine {
    enum class Action { Gui, Help, HelpMan, Version, Subcommand, Error };
    Action action = Action::Gui;
    QString archiveDir;  // as given, unresolved
    QString language;    // as given
    QString databaseUrl; // as given
    QString subcommand;
    QStringList subcommandArgs;
    const char *error = nullptr; // English usage error with %1, translated when printed
    QString errorArg;    // the offending argument
};

ParsedCommandLine parseCommandLine(const QStringList &arguments);

// One row of the program's help: a term (an option, a variable, a code) and its English text,
// shown through tr() in the "CommandLine" context. --help and the man page (ManPage) both
// print these tables, so they cannot say different things.
struct HelpRow {
    const char *term;
    const char *text;
};
QList<HelpRow> globalOptionRows();
QList<HelpRow> environmentRows();
QList<HelpRow> exitCodeRows();

// Runs a parsed non-GUI action and returns the exit code. The application object exists.
int runCommandLine(const ParsedCommandLine &parsed, const GlobalOptions &globals);

// Whether the subcommand needs a QGuiApplication (fonts, PDF). Unknown names: false.
bool commandNeedsGui(const QString &name);
// Whether the subcommand opens a window (play): it gets a QApplication when there is a display.
bool commandOpensWindow(const QString &name);

} // namespace hattama::cli
