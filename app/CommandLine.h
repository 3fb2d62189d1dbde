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
    enum class Action { Gui, Help, Version, Subcommand, Error };
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

// Runs a parsed non-GUI action and returns the exit code. The application object exists.
int runCommandLine(const ParsedCommandLine &parsed, const GlobalOptions &globals);

// Whether the subcommand needs a QGuiApplication (fonts, PDF). Unknown names: false.
bool commandNeedsGui(const QString &name);

} // namespace hattama::cli
