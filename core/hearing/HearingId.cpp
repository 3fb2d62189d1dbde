#include "hearing/HearingId.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace hattama {

namespace {
constexpr int kMaxLength = 80;
}

QString HearingId::make(const QString &caseNumber, QDate scheduledDate)
{
    QString slug;
    for (const QChar c : caseNumber) {
        const bool safe = c.unicode() < 128 && c.isLetterOrNumber();
        if (safe)
            slug += c.toLower();
        else if (!slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    }
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    slug.truncate(kMaxLength - 19);
    const QString random
        = QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(0x1000000), 6, 16, QLatin1Char('0'));
    QString id
        = scheduledDate.isValid() ? scheduledDate.toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("undated");
    if (!slug.isEmpty())
        id += QLatin1Char('-') + slug;
    return id + QLatin1Char('-') + random;
}

bool HearingId::isValid(const QString &id)
{
    // Anchored at the very end: with "$" alone a final "\n" would pass ("abc\n").
    static const QRegularExpression kPattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9](?:[A-Za-z0-9-]{0,78}[A-Za-z0-9])?")));
    return kPattern.match(id).hasMatch();
}

} // namespace hattama
