// The secretary's entries in the workspace, driven with QTest key events and stored in a fake
// entry store: notes stamped at the first key, speakers, event keys from the catalogue,
// off-record, sealed and marker entries, undo and redo through the core TimelineEditor.
#include "TestSupport.h"

#include "WorkspaceBench.h"

#include "workspace/EntryListModel.h"

#include "util/Translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

using namespace hattama::ui;
using namespace workspace_test;
using hattama::EntryKind;
using hattama::Participant;
using hattama::Role;
using hattama::TimelineEntry;

TEST_CASE("the first keystroke stamps the note and Enter commits exactly one entry")
{
    Bench bench;
    bench.record(1000);
    // The prosecutor speaks: the speaker is pre-filled from the most active mapped channel.
    for (int i = 0; i < 10; ++i)
        bench.workspace.setLevels({ quiet(), speaking(-18), quiet() });
    CHECK(bench.workspace.editor()->mostActiveSpeaker() == kProsecutor);

    bench.nowMs = 65'250;
    QTest::keyClick(bench.note(), 'W');
    CHECK(bench.workspace.editor()->hasDraft());
    CHECK(bench.workspace.editor()->draftTimeMs() == 65'250);
    bench.nowMs = 71'000; // typing takes a while; the time stays at the first key
    QTest::keyClicks(bench.note(), QStringLiteral("itness is called"));
    // Somebody else speaking meanwhile does not change the speaker of the note being typed.
    for (int i = 0; i < 10; ++i)
        bench.workspace.setLevels({ speaking(-10), quiet(), quiet() });
    CHECK(bench.repository.rows.isEmpty());
    bench.nowMs = 72'000;
    QTest::keyClick(bench.note(), Qt::Key_Return);

    REQUIRE(bench.repository.rows.size() == 1);
    const TimelineEntry stored = bench.repository.rows.first();
    CHECK(stored.text == QStringLiteral("Witness is called"));
    CHECK(stored.hearingTimeMs == 65'250);
    CHECK(stored.speakerParticipantId == kProsecutor);
    CHECK(stored.kind == EntryKind::Note);
    CHECK(bench.note()->text().isEmpty());
    CHECK_FALSE(bench.workspace.editor()->hasDraft());
    CHECK(bench.workspace.entryModel()->rowCount() == 1);
    CHECK(bench.workspace.entryModel()->index(0, EntryListModel::TimeColumn).data().toString()
        == QStringLiteral("00:01:05"));

    // Enter on an empty field commits nothing; Esc discards a draft.
    QTest::keyClick(bench.note(), Qt::Key_Return);
    QTest::keyClicks(bench.note(), QStringLiteral("never mind"));
    QTest::keyClick(bench.note(), Qt::Key_Escape);
    CHECK(bench.note()->text().isEmpty());
    QTest::keyClick(bench.note(), Qt::Key_Return);
    CHECK(bench.repository.rows.size() == 1);
    CHECK(bench.repository.adds == 1);
}

TEST_CASE("Alt and a digit choose the speaker and a click on a speaker button too")
{
    Bench bench;
    bench.record();
    QTest::keyClicks(bench.note(), QStringLiteral("Objection"));
    QTest::keyClick(bench.note(), Qt::Key_4, Qt::AltModifier);
    CHECK(bench.workspace.editor()->currentSpeaker() == kDefendant);
    CHECK(bench.note()->text() == QStringLiteral("Objection")); // Alt+4 typed nothing
    QTest::keyClick(bench.note(), Qt::Key_Return);
    REQUIRE(bench.repository.rows.size() == 1);
    CHECK(bench.repository.rows.first().speakerParticipantId == kDefendant);

    auto *judgeButton = bench.workspace.findChild<QAbstractButton *>(QStringLiteral("speakerButton_%1").arg(kJudge));
    REQUIRE(judgeButton);
    QTest::keyClicks(bench.note(), QStringLiteral("Overruled"));
    QTest::mouseClick(judgeButton, Qt::LeftButton);
    CHECK(judgeButton->isChecked());
    QTest::keyClick(bench.note(), Qt::Key_Enter);
    REQUIRE(bench.repository.rows.size() == 2);
    CHECK(bench.repository.rows.last().speakerParticipantId == kJudge);
    CHECK(bench.repository.rows.last().text == QStringLiteral("Overruled"));
}

TEST_CASE("the chosen speaker button keeps its whole text, its number included")
{
    Bench bench;
    // A long name, as courtrooms have them.
    QList<Participant> people = participants();
    people[0].fullName = QStringLiteral("Әбілқасымова Жанар Серікқызы Әбілқасымова Жанар Серікқызы");
    bench.workspace.setParticipants(people, QStringLiteral("ru"), hattama::CaseCategory::Criminal);
    bench.record();
    auto *first = bench.workspace.findChild<QAbstractButton *>(QStringLiteral("speakerButton_%1").arg(kJudge));
    REQUIRE(first);
    CHECK(first->text().startsWith(QStringLiteral("1  ")));
    QTest::keyClick(bench.note(), Qt::Key_1, Qt::AltModifier);
    REQUIRE(first->isChecked());
    QApplication::processEvents();
    // Chosen, the button is painted white text on blue: the text keeps a margin on the left
    // (the number is there, not cut) and on the right.
    const QImage shown = first->grab().toImage();
    // Inside the light frame (two pixels each side), only the text is light.
    constexpr int kFramePx = 2;
    int left = shown.width();
    int right = -1;
    for (int x = kFramePx; x < shown.width() - kFramePx; ++x)
        for (int y = kFramePx; y < shown.height() - kFramePx; ++y)
            if (qGray(shown.pixel(x, y)) > 200) {
                left = std::min(left, x);
                right = std::max(right, x);
            }
    INFO("text ink from " << left << " to " << right << " px in a " << shown.width() << " px button");
    REQUIRE(right >= 0);
    CHECK(left >= kFramePx + 2);
    CHECK(right <= shown.width() - kFramePx - 3);
}

TEST_CASE("an F-key inserts the catalogue event in the protocol language with its event id")
{
    Bench bench;
    bench.record();
    bench.nowMs = 30'000;
    QTest::keyClick(bench.note(), Qt::Key_F1);
    REQUIRE(bench.repository.rows.size() == 1);
    TimelineEntry event = bench.repository.rows.first();
    CHECK(event.kind == EntryKind::ProceduralEvent);
    CHECK(event.eventId == QStringLiteral("session_opened"));
    CHECK(event.text == QStringLiteral("Судебное заседание объявлено открытым"));
    CHECK(event.hearingTimeMs == 30'000);

    // A note being typed is left alone by the hotkey.
    QTest::keyClicks(bench.note(), QStringLiteral("half a note"));
    bench.nowMs = 31'000;
    QTest::keyClick(bench.note(), Qt::Key_F2);
    CHECK(bench.note()->text() == QStringLiteral("half a note"));
    REQUIRE(bench.repository.rows.size() == 2);
    CHECK(bench.repository.rows.last().eventId == QStringLiteral("rights_explained"));

    // Kazakh protocol: the same key gives the Kazakh text.
    auto *language = bench.workspace.findChild<QComboBox *>(QStringLiteral("protocolLanguage"));
    REQUIRE(language);
    language->setCurrentIndex(language->findData(QStringLiteral("kk")));
    bench.nowMs = 32'000;
    QTest::keyClick(bench.note(), Qt::Key_F1);
    REQUIRE(bench.repository.rows.size() == 3);
    CHECK(bench.repository.rows.last().text == QStringLiteral("Сот отырысы ашық деп жарияланды"));

    // Off the record, sealed passage and marker by their keys.
    QTest::keyClick(bench.note(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(bench.note(), Qt::Key_M, Qt::ControlModifier);
    QTest::keyClick(bench.note(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QVector<EntryKind> kinds;
    for (const TimelineEntry &entry : bench.repository.rows)
        kinds << entry.kind;
    CHECK(kinds.mid(3) == QVector<EntryKind> { EntryKind::OffRecordStart, EntryKind::Marker, EntryKind::OffRecordEnd });
    CHECK_FALSE(bench.workspace.editor()->offRecord());
}

TEST_CASE("events and notes cannot be made before the recording starts")
{
    Bench bench;
    QTest::keyClicks(bench.note(), QStringLiteral("too early"));
    QTest::keyClick(bench.note(), Qt::Key_F1);
    QTest::keyClick(bench.note(), Qt::Key_Return);
    CHECK(bench.repository.rows.isEmpty());
    CHECK(bench.note()->text().isEmpty());
}

TEST_CASE("undo and redo of entries reach the repository")
{
    Bench bench;
    bench.record();
    bench.nowMs = 10'000;
    QTest::keyClicks(bench.note(), QStringLiteral("first"));
    QTest::keyClick(bench.note(), Qt::Key_Return);
    bench.nowMs = 20'000;
    QTest::keyClicks(bench.note(), QStringLiteral("second"));
    QTest::keyClick(bench.note(), Qt::Key_Return);
    REQUIRE(bench.repository.rows.size() == 2);

    // Ctrl+Z with an empty note field undoes the last entry.
    QTest::keyClick(bench.note(), Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(bench.repository.rows.size() == 1);
    CHECK(bench.repository.rows.first().text == QStringLiteral("first"));
    CHECK(bench.workspace.entryModel()->rowCount() == 1);
    QTest::keyClick(bench.note(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(bench.repository.rows.size() == 2);
    CHECK(bench.repository.rows.last().text == QStringLiteral("second"));
    CHECK(bench.repository.rows.last().hearingTimeMs == 20'000);

    // Editing in the list is undoable too.
    EntryListModel *model = bench.workspace.entryModel();
    REQUIRE(
        model->setData(model->index(0, EntryListModel::TextColumn), QStringLiteral("first, corrected"), Qt::EditRole));
    REQUIRE(model->setData(model->index(0, EntryListModel::SpeakerColumn), kDefender, Qt::EditRole));
    CHECK(bench.repository.rows.first().text == QStringLiteral("first, corrected"));
    CHECK(bench.repository.rows.first().speakerParticipantId == kDefender);
    QTest::keyClick(bench.note(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(bench.note(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(bench.repository.rows.first().text == QStringLiteral("first"));
    CHECK(bench.repository.rows.first().speakerParticipantId != kDefender);

    // Delete in the list, then undo brings it back (the same entry, at the same time).
    bench.workspace.entryView()->setFocus();
    bench.workspace.entryView()->selectRow(1);
    QTest::keyClick(bench.workspace.entryView(), Qt::Key_Delete);
    CHECK(bench.repository.rows.size() == 1);
    bench.workspace.undoAction()->trigger();
    REQUIRE(bench.repository.rows.size() == 2);
    CHECK(bench.repository.rows.last().hearingTimeMs == 20'000);

    // A typed but unsaved note: Ctrl+Z undoes typing only.
    QTest::keyClicks(bench.note(), QStringLiteral("abc"));
    QTest::keyClick(bench.note(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(bench.repository.rows.size() == 2);
}

TEST_CASE("a note the repository refuses stays in the field")
{
    Bench bench;
    bench.record();
    bench.repository.refuse = true;
    QTest::keyClicks(bench.note(), QStringLiteral("must not vanish"));
    QTest::keyClick(bench.note(), Qt::Key_Return);
    CHECK(bench.note()->text() == QStringLiteral("must not vanish"));
    CHECK(bench.workspace.entryModel()->rowCount() == 0);
    CHECK(bench.workspace.entryModel()->undoStack()->count() == 0);
    bench.repository.refuse = false;
    QTest::keyClick(bench.note(), Qt::Key_Return);
    CHECK(bench.repository.rows.size() == 1);
}

TEST_CASE("the event buttons speak the interface language and put the protocol language into the protocol")
{
    hattama::Translations translations;
    REQUIRE(translations.setLanguage(QStringLiteral("kk")));
    Bench bench; // a Russian protocol
    bench.record();
    auto *opened = bench.workspace.findChild<QPushButton *>(QStringLiteral("eventButton_session_opened"));
    REQUIRE(opened);
    // Kazakh interface: the button reads Kazakh; its tooltip shows the Russian sentence it inserts.
    CHECK(opened->text().endsWith(QStringLiteral("Ашылуы")));
    CHECK(opened->toolTip() == QStringLiteral("Судебное заседание объявлено открытым"));
    auto *action = bench.workspace.findChild<QAction *>(QStringLiteral("eventAction_session_opened"));
    REQUIRE(action);
    CHECK(action->text() == QStringLiteral("Ашылуы")); // the shortcut list (Ctrl+/) reads the same
    opened->click();
    REQUIRE(bench.repository.rows.size() == 1);
    CHECK(bench.repository.rows.first().text == QStringLiteral("Судебное заседание объявлено открытым"));

    // A live switch to Russian relabels the buttons; a Kazakh protocol keeps Kazakh sentences.
    REQUIRE(translations.setLanguage(QStringLiteral("ru")));
    CHECK(opened->text().endsWith(QStringLiteral("Открытие")));
    auto *language = bench.workspace.findChild<QComboBox *>(QStringLiteral("protocolLanguage"));
    REQUIRE(language);
    language->setCurrentIndex(language->findData(QStringLiteral("kk")));
    opened = bench.workspace.findChild<QPushButton *>(QStringLiteral("eventButton_session_opened"));
    REQUIRE(opened);
    CHECK(opened->text().endsWith(QStringLiteral("Открытие")));
    CHECK(opened->toolTip() == QStringLiteral("Сот отырысы ашық деп жарияланды"));
    bench.nowMs = 2000;
    QTest::keyClick(bench.note(), Qt::Key_F1);
    REQUIRE(bench.repository.rows.size() == 2);
    CHECK(bench.repository.rows.last().text == QStringLiteral("Сот отырысы ашық деп жарияланды"));
    REQUIRE(translations.setLanguage(QStringLiteral("en")));
}
