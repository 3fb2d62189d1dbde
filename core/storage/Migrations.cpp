#include "storage/Migrations.h"

#include "storage/Database.h"
#include "util/Logging.h"

#include <QSqlQuery>
#include <QStringList>

namespace hattama {

namespace {

// One schema text for both backends; %ID% and %BIGINT% differ.
QString dialect(const Database &db, QString sql)
{
    if (db.isPostgres()) {
        sql.replace(QLatin1String("%ID%"), QLatin1String("BIGSERIAL PRIMARY KEY"));
        sql.replace(QLatin1String("%BIGINT%"), QLatin1String("BIGINT"));
    } else {
        sql.replace(QLatin1String("%ID%"), QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
        sql.replace(QLatin1String("%BIGINT%"), QLatin1String("INTEGER"));
    }
    return sql;
}

Status run(Database &db, const QStringList &statements)
{
    for (const QString &statement : statements) {
        auto query = db.exec(dialect(db, statement));
        if (!query)
            return query.error();
    }
    return {};
}

Status migration1(Database &db)
{
    return run(db,
        {
            QStringLiteral("CREATE TABLE courts (id %ID%, name_ru TEXT NOT NULL, name_kk TEXT NOT NULL DEFAULT '',"
                           " city TEXT NOT NULL DEFAULT '', UNIQUE (name_ru, city))"),
            QStringLiteral("CREATE TABLE courtrooms (id %ID%, court_id %BIGINT% NOT NULL REFERENCES courts(id),"
                           " name TEXT NOT NULL, UNIQUE (court_id, name))"),
            QStringLiteral("CREATE TABLE cases (id %ID%, court_id %BIGINT% NOT NULL REFERENCES courts(id),"
                           " number TEXT NOT NULL UNIQUE, category TEXT NOT NULL, subject TEXT NOT NULL DEFAULT '',"
                           " judge TEXT NOT NULL DEFAULT '')"),
            QStringLiteral(
                "CREATE TABLE hearings (id TEXT PRIMARY KEY, case_id %BIGINT% NOT NULL REFERENCES cases(id),"
                " courtroom_id %BIGINT% REFERENCES courtrooms(id), scheduled_start TEXT NOT NULL,"
                " scheduled_date TEXT NOT NULL, actual_start TEXT, actual_end TEXT,"
                " closed_session INTEGER NOT NULL DEFAULT 0, language TEXT NOT NULL DEFAULT 'ru',"
                " status TEXT NOT NULL DEFAULT 'scheduled', created_at TEXT NOT NULL, updated_at TEXT NOT NULL,"
                " UNIQUE (case_id, scheduled_date))"),
            QStringLiteral("CREATE INDEX hearings_date ON hearings (scheduled_date)"),
            QStringLiteral(
                "CREATE TABLE participants (id %ID%,"
                " hearing_id TEXT NOT NULL REFERENCES hearings(id) ON DELETE CASCADE,"
                " ext_key TEXT NOT NULL, position INTEGER NOT NULL, full_name TEXT NOT NULL, role TEXT NOT NULL,"
                " present INTEGER NOT NULL DEFAULT 1, note TEXT NOT NULL DEFAULT '', UNIQUE (hearing_id, ext_key))"),
            QStringLiteral(
                "CREATE TABLE audio_channels (hearing_id TEXT NOT NULL REFERENCES hearings(id) ON DELETE CASCADE,"
                " channel INTEGER NOT NULL, participant_id %BIGINT% REFERENCES participants(id) ON DELETE SET NULL,"
                " label TEXT NOT NULL DEFAULT '', PRIMARY KEY (hearing_id, channel))"),
            QStringLiteral("CREATE TABLE cameras (hearing_id TEXT NOT NULL REFERENCES hearings(id) ON DELETE CASCADE,"
                           " camera INTEGER NOT NULL, view_name TEXT NOT NULL, PRIMARY KEY (hearing_id, camera))"),
            QStringLiteral("CREATE TABLE timeline_entries (id %ID%, hearing_id TEXT NOT NULL REFERENCES hearings(id),"
                           " hearing_time_ms %BIGINT% NOT NULL, wall_time TEXT NOT NULL, kind TEXT NOT NULL,"
                           " text TEXT NOT NULL DEFAULT '', speaker_id %BIGINT% REFERENCES participants(id),"
                           " author TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, edited_at TEXT,"
                           " deleted INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX timeline_entries_hearing ON timeline_entries (hearing_id, hearing_time_ms)"),
            QStringLiteral(
                "CREATE TABLE audit_log (id %ID%, at TEXT NOT NULL, user_name TEXT NOT NULL, action TEXT NOT NULL,"
                " object TEXT NOT NULL, details TEXT NOT NULL DEFAULT '', prev_hash TEXT NOT NULL,"
                " hash TEXT NOT NULL)"),
        });
}

Status migration2(Database &db)
{
    return run(db,
        {
            QStringLiteral("ALTER TABLE timeline_entries ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
            QStringLiteral(
                "CREATE TABLE entry_versions (id %ID%, entry_id %BIGINT% NOT NULL REFERENCES timeline_entries(id),"
                " version INTEGER NOT NULL, hearing_time_ms %BIGINT% NOT NULL, kind TEXT NOT NULL,"
                " text TEXT NOT NULL, speaker_id %BIGINT%, deleted INTEGER NOT NULL, changed_by TEXT NOT NULL,"
                " changed_at TEXT NOT NULL, UNIQUE (entry_id, version))"),
            // Existing entries get their present state as version 1.
            QStringLiteral(
                "INSERT INTO entry_versions (entry_id, version, hearing_time_ms, kind, text, speaker_id, deleted,"
                " changed_by, changed_at) SELECT id, 1, hearing_time_ms, kind, text, speaker_id, deleted, author,"
                " COALESCE(edited_at, created_at) FROM timeline_entries"),
            QStringLiteral("CREATE TABLE event_templates (id %ID%, category TEXT NOT NULL, language TEXT NOT NULL,"
                           " slot INTEGER NOT NULL, hotkey TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,"
                           " UNIQUE (category, language, slot))"),
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        });
}

Status migration3(Database &db)
{
    Status status = run(db,
        {
            QStringLiteral("ALTER TABLE timeline_entries ADD COLUMN text_folded TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE participants ADD COLUMN name_folded TEXT NOT NULL DEFAULT ''"),
        });
    if (!status)
        return status;
    // Case folding is done by Qt (full Unicode), not by the database: SQLite's lower() and
    // NOCASE fold ASCII only, and PostgreSQL's lower() depends on the cluster's locale.
    for (const auto &[table, source, target] : { std::tuple { "timeline_entries", "text", "text_folded" },
             std::tuple { "participants", "full_name", "name_folded" } }) {
        auto rows = db.exec(QStringLiteral("SELECT id, %1 FROM %2").arg(QLatin1String(source), QLatin1String(table)));
        if (!rows)
            return rows.error();
        while (rows->next()) {
            auto update = db.exec(
                QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(QLatin1String(table), QLatin1String(target)),
                { rows->value(1).toString().toCaseFolded(), rows->value(0) });
            if (!update)
                return update.error();
        }
    }
    if (db.isPostgres()) {
        return run(db,
            { QStringLiteral("CREATE INDEX timeline_entries_fts ON timeline_entries"
                             " USING GIN (to_tsvector('simple', text_folded))") });
    }
    // SQLite: FTS5 when the library has it, else search falls back to LIKE on text_folded.
    if (!db.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x)"))) {
        qCWarning(lcStorage) << "SQLite has no FTS5; search uses LIKE on folded text";
        return {};
    }
    return run(db,
        {
            QStringLiteral("DROP TABLE temp.fts5_probe"),
            QStringLiteral(
                "CREATE VIRTUAL TABLE entry_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 0')"),
            QStringLiteral(
                "INSERT INTO entry_fts (rowid, text) SELECT id, text_folded FROM timeline_entries WHERE deleted = 0"),
        });
}

// Each entry keeps the id of the catalogue event it was made from (EventCatalogue); the
// event templates move from the database to the event catalogue file.
Status migration4(Database &db)
{
    return run(db,
        {
            QStringLiteral("ALTER TABLE timeline_entries ADD COLUMN event_id TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE entry_versions ADD COLUMN event_id TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("DROP TABLE event_templates"),
            QStringLiteral("DELETE FROM meta WHERE key = 'templates_seeded'"),
        });
}

// Remarks on the protocol (docs/remarks.md): one row per remark a participant filed on a
// protocol version, numbered per hearing, with the judge's decision and the version whose
// appendix holds it. Time codes are hearing times in ms, comma-separated.
Status migration5(Database &db)
{
    return run(db,
        {
            QStringLiteral(
                "CREATE TABLE protocol_remarks (id %ID%,"
                " hearing_id TEXT NOT NULL REFERENCES hearings(id) ON DELETE CASCADE, number INTEGER NOT NULL,"
                " protocol_version INTEGER NOT NULL, filed_by TEXT NOT NULL, filer_role TEXT NOT NULL DEFAULT '',"
                " filed_at TEXT NOT NULL, text TEXT NOT NULL, time_codes TEXT NOT NULL DEFAULT '',"
                " decision TEXT NOT NULL DEFAULT 'pending', decided_by TEXT NOT NULL DEFAULT '', decided_at TEXT,"
                " reason TEXT NOT NULL DEFAULT '', attached_version INTEGER NOT NULL DEFAULT 0,"
                " recorded_by TEXT NOT NULL, UNIQUE (hearing_id, number))"),
        });
}

// Each microphone channel keeps the camera that shows its seat (1-based, 0: none), chosen by
// the secretary with the channel map; the compact party copy follows it.
Status migration6(Database &db)
{
    return run(db,
        { QStringLiteral("ALTER TABLE audio_channels ADD COLUMN camera INTEGER NOT NULL DEFAULT 0") });
}

} // namespace

Status Migrations::apply(Database &db, int version)
{
    switch (version) {
    case 1:
        return migration1(db);
    case 2:
        return migration2(db);
    case 3:
        return migration3(db);
    case 4:
        return migration4(db);
    case 5:
        return migration5(db);
    case 6:
        return migration6(db);
    default:
        return failure(QStringLiteral("no migration to schema version %1").arg(version));
    }
}

} // namespace hattama
