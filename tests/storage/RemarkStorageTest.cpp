// Remarks on the protocol in the database: filing, the judge's decision, attaching (the next
// protocol version with the appendix), each in the audit chain. Every backend of TestBackends
// (SQLite and PostgreSQL).
#include "StorageFixture.h"
#include "StorageSamples.h"

#include "protocol/ProtocolVersionStore.h"
#include "protocol/RemarksAppendix.h"
#include "storage/AuditLog.h"
#include "storage/RemarkRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace hattama;
using namespace hattama::test;

namespace {
// action and details of the audit rows about remarks, in order.
QList<QPair<QString, QJsonObject>> remarkAudit(Database &db)
{
    QList<QPair<QString, QJsonObject>> rows;
    auto query
        = db.exec(QStringLiteral("SELECT action, details FROM audit_log WHERE action LIKE 'remark.%' ORDER BY id"));
    REQUIRE(query.ok());
    while (query->next())
        rows << qMakePair(
            query->value(0).toString(), QJsonDocument::fromJson(query->value(1).toString().toUtf8()).object());
    return rows;
}
} // namespace

TEST_CASE("storage: remarks on the protocol are filed, decided once with a reason, attached, and audited")
{
    QTemporaryDir dir;
    TestBackends backends(dir.path());
    for (const BackendUnderTest &backend : backends.fresh()) {
        INFO(backend.name.toStdString());
        auto db = openOrFail(backend.location);
        db->setUser(QStringLiteral("secretary-1"));
        const QString id = saveSample(*db);
        RemarkRepository remarks(*db);

        Remark first;
        first.hearingId = id;
        first.protocolVersion = 1;
        first.filedBy = QStringLiteral("  Сәрсенбаев Ғалым Өмірұлы ");
        first.filerRole = QStringLiteral("қорғаушы");
        first.text = QStringLiteral("Хаттамада куәнің «иә» деген жауабы жазылмаған.");
        first.timeCodesMs = { 754'000, 62'500, 754'000 };
        first.filedAtUtc = QDateTime(QDate(2026, 12, 1), QTime(5, 15), Qt::UTC);
        auto filed = remarks.file(first);
        INFO((filed ? QString() : filed.error().text()).toStdString());
        REQUIRE(filed.ok());
        CHECK(filed->number == 1);
        CHECK(filed->filedBy == QStringLiteral("Сәрсенбаев Ғалым Өмірұлы"));
        CHECK(filed->timeCodesMs == QList<qint64> { 62'500, 754'000 });
        CHECK(filed->pending());

        Remark second;
        second.hearingId = id;
        second.protocolVersion = 1;
        second.filedBy = QStringLiteral("Иванова Ёлка");
        second.filerRole = QStringLiteral("потерпевшая");
        second.text = QStringLiteral("Неверно указано время перерыва.");
        auto filedSecond = remarks.file(second);
        REQUIRE(filedSecond.ok());
        CHECK(filedSecond->number == 2);
        CHECK(filedSecond->filedAtUtc.isValid());

        // Read back with plain SQL, then through the repository.
        auto row = db->exec(QStringLiteral("SELECT filed_by, filer_role, text, time_codes, decision, filed_at,"
                                           " recorded_by FROM protocol_remarks WHERE hearing_id = ? AND number = 1"),
            { id });
        REQUIRE(row.ok());
        REQUIRE(row->next());
        CHECK(row->value(0).toString() == QStringLiteral("Сәрсенбаев Ғалым Өмірұлы"));
        CHECK(row->value(1).toString() == QStringLiteral("қорғаушы"));
        CHECK(row->value(2).toString() == first.text);
        CHECK(row->value(3).toString() == QStringLiteral("62500,754000"));
        CHECK(row->value(4).toString() == QStringLiteral("pending"));
        CHECK(row->value(5).toString() == QStringLiteral("2026-12-01T05:15:00.000Z"));
        CHECK(row->value(6).toString() == QStringLiteral("secretary-1"));

        // The judge decides; a decision needs a reason and is final.
        db->setUser(QStringLiteral("judge-1"));
        CHECK(remarks.decide(id, 1, RemarkDecision::Accepted, QStringLiteral("Ахметов А. А."), QStringLiteral(" "))
                  .error()
                  .code
            == ExitCode::Usage);
        auto accepted = remarks.decide(id, 1, RemarkDecision::Accepted, QStringLiteral("Ахметов А. А."),
            QStringLiteral("Жауап аудио-, бейнежазбада естіледі."));
        REQUIRE(accepted.ok());
        CHECK(accepted->decision == RemarkDecision::Accepted);
        auto again = remarks.decide(
            id, 1, RemarkDecision::Rejected, QStringLiteral("Ахметов А. А."), QStringLiteral("передумал"));
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().kind == ErrorCode::RemarkAlreadyDecided);
        auto missing
            = remarks.decide(id, 7, RemarkDecision::Rejected, QStringLiteral("Ахметов А. А."), QStringLiteral("нет"));
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.error().kind == ErrorCode::RemarkNotFound);
        REQUIRE(remarks
                    .decide(id, 2, RemarkDecision::Rejected, QStringLiteral("Ахметов А. А."),
                        QStringLiteral("Время перерыва указано верно."))
                    .ok());
        REQUIRE(remarks.markAttached(id, { 1, 2 }, 2).ok());

        auto listed = remarks.list(id);
        REQUIRE(listed.ok());
        REQUIRE(listed->size() == 2);
        CHECK(listed->at(0).decision == RemarkDecision::Accepted);
        CHECK(listed->at(0).decidedBy == QStringLiteral("Ахметов А. А."));
        CHECK(listed->at(0).reason == QStringLiteral("Жауап аудио-, бейнежазбада естіледі."));
        CHECK(listed->at(0).decidedAtUtc.isValid());
        CHECK(listed->at(0).attachedVersion == 2);
        CHECK(listed->at(1).decision == RemarkDecision::Rejected);
        CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM protocol_remarks WHERE decision = 'rejected'")) == 1);

        // Filing, both decisions and the attachment are in the audit chain, which holds.
        const auto audit = remarkAudit(*db);
        REQUIRE(audit.size() == 5);
        CHECK(audit.at(0).first == QStringLiteral("remark.file"));
        CHECK(audit.at(0).second.value(QStringLiteral("by")).toString() == QStringLiteral("Сәрсенбаев Ғалым Өмірұлы"));
        CHECK(audit.at(0).second.value(QStringLiteral("text")).toString() == first.text);
        CHECK(audit.at(1).first == QStringLiteral("remark.file"));
        CHECK(audit.at(2).first == QStringLiteral("remark.decide"));
        CHECK(audit.at(2).second.value(QStringLiteral("decision")).toString() == QStringLiteral("accepted"));
        CHECK(audit.at(3).second.value(QStringLiteral("decision")).toString() == QStringLiteral("rejected"));
        CHECK(audit.at(4).first == QStringLiteral("remark.attach"));
        CHECK(AuditLog(*db).verify().ok());

        // A remark on an unknown hearing is refused and leaves nothing behind.
        Remark stray = second;
        stray.hearingId = QStringLiteral("2020-01-01-x-000000");
        auto refused = remarks.file(stray);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorCode::HearingNotFound);
        CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM protocol_remarks")) == 2);
        CHECK(remarkAudit(*db).size() == 5);
    }
}

TEST_CASE("storage: attaching remarks saves the next protocol version with the appendix, only once all are decided")
{
    QTemporaryDir dir;
    TestBackends backends(dir.path());
    for (const BackendUnderTest &backend : backends.fresh()) {
        INFO(backend.name.toStdString());
        auto db = openOrFail(backend.location);
        const QString id = saveSample(*db);
        const QString hearingDir = dir.filePath(backend.name + QStringLiteral("-hearing"));
        protocol::ProtocolVersionStore store(hearingDir);
        protocol::ProtocolVersion first;
        first.document.language = QStringLiteral("kk");
        first.document.hearingId = id;
        protocol::ProtocolBlock body;
        body.key = QStringLiteral("doc/1");
        body.style = QStringLiteral("para");
        body.text = body.generatedText = QStringLiteral("Сот отырысы ашық деп жарияланды.");
        first.document.blocks << body;
        REQUIRE(store.save(first));

        RemarkRepository remarks(*db);
        auto none = protocol::RemarksAppendix::attach(*db, hearingDir, id);
        REQUIRE_FALSE(none.ok());
        CHECK(none.error().kind == ErrorCode::RemarksNothingToAttach);
        Remark remark;
        remark.hearingId = id;
        remark.protocolVersion = 1;
        remark.filedBy = QStringLiteral("Сәрсенбаев Ғалым Өмірұлы");
        remark.filerRole = QStringLiteral("қорғаушы");
        remark.text = QStringLiteral("Куәнің жауабы жазылмаған.");
        remark.timeCodesMs = { 62'000 };
        REQUIRE(remarks.file(remark));
        auto pending = protocol::RemarksAppendix::attach(*db, hearingDir, id);
        REQUIRE_FALSE(pending.ok());
        CHECK(pending.error().kind == ErrorCode::RemarksPending);
        CHECK(pending.error().args == QStringList { QStringLiteral("1") });
        CHECK(store.numbers() == QList<int> { 1 });

        REQUIRE(remarks.decide(id, 1, RemarkDecision::Accepted, QStringLiteral("Ахметов А. А."),
            QStringLiteral("Жауап аудио-, бейнежазбада естіледі.")));
        auto attached = protocol::RemarksAppendix::attach(*db, hearingDir, id);
        INFO((attached ? QString() : attached.error().text()).toStdString());
        REQUIRE(attached.ok());
        CHECK(attached->number == 2);
        auto saved = store.load(2);
        REQUIRE(saved);
        const QStringList lines = saved->document.textLines();
        CHECK(lines.first() == QStringLiteral("Сот отырысы ашық деп жарияланды."));
        CHECK(lines.contains(QStringLiteral("Сот отырысының хаттамасына ескертулер")));
        CHECK(lines.contains(QStringLiteral("Аудио-, бейнежазбадағы уақыт белгілері: 00:01:02")));
        CHECK(lines.contains(QStringLiteral("Шешім: ескерту қабылданды, оның дұрыстығы куәландырылды.")));
        CHECK(remarks.get(id, 1)->attachedVersion == 2);
        CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'remark.attach'")) == 1);
        auto again = protocol::RemarksAppendix::attach(*db, hearingDir, id);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().kind == ErrorCode::RemarksNothingToAttach);
        CHECK(store.numbers() == QList<int> { 1, 2 });
        CHECK(AuditLog(*db).verify().ok());
    }
}
