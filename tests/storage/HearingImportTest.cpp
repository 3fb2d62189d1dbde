// `hattama hearing import|list|show` as a real process, on SQLite and PostgreSQL.
#include "StorageFixture.h"
#include "TestSupport.h"

#include "hearing/HearingId.h"
#include "hearing/HearingJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <functional>

using namespace hattama;
using namespace hattama::test;

namespace {

QString samplePath()
{
    return sourceDir() + QStringLiteral("/docs/samples/hearing-sample.json");
}

QJsonObject sampleObject()
{
    QFile file(samplePath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString writeFile(const QString &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

ProcessResult hearing(const BackendUnderTest &backend, const QStringList &args, const QString &home)
{
    return runHattama(QStringList { QStringLiteral("--db"), backend.url, QStringLiteral("hearing") } + args,
        isolatedEnvironment(home));
}

QStringList listedIds(const ProcessResult &result)
{
    QStringList ids;
    for (const QString &line : result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        ids << line.section(QLatin1Char(' '), 0, 0);
    return ids;
}

} // namespace

TEST_CASE("hearing import of the sample is idempotent and export then import round-trips")
{
    QTemporaryDir dir;
    TestBackends backends(dir.path());
    for (const BackendUnderTest &backend : backends.fresh()) {
        INFO(backend.name.toStdString());
        auto first = hearing(backend, { QStringLiteral("import"), samplePath() }, dir.path());
        INFO(first.err.toStdString());
        REQUIRE(first.exitCode == 0);
        CHECK(first.out.contains(QLatin1String("7 timeline entries")));
        auto second = hearing(backend, { QStringLiteral("import"), samplePath() }, dir.path());
        REQUIRE(second.exitCode == 0);
        CHECK(second.out.contains(QLatin1String("already imported")));
        auto list = hearing(backend, { QStringLiteral("list") }, dir.path());
        REQUIRE(list.exitCode == 0);
        const QStringList ids = listedIds(list);
        REQUIRE(ids.size() == 1);
        const QString id = ids.first();
        CHECK(id.startsWith(QLatin1String("2026-11-23-2-1234-2026-")));
        CHECK(list.out.contains(QStringLiteral("2-1234/2026")));

        CHECK(listedIds(hearing(backend,
                  { QStringLiteral("list"), QStringLiteral("--date"), QStringLiteral("2026-11-23") }, dir.path()))
            == ids);
        CHECK(listedIds(
            hearing(backend, { QStringLiteral("list"), QStringLiteral("--date"), QStringLiteral("2026-11-24") },
                dir.path()))
                  .isEmpty());
        CHECK(listedIds(hearing(backend,
                  { QStringLiteral("list"), QStringLiteral("--case"), QStringLiteral("1234/2026") }, dir.path()))
            == ids);
        CHECK(listedIds(hearing(backend,
                  { QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("ӨТІНІШХАТТЫ") }, dir.path()))
            == ids);
        CHECK(listedIds(hearing(backend,
                  { QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("құдайбергенов") }, dir.path()))
            == ids);
        CHECK(listedIds(
            hearing(backend, { QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("приговор") },
                dir.path()))
                  .isEmpty());

        auto show = hearing(backend, { QStringLiteral("show"), id }, dir.path());
        REQUIRE(show.exitCode == 0);
        CHECK(show.out.contains(QStringLiteral("Құдайбергенов Ғалымжан Өмірзақұлы")));
        CHECK(show.out.contains(QStringLiteral("00:03:00.500")));

        auto exported = hearing(backend, { QStringLiteral("show"), id, QStringLiteral("--json") }, dir.path());
        REQUIRE(exported.exitCode == 0);
        const QJsonObject exportedObject = QJsonDocument::fromJson(exported.out.toUtf8()).object();
        REQUIRE_FALSE(exportedObject.isEmpty());
        CHECK(exportedObject.value(QLatin1String("hearing")).toObject().value(QLatin1String("id")).toString() == id);
        // Everything of the sample is in the export, field by field.
        const QJsonObject sample = sampleObject();
        for (const char *key : { "court", "courtroom", "case", "channels" })
            CHECK(exportedObject.value(QLatin1String(key)) == sample.value(QLatin1String(key)));
        const QJsonArray participants = exportedObject.value(QLatin1String("participants")).toArray();
        REQUIRE(participants.size() == 6);
        CHECK(participants.at(5).toObject().value(QLatin1String("present")).toBool() == false);
        CHECK(participants.at(3).toObject().value(QLatin1String("note"))
            == sample.value(QLatin1String("participants")).toArray().at(3).toObject().value(QLatin1String("note")));
        const QJsonArray timeline = exportedObject.value(QLatin1String("timeline")).toArray();
        const QJsonArray sampleTimeline = sample.value(QLatin1String("timeline")).toArray();
        REQUIRE(timeline.size() == sampleTimeline.size());
        for (qsizetype i = 0; i < timeline.size(); ++i) {
            INFO("timeline[" << i << "]");
            CHECK(timeline.at(i).toObject() == sampleTimeline.at(i).toObject());
        }

        // Import the export into an empty database: the same hearing, the same JSON.
        QTemporaryDir otherArchive;
        const QString exportedPath
            = writeFile(dir.path(), QStringLiteral("export-%1.json").arg(backend.name), exported.out.toUtf8());
        const QProcessEnvironment env = isolatedEnvironment(dir.path());
        auto reimport = runHattama({ QStringLiteral("--archive"), otherArchive.path(), QStringLiteral("hearing"),
                                       QStringLiteral("import"), exportedPath },
            env);
        INFO(reimport.err.toStdString());
        REQUIRE(reimport.exitCode == 0);
        CHECK(reimport.out.contains(id));
        auto again = runHattama({ QStringLiteral("--archive"), otherArchive.path(), QStringLiteral("hearing"),
                                    QStringLiteral("show"), id, QStringLiteral("--json") },
            env);
        REQUIRE(again.exitCode == 0);
        CHECK(QJsonDocument::fromJson(again.out.toUtf8()) == QJsonDocument::fromJson(exported.out.toUtf8()));
    }
}

TEST_CASE("hearing import errors name the JSON path and import nothing")
{
    struct BadCase {
        const char *name;
        std::function<void(QJsonObject &)> change;
        const char *expected; // in the error message
    };
    const auto set = [](QJsonObject &root, const QString &object, const QString &key, const QJsonValue &value) {
        QJsonObject inner = root.value(object).toObject();
        if (value.isUndefined())
            inner.remove(key);
        else
            inner.insert(key, value);
        root.insert(object, inner);
    };
    const auto setIn
        = [](QJsonObject &root, const QString &array, int index, const QString &key, const QJsonValue &value) {
              QJsonArray items = root.value(array).toArray();
              QJsonObject item = items.at(index).toObject();
              if (value.isUndefined())
                  item.remove(key);
              else
                  item.insert(key, value);
              items.replace(index, item);
              root.insert(array, items);
          };
    const QList<BadCase> cases {
        { "missing court", [](QJsonObject &root) { root.remove(QStringLiteral("court")); }, "court: is missing" },
        { "missing court name",
            [&](QJsonObject &root) {
                set(root, QStringLiteral("court"), QStringLiteral("name_ru"), QJsonValue::Undefined);
            },
            "court.name_ru: is missing" },
        { "missing case number",
            [&](QJsonObject &root) {
                set(root, QStringLiteral("case"), QStringLiteral("number"), QJsonValue::Undefined);
            },
            "case.number: is missing" },
        { "unknown category",
            [&](QJsonObject &root) {
                set(root, QStringLiteral("case"), QStringLiteral("category"), QStringLiteral("tax"));
            },
            "case.category: unknown category \"tax\"" },
        { "bad date",
            [&](QJsonObject &root) {
                set(root, QStringLiteral("hearing"), QStringLiteral("scheduled_start"), QStringLiteral("23.11.2026"));
            },
            "hearing.scheduled_start: \"23.11.2026\" is not an ISO 8601" },
        { "date without offset",
            [&](QJsonObject &root) {
                set(root, QStringLiteral("hearing"), QStringLiteral("scheduled_start"),
                    QStringLiteral("2026-11-23T10:00:00"));
            },
            "hearing.scheduled_start:" },
        { "bad language",
            [&](QJsonObject &root) {
                set(root, QStringLiteral("hearing"), QStringLiteral("language"), QStringLiteral("en"));
            },
            "hearing.language: must be \"ru\" or \"kk\"" },
        { "bad status",
            [&](QJsonObject &root) {
                set(root, QStringLiteral("hearing"), QStringLiteral("status"), QStringLiteral("paused"));
            },
            "hearing.status: unknown status" },
        { "closed session not boolean",
            [&](QJsonObject &root) {
                set(root, QStringLiteral("hearing"), QStringLiteral("closed_session"), QStringLiteral("no"));
            },
            "hearing.closed_session: must be true or false" },
        { "participants not an array", [](QJsonObject &root) { root.insert(QStringLiteral("participants"), 5); },
            "participants: must be an array" },
        { "unknown role",
            [&](QJsonObject &root) {
                setIn(root, QStringLiteral("participants"), 2, QStringLiteral("role"), QStringLiteral("judje"));
            },
            "participants[2].role: unknown role \"judje\"" },
        { "role not offered",
            [&](QJsonObject &root) {
                setIn(root, QStringLiteral("participants"), 2, QStringLiteral("role"), QStringLiteral("defendant"));
            },
            "participants[2].role: role \"defendant\" is not offered in a civil case" },
        { "missing name",
            [&](QJsonObject &root) {
                setIn(root, QStringLiteral("participants"), 4, QStringLiteral("full_name"), QJsonValue::Undefined);
            },
            "participants[4].full_name: is missing" },
        { "name not a string",
            [&](QJsonObject &root) { setIn(root, QStringLiteral("participants"), 1, QStringLiteral("full_name"), 42); },
            "participants[1].full_name: must be a string, not a number" },
        { "duplicate key",
            [&](QJsonObject &root) {
                setIn(root, QStringLiteral("participants"), 1, QStringLiteral("key"), QStringLiteral("judge"));
            },
            "participants[1].key: \"judge\" is used by another participant" },
        { "unknown channel participant",
            [](QJsonObject &root) {
                QJsonObject channels = root.value(QLatin1String("channels")).toObject();
                QJsonArray audio = channels.value(QLatin1String("audio")).toArray();
                audio.replace(1,
                    QJsonObject { { QStringLiteral("channel"), 2 },
                        { QStringLiteral("participant"), QStringLiteral("nobody") } });
                channels.insert(QStringLiteral("audio"), audio);
                root.insert(QStringLiteral("channels"), channels);
            },
            "channels.audio[1].participant: no participant has the key \"nobody\"" },
        { "camera without view",
            [](QJsonObject &root) {
                QJsonObject channels = root.value(QLatin1String("channels")).toObject();
                channels.insert(
                    QStringLiteral("cameras"), QJsonArray { QJsonObject { { QStringLiteral("camera"), 1 } } });
                root.insert(QStringLiteral("channels"), channels);
            },
            "channels.cameras[0].view: is missing" },
        { "unknown entry kind",
            [&](QJsonObject &root) {
                setIn(root, QStringLiteral("timeline"), 1, QStringLiteral("kind"), QStringLiteral("remark"));
            },
            "timeline[1].kind: unknown entry kind \"remark\"" },
        { "negative time",
            [&](QJsonObject &root) { setIn(root, QStringLiteral("timeline"), 3, QStringLiteral("time_ms"), -5); },
            "timeline[3].time_ms: must be at least 0" },
        { "fractional time",
            [&](QJsonObject &root) { setIn(root, QStringLiteral("timeline"), 3, QStringLiteral("time_ms"), 1.5); },
            "timeline[3].time_ms: must be a whole number" },
        { "unknown speaker",
            [&](QJsonObject &root) {
                setIn(root, QStringLiteral("timeline"), 6, QStringLiteral("speaker"), QStringLiteral("p99"));
            },
            "timeline[6].speaker: no participant has the key \"p99\"" },
        { "entry not an object",
            [](QJsonObject &root) {
                QJsonArray timeline = root.value(QLatin1String("timeline")).toArray();
                timeline.append(QStringLiteral("text"));
                root.insert(QStringLiteral("timeline"), timeline);
            },
            "timeline[7]: must be an object, not a string" },
        { "newer format version", [](QJsonObject &root) { root.insert(QStringLiteral("version"), 2); },
            "version: is newer" },
        { "unusable hearing id",
            [&](QJsonObject &root) {
                set(root, QStringLiteral("hearing"), QStringLiteral("id"), QStringLiteral("../etc"));
            },
            "hearing id \"../etc\" is not usable as a folder name" },
    };

    QTemporaryDir dir;
    TestBackends backends(dir.path());
    for (const BackendUnderTest &backend : backends.fresh()) {
        INFO(backend.name.toStdString());
        for (const BadCase &bad : cases) {
            INFO(bad.name);
            QJsonObject root = sampleObject();
            bad.change(root);
            const QString path = writeFile(dir.path(), QStringLiteral("bad.json"), QJsonDocument(root).toJson());
            const auto result = hearing(backend, { QStringLiteral("import"), path }, dir.path());
            INFO(result.err.toStdString());
            CHECK(result.exitCode == 2);
            CHECK(result.err.contains(QString::fromUtf8(bad.expected)));
        }
        const QString broken
            = writeFile(dir.path(), QStringLiteral("broken.json"), "{\n  \"court\": {\n    \"name_ru\": \"Суд\",,\n");
        auto result = hearing(backend, { QStringLiteral("import"), broken }, dir.path());
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QLatin1String("not valid JSON at line 3")));
        result
            = hearing(backend, { QStringLiteral("import"), dir.path() + QStringLiteral("/missing.json") }, dir.path());
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QLatin1String("cannot read")));

        // Nothing of any failed import is in the database.
        auto db = openOrFail(backend.location);
        for (const char *table : { "courts", "cases", "hearings", "participants", "timeline_entries", "audit_log" }) {
            auto rows = db->exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
            REQUIRE(rows.ok());
            REQUIRE(rows->next());
            INFO(table);
            CHECK(rows->value(0).toInt() == 0);
        }
    }
}

TEST_CASE("hearing command usage errors exit 2")
{
    QTemporaryDir dir;
    const auto env = isolatedEnvironment(dir.path());
    const QString archive = dir.path() + QStringLiteral("/archive");
    const auto run = [&](const QStringList &args) {
        return runHattama(QStringList { QStringLiteral("--archive"), archive, QStringLiteral("hearing") } + args, env);
    };
    auto result = run({});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QLatin1String("Usage: hattama hearing")));
    CHECK(run({ QStringLiteral("delete") }).exitCode == 2);
    CHECK(run({ QStringLiteral("show") }).exitCode == 2);
    CHECK(run({ QStringLiteral("list"), QStringLiteral("--date"), QStringLiteral("23.11.2026") }).exitCode == 2);
    result = run({ QStringLiteral("show"), QStringLiteral("no-such-hearing") });
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QLatin1String("no hearing with id \"no-such-hearing\"")));
    result = run({ QStringLiteral("list") });
    CHECK(result.exitCode == 0);
    CHECK(result.out.isEmpty());
    CHECK(QFile::exists(archive + QStringLiteral("/hattama.sqlite")));
}

namespace {

QByteArray sampleText()
{
    QFile file(samplePath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The sample with one piece of its text replaced (the change must apply).
QByteArray sampleWith(const QByteArray &from, const QByteArray &to)
{
    QByteArray text = sampleText();
    REQUIRE(text.contains(from));
    return text.replace(text.indexOf(from), from.size(), to);
}

} // namespace

TEST_CASE("hearing import refuses numbers out of range, bad ids, bad characters, repeated keys and oversized text")
{
    struct RawCase {
        const char *name;
        QByteArray text;
        const char *expected;
    };
    const QByteArray longName = QByteArray("\"") + QByteArray(HearingJson::kMaxStringLength + 1, 'a') + '"';
    const QList<RawCase> cases {
        { "channel one past the largest int (was stored as -2147483648)",
            sampleWith("\"channel\": 1,", "\"channel\": 2147483648,"),
            "channels.audio[0].channel: must be at most 2147483647" },
        { "channel that wraps to 1 when narrowed", sampleWith("\"channel\": 2,", "\"channel\": 4294967297,"),
            "channels.audio[1].channel: must be at most 2147483647" },
        { "camera as a huge double", sampleWith("\"camera\": 2,", "\"camera\": 1e300,"),
            "channels.cameras[1].camera: must be at most 2147483647" },
        { "time beyond what JSON keeps exactly", sampleWith("\"time_ms\": 0,", "\"time_ms\": 9007199254740992,"),
            "timeline[0].time_ms: must be at most 9007199254740991" },
        { "id with a final newline", sampleWith("\"hearing\": {", "\"hearing\": { \"id\": \"abc\\n\","),
            "hearing.id: hearing id \"abc\n\" is not usable as a folder name" },
        { "escaped NUL in a name", sampleWith("Ким Ольга", "Ким\\u0000Ольга"),
            "participants[3].full_name: holds the character U+0000" },
        { "lone high surrogate", sampleWith("\"Трибуна\"", "\"Три\\ud800буна\""),
            "channels.audio[3].label: holds the character U+D800" },
        { "lone low surrogate", sampleWith("\"view\": \"Зал\"", "\"view\": \"\\udc00\""),
            "channels.cameras[1].view: holds the character U+DC00" },
        { "repeated key in an array item", sampleWith("\"channel\": 3,", "\"channel\": 3, \"channel\": 7,"),
            "channels.audio[2].channel: is given twice in the same object" },
        { "repeated top-level object", sampleWith("\"courtroom\":", "\"court\": {}, \"courtroom\":"),
            "court: is given twice in the same object" },
        { "repeated key written with an escape", sampleWith("\"city\":", "\"c\\u0069ty\": \"x\", \"city\":"),
            "court.city: is given twice in the same object" },
        { "string over the length limit", sampleWith("\"Сидоров Иван Петрович\"", longName),
            "participants[5].full_name: is longer than 1048576 characters" },
    };

    QTemporaryDir dir;
    TestBackends backends(dir.path());
    const BackendUnderTest backend = backends.fresh().constFirst();
    for (const RawCase &bad : cases) {
        INFO(bad.name);
        const QString path = writeFile(dir.path(), QStringLiteral("bad.json"), bad.text);
        const auto result = hearing(backend, { QStringLiteral("import"), path }, dir.path());
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QString::fromUtf8(bad.expected)));
    }

    // Not a regular file: refused before reading (/dev/zero used to grow memory forever, a
    // pipe with no writer used to block); a file over the size limit is not read either.
    const QString fifo = dir.filePath(QStringLiteral("pipe.json"));
    REQUIRE(QProcess::execute(QStringLiteral("mkfifo"), { fifo }) == 0);
    const QString sparse = dir.filePath(QStringLiteral("huge.json"));
    {
        QFile file(sparse);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(HearingJson::kMaxFileBytes + 1)); // sparse: takes no disk space
    }
    const QList<std::pair<QString, QString>> files {
        { QStringLiteral("/dev/zero"), QStringLiteral("/dev/zero is not a regular file") },
        { fifo, fifo + QStringLiteral(" is not a regular file") },
        { dir.path(), dir.path() + QStringLiteral(" is not a regular file") },
        { sparse, sparse + QStringLiteral(" is larger than 33554432 bytes") },
    };
    for (const auto &[path, expected] : files) {
        INFO(path.toStdString());
        const auto result = runHattama(
            { QStringLiteral("--db"), backend.url, QStringLiteral("hearing"), QStringLiteral("import"), path },
            isolatedEnvironment(dir.path()), 20'000);
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(expected));
    }

    auto db = openOrFail(backend.location);
    for (const char *table : { "courts", "cases", "hearings", "participants", "timeline_entries" }) {
        auto rows = db->exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        REQUIRE(rows.ok());
        REQUIRE(rows->next());
        INFO(table);
        CHECK(rows->value(0).toInt() == 0);
    }
}

TEST_CASE("hearing JSON keeps the largest numbers it accepts exactly, and pairs of surrogates")
{
    QByteArray text = sampleWith("\"channel\": 1,", "\"channel\": 2147483647,");
    text.replace("\"time_ms\": 0,", "\"time_ms\": 9007199254740991,");
    text.replace("\"Трибуна\"", "\"Трибуна \\ud83c\\udfa4\""); // a microphone emoji, as a pair
    const auto record = HearingJson::parse(text);
    INFO((record ? std::string() : record.error().text().toStdString()));
    REQUIRE(record.ok());
    CHECK(record->audioChannels.at(0).channel == 2147483647);
    CHECK(record->entries.at(0).hearingTimeMs == 9007199254740991);
    CHECK(record->audioChannels.at(3).label == QStringLiteral("Трибуна 🎤"));
    // Export → import gives the same record.
    const QByteArray written = HearingJson::write(*record);
    const auto again = HearingJson::parse(written);
    REQUIRE(again.ok());
    CHECK(again->audioChannels.at(0).channel == 2147483647);
    CHECK(again->entries.at(0).hearingTimeMs == 9007199254740991);
    CHECK(HearingJson::write(*again) == written);
    // The id rule is anchored at both ends.
    CHECK(HearingId::isValid(QStringLiteral("abc")));
    CHECK_FALSE(HearingId::isValid(QStringLiteral("abc\n")));
    CHECK_FALSE(HearingId::isValid(QStringLiteral("\nabc")));
    CHECK_FALSE(HearingId::isValid(QStringLiteral("-abc")));
    CHECK_FALSE(HearingId::isValid(QString(81, QLatin1Char('a'))));
    CHECK(HearingId::isValid(QString(80, QLatin1Char('a'))));
}
