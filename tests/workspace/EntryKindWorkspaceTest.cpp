// Regression tests on a real SQLite database: editing entries in the workspace never changes
// their kind or event id; an event key stores its event id and the protocol words the entry
// from the event catalogue; merged text edits undo and redo as one step. Read back with SQL.
#include "TestSupport.h"

#include "workspace/EntryEditor.h"
#include "workspace/EntryListModel.h"
#include "workspace/HearingSession.h"
#include "workspace/HearingWorkspace.h"
#include "main/MainWindow.h"

#include "hearing/TimelineEditor.h"
#include "protocol/HearingToProtocol.h"
#include "protocol/RecordingSummary.h"
#include "protocol/ProtocolBuilder.h"
#include "storage/Database.h"
#include "storage/HearingRepository.h"
#include "util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace hattama;
using hattama::ui::EntryListModel;
using hattama::ui::HearingWorkspace;
using hattama::ui::MainWindow;

namespace {

// A civil hearing with an imported recess start (with its event id) and a speaker change.
QString writeHearing(const QString &dir)
{
    const QString json = QStringLiteral(R"({
  "format": "hattama-hearing", "version": 1,
  "court": { "name_ru": "Сарыаркинский районный суд города Астаны",
             "name_kk": "Астана қаласы Сарыарқа аудандық соты", "city": "Астана" },
  "courtroom": "Зал № 3",
  "case": { "number": "2-778/2026", "category": "civil", "subject": "О взыскании", "judge": "Әбілқасымова Ж.С." },
  "hearing": { "scheduled_start": "%1T10:00:00+05:00", "language": "ru", "status": "scheduled" },
  "participants": [
    { "key": "judge", "full_name": "Әбілқасымова Ж.С.", "role": "judge" },
    { "key": "plaintiff", "full_name": "Ким В.А.", "role": "plaintiff" } ],
  "channels": { "audio": [ { "channel": 1, "participant": "judge" } ], "cameras": [] },
  "timeline": [
    { "time_ms": 10000, "kind": "speaker_change", "text": "Слово предоставлено истцу", "speaker": "plaintiff" },
    { "time_ms": 20000, "kind": "recess_start", "event": "recess_started", "text": "Объявлен перерыв" } ]
})")
                             .arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = dir + QStringLiteral("/hearing.json");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(json.toUtf8());
    return path;
}

// "kind/event_id/text" of the entry's row, then of each of its versions.
QStringList stored(Database &db, qint64 entryId)
{
    QStringList states;
    auto row = db.exec(QStringLiteral("SELECT kind, event_id, text FROM timeline_entries WHERE id = ?"), { entryId });
    REQUIRE(row);
    REQUIRE(row->next());
    states << QStringList { row->value(0).toString(), row->value(1).toString(), row->value(2).toString() }.join(
        QLatin1Char('/'));
    auto versions
        = db.exec(QStringLiteral("SELECT kind, event_id, text FROM entry_versions WHERE entry_id = ? ORDER BY version"),
            { entryId });
    REQUIRE(versions);
    while (versions->next())
        states << QStringList { versions->value(0).toString(), versions->value(1).toString(),
            versions->value(2).toString() }
                      .join(QLatin1Char('/'));
    return states;
}

int rowOfText(const EntryListModel *model, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, EntryListModel::TextColumn).data().toString() == text)
            return row;
    return -1;
}

struct OpenHearing {
    QTemporaryDir dir;
    Translations translations;
    std::unique_ptr<Database> db;
    std::unique_ptr<MainWindow> window;
    QString hearingId;

    OpenHearing()
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        REQUIRE(translations.setLanguage(QStringLiteral("en")));
        auto opened = Database::open(QString(), dir.path() + QStringLiteral("/archive"));
        REQUIRE(opened);
        db = std::move(*opened);
        window = std::make_unique<MainWindow>(dir.path(), translations);
        window->setDatabase(db.get());
        QString error;
        hearingId = window->importHearingFile(writeHearing(dir.path()), &error);
        INFO(error.toStdString());
        REQUIRE_FALSE(hearingId.isEmpty());
        REQUIRE(window->openHearing(hearingId));
    }
    HearingWorkspace *workspace() const { return window->workspace(); }
    EntryListModel *model() const { return window->workspace()->entryModel(); }
};

} // namespace

TEST_CASE("editing the text of a recess start or a speaker change in the workspace keeps its kind and event id")
{
    OpenHearing open;
    EntryListModel *model = open.model();
    REQUIRE(model->rowCount() == 2);
    const int recessRow = rowOfText(model, QStringLiteral("Объявлен перерыв"));
    const int speakerRow = rowOfText(model, QStringLiteral("Слово предоставлено истцу"));
    REQUIRE(recessRow >= 0);
    REQUIRE(speakerRow >= 0);
    const qint64 recessId = model->index(recessRow, 0).data(EntryListModel::EntryIdRole).toLongLong();
    const qint64 speakerId = model->index(speakerRow, 0).data(EntryListModel::EntryIdRole).toLongLong();
    CHECK(model->index(recessRow, 0).data(EntryListModel::EventIdRole).toString() == QStringLiteral("recess_started"));

    REQUIRE(model->setData(model->index(recessRow, EntryListModel::TextColumn),
        QStringLiteral("Объявлен перерыв на 15 минут"), Qt::EditRole));
    REQUIRE(model->setData(model->index(speakerRow, EntryListModel::TextColumn),
        QStringLiteral("Слово предоставлено истцу Ким В.А."), Qt::EditRole));

    CHECK(stored(*open.db, recessId)
        == QStringList { QStringLiteral("recess_start/recess_started/Объявлен перерыв на 15 минут"),
            QStringLiteral("recess_start/recess_started/Объявлен перерыв"),
            QStringLiteral("recess_start/recess_started/Объявлен перерыв на 15 минут") });
    CHECK(stored(*open.db, speakerId)
        == QStringList { QStringLiteral("speaker_change//Слово предоставлено истцу Ким В.А."),
            QStringLiteral("speaker_change//Слово предоставлено истцу"),
            QStringLiteral("speaker_change//Слово предоставлено истцу Ким В.А.") });

    // A new speaker for the speaker change: still a speaker change.
    const qint64 judge = open.window->session()->record().participants.first().id;
    REQUIRE(model->setData(model->index(speakerRow, EntryListModel::SpeakerColumn), judge, Qt::EditRole));
    CHECK(stored(*open.db, speakerId).first() == QStringLiteral("speaker_change//Слово предоставлено истцу Ким В.А."));
    // Undo of the speaker and of the text edit: the kinds stay as they were.
    open.workspace()->undoAction()->trigger();
    open.workspace()->undoAction()->trigger();
    CHECK(stored(*open.db, speakerId).first() == QStringLiteral("speaker_change//Слово предоставлено истцу"));
    CHECK(stored(*open.db, recessId).first()
        == QStringLiteral("recess_start/recess_started/Объявлен перерыв на 15 минут"));
}

TEST_CASE("an entry made with an event key stores its event id and the protocol words it from the catalogue")
{
    OpenHearing open;
    HearingWorkspace *workspace = open.workspace();
    qint64 nowMs = 0;
    workspace->setClock([&] { return nowMs; });
    RecordingStatus health;
    health.state = RecorderState::Recording;
    workspace->setHealth(health);
    open.window->resize(1366, 768);
    open.window->show();
    QApplication::setActiveWindow(open.window.get());
    REQUIRE(QTest::qWaitForWindowActive(open.window.get()));
    QLineEdit *note = workspace->editor()->textEdit();

    nowMs = 80'000;
    QTest::keyClick(note, Qt::Key_F4); // motion filed, in civil cases
    auto row = open.db->exec(
        QStringLiteral(
            "SELECT kind, event_id, text FROM timeline_entries WHERE hearing_id = ? AND hearing_time_ms = 80000"),
        { open.hearingId });
    REQUIRE(row);
    REQUIRE(row->next());
    CHECK(row->value(0).toString() == QStringLiteral("procedural_event"));
    CHECK(row->value(1).toString() == QStringLiteral("motion_filed"));
    CHECK(row->value(2).toString() == QStringLiteral("Заявлено ходатайство"));

    auto record = HearingRepository(*open.db).load(open.hearingId);
    REQUIRE(record);
    const auto input = protocol::protocolInputFromHearing(*record, protocol::RecordingSummary {});
    auto ru = protocol::ProtocolBuilder::build(
        input, { QStringLiteral("ru"), protocol::ProtocolBuilder::Kind::Full, QString() }); // not recorded
    REQUIRE(ru);
    const QString ruText = ru->textLines().join(QLatin1Char('\n'));
    CHECK(ruText.contains(QStringLiteral("[00:01:20] Заявлено ходатайство.")));
    CHECK_FALSE(ruText.contains(QStringLiteral("Заявлено ходатайство. Заявлено")));
    // The same entry in a Kazakh protocol: the catalogue's Kazakh wording, found by the event id.
    auto kk = protocol::ProtocolBuilder::build(
        input, { QStringLiteral("kk"), protocol::ProtocolBuilder::Kind::Full, QString() });
    REQUIRE(kk);
    const QString kkText = kk->textLines().join(QLatin1Char('\n'));
    CHECK(kkText.contains(QStringLiteral("[00:01:20] Өтінішхат мәлімделді.")));
    CHECK_FALSE(kkText.contains(QStringLiteral("Заявлено ходатайство")));
}

TEST_CASE("consecutive text edits of one entry undo and redo as one step in the database")
{
    OpenHearing open;
    EntryListModel *model = open.model();
    const int row = rowOfText(model, QStringLiteral("Объявлен перерыв"));
    REQUIRE(row >= 0);
    const qint64 id = model->index(row, 0).data(EntryListModel::EntryIdRole).toLongLong();
    QUndoStack *stack = model->undoStack();
    REQUIRE(stack->count() == 0);
    for (const QString &text : { QStringLiteral("Объявлен перерыв на"), QStringLiteral("Объявлен перерыв на 10"),
             QStringLiteral("Объявлен перерыв на 10 минут") })
        REQUIRE(model->setData(model->index(row, EntryListModel::TextColumn), text, Qt::EditRole));
    CHECK(stack->count() == 1); // three edits, one step
    const auto text = [&] { return stored(*open.db, id).first(); };
    CHECK(text() == QStringLiteral("recess_start/recess_started/Объявлен перерыв на 10 минут"));
    open.workspace()->undoAction()->trigger();
    CHECK(text() == QStringLiteral("recess_start/recess_started/Объявлен перерыв"));
    CHECK(model->index(row, EntryListModel::TextColumn).data().toString() == QStringLiteral("Объявлен перерыв"));
    open.workspace()->redoAction()->trigger();
    CHECK(text() == QStringLiteral("recess_start/recess_started/Объявлен перерыв на 10 минут"));
    // create, three edits, undo, redo: every step is a version.
    CHECK(stored(*open.db, id).size() == 1 + 6);
    // Editing another entry is a step of its own.
    const int other = rowOfText(model, QStringLiteral("Слово предоставлено истцу"));
    REQUIRE(
        model->setData(model->index(other, EntryListModel::TextColumn), QStringLiteral("Слово истцу"), Qt::EditRole));
    CHECK(stack->count() == 2);
}
