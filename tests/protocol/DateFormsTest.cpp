// Russian and Kazakh date and time forms of the protocol, and the Kazakh suffix rule.
#include "TestSupport.h"
#include "protocol/DateForms.h"
#include "protocol/LegalTerms.h"

#include <catch2/catch.hpp>

using hattama::protocol::DateForms;
using hattama::protocol::LegalTerms;

TEST_CASE("russian long date uses the genitive month and года")
{
    CHECK(DateForms::longDate(QDate(2026, 11, 23), QStringLiteral("ru")) == QStringLiteral("23 ноября 2026 года"));
    CHECK(DateForms::longDate(QDate(2027, 3, 1), QStringLiteral("ru")) == QStringLiteral("1 марта 2027 года"));
    CHECK(DateForms::longDate(QDate(2026, 5, 9), QStringLiteral("ru")) == QStringLiteral("9 мая 2026 года"));
}

TEST_CASE("kazakh long date puts the year first with жылғы")
{
    CHECK(DateForms::longDate(QDate(2026, 11, 23), QStringLiteral("kk")) == QStringLiteral("2026 жылғы 23 қараша"));
    const QStringList months { QStringLiteral("қаңтар"), QStringLiteral("ақпан"), QStringLiteral("наурыз"),
        QStringLiteral("сәуір"), QStringLiteral("мамыр"), QStringLiteral("маусым"), QStringLiteral("шілде"),
        QStringLiteral("тамыз"), QStringLiteral("қыркүйек"), QStringLiteral("қазан"), QStringLiteral("қараша"),
        QStringLiteral("желтоқсан") };
    for (int month = 1; month <= 12; ++month) {
        INFO(month);
        CHECK(DateForms::monthName(month, QStringLiteral("kk")) == months.at(month - 1));
        CHECK(DateForms::longDate(QDate(2026, month, 5), QStringLiteral("kk"))
            == QStringLiteral("2026 жылғы 5 %1").arg(months.at(month - 1)));
    }
}

TEST_CASE("start and end phrases in both languages")
{
    CHECK(DateForms::startPhrase(QTime(10, 15), QStringLiteral("ru")) == QStringLiteral("начало в 10 ч 15 мин"));
    CHECK(DateForms::endPhrase(QTime(12, 40), QStringLiteral("ru")) == QStringLiteral("окончание в 12 ч 40 мин"));
    CHECK(DateForms::startPhrase(QTime(9, 5), QStringLiteral("ru")) == QStringLiteral("начало в 9 ч 05 мин"));
    CHECK(DateForms::startPhrase(QTime(10, 15), QStringLiteral("kk")) == QStringLiteral("сағат 10:15-те басталды"));
    CHECK(DateForms::endPhrase(QTime(12, 40), QStringLiteral("kk")) == QStringLiteral("сағат 12:40-та аяқталды"));
}

TEST_CASE("kazakh locative suffix follows the spoken last word of the number")
{
    struct Row {
        qint64 number;
        const char *word;
        const char *suffix;
    };
    const Row rows[] = {
        { 0, "нөл", "де" },
        { 1, "бір", "де" },
        { 2, "екі", "де" },
        { 3, "үш", "те" },
        { 4, "төрт", "те" },
        { 5, "бес", "те" },
        { 6, "алты", "да" },
        { 7, "жеті", "де" },
        { 8, "сегіз", "де" },
        { 9, "тоғыз", "да" },
        { 10, "он", "да" },
        { 20, "жиырма", "да" },
        { 30, "отыз", "да" },
        { 40, "қырық", "та" },
        { 50, "елу", "де" },
        { 60, "алпыс", "та" },
        { 70, "жетпіс", "те" },
        { 80, "сексен", "де" },
        { 90, "тоқсан", "да" },
        { 100, "жүз", "де" },
        { 15, "бес", "те" },
        { 23, "үш", "те" },
        { 46, "алты", "да" },
        { 59, "тоғыз", "да" },
        { 1000, "мың", "да" },
        { 2026, "алты", "да" },
        { 1990, "тоқсан", "да" },
        { 2000000, "миллион", "да" },
    };
    for (const Row &row : rows) {
        INFO(row.number);
        CHECK(DateForms::kazakhLastNumberWord(row.number) == QString::fromUtf8(row.word));
        CHECK(DateForms::kazakhLocative(row.number) == QString::fromUtf8(row.suffix));
    }
}

TEST_CASE("kazakh clock times take the suffix of their minutes")
{
    const QList<QPair<QTime, QString>> rows {
        { QTime(10, 15), QStringLiteral("10:15-те") },
        { QTime(12, 40), QStringLiteral("12:40-та") },
        { QTime(10, 0), QStringLiteral("10:00-де") },
        { QTime(9, 30), QStringLiteral("09:30-да") },
        { QTime(14, 6), QStringLiteral("14:06-да") },
        { QTime(16, 20), QStringLiteral("16:20-да") },
        { QTime(11, 43), QStringLiteral("11:43-те") },
        { QTime(15, 50), QStringLiteral("15:50-де") },
        { QTime(17, 9), QStringLiteral("17:09-да") },
        { QTime(8, 1), QStringLiteral("08:01-де") },
    };
    for (const auto &row : rows) {
        INFO(row.first.toString().toStdString());
        CHECK(DateForms::kazakhClockLocative(row.first) == row.second);
    }
}

TEST_CASE("hearing time codes count hours beyond a day")
{
    CHECK(DateForms::timeCode(0) == QStringLiteral("00:00:00"));
    CHECK(DateForms::timeCode(65'999) == QStringLiteral("00:01:05"));
    CHECK(DateForms::timeCode(3'723'000) == QStringLiteral("01:02:03"));
    CHECK(DateForms::timeCode(100LL * 3600 * 1000) == QStringLiteral("100:00:00"));
}

TEST_CASE("every role and category has distinct russian and kazakh names")
{
    const QStringList roles = LegalTerms::roleIds();
    CHECK(roles.size() == 15);
    QStringList ru;
    QStringList kk;
    for (const QString &role : roles) {
        ru << LegalTerms::roleName(role, QStringLiteral("ru"), QStringLiteral("criminal"));
        kk << LegalTerms::roleName(role, QStringLiteral("kk"), QStringLiteral("criminal"));
    }
    CHECK(ru.removeDuplicates() == 0);
    CHECK(kk.removeDuplicates() == 0);
    CHECK(LegalTerms::roleName(QStringLiteral("defendant"), QStringLiteral("kk"), QStringLiteral("civil"))
        == QStringLiteral("сотталушы"));
    CHECK(LegalTerms::roleName(QStringLiteral("victim"), QStringLiteral("kk"), QStringLiteral("civil"))
        == QStringLiteral("жәбірленуші"));
    CHECK(LegalTerms::roleName(QStringLiteral("witness"), QStringLiteral("ru"), QStringLiteral("civil"))
        == QStringLiteral("свидетель"));
    CHECK(LegalTerms::roleName(QStringLiteral("no-such-role"), QStringLiteral("ru"), QStringLiteral("civil"))
        == QStringLiteral("иной участник"));
    CHECK(LegalTerms::categoryName(QStringLiteral("civil"), QStringLiteral("kk")) == QStringLiteral("азаматтық іс"));
    CHECK(LegalTerms::categoryPhrase(QStringLiteral("criminal"), QStringLiteral("ru"))
        == QStringLiteral("по уголовному делу"));
}
