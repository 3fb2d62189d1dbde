// HearingWorkflow without a window: every step from every status, allowed or refused, read
// back from SQLite (status, audit rows, timeline entries); a recess reaches the protocol with
// its time; a hearing without a recording says so.
#include "WorkflowTestSupport.h"

#include "media/HearingFolder.h"
#include "media/SegmentManifest.h"
#include "protocol/DateForms.h"
#include "protocol/HearingToProtocol.h"
#include "protocol/ProtocolBuilder.h"
#include "protocol/RecordingSummary.h"
#include "session/HearingWorkflow.h"
#include "storage/HearingRepository.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <functional>
#include <map>

using namespace hattama;
using hattama::RecordingStopReason;

namespace {

struct StepCase {
    const char *name;
    std::function<Status(HearingWorkflow &)> run;
    // status before → status after, for the statuses the step is allowed from (the spec of
    // docs/hearing-states.md, written out here independently of the workflow's table).
    std::map<QString, QString> allowed;
    const char *entryKind; // the timeline entry an allowed step writes, or nullptr
};

QList<StepCase> steps()
{
    const QString s = QStringLiteral("scheduled"), l = QStringLiteral("live"), r = QStringLiteral("recess"),
                  e = QStringLiteral("ended"), p = QStringLiteral("protocol_draft"), g = QStringLiteral("signed"),
                  i = QStringLiteral("issued"), a = QStringLiteral("archived");
    return {
        { "recording started", [](HearingWorkflow &w) { return w.onRecordingStarted(1000); },
            { { s, l }, { l, l }, { r, l } }, "recording_started" },
        { "recess", [](HearingWorkflow &w) { return w.onRecess(2000); }, { { l, r } }, "recess_start" },
        { "resumed", [](HearingWorkflow &w) { return w.onResumed(3000); }, { { r, l } }, "recess_end" },
        { "sound lost", [](HearingWorkflow &w) { return w.onSoundLost(4000); }, { { l, l }, { r, r } }, "sound_lost" },
        { "sound restored", [](HearingWorkflow &w) { return w.onSoundRestored(5000); }, { { l, l }, { r, r } },
            "sound_restored" },
        { "stopped", [](HearingWorkflow &w) { return w.onStopped(6000, RecordingStopReason::Requested); },
            { { l, e }, { r, e } }, "recording_stopped" },
        { "cut off", [](HearingWorkflow &w) { return w.markCutOff(QString()); }, { { l, e }, { r, e } },
            "recording_stopped" },
        // A saved draft moves only an ended hearing; at any other status it is no step at all.
        { "protocol draft saved", [](HearingWorkflow &w) { return w.onProtocolDraftSaved(); },
            { { s, s }, { l, l }, { r, r }, { e, p }, { p, p }, { g, g }, { i, i }, { a, a } }, nullptr },
        { "sign", [](HearingWorkflow &w) { return w.sign(); }, { { p, g } }, nullptr },
        { "issue", [](HearingWorkflow &w) { return w.issue(); }, { { g, i } }, nullptr },
        { "archive", [](HearingWorkflow &w) { return w.archive(); }, { { i, a } }, nullptr },
    };
}

// Walks a fresh hearing to status through allowed steps.
void walkTo(HearingWorkflow &workflow, const QString &status)
{
    const QStringList order { QStringLiteral("scheduled"), QStringLiteral("live"), QStringLiteral("recess"),
        QStringLiteral("ended"), QStringLiteral("protocol_draft"), QStringLiteral("signed"), QStringLiteral("issued"),
        QStringLiteral("archived") };
    const qsizetype target = order.indexOf(status);
    REQUIRE(target >= 0);
    if (target >= 1)
        REQUIRE(workflow.onRecordingStarted(0));
    if (target == 2)
        REQUIRE(workflow.onRecess(500));
    if (target >= 3)
        REQUIRE(workflow.onStopped(900, RecordingStopReason::Requested));
    if (target >= 4)
        REQUIRE(workflow.onProtocolDraftSaved());
    if (target >= 5)
        REQUIRE(workflow.sign());
    if (target >= 6)
        REQUIRE(workflow.issue());
    if (target >= 7)
        REQUIRE(workflow.archive());
    REQUIRE(statusId(workflow.status()) == status);
}

} // namespace

TEST_CASE("workflow: every step from every status is allowed or refused as the state machine says")
{
    test::WorkflowArchive archive;
    const QStringList statuses { QStringLiteral("scheduled"), QStringLiteral("live"), QStringLiteral("recess"),
        QStringLiteral("ended"), QStringLiteral("protocol_draft"), QStringLiteral("signed"), QStringLiteral("issued"),
        QStringLiteral("archived") };
    int number = 0;
    int allowedCount = 0;
    int refusedCount = 0;
    for (const StepCase &step : steps()) {
        for (const QString &from : statuses) {
            INFO(step.name << " from " << from.toStdString());
            const QString id = archive.addHearing(QStringLiteral("2-%1/2026").arg(++number));
            HearingWorkflow workflow(*archive.db, id);
            REQUIRE(workflow.load());
            walkTo(workflow, from);
            const int auditBefore = archive.auditRows();
            const qsizetype statusRowsBefore = archive.statusAudit(id).size();
            const QStringList entriesBefore = archive.entries(id);

            const Status done = step.run(workflow);
            const auto allowed = step.allowed.find(from);
            if (allowed == step.allowed.end()) {
                ++refusedCount;
                REQUIRE_FALSE(done.ok());
                CHECK(done.error().code == ExitCode::Usage);
                // The refusal names the hearing, its status and what it can do instead.
                CHECK(done.error().message.contains(id));
                CHECK(done.error().message.contains(QStringLiteral(" is %1:").arg(from)));
                CHECK(done.error().message.contains(QLatin1String("is not allowed")));
                CHECK(done.error().hint.contains(QLatin1String("allowed when the hearing is")));
                // Nothing stored, nothing audited.
                CHECK(archive.status(id) == from);
                CHECK(archive.auditRows() == auditBefore);
                CHECK(archive.entries(id) == entriesBefore);
                continue;
            }
            ++allowedCount;
            REQUIRE(done.ok());
            const QString to = allowed->second;
            CHECK(archive.status(id) == to);
            CHECK(statusId(workflow.status()) == to);
            const QList<QJsonObject> audit = archive.statusAudit(id);
            if (to != from) {
                // One "hearing.status" row: from, to, the step and who triggered it.
                REQUIRE(audit.size() == statusRowsBefore + 1);
                CHECK(audit.last().value(QLatin1String("from")).toString() == from);
                CHECK(audit.last().value(QLatin1String("to")).toString() == to);
                CHECK_FALSE(audit.last().value(QLatin1String("step")).toString().isEmpty());
                CHECK_FALSE(audit.last().value(QLatin1String("trigger")).toString().isEmpty());
            } else {
                CHECK(audit.size() == statusRowsBefore);
            }
            const QStringList entries = archive.entries(id);
            if (step.entryKind) {
                REQUIRE(entries.size() == entriesBefore.size() + 1);
                const QStringList added
                    = QStringList(entries).filter(QString::fromLatin1(step.entryKind) + QLatin1Char('@'));
                CHECK(added.size()
                    == QStringList(entriesBefore).filter(QString::fromLatin1(step.entryKind) + QLatin1Char('@')).size()
                        + 1);
            } else {
                CHECK(entries == entriesBefore);
            }
        }
    }
    CHECK(allowedCount == 24);
    CHECK(refusedCount == 11 * 8 - 24);
}

TEST_CASE("workflow: a hearing's recording events are committed entries and audited status steps")
{
    test::WorkflowArchive archive;
    const QString id = archive.addHearing(QStringLiteral("2-100/2026"));
    HearingWorkflow workflow(*archive.db, id);
    REQUIRE(workflow.load());
    QList<TimelineEntry> written;
    QList<HearingStatus> moved;
    workflow.onEntryWritten = [&](const TimelineEntry &entry) { written << entry; };
    workflow.onStatusChanged = [&](HearingStatus status) { moved << status; };
    CHECK(workflow.checkCanRecord());

    REQUIRE(workflow.onRecordingStarted(0));
    REQUIRE(workflow.onSoundLost(61'000));
    REQUIRE(workflow.onSoundRestored(65'500));
    REQUIRE(workflow.onRecess(125'000));
    REQUIRE(workflow.onResumed(725'000));
    REQUIRE(workflow.onStopped(1'800'000, RecordingStopReason::DiskFull));
    CHECK_FALSE(workflow.checkCanRecord());
    CHECK(archive.entries(id)
        == QStringList { QStringLiteral("recording_started@0"), QStringLiteral("sound_lost@61000"),
            QStringLiteral("sound_restored@65500"), QStringLiteral("recess_start@125000"),
            QStringLiteral("recess_end@725000"), QStringLiteral("recording_stopped@1800000") });
    REQUIRE(written.size() == 6);
    CHECK(written.at(3).kind == EntryKind::RecessStart);
    CHECK(written.at(3).text == QStringLiteral("Объявлен перерыв."));
    CHECK(written.at(5).text
        == QStringLiteral(
            "Аудио-, видеозапись судебного заседания остановлена: на диске заканчивается свободное место."));
    CHECK(moved
        == QList<HearingStatus> {
            HearingStatus::Live, HearingStatus::Recess, HearingStatus::Live, HearingStatus::Ended });

    const QList<QJsonObject> audit = archive.statusAudit(id);
    REQUIRE(audit.size() == 4);
    CHECK(audit.at(1).value(QLatin1String("step")).toString() == QStringLiteral("recess"));
    CHECK(audit.at(1).value(QLatin1String("trigger")).toString() == QStringLiteral("recorder"));
    CHECK(audit.at(1).value(QLatin1String("hearingTimeMs")).toInteger() == 125'000);
    auto created = archive.db->exec(
        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'entry.create' AND details LIKE ?"),
        { QStringLiteral("%") + id + QStringLiteral("%") });
    REQUIRE(created);
    REQUIRE(created->next());
    CHECK(created->value(0).toInt() == 6);
    auto record = HearingRepository(*archive.db).load(id);
    REQUIRE(record);
    CHECK(record->hearing.actualStart.isValid());
    CHECK(record->hearing.actualEnd.isValid());
}

TEST_CASE("workflow: the protocol states a recess and the recording events with their times")
{
    test::WorkflowArchive archive;
    for (const QString &lang : { QStringLiteral("ru"), QStringLiteral("kk") }) {
        INFO(lang.toStdString());
        const QString id = archive.addHearing(QStringLiteral("2-200/2026-") + lang, lang);
        HearingWorkflow workflow(*archive.db, id);
        REQUIRE(workflow.load());
        REQUIRE(workflow.onRecordingStarted(0));
        REQUIRE(workflow.onSoundLost(61'000));
        REQUIRE(workflow.onSoundRestored(65'500));
        REQUIRE(workflow.onRecess(125'000));
        REQUIRE(workflow.onResumed(725'000));
        REQUIRE(workflow.onStopped(1'800'000, RecordingStopReason::Failed));

        auto record = HearingRepository(*archive.db).load(id);
        REQUIRE(record);
        // No media in the hearing folder: the protocol says it was not recorded.
        const auto input
            = protocol::protocolInputFromHearing(*record, protocol::RecordingSummary::read(archive.hearingDir(id)));
        CHECK_FALSE(input.hasRecording);
        protocol::ProtocolBuilder::Options options;
        options.language = lang;
        options.kind = protocol::ProtocolBuilder::lawfulKind(input); // not recorded: the full protocol
        auto document = protocol::ProtocolBuilder::build(input, options);
        REQUIRE(document);
        const QString text = document->textLines().join(QLatin1Char('\n'));
        INFO(text.toStdString());
        if (lang == QLatin1String("ru")) {
            CHECK(text.contains(QStringLiteral("Аудио-, видеозапись судебного заседания не велась")));
            CHECK(text.contains(QStringLiteral("[00:00:00] Начата аудио-, видеозапись судебного заседания.")));
            CHECK(text.contains(QStringLiteral(
                "[00:01:01] Запись звука прервана: звук с микрофонов не поступает, видеозапись продолжается.")));
            CHECK(text.contains(QStringLiteral("[00:01:05] Запись звука восстановлена.")));
            CHECK(text.contains(QStringLiteral("[00:02:05] Объявлен перерыв.")));
            CHECK(text.contains(QStringLiteral("[00:12:05] Судебное заседание продолжено после перерыва.")));
            CHECK(text.contains(QStringLiteral(
                "[00:30:00] Аудио-, видеозапись судебного заседания остановлена (сбой записывающего оборудования).")));
        } else {
            CHECK(text.contains(QStringLiteral("Сот отырысының аудио-, бейнежазбасы жүргізілмеді")));
            CHECK(text.contains(QStringLiteral("[00:00:00] Сот отырысының аудио-, бейнежазбасы басталды.")));
            CHECK(text.contains(
                QStringLiteral("[00:01:01] Дыбыс жазу үзілді: микрофондардан дыбыс келмейді, бейнежазба жалғасуда.")));
            CHECK(text.contains(QStringLiteral("[00:01:05] Дыбыс жазу қалпына келтірілді.")));
            CHECK(text.contains(QStringLiteral("[00:02:05] Үзіліс жарияланды.")));
            CHECK(text.contains(QStringLiteral("[00:12:05] Сот отырысы үзілістен кейін жалғастырылды.")));
            CHECK(text.contains(
                QStringLiteral("[00:30:00] Сот отырысының аудио-, бейнежазбасы тоқтатылды (жазу жабдығының ақауы).")));
        }
    }
}

TEST_CASE("workflow: the recording line's parts and duration read as Russian and Kazakh say them")
{
    using protocol::DateForms;
    using protocol::RecordingSummary;
    CHECK(RecordingSummary::partsPhrase(1, QStringLiteral("ru")) == QStringLiteral("1 часть"));
    CHECK(RecordingSummary::partsPhrase(2, QStringLiteral("ru")) == QStringLiteral("2 части"));
    CHECK(RecordingSummary::partsPhrase(5, QStringLiteral("ru")) == QStringLiteral("5 частей"));
    CHECK(RecordingSummary::partsPhrase(11, QStringLiteral("ru")) == QStringLiteral("11 частей"));
    CHECK(RecordingSummary::partsPhrase(21, QStringLiteral("ru")) == QStringLiteral("21 часть"));
    CHECK(RecordingSummary::partsPhrase(24, QStringLiteral("ru")) == QStringLiteral("24 части"));
    CHECK(RecordingSummary::partsPhrase(3, QStringLiteral("kk")) == QStringLiteral("3 бөлік"));
    CHECK(DateForms::duration(3'912'400, QStringLiteral("ru")) == QStringLiteral("1 ч 05 мин 12 с"));
    CHECK(DateForms::duration(302'000, QStringLiteral("ru")) == QStringLiteral("5 мин 02 с"));
    CHECK(DateForms::duration(2'600, QStringLiteral("ru")) == QStringLiteral("3 с"));
    CHECK(DateForms::duration(3'600'000, QStringLiteral("ru")) == QStringLiteral("1 ч"));
    CHECK(DateForms::duration(3'912'400, QStringLiteral("kk")) == QStringLiteral("1 сағат 5 минут 12 секунд"));
    CHECK(DateForms::duration(0, QStringLiteral("kk")) == QStringLiteral("0 секунд"));
}

TEST_CASE(
    "workflow: a cut-off recording marked as ended stops where its manifest ends, and the protocol counts its parts")
{
    test::WorkflowArchive archive;
    const QString id = archive.addHearing(QStringLiteral("2-300/2026"));
    HearingWorkflow workflow(*archive.db, id);
    REQUIRE(workflow.load());
    REQUIRE(workflow.onRecordingStarted(0));
    REQUIRE(workflow.onRecess(4'000));
    REQUIRE(workflow.onResumed(6'000));

    // What the recorder left before the power went: two closed segments in two parts.
    const QString dir = archive.hearingDir(id);
    REQUIRE(QDir().mkpath(dir));
    auto manifest = SegmentManifest::openOrCreate(dir, id);
    REQUIRE(manifest);
    for (const QString &segment : { HearingFolder::segmentPath(1, 1), HearingFolder::segmentPath(2, 2) }) {
        REQUIRE(QDir(dir).mkpath(QFileInfo(QDir(dir).filePath(segment)).path()));
        QFile file(QDir(dir).filePath(segment));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(1024, 'x'));
    }
    REQUIRE(manifest->appendSegment(HearingFolder::segmentPath(1, 1), 1, 0, 4'000));
    REQUIRE(manifest->appendSegment(HearingFolder::segmentPath(2, 2), 2, 6'000, 3'400));
    const auto summary = protocol::RecordingSummary::read(dir);
    CHECK(summary.parts == 2);
    CHECK(summary.segments == 2);
    CHECK(summary.durationMs == 7'400);
    CHECK(summary.endMs == 9'400);
    CHECK(summary.manifestHeadHash == QString::fromLatin1(manifest->lastEntryHex()));

    REQUIRE(workflow.markCutOff(dir));
    CHECK(archive.status(id) == QStringLiteral("ended"));
    CHECK(archive.entries(id).last() == QStringLiteral("recording_stopped@9400"));
    CHECK(archive.statusAudit(id).last().value(QLatin1String("trigger")).toString() == QStringLiteral("secretary"));

    auto record = HearingRepository(*archive.db).load(id);
    REQUIRE(record);
    const auto input = protocol::protocolInputFromHearing(*record, summary);
    protocol::ProtocolBuilder::Options options;
    auto document = protocol::ProtocolBuilder::build(input, options);
    REQUIRE(document);
    const QString text = document->textLines().join(QLatin1Char('\n'));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral(
        "В ходе судебного заседания велась аудио-, видеозапись: 2 части, общая продолжительность записи 7 с;")));
    CHECK(text.contains(QStringLiteral("контрольная сумма записи ") + summary.manifestHeadHash));
    CHECK(text.contains(QStringLiteral("[00:00:09] Аудио-, видеозапись судебного заседания остановлена (программа или "
                                       "компьютер прекратили работу).")));
}
