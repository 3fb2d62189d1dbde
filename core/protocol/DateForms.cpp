#include "protocol/DateForms.h"

#include <QStringList>

#include <algorithm>

namespace hattama::protocol {

namespace {

const char *const kMonthsRu[] = { "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
    "октября", "ноября", "декабря" };
const char *const kMonthsKk[] = { "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
    "қазан", "қараша", "желтоқсан" };
const char *const kUnitsKk[] = { "нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз" };
const char *const kTensKk[] = { "", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан" };

bool isKk(const QString &lang)
{
    return lang == QLatin1String("kk");
}

} // namespace

QString DateForms::monthName(int month, const QString &lang)
{
    if (month < 1 || month > 12)
        return QString();
    return QString::fromUtf8(isKk(lang) ? kMonthsKk[month - 1] : kMonthsRu[month - 1]);
}

QString DateForms::longDate(const QDate &date, const QString &lang)
{
    if (!date.isValid())
        return QString();
    if (isKk(lang))
        return QStringLiteral("%1 жылғы %2 %3").arg(date.year()).arg(date.day()).arg(monthName(date.month(), lang));
    return QStringLiteral("%1 %2 %3 года").arg(date.day()).arg(monthName(date.month(), lang)).arg(date.year());
}

QString DateForms::clock(const QTime &time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

QString DateForms::timeAt(const QTime &time, const QString &lang)
{
    if (!time.isValid())
        return QString();
    if (isKk(lang))
        return QStringLiteral("сағат %1").arg(kazakhClockLocative(time));
    return QStringLiteral("%1 ч %2 мин").arg(time.hour()).arg(time.minute(), 2, 10, QLatin1Char('0'));
}

QString DateForms::duration(qint64 durationMs, const QString &lang)
{
    const qint64 seconds = (std::max<qint64>(durationMs, 0) + 500) / 1000;
    const qint64 hours = seconds / 3600;
    const qint64 minutes = seconds / 60 % 60;
    const qint64 rest = seconds % 60;
    QStringList parts;
    if (isKk(lang)) {
        // A Kazakh noun after a number stays singular: «5 минут», «12 секунд».
        if (hours > 0)
            parts << QStringLiteral("%1 сағат").arg(hours);
        if (minutes > 0)
            parts << QStringLiteral("%1 минут").arg(minutes);
        if (rest > 0 || parts.isEmpty())
            parts << QStringLiteral("%1 секунд").arg(rest);
        return parts.join(QLatin1Char(' '));
    }
    // Russian abbreviations need no plural: «ч», «мин», «с»; after a larger unit two digits.
    if (hours > 0)
        parts << QStringLiteral("%1 ч").arg(hours);
    if (minutes > 0)
        parts << QStringLiteral("%1 мин").arg(minutes, hours > 0 ? 2 : 1, 10, QLatin1Char('0'));
    if (rest > 0 || parts.isEmpty())
        parts << QStringLiteral("%1 с").arg(rest, parts.isEmpty() ? 1 : 2, 10, QLatin1Char('0'));
    return parts.join(QLatin1Char(' '));
}

QString DateForms::startPhrase(const QTime &time, const QString &lang)
{
    if (!time.isValid())
        return QString();
    return isKk(lang) ? QStringLiteral("%1 басталды").arg(timeAt(time, lang))
                      : QStringLiteral("начало в %1").arg(timeAt(time, lang));
}

QString DateForms::endPhrase(const QTime &time, const QString &lang)
{
    if (!time.isValid())
        return QString();
    return isKk(lang) ? QStringLiteral("%1 аяқталды").arg(timeAt(time, lang))
                      : QStringLiteral("окончание в %1").arg(timeAt(time, lang));
}

QString DateForms::timeCode(qint64 hearingTimeMs)
{
    const qint64 totalS = std::max<qint64>(0, hearingTimeMs) / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(totalS / 3600, 2, 10, QLatin1Char('0'))
        .arg((totalS / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(totalS % 60, 2, 10, QLatin1Char('0'));
}

QString DateForms::kazakhLastNumberWord(qint64 number)
{
    number = number < 0 ? -number : number;
    if (number == 0)
        return QString::fromUtf8(kUnitsKk[0]);
    if (number % 10 != 0)
        return QString::fromUtf8(kUnitsKk[number % 10]);
    if (number % 100 != 0)
        return QString::fromUtf8(kTensKk[(number / 10) % 10]);
    if (number % 1000 != 0)
        return QStringLiteral("жүз");
    if (number % 1000000 != 0)
        return QStringLiteral("мың");
    if (number % 1000000000 != 0)
        return QStringLiteral("миллион");
    return QStringLiteral("миллиард");
}

QString DateForms::kazakhLocative(qint64 number)
{
    const QString word = kazakhLastNumberWord(number);
    static const QString kBackVowels = QStringLiteral("аоұыя");
    static const QString kFrontVowels = QStringLiteral("әеөүіэи");
    static const QString kVoiceless = QStringLiteral("пфктшсчщхцқһ");
    bool back = true;
    for (qsizetype i = word.size() - 1; i >= 0; --i) {
        if (kBackVowels.contains(word.at(i))) {
            back = true;
            break;
        }
        if (kFrontVowels.contains(word.at(i))) {
            back = false;
            break;
        }
    }
    const bool voiceless = !word.isEmpty() && kVoiceless.contains(word.back());
    return QString(voiceless ? QStringLiteral("т") : QStringLiteral("д"))
        + (back ? QStringLiteral("а") : QStringLiteral("е"));
}

QString DateForms::kazakhClockLocative(const QTime &time)
{
    // "10:00" is read «он нөл нөл»: the minutes decide, and 00 is «нөл».
    return QStringLiteral("%1-%2").arg(clock(time), kazakhLocative(time.minute()));
}

} // namespace hattama::protocol
