// The workspace on a real SQLite hearings database: import, today's list, opening a hearing,
// the channel map, notes typed with QTest key events, F-key events from the event catalogue,
// undo/redo as soft delete/restore, and the offer to recover a hearing cut off by a crash.
// Every outcome is read back with SQL.
#include "TestSupport.h"

#include "DialogAnswerer.h"

#include "workspace/ChannelMappingPanel.h"
#include "hearings/HearingCreateDialog.h"
#include "workspace/EntryEditor.h"
#include "workspace/EntryListModel.h"
#include "workspace/HearingSession.h"
#include "workspace/HearingWorkspace.h"
#include "hearings/HearingsPanel.h"
#include "main/MainWindow.h"
#include "workspace/SetupPage.h"

#include "hearing/EventCatalogue.h"
#include "hearing/Role.h"
#include "session/HearingWorkflow.h"
#include "storage/Database.h"
#include "storage/HearingRepository.h"
#include "util/Translations.h"

#include <QComboBox>
#include <QLabel>
#include <QDate>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace hattama;
using hattama::ui::HearingWorkspace;
using hattama::ui::MainWindow;

namespace {

QString writeHearingFile(const QString &dir, const QDate &day = QDate::currentDate())
{
    const QString date = day.toString(Qt::ISODate);
    const QString json = QStringLiteral(R"({
  "format": "hattama-hearing", "version": 1,
  "court": { "name_ru": "Сарыаркинский районный суд города Астаны",
             "name_kk": "Астана қаласы Сарыарқа аудандық соты", "city": "Астана" },
  "courtroom": "Зал № 3",
  "case": { "number": "2-777/2026", "category": "civil", "subject": "О взыскании", "judge": "Әбілқасымова Ж.С." },
  "hearing": { "scheduled_start": "%1T10:00:00+05:00", "closed_session": false, "language": "ru", "status": "scheduled" },
  "participants": [
    { "key": "judge", "full_name": "Әбілқасымова Ж.С.", "role": "judge" },
    { "key": "plaintiff", "full_name": "Ким В.А.", "role": "plaintiff" },
    { "key": "respondent", "full_name": "Омаров Е.К.", "role": "respondent" } ],
  "channels": { "audio": [ { "channel": 1, "participant": "judge" } ], "cameras": [] },
  "timeline": []
})")
                             .arg(date);
    const QString path = dir + QStringLiteral("/hearing-%1.json").arg(date);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(json.toUtf8());
    return path;
}

qint64 participantId(Database &db, const QString &hearingId, const QString &key)
{
    auto query = db.exec(
        QStringLiteral("SELECT id FROM participants WHERE hearing_id = ? AND ext_key = ?"), { hearingId, key });
    REQUIRE(query);
    REQUIRE(query->next());
    return query->value(0).toLongLong();
}

struct StoredEntryRow {
    qint64 id = 0;
    qint64 timeMs = 0;
    QString kind;
    QString eventId;
    QString text;
    qint64 speaker = 0;
    bool deleted = false;
};

QList<StoredEntryRow> entryRows(Database &db, const QString &hearingId)
{
    auto query = db.exec(
        QStringLiteral("SELECT id, hearing_time_ms, kind, text, speaker_id, deleted, event_id FROM timeline_entries "
                       "WHERE hearing_id = ? ORDER BY id"),
        { hearingId });
    REQUIRE(query);
    QList<StoredEntryRow> rows;
    while (query->next())
        rows.append({ query->value(0).toLongLong(), query->value(1).toLongLong(), query->value(2).toString(),
            query->value(6).toString(), query->value(3).toString(), query->value(4).toLongLong(),
            query->value(5).toInt() != 0 });
    return rows;
}

} // namespace

TEST_CASE("a hearing imported and opened in the workspace stores notes events and undo in SQLite")
{
    QTemporaryDir dir;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    Translations translations;
    REQUIRE(translations.setLanguage(QStringLiteral("en")));
    auto db = Database::open(QString(), dir.path() + QStringLiteral("/archive"));
    REQUIRE(db);
    Database &database = **db;

    MainWindow window(dir.path(), translations);
    window.setDatabase(&database);
    window.resize(1366, 768);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    CHECK(window.hearingsPanel()->hearingCount() == 0);

    QString error;
    const QString hearingId = window.importHearingFile(writeHearingFile(dir.path()), &error);
    INFO(error.toStdString());
    REQUIRE_FALSE(hearingId.isEmpty());
    REQUIRE(window.hearingsPanel()->hearingCount() == 1);
    QTreeWidget *list = window.hearingsPanel()->view();
    CHECK(list->topLevelItem(0)->text(1) == QStringLiteral("2-777/2026"));
    CHECK(list->topLevelItem(0)->text(2) == QStringLiteral("civil"));

    // Enter on the hearing opens it in the workspace.
    list->setFocus();
    list->setCurrentItem(list->topLevelItem(0));
    QTest::keyClick(list, Qt::Key_Return);
    HearingWorkspace *workspace = window.workspace();
    REQUIRE(workspace);
    REQUIRE(window.session());
    CHECK(window.session()->hearingId() == hearingId);
    ui::ChannelMappingPanel *mapping = workspace->setupPage()->mappingPanel();
    CHECK(mapping->channelCount() == ui::HearingSession::kDefaultChannelCount);
    const qint64 judge = participantId(database, hearingId, QStringLiteral("judge"));
    const qint64 plaintiff = participantId(database, hearingId, QStringLiteral("plaintiff"));
    CHECK(mapping->mapping().value(0) == QString::number(judge));
    CHECK(mapping->channelLabel(0) == QStringLiteral("Judge — Әбілқасымова Ж.С.")); // the interface's language
    CHECK(mapping->recordedChannelLabels().value(0) == QStringLiteral("Судья — Әбілқасымова Ж.С.")); // the protocol's

    // Mapping channel 2 to the plaintiff is saved at once.
    QComboBox *combo = mapping->combo(1);
    combo->setCurrentIndex(combo->findData(QString::number(plaintiff)));
    {
        auto query = database.exec(
            QStringLiteral("SELECT participant_id FROM audio_channels WHERE hearing_id = ? AND channel = 2"),
            { hearingId });
        REQUIRE(query);
        REQUIRE(query->next());
        CHECK(query->value(0).toLongLong() == plaintiff);
    }

    // The recorder runs (its clock is driven by hand here).
    qint64 nowMs = 0;
    workspace->setClock([&] { return nowMs; });
    RecordingStatus health;
    health.state = RecorderState::Recording;
    workspace->setHealth(health);
    QLineEdit *note = workspace->editor()->textEdit();
    QApplication::setActiveWindow(&window);

    nowMs = 42'500;
    QTest::keyClicks(note, QStringLiteral("Claim read out"));
    nowMs = 47'000;
    QTest::keyClick(note, Qt::Key_2, Qt::AltModifier); // the plaintiff, second participant
    QTest::keyClick(note, Qt::Key_Return);
    auto rows = entryRows(database, hearingId);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].timeMs == 42'500);
    CHECK(rows[0].kind == QStringLiteral("note"));
    CHECK(rows[0].text == QStringLiteral("Claim read out"));
    CHECK(rows[0].speaker == plaintiff);

    // F1: the catalogue's F1 event of a civil case, in Russian, with its event id.
    const auto catalogue = EventCatalogue::shipped();
    REQUIRE(catalogue);
    nowMs = 60'000;
    QTest::keyClick(note, Qt::Key_F1);
    rows = entryRows(database, hearingId);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].kind == QStringLiteral("procedural_event"));
    CHECK(rows[1].eventId == QStringLiteral("session_opened"));
    CHECK(rows[1].text
        == catalogue->wording(QStringLiteral("session_opened"), QStringLiteral("ru"), CaseCategory::Civil));
    CHECK(rows[1].timeMs == 60'000);

    // Undo removes it (soft delete), redo brings back the same row.
    QTest::keyClick(note, Qt::Key_Z, Qt::ControlModifier);
    rows = entryRows(database, hearingId);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].deleted);
    CHECK(workspace->entryModel()->rowCount() == 1);
    QTest::keyClick(note, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    rows = entryRows(database, hearingId);
    REQUIRE(rows.size() == 2);
    CHECK_FALSE(rows[1].deleted);
    CHECK(workspace->entryModel()->rowCount() == 2);

    // An edit in the list is a new version of the row.
    ui::EntryListModel *model = workspace->entryModel();
    REQUIRE(model->setData(
        model->index(0, ui::EntryListModel::TextColumn), QStringLiteral("Claim read out in full"), Qt::EditRole));
    rows = entryRows(database, hearingId);
    CHECK(rows[0].text == QStringLiteral("Claim read out in full"));
    auto versions
        = database.exec(QStringLiteral("SELECT COUNT(*) FROM entry_versions WHERE entry_id = ?"), { rows[0].id });
    REQUIRE(versions);
    REQUIRE(versions->next());
    CHECK(versions->value(0).toInt() == 2);

    // Switching the protocol language to Kazakh is stored and the keys give Kazakh texts.
    workspace->setupPage()->setProtocolLanguage(QStringLiteral("kk"));
    nowMs = 70'000;
    QTest::keyClick(note, Qt::Key_F1);
    rows = entryRows(database, hearingId);
    REQUIRE(rows.size() == 3);
    CHECK(rows[2].text == QStringLiteral("Сот отырысы ашық деп жарияланды"));
    // An event's own key beyond F1…F12: Shift+F11, the end of a recess, makes a recess-end entry.
    QTest::keyClick(note, Qt::Key_F11, Qt::ShiftModifier);
    rows = entryRows(database, hearingId);
    REQUIRE(rows.size() == 4);
    CHECK(
        rows[3].text == catalogue->wording(QStringLiteral("recess_ended"), QStringLiteral("kk"), CaseCategory::Civil));
    CHECK(rows[3].kind == QStringLiteral("recess_end"));
    CHECK(rows[3].eventId == QStringLiteral("recess_ended"));
    auto language = database.exec(QStringLiteral("SELECT language FROM hearings WHERE id = ?"), { hearingId });
    REQUIRE(language);
    REQUIRE(language->next());
    CHECK(language->value(0).toString() == QStringLiteral("kk"));

    // The recording's events move the hearing's status (through its workflow, as the recording
    // session's link does).
    HearingWorkflow *workflow = window.session()->workflow();
    REQUIRE(workflow);
    REQUIRE(workflow->onRecordingStarted(0));
    REQUIRE(workflow->onRecess(1000));
    REQUIRE(workflow->onResumed(2000));
    CHECK(window.interruptedHearings() == QStringList { hearingId }); // live: a crash now would be offered
    REQUIRE(workflow->onStopped(3000, RecordingStopReason::Requested));
    auto statusRow = database.exec(QStringLiteral("SELECT status FROM hearings WHERE id = ?"), { hearingId });
    REQUIRE(statusRow);
    REQUIRE(statusRow->next());
    CHECK(statusRow->value(0).toString() == QStringLiteral("ended"));
    CHECK(window.interruptedHearings().isEmpty());

    // A second window (the next start) loads the stored entries into the workspace.
    health.state = RecorderState::Stopped;
    workspace->setHealth(health);
    MainWindow next(dir.path(), translations);
    next.setDatabase(&database);
    REQUIRE(next.openHearing(hearingId));
    // The four typed entries and the workflow's recording started, recess, resumed, stopped.
    CHECK(next.workspace()->entryModel()->rowCount() == 8);
    CHECK(next.workspace()->setupPage()->mappingPanel()->mapping().value(1) == QString::number(plaintiff));
    CHECK(next.workspace()->setupPage()->protocolLanguage() == QStringLiteral("kk"));
}

TEST_CASE("the next start offers a hearing cut off while recording and can mark it ended")
{
    QTemporaryDir dir;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    Translations translations;
    REQUIRE(translations.setLanguage(QStringLiteral("en")));
    auto db = Database::open(QString(), dir.path() + QStringLiteral("/archive"));
    REQUIRE(db);
    Database &database = **db;
    MainWindow window(dir.path(), translations);
    window.setDatabase(&database);
    const QString hearingId = window.importHearingFile(writeHearingFile(dir.path()));
    REQUIRE_FALSE(hearingId.isEmpty());
    CHECK(window.interruptedHearings().isEmpty());
    // The crash: the hearing was live when the program stopped.
    REQUIRE(HearingRepository(database).setStatus(hearingId, HearingStatus::Live));
    CHECK(window.interruptedHearings() == QStringList { hearingId });
    {
        DialogAnswerer answer(QStringLiteral("recoveryLater"));
        window.offerRecovery();
        CHECK(answer.answered);
        CHECK(answer.text.contains(QStringLiteral("2-777/2026")));
    }
    CHECK(window.interruptedHearings() == QStringList { hearingId });
    {
        DialogAnswerer answer(QStringLiteral("recoveryFinish"));
        window.offerRecovery();
        CHECK(answer.answered);
    }
    auto status = database.exec(QStringLiteral("SELECT status, actual_end FROM hearings WHERE id = ?"), { hearingId });
    REQUIRE(status);
    REQUIRE(status->next());
    CHECK(status->value(0).toString() == QStringLiteral("ended"));
    CHECK_FALSE(status->value(1).toString().isEmpty());
    CHECK(window.interruptedHearings().isEmpty());
}

TEST_CASE("the New hearing form refuses an incomplete hearing and saves a complete one")
{
    QTemporaryDir dir;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings().clear();
    Translations translations;
    REQUIRE(translations.setLanguage(QStringLiteral("en")));
    auto db = Database::open(QString(), dir.path() + QStringLiteral("/archive"));
    REQUIRE(db);
    Database &database = **db;
    MainWindow window(dir.path(), translations);
    window.setDatabase(&database);

    ui::HearingCreateDialog dialog(&window);
    dialog.show();
    QTest::keyClicks(dialog.judgeEdit(), QStringLiteral("Bekova A."));
    dialog.accept(); // no case number, no court
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.problems().size() == 2);
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("createProblems"))->text().contains(QStringLiteral("case number")));

    QTest::keyClicks(dialog.caseNumberEdit(), QStringLiteral("1-55/2026"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("createCourt")), QStringLiteral("Court No. 2"));
    dialog.categoryCombo()->setCurrentIndex(0); // criminal
    dialog.addParticipantRow(QStringLiteral("Омаров Е.К."), Role::Defendant);
    dialog.addParticipantRow(QStringLiteral("Серикова Д.М."), Role::Prosecutor);
    dialog.addParticipantRow(QString(), Role::Witness); // left empty: not saved
    dialog.findChild<QLineEdit *>(QStringLiteral("createSecretary"))->setText(QStringLiteral("Нұрланова А. Қ."));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(QSettings().value(QStringLiteral("court/nameRu")).toString() == QStringLiteral("Court No. 2"));

    const QString id = window.createHearing(dialog.record());
    REQUIRE_FALSE(id.isEmpty());
    CHECK(window.hearingsPanel()->hearingCount() == 1);
    auto rows = database.exec(
        QStringLiteral("SELECT role, full_name FROM participants WHERE hearing_id = ? ORDER BY position"), { id });
    REQUIRE(rows);
    QStringList roles;
    while (rows->next())
        roles << rows->value(0).toString() + QLatin1Char(':') + rows->value(1).toString();
    CHECK(roles
        == QStringList { QStringLiteral("judge:Bekova A."), QStringLiteral("defendant:Омаров Е.К."),
            QStringLiteral("prosecutor:Серикова Д.М."), QStringLiteral("secretary:Нұрланова А. Қ.") });
    auto category = database.exec(
        QStringLiteral("SELECT c.category FROM hearings h JOIN cases c ON c.id = h.case_id WHERE h.id = ?"), { id });
    REQUIRE(category);
    REQUIRE(category->next());
    CHECK(category->value(0).toString() == QStringLiteral("criminal"));
}

TEST_CASE("the hearings list shows another day and comes back to today")
{
    QTemporaryDir dir;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    Translations translations;
    REQUIRE(translations.setLanguage(QStringLiteral("en")));
    auto db = Database::open(QString(), dir.path() + QStringLiteral("/archive"));
    REQUIRE(db);
    MainWindow window(dir.path(), translations);
    window.setDatabase(db->get());
    window.show();
    const QDate threeDaysAgo = QDate::currentDate().addDays(-3);
    const QString importedId = window.importHearingFile(writeHearingFile(dir.path(), threeDaysAgo));
    REQUIRE_FALSE(importedId.isEmpty());
    ui::HearingsPanel *panel = window.hearingsPanel();
    // The import shows the imported hearing's day with it selected; Today comes back to an
    // empty today.
    CHECK(panel->date() == threeDaysAgo);
    CHECK(panel->hearingCount() == 1);
    CHECK(panel->currentHearingId() == importedId);
    panel->findChild<QPushButton *>(QStringLiteral("hearingsToday"))->click();
    CHECK(panel->date() == QDate::currentDate());
    CHECK(panel->hearingCount() == 0); // nothing today

    // Three days back with the arrow key: the hearing is there, the heading says the day.
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    panel->findChild<QLineEdit *>(QStringLiteral("hearingsSearch"))->setFocus(Qt::OtherFocusReason);
    panel->findChild<QPushButton *>(QStringLiteral("hearingsPreviousDay"))->click();
    CHECK(panel->date() == QDate::currentDate().addDays(-1));
    for (int i = 0; i < 2; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::AltModifier);
    CHECK(panel->date() == threeDaysAgo);
    CHECK(panel->hearingCount() == 1);
    CHECK(panel->findChild<QLabel *>(QStringLiteral("hearingsHeading"))
              ->text()
              .startsWith(QStringLiteral("Hearings of")));
    // Its protocol and its workspace open from there as from today's list.
    panel->view()->setCurrentItem(panel->view()->topLevelItem(0));
    CHECK_FALSE(panel->currentHearingId().isEmpty());

    panel->findChild<QPushButton *>(QStringLiteral("hearingsToday"))->click();
    CHECK(panel->date() == QDate::currentDate());
    CHECK(panel->hearingCount() == 0);
    CHECK(panel->findChild<QLabel *>(QStringLiteral("hearingsHeading"))->text().startsWith(QStringLiteral("Today")));
}
