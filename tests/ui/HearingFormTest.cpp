// The New hearing form: what the protocol needs from it (city, whom a representative acts
// for, the secretary), the keyboard (Add participant, Tab through the date) and the court's
// time on a computer that runs on UTC.
#include "hearings/HearingCreateDialog.h"

#include "protocol/HearingToProtocol.h"
#include "protocol/ProtocolBuilder.h"
#include "util/CourtTime.h"
#include "util/Translations.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace hattama;

namespace {

// Settings in a temporary folder; the computer's clock on UTC, as a courtroom PC may run.
struct FormBench {
    FormBench()
    {
        qputenv("TZ", "UTC");
        tzset();
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        QSettings().clear();
    }
    template<typename T> T *child(ui::HearingCreateDialog &dialog, const QString &name)
    {
        T *found = dialog.findChild<T *>(name);
        REQUIRE(found);
        return found;
    }
    QTemporaryDir dir;
};

QString protocolText(const HearingRecord &record, const QString &lang)
{
    protocol::ProtocolBuilder::Options options;
    options.language = lang;
    const protocol::ProtocolInput input = protocol::protocolInputFromHearing(record, {});
    options.kind = protocol::ProtocolBuilder::lawfulKind(input);
    auto document = protocol::ProtocolBuilder::build(input, options);
    REQUIRE(document);
    return document->textLines().join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("the New hearing form gives the protocol its city, whom a representative acts for and warns without a "
          "secretary")
{
    FormBench bench;
    Translations translations;
    REQUIRE(translations.setLanguage(QStringLiteral("en")));
    ui::HearingCreateDialog dialog;
    dialog.show();
    bench.child<QLineEdit>(dialog, QStringLiteral("createCourt"))
        ->setText(QStringLiteral("Сарыаркинский районный суд города Астаны"));
    bench.child<QLineEdit>(dialog, QStringLiteral("createCity"))->setText(QStringLiteral("Астана"));
    dialog.caseNumberEdit()->setText(QStringLiteral("2-415/2026"));
    dialog.judgeEdit()->setText(QStringLiteral("Әбілқасымова Ж. С."));
    dialog.addParticipantRow(QStringLiteral("Сейітқали Ерлан Бақытұлы"), Role::Plaintiff);
    dialog.addParticipantRow(QStringLiteral("Ким Ольга Викторовна"), Role::Representative);
    dialog.setRepresents(1, 0);
    dialog.addParticipantRow(QString(), Role::Witness); // a row added later keeps the choice above

    // No secretary: said once, and Save again saves.
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(bench.child<QLabel>(dialog, QStringLiteral("createProblems"))->text() == dialog.secretaryWarning());
    CHECK(dialog.secretaryWarning().contains(QStringLiteral("secretary")));
    // With a secretary there is no question.
    bench.child<QLineEdit>(dialog, QStringLiteral("createSecretary"))->setText(QStringLiteral("Нұрланова А. Қ."));
    const HearingRecord record = dialog.record();
    CHECK(record.hearing.court.city == QStringLiteral("Астана"));
    QStringList roles;
    for (const Participant &participant : record.participants)
        roles << roleId(participant.role) + QLatin1Char(':') + participant.fullName + QLatin1Char(':') + participant.note;
    CHECK(roles
        == QStringList { QStringLiteral("judge:Әбілқасымова Ж. С.:"), QStringLiteral("plaintiff:Сейітқали Ерлан Бақытұлы:"),
            QStringLiteral("representative:Ким Ольга Викторовна:представляет: истец Сейітқали Ерлан Бақытұлы"),
            QStringLiteral("secretary:Нұрланова А. Қ.:") });
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(QSettings().value(QStringLiteral("court/city")).toString() == QStringLiteral("Астана"));

    // The protocol built from it: the city in the header, the representation, the secretary.
    const QString text = protocolText(record, QStringLiteral("ru"));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("г. Астана")));
    CHECK(text.contains(QStringLiteral("Ким Ольга Викторовна — представитель (представляет: истец Сейітқали Ерлан Бақытұлы)")));
    CHECK(text.contains(QStringLiteral("Нұрланова А. Қ.")));
}

TEST_CASE("the New hearing form from the keyboard: a new participant's name takes the typing, Tab leaves the date, "
          "the year in full")
{
    FormBench bench;
    Translations translations;
    REQUIRE(translations.setLanguage(QStringLiteral("kk")));
    ui::HearingCreateDialog dialog;
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    REQUIRE(QTest::qWaitForWindowActive(&dialog));

    // The Kazakh form shows a four-digit year.
    auto *start = bench.child<QDateTimeEdit>(dialog, QStringLiteral("createStart"));
    INFO(start->text().toStdString());
    CHECK(QRegularExpression(QStringLiteral("^\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d$")).match(start->text()).hasMatch());

    // Tab leaves the date field at once (not its day, month, year, hour parts one by one).
    start->setFocus(Qt::TabFocusReason);
    REQUIRE(QTest::qWaitFor([&] { return start->hasFocus(); }));
    QTest::keyClick(start, Qt::Key_Tab);
    CHECK_FALSE(start->hasFocus());
    CHECK(QApplication::focusWidget() != nullptr);

    // Add participant with the space bar: the cursor is in the new name, so typing fills it
    // and adds no more rows.
    auto *add = bench.child<QPushButton>(dialog, QStringLiteral("createAddParticipant"));
    add->setFocus(Qt::TabFocusReason);
    QTest::keyClick(add, Qt::Key_Space);
    QTableWidget *table = dialog.participantTable();
    REQUIRE(table->rowCount() == 1);
    QWidget *typing = QApplication::focusWidget();
    REQUIRE(typing);
    CHECK(typing != add);
    CHECK(table->isAncestorOf(typing)); // the name cell's editor
    QTest::keyClicks(typing, QStringLiteral("Kim O V")); // QTest types Latin letters only
    CHECK(table->rowCount() == 1);
    auto *nameEditor = qobject_cast<QLineEdit *>(typing);
    REQUIRE(nameEditor);
    CHECK(nameEditor->text() == QStringLiteral("Kim O V"));
}

TEST_CASE("the New hearing form starts at the court's time on a computer that runs on UTC")
{
    FormBench bench;
    ui::HearingCreateDialog dialog;
    auto *start = bench.child<QDateTimeEdit>(dialog, QStringLiteral("createStart"));
    // Shown as the court's clock reads (UTC+5), not the computer's.
    const QDateTime court = CourtTime::now();
    const QDateTime shown = start->dateTime();
    const qint64 apartSeconds = QDateTime(court.date(), court.time()).secsTo(QDateTime(shown.date(), shown.time()));
    INFO(shown.toString(Qt::ISODate).toStdString() << " vs " << court.toString(Qt::ISODate).toStdString());
    CHECK(std::abs(apartSeconds) < 120);
    // Saved with the court's offset.
    dialog.caseNumberEdit()->setText(QStringLiteral("2-1/2026"));
    CHECK(dialog.record().hearing.scheduledStart.offsetFromUtc() == CourtTime::kDefaultOffsetSeconds);
    // Another zone set for the court is followed.
    QSettings().setValue(CourtTime::settingKey(), QStringLiteral("UTC+06:00"));
    CHECK(CourtTime::now().offsetFromUtc() == 6 * 3600);
}
