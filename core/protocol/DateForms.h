#pragma once

#include <QDateTime>
#include <QString>

namespace hattama::protocol {

// Dates and times as a Kazakhstani court protocol writes them (GLOSSARY.md):
//   ru: «23 ноября 2026 года», «начало в 10 ч 15 мин», «окончание в 12 ч 40 мин»
//   kk: «2026 жылғы 23 қараша», «сағат 10:15-те басталды», «сағат 12:40-та аяқталды»
// Times are shown in the time's own zone/offset (court time), never converted to UTC.
class DateForms {
public:
    static QString monthName(int month, const QString &lang); // ru genitive «ноября», kk «қараша»
    static QString longDate(const QDate &date, const QString &lang);
    static QString startPhrase(const QTime &time, const QString &lang);
    static QString endPhrase(const QTime &time, const QString &lang);
    // ru «10 ч 15 мин», kk «сағат 10:15-те».
    static QString timeAt(const QTime &time, const QString &lang);
    // Clock time "10:15" (both languages).
    static QString clock(const QTime &time);
    // Hearing time code "01:02:03" (hours may exceed 24).
    static QString timeCode(qint64 hearingTimeMs);
    // A length of time, to the nearest second, zero units left out:
    //   ru «1 ч 05 мин 12 с», «5 мин 02 с», «12 с»; kk «1 сағат 5 минут 12 секунд», «12 секунд».
    static QString duration(qint64 durationMs, const QString &lang);

    // The Kazakh locative suffix (-да/-де/-та/-те) that follows a number written in digits.
    // It agrees with the last word of the number as spoken: "15" is read «он бес» → -те,
    // "40" «қырық» → -та, "00" «нөл» → -де. Back vowels (а о ұ ы) give -а, front vowels -е;
    // a voiceless final consonant gives т-, a vowel or voiced one д-.
    static QString kazakhLocative(qint64 number);
    // The last word of a number read out in Kazakh («бес», «қырық», «жүз», «мың», «нөл»).
    static QString kazakhLastNumberWord(qint64 number);
    // "10:15-те": a clock time with the suffix agreeing with the spoken minutes.
    static QString kazakhClockLocative(const QTime &time);
};

} // namespace hattama::protocol
