// The event catalogue (resources/templates/events.json): complete ru/kk wording, unique ids and
// keys, the court's override file, and the protocol wording an event entry by its id.
#include "ProtocolTestSupport.h"
#include "TestSupport.h"

#include "hearing/EventCatalogue.h"
#include "protocol/ProtocolBuilder.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QSet>
#include <QTemporaryDir>

using namespace hattama;
using namespace hattama::protocol;
using namespace hattama::test;

namespace {
EventCatalogue shipped()
{
    auto catalogue = EventCatalogue::shipped();
    INFO((catalogue ? std::string() : catalogue.error().text().toStdString()));
    REQUIRE(catalogue);
    return *catalogue;
}

QString protocolText(const ProtocolInput &input, const QString &lang, const QString &archiveDir = {})
{
    auto document = ProtocolBuilder::build(input, { lang, ProtocolBuilder::Kind::Brief, archiveDir });
    INFO((document ? std::string() : document.error().text().toStdString()));
    REQUIRE(document);
    return document->textLines().join(QLatin1Char('\n'));
}

ProtocolEntry eventEntry(const QString &eventId, const QString &text, qint64 timeMs)
{
    ProtocolEntry entry;
    entry.id = eventId;
    entry.hearingTimeMs = timeMs;
    entry.kind = EntryKind::ProceduralEvent;
    entry.event = eventId;
    entry.text = text;
    return entry;
}
} // namespace

TEST_CASE("the shipped catalogue words every event in russian and kazakh with unique ids and keys")
{
    const EventCatalogue catalogue = shipped();
    REQUIRE(catalogue.events().size() >= 20);
    QSet<QString> ids;
    for (const EventTemplate &event : catalogue.events()) {
        INFO(event.id.toStdString());
        CHECK_FALSE(ids.contains(event.id));
        ids.insert(event.id);
        CHECK_FALSE(event.ru.text.isEmpty());
        CHECK_FALSE(event.kk.text.isEmpty());
        CHECK(event.ru.text != event.kk.text);
        CHECK_FALSE(event.categories.isEmpty());
    }
    for (const CaseCategory category : { CaseCategory::Criminal, CaseCategory::Civil, CaseCategory::Administrative }) {
        INFO(categoryId(category).toStdString());
        QSet<QString> keys;
        for (const EventTemplate &event : catalogue.forCategory(category)) {
            const QString key = event.key(category);
            if (key.isEmpty())
                continue;
            CHECK_FALSE(keys.contains(key));
            keys.insert(key);
        }
        // The keys the secretary knows: F1…F12 and Shift+F11 (resume after a recess).
        for (int f = 1; f <= 12; ++f)
            CHECK(keys.contains(QStringLiteral("F%1").arg(f)));
        CHECK(keys.contains(QStringLiteral("Shift+F11")));
        const QList<EventTemplate> offered = catalogue.forCategory(category);
        REQUIRE_FALSE(offered.isEmpty());
        CHECK(offered.first().key(category) == QStringLiteral("F1"));
    }
    const EventTemplate *recess = catalogue.find(QStringLiteral("recess_started"));
    REQUIRE(recess);
    CHECK(recess->kind == EntryKind::RecessStart);
    CHECK(recess->key(CaseCategory::Civil) == QStringLiteral("F11"));
    CHECK(catalogue.wording(QStringLiteral("session_opened"), QStringLiteral("kk"), hattama::CaseCategory::Civil)
        == QStringLiteral("Сот отырысы ашық деп жарияланды"));
    CHECK(catalogue.wording(QStringLiteral("no_such_event"), QStringLiteral("ru"), hattama::CaseCategory::Civil)
              .isEmpty());
    CHECK(catalogue.find(QStringLiteral("last_word"))->offeredFor(CaseCategory::Criminal));
    CHECK_FALSE(catalogue.find(QStringLiteral("last_word"))->offeredFor(CaseCategory::Civil));
}

TEST_CASE("a catalogue with an id or a key twice, or without kazakh wording, is refused")
{
    const QByteArray twice = R"({"format": "hattama-event-catalogue", "events": [
        {"id": "a", "categories": ["civil"], "ru": {"text": "А"}, "kk": {"text": "Ә"}},
        {"id": "a", "categories": ["civil"], "ru": {"text": "Б"}, "kk": {"text": "Ғ"}}]})";
    auto result = EventCatalogue::parse(twice);
    REQUIRE_FALSE(result);
    CHECK(result.error().message.contains(QStringLiteral("\"a\" twice")));

    const QByteArray sameKey = R"({"format": "hattama-event-catalogue", "events": [
        {"id": "a", "categories": ["civil"], "keys": {"civil": "F1"}, "ru": {"text": "А"}, "kk": {"text": "Ә"}},
        {"id": "b", "categories": ["civil"], "keys": {"civil": "F1"}, "ru": {"text": "Б"}, "kk": {"text": "Ғ"}}]})";
    result = EventCatalogue::parse(sameKey);
    REQUIRE_FALSE(result);
    CHECK(result.error().message.contains(QStringLiteral("F1 twice")));

    const QByteArray noKazakh = R"({"format": "hattama-event-catalogue", "events": [
        {"id": "a", "categories": ["civil"], "ru": {"text": "А"}}]})";
    result = EventCatalogue::parse(noKazakh);
    REQUIRE_FALSE(result);
    CHECK(result.error().message.contains(QStringLiteral("kk.text")));
}

TEST_CASE("the court's events.json in the archive overrides and adds events by id")
{
    QTemporaryDir archive;
    REQUIRE(archive.isValid());
    REQUIRE(QDir(archive.path()).mkpath(QStringLiteral("templates")));
    REQUIRE(writeFile(archive.filePath(QStringLiteral("templates/events.json")), R"({
        "format": "hattama-event-catalogue", "version": 2, "events": [
        {"id": "motion_filed", "categories": ["criminal", "civil", "administrative"],
         "ru": {"text": "Заявлено письменное ходатайство"}, "kk": {"text": "Жазбаша өтінішхат мәлімделді"}},
        {"id": "mediation_offered", "categories": ["civil"], "keys": {"civil": "F5"},
         "ru": {"text": "Сторонам предложена медиация"}, "kk": {"text": "Тараптарға медиация ұсынылды"}}]})"));
    QString origin;
    auto catalogue = EventCatalogue::load(archive.path(), &origin);
    REQUIRE(catalogue);
    CHECK(origin == archive.filePath(QStringLiteral("templates/events.json")));
    CHECK(catalogue->wording(QStringLiteral("motion_filed"), QStringLiteral("ru"), hattama::CaseCategory::Civil)
        == QStringLiteral("Заявлено письменное ходатайство"));
    // The new event takes F5 in civil cases from the event that had it.
    const EventTemplate *mediation = catalogue->find(QStringLiteral("mediation_offered"));
    REQUIRE(mediation);
    CHECK(mediation->key(CaseCategory::Civil) == QStringLiteral("F5"));
    CHECK(catalogue->find(QStringLiteral("ruling_in_court"))->key(CaseCategory::Civil).isEmpty());
    CHECK(catalogue->find(QStringLiteral("ruling_in_court"))->key(CaseCategory::Criminal) == QStringLiteral("F5"));

    // The protocol built with that archive words the event the court's way.
    ProtocolInput input = sampleInput();
    input.entries.insert(1, eventEntry(QStringLiteral("motion_filed"), QString(), 60'000));
    CHECK(protocolText(input, QStringLiteral("ru"), archive.path())
              .contains(QStringLiteral("Заявлено письменное ходатайство.")));
    CHECK(protocolText(input, QStringLiteral("ru")).contains(QStringLiteral("Заявлено ходатайство.")));

    // A broken override is an error that names the file.
    REQUIRE(writeFile(archive.filePath(QStringLiteral("templates/events.json")), "{ not json"));
    auto broken = EventCatalogue::load(archive.path());
    REQUIRE_FALSE(broken);
    CHECK(broken.error().message.contains(QStringLiteral("events.json")));
}

TEST_CASE("an event entry is worded by its id in the protocol language, its standard text not repeated")
{
    ProtocolInput input = sampleInput();
    input.entries.insert(
        1, eventEntry(QStringLiteral("challenge_explained"), QStringLiteral("Разъяснено право заявить отвод"), 61'000));
    input.entries.insert(
        2, eventEntry(QStringLiteral("motion_filed"), QStringLiteral("Защитник просит отложить дело."), 62'000));
    const QString ru = protocolText(input, QStringLiteral("ru"));
    CHECK(ru.contains(QStringLiteral("Разъяснено право заявить отвод.")));
    CHECK_FALSE(ru.contains(QStringLiteral("Разъяснено право заявить отвод. Разъяснено")));
    CHECK(ru.contains(QStringLiteral("Заявлено ходатайство. Защитник просит отложить дело.")));
    // The same entries in a Kazakh protocol: the Kazakh wording, the Russian standard text not added.
    const QString kk = protocolText(input, QStringLiteral("kk"));
    CHECK(kk.contains(QStringLiteral("Қарсылық білдіру құқығы түсіндірілді.")));
    CHECK_FALSE(kk.contains(QStringLiteral("Разъяснено право заявить отвод")));
}
