#include "ManPage.h"

#include "CommandLine.h"

#include "util/SystemConfig.h"
#include "util/Versions.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hattama::cli {

namespace {

// "--out <DIR>" -> bold option names, italic argument.
QString term(const QString &text)
{
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    if (space < 0 || text.at(space - 1) == QLatin1Char(','))
        return QStringLiteral("\\fB%1\\fR").arg(ManPage::escape(text));
    return QStringLiteral("\\fB%1\\fR \\fI%2\\fR").arg(ManPage::escape(text.left(space)), ManPage::escape(text.mid(space + 1)));
}

void writeRows(QTextStream &out, const QList<HelpRow> &rows)
{
    for (const HelpRow &row : rows)
        out << ".TP\n" << term(QString::fromLatin1(row.term)) << '\n'
            << ManPage::escape(QCoreApplication::translate("CommandLine", row.text)) << '\n';
}

// What `hattama NAME --help` prints, run in-process (a command's --help has no side effects).
QString commandHelp(const Command &command, const GlobalOptions &globals)
{
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    CommandContext context{globals, {QStringLiteral("--help")}, out, err};
    (void)command.run(context); // --help exits 0; anything else shows in the page's text
    out.flush();
    err.flush();
    return outText + errText;
}

} // namespace

QString ManPage::escape(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    escaped.replace(QLatin1Char('-'), QStringLiteral("\\-"));
    if (escaped.startsWith(QLatin1Char('.')) || escaped.startsWith(QLatin1Char('\'')))
        escaped.prepend(QStringLiteral("\\&"));
    return escaped;
}

QString ManPage::fromHelpText(const QString &help)
{
    static const QRegularExpression entry(QStringLiteral("^  (\\S(?:.*?\\S)?) {2,}(\\S.*)$"));
    QString roff;
    QString entryTerm;
    QString entryText;
    qsizetype textColumn = 0;
    bool newParagraph = true;
    const auto flushEntry = [&] {
        if (!entryTerm.isEmpty()) {
            roff += QStringLiteral(".TP\n%1\n%2\n").arg(term(entryTerm), escape(entryText));
            newParagraph = true; // text after an entry is not part of it
        }
        entryTerm.clear();
        entryText.clear();
    };
    for (const QString &line : help.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty()) {
            flushEntry();
            newParagraph = true;
            continue;
        }
        if (!line.startsWith(QLatin1Char(' ')) && line.endsWith(QLatin1Char(':'))) {
            flushEntry();
            roff += QStringLiteral(".PP\n.B %1\n").arg(escape(line));
            newParagraph = false;
            continue;
        }
        const QRegularExpressionMatch match = entry.match(line);
        if (match.hasMatch()) {
            flushEntry();
            entryTerm = match.captured(1);
            entryText = match.captured(2);
            textColumn = match.capturedStart(2);
            continue;
        }
        if (!entryTerm.isEmpty() && line.size() > textColumn && line.left(textColumn).trimmed().isEmpty()) {
            entryText += QLatin1Char(' ') + line.trimmed();
            continue;
        }
        flushEntry();
        if (newParagraph)
            roff += QStringLiteral(".PP\n");
        roff += escape(line.trimmed()) + QLatin1Char('\n');
        newParagraph = false;
    }
    flushEntry();
    return roff;
}

void ManPage::write(QTextStream &out, const GlobalOptions &globals)
{
    const QString summary
        = QCoreApplication::translate("CommandLine", "Hattama records court hearings and produces their protocol.");
    out << ".\\\" Made by 'hattama --help-man' from the program's own help (app/ManPage.cpp); do not edit.\n"
        << QStringLiteral(".TH HATTAMA 1 \"\" \"hattama %1\" \"%2\"\n").arg(applicationVersion(), tr("Hattama manual"))
        << ".nh\n.ad l\n" // no hyphenation, no stretched lines: options must read as typed
        << ".SH " << tr("NAME") << "\nhattama \\- " << escape(summary) << '\n';

    out << ".SH " << tr("SYNOPSIS") << '\n'
        << ".B hattama\n[\\fI" << escape(tr("global options")) << "\\fR]\n";
    const QList<Command> commands = allCommands();
    for (const Command &command : commands)
        out << ".br\n.B hattama\n[\\fI" << escape(tr("global options")) << "\\fR] "
            << escape(QString::fromUtf8(command.synopsis)) << '\n';

    out << ".SH " << tr("DESCRIPTION") << '\n'
        << escape(summary) << '\n'
        << escape(QCoreApplication::translate("CommandLine", "Without a command the main window opens.")) << '\n';

    out << ".SH " << tr("GLOBAL OPTIONS") << '\n';
    writeRows(out, globalOptionRows());

    out << ".SH " << tr("COMMANDS") << '\n';
    for (const Command &command : commands) {
        out << QStringLiteral(".SS \"hattama %1\"\n").arg(command.name)
            << ".B hattama\n" << escape(QString::fromUtf8(command.synopsis)) << "\n.PP\n"
            << escape(QCoreApplication::translate("Command", command.summary)) << '\n';
        if (!command.run) {
            out << escape(QCoreApplication::translate("CommandLine", "(not built yet)")) << '\n';
            continue;
        }
        // The command's help without the usage line and summary written above.
        const QString usage = QCoreApplication::translate("Command", "Usage: hattama %1").arg(QString::fromUtf8(command.synopsis));
        const QString translatedSummary = QCoreApplication::translate("Command", command.summary);
        QStringList body;
        for (const QString &line : commandHelp(command, globals).split(QLatin1Char('\n')))
            if (line != usage && line != translatedSummary)
                body << line;
        out << fromHelpText(body.join(QLatin1Char('\n')));
    }

    out << ".SH " << tr("EXIT STATUS") << '\n';
    writeRows(out, exitCodeRows());
    out << ".SH " << tr("ENVIRONMENT") << '\n';
    writeRows(out, environmentRows());

    out << ".SH " << tr("FILES") << '\n'
        << ".TP\n.I " << escape(SystemConfig::defaultPath()) << '\n'
        << escape(tr("Settings for every user of the computer, set by the court's IT department: the archive folder "
                     "(archive/path), the database URL (database/url), the trusted CA folder (signing/trustedCaDir) "
                     "and the court's time zone (court/timeZone). A user's own setting wins over it."))
        << '\n'
        << ".TP\n.I ~/.config/Hattama/hattama.conf\n"
        << escape(tr("The user's own settings: language, devices, disk limits and the keys above.")) << '\n'
        << ".TP\n.I ~/.local/share/Hattama/hattama/archive\n"
        << escape(tr("The archive of hearings when no other folder is set.")) << '\n'
        << ".TP\n.I ~/.local/share/Hattama/hattama/logs/hattama.log\n"
        << escape(tr("The log, kept to a few megabytes.")) << '\n'
        << ".TP\n.I " << escape(QStringLiteral("<archive>/templates/")) << '\n'
        << escape(tr("The court's own protocol templates and event catalogue, used instead of the built-in ones; "
                     "the built-in ones are in /usr/share/hattama/templates/ to start from.")) << '\n';
}

} // namespace hattama::cli
