#include "WorkflowTestSupport.h"

#include "hearing/HearingJson.h"
#include "storage/HearingRepository.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QSqlQuery>

namespace hattama::test {

WorkflowArchive::WorkflowArchive()
{
    archive = dir.path() + QStringLiteral("/archive");
    auto opened = Database::open(QString(), archive);
    REQUIRE(opened);
    db = std::move(*opened);
}

QString WorkflowArchive::addHearing(const QString &caseNumber, const QString &lang)
{
    const QString json = QStringLiteral(R"({
  "format": "hattama-hearing", "version": 1,
  "court": { "name_ru": "Суд № 2", "name_kk": "№ 2 сот", "city": "Астана" },
  "courtroom": "Зал 1",
  "case": { "number": "%1", "category": "civil", "subject": "", "judge": "Бекова А." },
  "hearing": { "scheduled_start": "%2T09:00:00+05:00", "language": "%3", "status": "scheduled" },
  "participants": [ { "key": "judge", "full_name": "Бекова А.", "role": "judge" },
                    { "key": "plaintiff", "full_name": "Ким В.", "role": "plaintiff" } ],
  "channels": { "audio": [ { "channel": 1, "participant": "judge" }, { "channel": 2, "participant": "plaintiff" } ],
                "cameras": [ { "camera": 1, "view": "Зал" } ] },
  "timeline": []
})")
                             .arg(caseNumber, QDate::currentDate().toString(Qt::ISODate), lang);
    auto record = HearingJson::parse(json.toUtf8());
    REQUIRE(record);
    auto saved = HearingRepository(*db).save(*record);
    REQUIRE(saved);
    return saved->hearingId;
}

QString WorkflowArchive::status(const QString &hearingId) const
{
    auto row = db->exec(QStringLiteral("SELECT status FROM hearings WHERE id = ?"), { hearingId });
    REQUIRE(row);
    REQUIRE(row->next());
    return row->value(0).toString();
}

QList<QJsonObject> WorkflowArchive::statusAudit(const QString &hearingId) const
{
    auto rows = db->exec(QStringLiteral("SELECT details FROM audit_log WHERE action = 'hearing.status' AND object = ? "
                                        "ORDER BY id"),
        { QStringLiteral("hearing:") + hearingId });
    REQUIRE(rows);
    QList<QJsonObject> result;
    while (rows->next())
        result << QJsonDocument::fromJson(rows->value(0).toString().toUtf8()).object();
    return result;
}

int WorkflowArchive::auditRows() const
{
    auto row = db->exec(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    REQUIRE(row);
    REQUIRE(row->next());
    return row->value(0).toInt();
}

QStringList WorkflowArchive::entries(const QString &hearingId) const
{
    auto rows = db->exec(QStringLiteral("SELECT kind, hearing_time_ms FROM timeline_entries WHERE hearing_id = ? "
                                        "AND deleted = 0 ORDER BY hearing_time_ms, id"),
        { hearingId });
    REQUIRE(rows);
    QStringList result;
    while (rows->next())
        result << QStringLiteral("%1@%2").arg(rows->value(0).toString()).arg(rows->value(1).toLongLong());
    return result;
}

} // namespace hattama::test
