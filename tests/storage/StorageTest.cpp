// The repository suite, run on every backend of TestBackends (SQLite and PostgreSQL).
#include "StorageFixture.h"
#include "StorageSamples.h"
#include "TestSupport.h"

#include "storage/AuditLog.h"
#include "storage/FullTextQuery.h"
#include "storage/HearingRepository.h"
#include "storage/TimelineRepository.h"

#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace hattama;
using namespace hattama::test;

TEST_CASE("storage: a new database gets the current schema")
{
    QTemporaryDir dir;
    TestBackends backends(dir.path());
    for (const BackendUnderTest &backend : backends.fresh()) {
        INFO(backend.name.toStdString());
        auto db = openOrFail(backend.location);
        CHECK(db->schemaVersion() == Database::kSchemaVersion);
        CHECK(count(*db, QStringLiteral("SELECT MAX(version) FROM schema_version")) == Database::kSchemaVersion);
        const QStringList tables = db->connection().tables();
        for (const char *table : { "courts", "courtrooms", "cases", "hearings", "participants", "audio_channels",
                 "cameras", "timeline_entries", "entry_versions", "audit_log", "meta", "protocol_remarks" })
            CHECK(tables.contains(QString::fromLatin1(table)));
        // The event catalogue is a file (EventCatalogue), no longer a table.
        CHECK_FALSE(tables.contains(QStringLiteral("event_templates")));
        for (const QString &table : { QStringLiteral("timeline_entries"), QStringLiteral("entry_versions") })
            CHECK(db->connection().record(table).contains(QStringLiteral("event_id")));
        if (backend.name == QLatin1String("sqlite")) {
            CHECK(db->hasFullTextIndex());
            auto mode = db->exec(QStringLiteral("PRAGMA journal_mode"));
            REQUIRE(mode.ok());
            REQUIRE(mode->next());
            CHECK(mode->value(0).toString() == QStringLiteral("wal"));
            auto fk = db->exec(QStringLiteral("PRAGMA foreign_keys"));
            REQUIRE(fk.ok());
            REQUIRE(fk->next());
            CHECK(fk->value(0).toInt() == 1);
        }
    }
}

TEST_CASE("storage: each earlier schema version migrates forward keeping its data")
{
    QTemporaryDir dir;
    TestBackends backends(dir.path());
    for (int from = 1; from < Database::kSchemaVersion; ++from) {
        for (const BackendUnderTest &backend : backends.fresh()) {
            INFO(backend.name.toStdString() << " from version " << from);
            {
                auto old = openOrFail(backend.location, from);
                REQUIRE(old->schemaVersion() == from);
                // Data as that version stored it, written with plain SQL.
                for (const QString &sql :
                    { QStringLiteral(
                          "INSERT INTO courts (id, name_ru, name_kk, city) VALUES (1, 'Суд', 'Сот', 'Алматы')"),
                        QStringLiteral(
                            "INSERT INTO cases (id, court_id, number, category) VALUES (1, 1, '2-5/2025', 'civil')"),
                        QStringLiteral(
                            "INSERT INTO hearings (id, case_id, scheduled_start, scheduled_date, created_at, "
                            "updated_at) "
                            "VALUES ('2025-01-10-2-5-2025-abcdef', 1, '2025-01-10T09:00:00+06:00', '2025-01-10', "
                            "'2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')"),
                        QStringLiteral(
                            "INSERT INTO participants (id, hearing_id, ext_key, position, full_name, role) VALUES "
                            "(1, '2025-01-10-2-5-2025-abcdef', 'p1', 1, 'ҚАСЫМОВА Әйгерім', 'plaintiff')"),
                        QStringLiteral(
                            "INSERT INTO timeline_entries (id, hearing_id, hearing_time_ms, wall_time, kind, text, "
                            "created_at) VALUES (1, '2025-01-10-2-5-2025-abcdef', 5000, '2025-01-10T03:00:05.000Z', "
                            "'note', 'ТАЛАПКЕР ӨТІНІШХАТ БЕРДІ', '2025-01-10T03:00:05.000Z')"),
                        QStringLiteral("INSERT INTO audio_channels (hearing_id, channel, participant_id, label) VALUES "
                                       "('2025-01-10-2-5-2025-abcdef', 1, 1, 'Микрофон 1')") }) {
                    auto query = old->exec(sql);
                    INFO((query ? QString() : query.error().text()).toStdString());
                    REQUIRE(query.ok());
                }
                if (from >= 3) { // version 3 wrote the folded copies (and the FTS row) itself
                    QStringList folded { QStringLiteral(
                                             "UPDATE timeline_entries SET text_folded = 'талапкер өтінішхат берді'"),
                        QStringLiteral("UPDATE participants SET name_folded = 'қасымова әйгерім'") };
                    if (old->hasFullTextIndex())
                        folded << QStringLiteral(
                            "INSERT INTO entry_fts (rowid, text) VALUES (1, 'талапкер өтінішхат берді')");
                    for (const QString &sql : folded)
                        REQUIRE(old->exec(sql).ok());
                }
                if (from >= 2) { // version 2 kept each entry's states in entry_versions
                    REQUIRE(old->exec(QStringLiteral(
                                          "INSERT INTO entry_versions (entry_id, version, hearing_time_ms, kind, text, "
                                          "deleted, changed_by, changed_at) VALUES (1, 1, 5000, 'note', "
                                          "'ТАЛАПКЕР ӨТІНІШХАТ БЕРДІ', 0, 'secretary', '2025-01-10T03:00:05.000Z')"))
                                .ok());
                }
            }
            auto db = openOrFail(backend.location);
            CHECK(db->schemaVersion() == Database::kSchemaVersion);
            auto record = HearingRepository(*db).load(QStringLiteral("2025-01-10-2-5-2025-abcdef"));
            REQUIRE(record.ok());
            REQUIRE(record->entries.size() == 1);
            CHECK(record->entries.first().text == QStringLiteral("ТАЛАПКЕР ӨТІНІШХАТ БЕРДІ"));
            CHECK(record->entries.first().eventId.isEmpty()); // version 4: no event id for old entries
            CHECK(record->participants.first().fullName == QStringLiteral("ҚАСЫМОВА Әйгерім"));
            REQUIRE(record->audioChannels.size() == 1); // version 6: an old channel has no camera
            CHECK(record->audioChannels.first().participantId == 1);
            CHECK(record->audioChannels.first().camera == 0);
            auto history = TimelineRepository(*db).history(1);
            REQUIRE(history.ok());
            CHECK(history->size() == 1);
            // The folded copies of version 3 were filled in, so old text is found in any case.
            auto hits = TimelineRepository(*db).search(QStringLiteral("өтінішхат"));
            REQUIRE(hits.ok());
            CHECK(hits->size() == 1);
            HearingFilter byName;
            byName.participant = QStringLiteral("қасымова әйгерім");
            auto found = HearingRepository(*db).list(byName);
            REQUIRE(found.ok());
            CHECK(found->size() == 1);
        }
    }
}

TEST_CASE("storage: a database written by a newer version is refused")
{
    QTemporaryDir dir;
    TestBackends backends(dir.path());
    for (const BackendUnderTest &backend : backends.fresh()) {
        INFO(backend.name.toStdString());
        {
            auto db = openOrFail(backend.location);
            REQUIRE(
                db->exec(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (99, 'later')")).ok());
        }
        auto refused = Database::open(backend.location);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ExitCode::Environment);
        CHECK(refused.error().message.contains(QLatin1String("schema version 99")));
        CHECK(refused.error().message.contains(QLatin1String("newer Hattama")));
        // The CLI says the same and exits 3.
        QTemporaryDir home;
        const auto result
            = runHattama({ QStringLiteral("--db"), backend.url, QStringLiteral("hearing"), QStringLiteral("list") },
                isolatedEnvironment(home.path()));
        CHECK(result.exitCode == 3);
        CHECK(result.err.contains(QLatin1String("newer Hattama")));
    }
}

TEST_CASE("storage: Kazakh and Russian text round-trips through every table")
{
    QTemporaryDir dir;
    TestBackends backends(dir.path());
    for (const BackendUnderTest &backend : backends.fresh()) {
        INFO(backend.name.toStdString());
        auto db = openOrFail(backend.location);
        const HearingRecord sample = sampleRecord();
        const QString id = saveSample(*db, sample);
        db.reset();
        auto reopened = openOrFail(backend.location);
        auto record = HearingRepository(*reopened).load(id);
        REQUIRE(record.ok());
        CHECK(record->hearing.court.nameKk == sample.hearing.court.nameKk);
        CHECK(record->hearing.court.nameRu == sample.hearing.court.nameRu);
        CHECK(record->hearing.caseInfo.judge == sample.hearing.caseInfo.judge);
        CHECK(record->hearing.caseInfo.category == CaseCategory::Criminal);
        CHECK(record->hearing.scheduledStart == sample.hearing.scheduledStart);
        CHECK(record->hearing.scheduledStart.offsetFromUtc() == 5 * 3600);
        CHECK(record->hearing.language == QStringLiteral("kk"));
        REQUIRE(record->participants.size() == 3);
        for (int i = 0; i < 3; ++i) {
            CHECK(record->participants.at(i).fullName == sample.participants.at(i).fullName);
            CHECK(record->participants.at(i).role == sample.participants.at(i).role);
            CHECK(record->participants.at(i).present == sample.participants.at(i).present);
            CHECK(record->participants.at(i).note == sample.participants.at(i).note);
        }
        CHECK(record->participants.at(2).note == kKazakhLetters);
        REQUIRE(record->audioChannels.size() == 2);
        CHECK(record->audioChannels.at(0).participantId == record->participants.at(0).id);
        CHECK(record->audioChannels.at(1).label == QStringLiteral("Трибуна"));
        CHECK(record->audioChannels.at(0).camera == 2); // the camera that shows microphone 1
        CHECK(record->audioChannels.at(1).camera == 0); // none
        REQUIRE(record->cameras.size() == 2);
        CHECK(record->cameras.at(1).viewName == QStringLiteral("Зал"));
        REQUIRE(record->entries.size() == 2);
        CHECK(record->entries.at(0).text == QStringLiteral("Сот отырысы ашық деп жарияланды."));
        CHECK(record->entries.at(1).hearingTimeMs == 61'250);
        CHECK(record->entries.at(1).speakerParticipantId == record->participants.at(1).id);
        // Raw SQL reads the same code points, not a transliteration.
        auto raw = reopened->exec(QStringLiteral("SELECT full_name FROM participants WHERE ext_key = 'v1'"));
        REQUIRE(raw.ok());
        REQUIRE(raw->next());
        CHECK(raw->value(0).toString() == QStringLiteral("Іргебаева Һәжар Қайратқызы"));

        // The setup page saves the channel map alone (setChannelMap), cameras included.
        QList<AudioChannel> channels = record->audioChannels;
        channels[0].camera = 0; // back to none
        channels[1].camera = 1;
        channels << AudioChannel { 3, record->participants.at(2).id, QStringLiteral("Микрофон 3"), 2 };
        REQUIRE(HearingRepository(*reopened).setChannelMap(id, channels, record->cameras).ok());
        reopened.reset();
        auto again = openOrFail(backend.location);
        auto mapped = HearingRepository(*again).load(id);
        REQUIRE(mapped.ok());
        REQUIRE(mapped->audioChannels.size() == 3);
        CHECK(mapped->audioChannels.at(2).participantId == record->participants.at(2).id);
        auto cameras = again->exec(
            QStringLiteral("SELECT camera FROM audio_channels WHERE hearing_id = ? ORDER BY channel"), { id });
        REQUIRE(cameras.ok());
        QList<int> stored;
        while (cameras->next())
            stored << cameras->value(0).toInt();
        CHECK(stored == QList<int> { 0, 1, 2 });
        for (int i = 0; i < 3; ++i)
            CHECK(mapped->audioChannels.at(i).camera == stored.value(i));
    }
}

TEST_CASE("storage: saving the same case number and date again updates the one hearing")
{
    QTemporaryDir dir;
    TestBackends backends(dir.path());
    for (const BackendUnderTest &backend : backends.fresh()) {
        INFO(backend.name.toStdString());
        auto db = openOrFail(backend.location);
        const QString first = saveSample(*db);
        HearingRecord again = sampleRecord();
        again.participants[1].present = false;
        TimelineEntry extra;
        extra.hearingTimeMs = 90'000;
        extra.text = QStringLiteral("Новая запись");
        again.entries << extra;
        auto saved = HearingRepository(*db).save(again);
        REQUIRE(saved.ok());
        CHECK_FALSE(saved->created);
        CHECK(saved->hearingId == first);
        CHECK(saved->entriesAdded == 1);
        CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM hearings")) == 1);
        CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM participants")) == 3);
        CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM timeline_entries")) == 3);
        CHECK(count(*db, QStringLiteral("SELECT present FROM participants WHERE ext_key = 'd1'")) == 0);
    }
}

TEST_CASE("storage: the hearing status machine refuses invalid transitions")
{
    QTemporaryDir dir;
    TestBackends backends(dir.path());
    for (const BackendUnderTest &backend : backends.fresh()) {
        INFO(backend.name.toStdString());
        auto db = openOrFail(backend.location);
        const QString id = saveSample(*db);
        HearingRepository hearings(*db);
        const auto refused = hearings.setStatus(id, HearingStatus::Ended);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ExitCode::Usage);
        CHECK(refused.error().message.contains(QLatin1String("is scheduled and cannot become ended")));
        for (HearingStatus next :
            { HearingStatus::Live, HearingStatus::Recess, HearingStatus::Live, HearingStatus::Recess,
                HearingStatus::Ended, HearingStatus::ProtocolDraft, HearingStatus::Signed, HearingStatus::Issued }) {
            INFO(statusId(next).toStdString());
            REQUIRE(hearings.setStatus(id, next).ok());
        }
        auto record = hearings.load(id);
        REQUIRE(record.ok());
        CHECK(record->hearing.status == HearingStatus::Issued);
        CHECK(record->hearing.actualStart.isValid());
        CHECK(record->hearing.actualEnd.isValid());
        CHECK(record->hearing.actualStart <= record->hearing.actualEnd);
        CHECK_FALSE(hearings.setStatus(id, HearingStatus::Live).ok());
        CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'hearing.status'")) == 8);
    }
    CHECK_FALSE(canTransition(HearingStatus::Scheduled, HearingStatus::Recess));
    CHECK_FALSE(canTransition(HearingStatus::Ended, HearingStatus::Live));
    CHECK_FALSE(canTransition(HearingStatus::Signed, HearingStatus::ProtocolDraft));
    CHECK(canTransition(HearingStatus::Recess, HearingStatus::Ended));
}

TEST_CASE("storage: the audit chain verifies and names the first tampered row")
{
    QTemporaryDir dir;
    TestBackends backends(dir.path());
    for (const BackendUnderTest &backend : backends.fresh()) {
        INFO(backend.name.toStdString());
        auto db = openOrFail(backend.location);
        const QString id = saveSample(*db);
        TimelineRepository timeline(*db);
        TimelineEntry entry;
        entry.hearingId = id;
        entry.text = QStringLiteral("Тексеру");
        auto added = timeline.add(entry);
        REQUIRE(added.ok());
        REQUIRE(timeline.editText(added->id, QStringLiteral("Тексерілді")).ok());
        REQUIRE(HearingRepository(*db).setStatus(id, HearingStatus::Live).ok());
        auto report = verifyAuditChain(*db);
        REQUIRE(report.ok());
        CHECK(report->ok);
        const qint64 rows = count(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        CHECK(report->rowsChecked == rows);
        CHECK(rows == 6); // 2 entries of the sample, the hearing, 1 create, 1 edit, 1 status
        CHECK(AuditLog(*db).verify().ok());
        // Every row links to the one before it.
        CHECK(count(*db,
                  QStringLiteral("SELECT COUNT(*) FROM audit_log a JOIN audit_log b ON b.id = "
                                 "(SELECT MAX(id) FROM audit_log c WHERE c.id < a.id) WHERE a.prev_hash <> b.hash"))
            == 0);

        const qint64 target = count(*db, QStringLiteral("SELECT id FROM audit_log WHERE action = 'entry.edit'"));
        REQUIRE(
            db->exec(QStringLiteral(
                         "UPDATE audit_log SET details = replace(details, 'Тексерілді', 'Өзгертілді') WHERE id = ?"),
                  { target })
                .ok());
        report = verifyAuditChain(*db);
        REQUIRE(report.ok());
        CHECK_FALSE(report->ok);
        CHECK(report->firstBadRowId == target);
        CHECK(report->problem.contains(QStringLiteral("audit row %1").arg(target)));
        const Status status = AuditLog(*db).verify();
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == ExitCode::Failed);
        CHECK(status.error().message.contains(QStringLiteral("audit row %1").arg(target)));

        // Rewriting the row's hash too breaks the link of the next row; removing a row likewise.
        const qint64 first = count(*db, QStringLiteral("SELECT MIN(id) FROM audit_log"));
        auto rewrite = db->exec(
            QStringLiteral("SELECT at, user_name, action, object, details, prev_hash FROM audit_log WHERE id = ?"),
            { target });
        REQUIRE(rewrite.ok());
        REQUIRE(rewrite->next());
        const QString newHash = AuditLog::hashRow(rewrite->value(0).toString(), rewrite->value(1).toString(),
            rewrite->value(2).toString(), rewrite->value(3).toString(), rewrite->value(4).toString(),
            rewrite->value(5).toString());
        rewrite->finish();
        REQUIRE(db->exec(QStringLiteral("UPDATE audit_log SET hash = ? WHERE id = ?"), { newHash, target }).ok());
        report = verifyAuditChain(*db);
        REQUIRE(report.ok());
        CHECK(report->firstBadRowId > target);
        CHECK(report->problem.contains(QLatin1String("does not follow")));
        REQUIRE(db->exec(QStringLiteral("DELETE FROM audit_log WHERE id = ?"), { first + 1 }).ok());
        report = verifyAuditChain(*db);
        REQUIRE(report.ok());
        CHECK(report->firstBadRowId == first + 2);
    }
}

TEST_CASE("storage: search matches Kazakh and Russian letters in any case")
{
    QTemporaryDir dir;
    TestBackends backends(dir.path());
    for (const BackendUnderTest &backend : backends.fresh()) {
        INFO(backend.name.toStdString());
        auto db = openOrFail(backend.location);
        const QString id = saveSample(*db);
        const QString other = saveSample(*db, sampleRecord(QStringLiteral("2-900/2026")));
        TimelineRepository timeline(*db);
        const QStringList texts { QStringLiteral("Жәбірленуші ӨТІНІШХАТ мәлімдеді"),
            QStringLiteral("ҚҰҚЫҚТАРЫ мен міндеттері түсіндірілді"), QStringLiteral("Үкім жарияланды"),
            QStringLiteral("Һәжар ғимараттан шықты"), QStringLiteral("Іс қаралды, ЁЛКА у суда"),
            QStringLiteral("Сараптама тағайындалды") };
        for (const QString &text : texts) {
            TimelineEntry entry;
            entry.hearingId = id;
            entry.text = text;
            REQUIRE(timeline.add(entry).ok());
        }
        const auto hitsFor = [&](const QString &query, const QString &hearing = {}) {
            auto hits = timeline.search(query, hearing);
            INFO((hits ? QString() : hits.error().text()).toStdString());
            REQUIRE(hits.ok());
            QStringList found;
            for (const EntrySearchHit &hit : *hits)
                found << hit.text;
            return found;
        };
        CHECK(hitsFor(QStringLiteral("өтінішхат")) == QStringList { texts.at(0) });
        CHECK(hitsFor(QStringLiteral("ЖӘБІРЛЕНУШІ")) == QStringList { texts.at(0) });
        CHECK(hitsFor(QStringLiteral("құқықтары")) == QStringList { texts.at(1) });
        CHECK(hitsFor(QStringLiteral("үКІМ")) == QStringList { texts.at(2) });
        CHECK(hitsFor(QStringLiteral("ҺӘЖАР ҒИМАРАТТАН")) == QStringList { texts.at(3) });
        CHECK(hitsFor(QStringLiteral("іС")) == QStringList { texts.at(4) });
        CHECK(hitsFor(QStringLiteral("ёлка")) == QStringList { texts.at(4) });
        CHECK(hitsFor(QStringLiteral("сараптам")) == QStringList { texts.at(5) }); // word prefix
        CHECK(hitsFor(QStringLiteral("ашық")).size() == 2); // the sample's opening, both hearings
        CHECK(hitsFor(QStringLiteral("ашық"), other).size() == 1);
        CHECK(hitsFor(QStringLiteral("мәлімдеді үкім")).isEmpty()); // every word must match in one entry
        CHECK(hitsFor(QStringLiteral("қазақстан")).isEmpty());
        CHECK(hitsFor(QStringLiteral("\"*' OR 1=1 --")).isEmpty()); // query syntax is not passed through

        HearingRepository hearings(*db);
        HearingFilter filter;
        filter.text = QStringLiteral("ҮКІМ");
        auto list = hearings.list(filter);
        REQUIRE(list.ok());
        REQUIRE(list->size() == 1);
        CHECK(list->first().id == id);
        filter.text = QStringLiteral("ғабдуллин"); // a participant of both
        list = hearings.list(filter);
        REQUIRE(list.ok());
        CHECK(list->size() == 2);
        filter = {};
        filter.participant = QStringLiteral("ІРГЕБАЕВА һәжар");
        filter.caseNumber = QStringLiteral("900/");
        list = hearings.list(filter);
        REQUIRE(list.ok());
        REQUIRE(list->size() == 1);
        CHECK(list->first().id == other);
        filter = {};
        filter.date = QDate(2026, 11, 24);
        list = hearings.list(filter);
        REQUIRE(list.ok());
        CHECK(list->isEmpty());
        filter.date = QDate(2026, 11, 23);
        list = hearings.list(filter);
        REQUIRE(list.ok());
        CHECK(list->size() == 2);
    }
    CHECK(FullTextQuery::words(QStringLiteral("ӘДІЛЕТ-Құқық, ҮЙ"))
        == QStringList { QStringLiteral("әділет"), QStringLiteral("құқық"), QStringLiteral("үй") });
}

TEST_CASE("storage: an unreachable PostgreSQL server is an environment error naming host and database")
{
    const auto location
        = DatabaseLocation::resolve(QStringLiteral("postgresql://court@127.0.0.1:1/hattama_archive"), {});
    REQUIRE(location.ok());
    auto db = Database::open(*location);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ExitCode::Environment);
    CHECK(db.error().message.contains(QLatin1String("\"hattama_archive\" on 127.0.0.1:1")));
    CHECK(db.error().hint.contains(QLatin1String("server is running")));

    QTemporaryDir home;
    const auto env = isolatedEnvironment(home.path());
    auto result = runHattama({ QStringLiteral("--db"), QStringLiteral("postgresql://court@127.0.0.1:1/hattama_archive"),
                                 QStringLiteral("hearing"), QStringLiteral("list") },
        env);
    CHECK(result.exitCode == 3);
    CHECK(result.err.contains(QLatin1String("127.0.0.1:1")));
    CHECK(result.err.contains(QLatin1String("hattama_archive")));
    result = runHattama(
        { QStringLiteral("--db"), QStringLiteral("mysql://x/y"), QStringLiteral("hearing"), QStringLiteral("list") },
        env);
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QLatin1String("not a database URL")));
}

TEST_CASE("storage: search without FTS5 falls back to folded LIKE on SQLite")
{
    QTemporaryDir dir;
    const DatabaseLocation location = DatabaseLocation::sqlite(dir.filePath(QStringLiteral("hattama.sqlite")));
    QString id;
    {
        auto db = openOrFail(location);
        REQUIRE(db->hasFullTextIndex());
        id = saveSample(*db);
        // As if the SQLite library had no FTS5 when the database was migrated.
        REQUIRE(db->exec(QStringLiteral("DROP TABLE entry_fts")).ok());
    }
    auto db = openOrFail(location);
    CHECK_FALSE(db->hasFullTextIndex());
    TimelineRepository timeline(*db);
    TimelineEntry entry;
    entry.hearingId = id;
    entry.text = QStringLiteral("Жәбірленуші ӨТІНІШХАТ мәлімдеді");
    REQUIRE(timeline.add(entry).ok());
    auto hits = timeline.search(QStringLiteral("өтінішхат ЖӘБІРЛЕНУШІ"));
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    CHECK(hits->first().text == entry.text);
    hits = timeline.search(QStringLiteral("АШЫҚ"));
    REQUIRE(hits.ok());
    CHECK(hits->size() == 1);
    hits = timeline.search(QStringLiteral("100%"));
    REQUIRE(hits.ok());
    CHECK(hits->isEmpty());
}
