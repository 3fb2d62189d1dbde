#include "protocol/TextLanguage.h"

#include <QRegularExpression>
#include <QSet>

namespace hattama::protocol {

QString TextLanguage::guess(const QString &text)
{
    static const QSet<QString> russian { QStringLiteral("и"), QStringLiteral("в"), QStringLiteral("во"),
        QStringLiteral("не"), QStringLiteral("на"), QStringLiteral("с"), QStringLiteral("со"), QStringLiteral("что"),
        QStringLiteral("по"), QStringLiteral("о"), QStringLiteral("об"), QStringLiteral("к"), QStringLiteral("от"),
        QStringLiteral("за"), QStringLiteral("из"), QStringLiteral("для"), QStringLiteral("был"),
        QStringLiteral("была"), QStringLiteral("было"), QStringLiteral("были"), QStringLiteral("он"),
        QStringLiteral("она"), QStringLiteral("они"), QStringLiteral("его"), QStringLiteral("её"), QStringLiteral("ее"),
        QStringLiteral("это"), QStringLiteral("как"), QStringLiteral("при"), QStringLiteral("до"),
        QStringLiteral("после"), QStringLiteral("также"), QStringLiteral("или"), QStringLiteral("суд"),
        QStringLiteral("суда"), QStringLiteral("ходатайство"), QStringLiteral("заседание"),
        QStringLiteral("объявлен") };
    static const QSet<QString> kazakh { QStringLiteral("және"), QStringLiteral("мен"), QStringLiteral("бен"),
        QStringLiteral("пен"), QStringLiteral("деп"), QStringLiteral("бойынша"), QStringLiteral("туралы"),
        QStringLiteral("үшін"), QStringLiteral("емес"), QStringLiteral("бар"), QStringLiteral("жоқ"),
        QStringLiteral("болып"), QStringLiteral("осы"), QStringLiteral("сот"), QStringLiteral("да"),
        QStringLiteral("де"), QStringLiteral("бұл"), QStringLiteral("ол") };
    static const QString kazakhLetters = QStringLiteral("әғқңөұүһі");
    // Endings of Russian inflection that Kazakh words do not have.
    static const QStringList russianEndings { QStringLiteral("ого"), QStringLiteral("его"), QStringLiteral("ому"),
        QStringLiteral("ему"), QStringLiteral("ыми"), QStringLiteral("ими"), QStringLiteral("ться"),
        QStringLiteral("ется"), QStringLiteral("ится"), QStringLiteral("ала"), QStringLiteral("ила"),
        QStringLiteral("ние"), QStringLiteral("ния"), QStringLiteral("ость"), QStringLiteral("ости"),
        QStringLiteral("ый"), QStringLiteral("ий"), QStringLiteral("ая"), QStringLiteral("ые") };
    static const QRegularExpression word(QStringLiteral("[\\x{0400}-\\x{04FF}]+"));

    int ru = 0;
    int kk = 0;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString found = it.next().captured();
        const QString lower = found.toLower();
        if (russian.contains(lower)) {
            ++ru;
            continue;
        }
        if (kazakh.contains(lower)) {
            ++kk;
            continue;
        }
        // A capitalised word may be a name («Құдайбергенов») in either language.
        if (found.front().isUpper())
            continue;
        bool kazakhWord = false;
        for (const QChar letter : lower)
            kazakhWord = kazakhWord || kazakhLetters.contains(letter);
        if (kazakhWord) {
            ++kk;
            continue;
        }
        for (const QString &ending : russianEndings) {
            if (lower.size() > ending.size() + 1 && lower.endsWith(ending)) {
                ++ru;
                break;
            }
        }
    }
    if (ru >= 2 && ru > 2 * kk)
        return QStringLiteral("ru");
    if (kk >= 2 && kk > 2 * ru)
        return QStringLiteral("kk");
    return {};
}

} // namespace hattama::protocol
