#include "ErrorLanguage.h"

#include <QRegularExpression>

#include <algorithm>

namespace hattama::test {

QStringList englishWords(const QString &text, const Error &error)
{
    QString rest = text;
    // Longest first, so an argument that contains another is removed whole.
    QStringList args = error.args;
    std::sort(args.begin(), args.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &arg : std::as_const(args)) {
        if (!arg.isEmpty())
            rest.replace(arg, QStringLiteral(" "));
    }
    // Paths and URLs (docs/hearing-json.md, postgresql://…), file names (hearing.json),
    // commands and options to type (hattama verify, --archive), proper names of programs,
    // formats and standards.
    static const QRegularExpression path(QStringLiteral(R"(\S*[/\\]\S*)"));
    static const QRegularExpression fileName(QStringLiteral(R"(\S+\.[a-z]{2,6}\b)"));
    static const QRegularExpression option(QStringLiteral(R"(--[a-z-]+)"));
    static const QRegularExpression command(QStringLiteral(R"(hattama(\s+[a-z]+){0,2})"));
    static const QRegularExpression names(
        QStringLiteral(R"(\b(PostgreSQL|SQLite|JSON|FFmpeg|PortAudio|PDF|DejaVu|ISO|UTC|Hattama|PKCS|OCSP|CRL|CMS)\b)"));
    rest.replace(path, QStringLiteral(" "));
    rest.replace(fileName, QStringLiteral(" "));
    rest.replace(option, QStringLiteral(" "));
    rest.replace(command, QStringLiteral(" "));
    rest.replace(names, QStringLiteral(" "));
    static const QRegularExpression latinWord(QStringLiteral(R"([A-Za-z]{3,})"));
    QStringList words;
    for (auto it = latinWord.globalMatch(rest); it.hasNext();)
        words << it.next().captured();
    return words;
}

bool hasCyrillic(const QString &text)
{
    static const QRegularExpression cyrillic(QStringLiteral(R"(\p{Cyrillic})"));
    return text.contains(cyrillic);
}

} // namespace hattama::test
