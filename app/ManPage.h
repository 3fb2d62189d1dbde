#pragma once

#include "commands/Command.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace hattama::cli {

// The man page hattama(1), in roff and in the current language, made from what --help
// prints: the tables of CommandLine.h (global options, environment, exit codes) and every
// command's own --help, run in-process. A new command in allCommands() appears in the page
// without anyone editing it. `hattama --help-man` prints it; the build runs that
// (cmake/HattamaManPage.cmake).
class ManPage {
    Q_DECLARE_TR_FUNCTIONS(hattama::cli::ManPage)
public:
    static void write(QTextStream &out, const GlobalOptions &globals);

    // Roff for the body of one command's --help (Qt's layout: "Heading:" lines, two-space
    // indented "term  description" entries with indented continuation lines, plain text).
    static QString fromHelpText(const QString &help);
    // Text made safe for roff: backslashes, minus signs, lines starting with '.' or '\''.
    static QString escape(const QString &text);
};

} // namespace hattama::cli
