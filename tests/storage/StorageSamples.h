#pragma once

// The sample hearing and small SQL helpers shared by the storage suites.

#include "storage/Database.h"
#include "storage/HearingRepository.h"

#include <catch2/catch.hpp>

#include <QString>
#include <QVariantList>

namespace hattama::test {

inline const QString kKazakhLetters = QStringLiteral("Ә ә Ғ ғ Қ қ Ң ң Ө ө Ұ ұ Ү ү Һ һ І і");

inline HearingRecord sampleRecord(const QString &caseNumber = QStringLiteral("1-77/2026"))
{
    HearingRecord record;
    Hearing &hearing = record.hearing;
    hearing.court = Court { 0, QStringLiteral("Специализированный межрайонный суд по уголовным делам города Астаны"),
        QStringLiteral("Астана қаласының қылмыстық істер жөніндегі мамандандырылған ауданаралық соты"),
        QStringLiteral("Астана") };
    hearing.courtroom = QStringLiteral("Зал № 5");
    hearing.caseInfo.number = caseNumber;
    hearing.caseInfo.category = CaseCategory::Criminal;
    hearing.caseInfo.subject = QStringLiteral("ч. 2 ст. 188 УК РК");
    hearing.caseInfo.judge = QStringLiteral("Өтепбаев Нұрсұлтан Әлібекұлы");
    hearing.scheduledStart = QDateTime(QDate(2026, 11, 23), QTime(10, 15), Qt::OffsetFromUTC, 5 * 3600);
    hearing.language = QStringLiteral("kk");
    record.participants = {
        Participant {
            -1, QStringLiteral("judge"), 1, QStringLiteral("Өтепбаев Нұрсұлтан Әлібекұлы"), Role::Judge, true, {} },
        Participant { -2, QStringLiteral("d1"), 2, QStringLiteral("Ғабдуллин Ұлан Үсенұлы"), Role::Defendant, true,
            QStringLiteral("мера пресечения — подписка о невыезде") },
        Participant { -3, QStringLiteral("v1"), 3, QStringLiteral("Іргебаева Һәжар Қайратқызы"), Role::Victim, false,
            kKazakhLetters },
    };
    record.audioChannels = { AudioChannel { 1, -1, {}, 2 }, AudioChannel { 2, 0, QStringLiteral("Трибуна") } };
    record.cameras = { CameraView { 1, QStringLiteral("Судья") }, CameraView { 2, QStringLiteral("Зал") } };
    TimelineEntry opening;
    opening.hearingTimeMs = 0;
    opening.kind = EntryKind::ProceduralEvent;
    opening.text = QStringLiteral("Сот отырысы ашық деп жарияланды.");
    opening.speakerParticipantId = -1;
    TimelineEntry note;
    note.hearingTimeMs = 61'250;
    note.kind = EntryKind::Note;
    note.text = QStringLiteral("Подсудимый Ғабдуллин Ұ. Ү. вину признал полностью.");
    note.speakerParticipantId = -2;
    record.entries = { opening, note };
    return record;
}

inline qint64 count(Database &db, const QString &sql, const QVariantList &binds = {})
{
    auto query = db.exec(sql, binds);
    REQUIRE(query.ok());
    REQUIRE(query->next());
    return query->value(0).toLongLong();
}

inline QString saveSample(Database &db, const HearingRecord &record = sampleRecord())
{
    auto saved = HearingRepository(db).save(record);
    INFO((saved ? QString() : saved.error().text()).toStdString());
    REQUIRE(saved.ok());
    return saved->hearingId;
}

} // namespace hattama::test
