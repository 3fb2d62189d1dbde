// Timeline entries in the database: versions, soft deletes, the core TimelineEditor's undo
// and redo, event ids kept through edits, durability under kill -9. Every backend of
// TestBackends (SQLite and PostgreSQL).
#include "StorageFixture.h"
#include "StorageSamples.h"
#include "TestSupport.h"

#include "hearing/HearingJson.h"
#include "hearing/TimelineEditor.h"
#include "storage/AuditLog.h"
#include "storage/HearingRepository.h"
#include "storage/TimelineRepository.h"

#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace hattama;
using namespace hattama::test;

namespace {
// kind and event_id of an entry as the database row and each of its versions have them.
QStringList storedKinds(Database &db, qint64 entryId)
{
    QStringList kinds;
    auto row = db.exec(QStringLiteral("SELECT kind, event_id FROM timeline_entries WHERE id = ?"), { entryId });
    REQUIRE(row.ok());
    REQUIRE(row->next());
    kinds << row->value(0).toString() + QLatin1Char('/') + row->value(1).toString();
    auto versions = db.exec(
        QStringLiteral("SELECT kind, event_id FROM entry_versions WHERE entry_id = ? ORDER BY version"), { entryId });
    REQUIRE(versions.ok());
    while (versions->next())
        kinds << versions->value(0).toString() + QLatin1Char('/') + versions->value(1).toString();
    return kinds;
}
} // namespace

TEST_CASE("storage: entry edits and soft deletes keep every version")
{
    QTemporaryDir dir;
    TestBackends backends(dir.path());
    for (const BackendUnderTest &backend : backends.fresh()) {
        INFO(backend.name.toStdString());
        auto db = openOrFail(backend.location);
        db->setUser(QStringLiteral("secretary-1"));
        const QString id = saveSample(*db);
        TimelineRepository timeline(*db);
        TimelineEntry entry;
        entry.hearingId = id;
        entry.hearingTimeMs = 120'000;
        entry.kind = EntryKind::Marker;
        entry.text = QStringLiteral("бірінші");
        auto added = timeline.add(entry);
        REQUIRE(added.ok());
        CHECK(added->author == QStringLiteral("secretary-1"));
        CHECK(added->version == 1);
        REQUIRE(timeline.editText(added->id, QStringLiteral("екінші")).ok());
        auto removed = timeline.remove(added->id);
        REQUIRE(removed.ok());
        CHECK(removed->deleted);
        auto visible = timeline.list(id);
        REQUIRE(visible.ok());
        CHECK(visible->size() == 2);
        auto all = timeline.list(id, true);
        REQUIRE(all.ok());
        CHECK(all->size() == 3);
        auto restored = timeline.restore(added->id);
        REQUIRE(restored.ok());
        CHECK_FALSE(restored->deleted);
        CHECK(restored->text == QStringLiteral("екінші"));
        CHECK(restored->editedAt.isValid());
        auto history = timeline.history(added->id);
        REQUIRE(history.ok());
        REQUIRE(history->size() == 4);
        CHECK(history->at(0).text == QStringLiteral("бірінші"));
        CHECK(history->at(1).text == QStringLiteral("екінші"));
        CHECK(history->at(2).deleted);
        CHECK_FALSE(history->at(3).deleted);
        CHECK(history->at(3).changedBy == QStringLiteral("secretary-1"));
        // The deleted state is not searchable, the restored one is.
        auto hits = timeline.search(QStringLiteral("ЕКІНШІ"), id);
        REQUIRE(hits.ok());
        CHECK(hits->size() == 1);
        REQUIRE(timeline.remove(added->id).ok());
        hits = timeline.search(QStringLiteral("екінші"), id);
        REQUIRE(hits.ok());
        CHECK(hits->isEmpty());
        // An entry of an unknown hearing is refused by the foreign key.
        entry.hearingId = QStringLiteral("no-such-hearing");
        CHECK_FALSE(timeline.add(entry).ok());
    }
}

TEST_CASE("storage: undo and redo of entry edits merge consecutive text edits")
{
    QTemporaryDir dir;
    TestBackends backends(dir.path());
    for (const BackendUnderTest &backend : backends.fresh()) {
        INFO(backend.name.toStdString());
        auto db = openOrFail(backend.location);
        const QString id = saveSample(*db);
        TimelineRepository timeline(*db);
        TimelineEditor editor;
        editor.setStore(&timeline);
        TimelineEntry entry;
        entry.hearingId = id;
        entry.hearingTimeMs = 5000;
        entry.text = QStringLiteral("Куә");
        auto added = editor.add(entry);
        REQUIRE(added.ok());
        REQUIRE(editor.editText(added->id, QStringLiteral("Куә Ә")).ok());
        REQUIRE(editor.editText(added->id, QStringLiteral("Куә Әлиев")).ok());
        REQUIRE(editor.editText(added->id, QStringLiteral("Куә Әлиев жауап берді")).ok());
        CHECK(editor.undoStack()->count() == 2); // add + one merged text edit
        const auto text = [&] {
            auto stored = timeline.get(added->id);
            REQUIRE(stored.ok());
            return stored->deleted ? QStringLiteral("<deleted>") : stored->text;
        };
        REQUIRE(editor.undo().ok());
        CHECK(text() == QStringLiteral("Куә"));
        REQUIRE(editor.undo().ok());
        CHECK(text() == QStringLiteral("<deleted>"));
        CHECK_FALSE(editor.undo().ok());
        REQUIRE(editor.redo().ok());
        CHECK(text() == QStringLiteral("Куә"));
        REQUIRE(editor.redo().ok());
        CHECK(text() == QStringLiteral("Куә Әлиев жауап берді"));
        // A move in time is its own step, not merged with text edits.
        TimelineEntry moved = *timeline.get(added->id);
        moved.hearingTimeMs = 7000;
        REQUIRE(editor.update(moved).ok());
        REQUIRE(editor.editText(added->id, QStringLiteral("Соңғы")).ok());
        CHECK(editor.undoStack()->count() == 4);
        REQUIRE(editor.undo().ok());
        REQUIRE(editor.undo().ok());
        auto back = timeline.get(added->id);
        REQUIRE(back.ok());
        CHECK(back->hearingTimeMs == 5000);
        CHECK(back->text == QStringLiteral("Куә Әлиев жауап берді"));
        // Every step went to the database: create, 3 edits, undo edit, undo add, redo add, redo edit,
        // move, edit, 2 undos.
        auto history = timeline.history(added->id);
        REQUIRE(history.ok());
        CHECK(history->size() == 12);
        // A remove is undone by restoring.
        REQUIRE(editor.remove(added->id).ok());
        REQUIRE(editor.undo().ok());
        CHECK(text() == QStringLiteral("Куә Әлиев жауап берді"));
    }
}

TEST_CASE("storage: committed entries survive kill -9 of the writing process")
{
    QTemporaryDir dir;
    TestBackends backends(dir.path());
    for (const BackendUnderTest &backend : backends.fresh()) {
        INFO(backend.name.toStdString());
        QString id;
        {
            auto db = openOrFail(backend.location);
            id = saveSample(*db);
        }
        QProcess child;
        child.start(QStringLiteral(HATTAMA_ENTRY_WRITER), { backend.url, id, QStringLiteral("100000") });
        REQUIRE(child.waitForStarted(10'000));
        QList<qint64> printed;
        QByteArray buffer;
        while (printed.size() < 200 && child.state() == QProcess::Running) {
            child.waitForReadyRead(10'000);
            buffer += child.readAllStandardOutput();
            qsizetype newline = 0;
            while ((newline = buffer.indexOf('\n')) >= 0) {
                printed << buffer.left(newline).toLongLong();
                buffer.remove(0, newline + 1);
            }
        }
        child.kill(); // SIGKILL
        child.waitForFinished(10'000);
        INFO(QString::fromUtf8(child.readAllStandardError()).toStdString());
        REQUIRE(printed.size() >= 200);
        CHECK(child.exitStatus() == QProcess::CrashExit);

        auto db = openOrFail(backend.location);
        QSet<qint64> stored;
        auto rows = db->exec(QStringLiteral("SELECT id FROM timeline_entries WHERE hearing_id = ?"), { id });
        REQUIRE(rows.ok());
        while (rows->next())
            stored.insert(rows->value(0).toLongLong());
        qint64 missing = 0;
        for (qint64 entryId : printed)
            missing += stored.contains(entryId) ? 0 : 1;
        CHECK(missing == 0);
        CHECK(stored.size() >= printed.size() + 2); // + the sample's two entries
        // Each entry's version row and audit row committed with it.
        CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM entry_versions")) == stored.size());
        CHECK(AuditLog(*db).verify().ok());
    }
}

TEST_CASE("storage: text edits, undo and redo keep an entry's kind and event id")
{
    QTemporaryDir dir;
    TestBackends backends(dir.path());
    for (const BackendUnderTest &backend : backends.fresh()) {
        INFO(backend.name.toStdString());
        auto db = openOrFail(backend.location);
        const QString id = saveSample(*db);
        TimelineRepository timeline(*db);
        TimelineEditor editor;
        editor.setStore(&timeline);
        TimelineEntry recess;
        recess.hearingId = id;
        recess.hearingTimeMs = 1'800'000;
        recess.kind = EntryKind::RecessStart;
        recess.eventId = QStringLiteral("recess_started");
        recess.text = QStringLiteral("Үзіліс жарияланды");
        auto added = editor.add(recess);
        REQUIRE(added.ok());
        CHECK(added->eventId == QStringLiteral("recess_started"));
        REQUIRE(editor.editText(added->id, QStringLiteral("Үзіліс 15 минутқа жарияланды")).ok());
        REQUIRE(editor.undo().ok());
        REQUIRE(editor.redo().ok());
        auto stored = timeline.get(added->id);
        REQUIRE(stored.ok());
        CHECK(stored->kind == EntryKind::RecessStart);
        CHECK(stored->eventId == QStringLiteral("recess_started"));
        CHECK(stored->text == QStringLiteral("Үзіліс 15 минутқа жарияланды"));
        const QStringList kinds = storedKinds(*db, added->id);
        CHECK(kinds.size() == 5); // the row + create, edit, undo, redo
        for (const QString &kind : kinds)
            CHECK(kind == QStringLiteral("recess_start/recess_started"));
        auto history = timeline.history(added->id);
        REQUIRE(history.ok());
        CHECK(history->last().eventId == QStringLiteral("recess_started"));

        // A speaker change keeps its kind when its text and its speaker are edited.
        TimelineEntry change;
        change.hearingId = id;
        change.hearingTimeMs = 1'900'000;
        change.kind = EntryKind::SpeakerChange;
        change.text = QStringLiteral("Слово предоставлено защитнику");
        auto speaker = editor.add(change);
        REQUIRE(speaker.ok());
        REQUIRE(editor.editText(speaker->id, QStringLiteral("Слово предоставлено подсудимому")).ok());
        const auto participants = HearingRepository(*db).load(id);
        REQUIRE(participants.ok());
        REQUIRE(editor.setSpeaker(speaker->id, participants->participants.at(1).id).ok());
        for (const QString &kind : storedKinds(*db, speaker->id))
            CHECK(kind == QStringLiteral("speaker_change/"));

        // Only an explicit change moves the kind or the event id.
        TimelineEntry explicitChange = *timeline.get(added->id);
        explicitChange.kind = EntryKind::ProceduralEvent;
        explicitChange.eventId = QStringLiteral("motion_filed");
        REQUIRE(editor.update(explicitChange).ok());
        CHECK(storedKinds(*db, added->id).first() == QStringLiteral("procedural_event/motion_filed"));

        // The event id travels through hearing JSON.
        auto record = HearingRepository(*db).load(id);
        REQUIRE(record.ok());
        const QByteArray json = HearingJson::write(*record);
        CHECK(json.contains("\"event\": \"motion_filed\""));
        auto back = HearingJson::parse(json);
        REQUIRE(back.ok());
        bool found = false;
        for (const TimelineEntry &entry : back->entries)
            found = found || entry.eventId == QStringLiteral("motion_filed");
        CHECK(found);
    }
}
