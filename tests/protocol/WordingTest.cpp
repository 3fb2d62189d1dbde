// The language check: for each kind of proceeding × ru/kk × brief/full, a protocol rendered
// from a hearing that uses every event of the catalogue is read as a court's language editor
// would, against the procedural codes (docs/protocol.md, GLOSSARY.md).
#include "ProtocolTestSupport.h"
#include "TestSupport.h"
#include "hearing/EventCatalogue.h"
#include "hearing/HearingModel.h"
#include "hearing/Role.h"
#include "protocol/HearingToProtocol.h"
#include "protocol/LegalTerms.h"
#include "protocol/ProtocolBuilder.h"
#include "protocol/TextLanguage.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QTimeZone>

using hattama::CaseCategory;
using hattama::EntryKind;
using namespace hattama::protocol;
using namespace hattama::test;

namespace {

const QString kJudge = QStringLiteral("Әбілқасымова Жанар Серікқызы");
const QString kSecretary = QStringLiteral("Нұрланова Айгерім Қайратқызы");
const QString kWitness = QStringLiteral("Оспанов Қайрат Әлібекұлы");
const QString kExpert = QStringLiteral("Төлеген Мағжан Бекұлы");
const QString kMarkerText = QStringLiteral("хатшының жеке белгісі");

struct Person {
    QString name;
    QString role;
};

QList<Person> people(const QString &category)
{
    QList<Person> list { { kJudge, QStringLiteral("judge") }, { kSecretary, QStringLiteral("secretary") } };
    if (category == QLatin1String("criminal"))
        list << Person { QStringLiteral("Сейітқали Дәурен Маратұлы"), QStringLiteral("prosecutor") }
             << Person { QStringLiteral("Жұмабаев Ғалым Үсенұлы"), QStringLiteral("defendant") }
             << Person { QStringLiteral("Кәрімова Әсел Бақытқызы"), QStringLiteral("defender") };
    else
        list << Person { QStringLiteral("Сейітқали Ерлан Бақытұлы"), QStringLiteral("plaintiff") }
             << Person { QStringLiteral("Құдайбергенов Ғалымжан Өмірзақұлы"), QStringLiteral("respondent") }
             << Person { QStringLiteral("Сейітқали Дәурен Маратұлы"), QStringLiteral("prosecutor") };
    list << Person { kWitness, QStringLiteral("witness") } << Person { kExpert, QStringLiteral("expert") };
    return list;
}

// A recorded hearing of category with every catalogue event offered for it (in catalogue
// order), the notes of the parties and witness, a question and its answer, and a private marker.
// Free texts are Kazakh, so a Kazakh protocol's fixed text can be told from them.
ProtocolInput everyEventHearing(const QString &category)
{
    const auto catalogue = hattama::EventCatalogue::shipped();
    REQUIRE(catalogue);
    ProtocolInput input;
    input.hearingId = QStringLiteral("H-2026-0100");
    input.courtNameRu = QStringLiteral("Сарыаркинский районный суд города Астаны");
    input.courtNameKk = QStringLiteral("Астана қаласы Сарыарқа аудандық соты");
    input.cityRu = QStringLiteral("Астана");
    input.cityKk = QStringLiteral("Астана");
    input.courtroom = QStringLiteral("Зал судебных заседаний № 3");
    input.caseNumber = QStringLiteral("2-1234/2026");
    input.category = category;
    input.subject = QStringLiteral("қарызды өндіріп алу туралы");
    input.judge = kJudge;
    input.secretary = kSecretary;
    input.actualStart = QDateTime(QDate(2026, 11, 23), QTime(10, 15), QTimeZone(5 * 3600));
    input.actualEnd = input.actualStart.addSecs(2 * 3600);
    input.hasRecording = true;
    input.manifestHeadHash = QStringLiteral("9f2c1e7d4b0a5f3e8c6d2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f10");
    input.recordingParts = 1;
    input.recordedDurationMs = 7'200'000;
    const QList<Person> persons = people(category);
    for (const Person &person : persons)
        input.participants << ProtocolParticipant { person.name, person.role, true, QString() };
    input.participants << ProtocolParticipant { QStringLiteral("Иманғали Сәуле Асқарқызы"), QStringLiteral("witness"),
        false, QStringLiteral("хабарланған") };

    const auto kind = hattama::categoryFromId(category).value();
    qint64 t = 0;
    int id = 0;
    const auto add = [&](EntryKind entryKind, const QString &event, const QString &text, const Person &who) {
        ProtocolEntry entry;
        entry.id = QString::number(++id);
        entry.hearingTimeMs = t;
        entry.wallTime = input.actualStart.addMSecs(t);
        entry.kind = entryKind;
        entry.event = event;
        entry.text = text;
        entry.speakerName = who.name;
        entry.speakerRole = who.role;
        input.entries << entry;
        t += 30'000;
    };
    const Person judge = persons.at(0);
    const Person party = persons.at(2);
    const Person witness { kWitness, QStringLiteral("witness") };
    for (const hattama::EventTemplate &event : catalogue->events()) {
        if (!event.offeredFor(kind))
            continue;
        const bool aboutWitness = event.id == QLatin1String("testimony");
        add(event.kind, event.id, event.text(QStringLiteral("ru"), kind), aboutWitness ? witness : judge);
        if (aboutWitness) {
            add(EntryKind::Note, {}, QStringLiteral("Куә оқиға туралы өзіне белгілі мән-жайларды айтып берді."),
                witness);
            add(EntryKind::Note, {}, QStringLiteral("Шарт қашан жасалды?"), party);
            add(EntryKind::Note, {}, QStringLiteral("Шарт наурыз айында жасалды."), witness);
        }
        if (event.id == QLatin1String("merits_started"))
            add(EntryKind::SpeakerChange, {}, QStringLiteral("Тарап өз талаптарын толық көлемде қолдады."), party);
    }
    ProtocolEntry marker;
    marker.id = QStringLiteral("m1");
    marker.hearingTimeMs = 45'000;
    marker.kind = EntryKind::Marker;
    marker.event = QStringLiteral("marker");
    marker.text = kMarkerText;
    input.entries.insert(2, marker);
    return input;
}

QString textOf(const ProtocolDocument &document)
{
    return document.textLines().join(QLatin1Char('\n'));
}

// The fixed text: the protocol with the hearing's own data taken out.
QString fixedText(const ProtocolDocument &document, const ProtocolInput &input)
{
    QString text = textOf(document);
    QStringList data { input.hearingId, input.manifestHeadHash, input.caseNumber, input.courtNameKk, input.subject };
    for (const ProtocolParticipant &participant : input.participants)
        data << participant.name << participant.note;
    for (const ProtocolEntry &entry : input.entries)
        if (entry.kind == EntryKind::Note || entry.kind == EntryKind::SpeakerChange)
            data << entry.text;
    for (const QString &value : data)
        if (!value.isEmpty())
            text.remove(value);
    return text;
}

ProtocolDocument build(const ProtocolInput &input, const QString &lang, ProtocolBuilder::Kind kind)
{
    auto document = ProtocolBuilder::build(input, { lang, kind, QString() });
    INFO((document.ok() ? std::string() : document.error().text().toStdString()));
    REQUIRE(document.ok());
    return *document;
}

// The lines under a heading, up to the next heading.
QStringList under(const ProtocolDocument &document, const QString &heading)
{
    QStringList lines;
    bool inside = false;
    for (const ProtocolBlock &block : document.blocks) {
        if (block.style == QLatin1String("heading")) {
            inside = block.text == heading;
            continue;
        }
        if (inside)
            lines << block.text;
    }
    return lines;
}

const QStringList kCategories { QStringLiteral("criminal"), QStringLiteral("civil"), QStringLiteral("administrative") };
const QStringList kLanguages { QStringLiteral("ru"), QStringLiteral("kk") };

} // namespace

TEST_CASE("wording: every kind of proceeding, language and protocol kind reads as the law words it")
{
    for (const QString &category : kCategories) {
        const ProtocolInput input = everyEventHearing(category);
        const bool criminal = category == QLatin1String("criminal");
        for (const QString &lang : kLanguages) {
            const bool kk = lang == QLatin1String("kk");
            for (const auto kind : { ProtocolBuilder::Kind::Brief, ProtocolBuilder::Kind::Full }) {
                const ProtocolDocument document = build(input, lang, kind);
                const QString text = textOf(document);
                INFO(category.toStdString()
                    << " " << lang.toStdString() << " " << ProtocolBuilder::kindId(kind).toStdString() << "\n"
                    << text.toStdString());

                // 2: rulings, the prosecutor and who takes part, by kind of proceeding.
                if (criminal) {
                    CHECK_FALSE(text.contains(kk ? QStringLiteral("ұйғарым") : QStringLiteral("определени")));
                    CHECK(text.contains(kk ? QStringLiteral("қаулы шығарды") : QStringLiteral("вынес постановление")));
                    CHECK(text.contains(
                        kk ? QStringLiteral("мемлекеттік айыптаушы") : QStringLiteral("государственный обвинитель")));
                    CHECK_FALSE(text.contains(
                        kk ? QStringLiteral("Іске қатысатын адамдар") : QStringLiteral("лица, участвующие в деле"),
                        Qt::CaseInsensitive));
                } else {
                    CHECK_FALSE(text.contains(kk ? QStringLiteral("қаулы") : QStringLiteral("постановлени")));
                    CHECK(text.contains(kk ? QStringLiteral("ұйғарым шығарды") : QStringLiteral("вынес определение")));
                    CHECK_FALSE(text.contains(kk ? QStringLiteral("айыптаушы") : QStringLiteral("обвинитель")));
                    CHECK(text.contains(kk ? QStringLiteral("Сейітқали Дәурен Маратұлы — прокурор")
                                           : QStringLiteral("Сейітқали Дәурен Маратұлы — прокурор")));
                    CHECK_FALSE(
                        text.contains(kk ? QStringLiteral("процеске қатысушы") : QStringLiteral("участник процесса"),
                            Qt::CaseInsensitive));
                    CHECK_FALSE(
                        text.contains(kk ? QStringLiteral("процеске қатысушы") : QStringLiteral("участникам процесса"),
                            Qt::CaseInsensitive));
                }

                // 3: attendance by role; the court's composition once, not among the participants.
                const QString came = kk ? QStringLiteral("Сот отырысына келгендер") : QStringLiteral("Явились");
                const QStringList present = under(document, came);
                REQUIRE(!present.isEmpty());
                CHECK(present.filter(kJudge).isEmpty());
                CHECK(present.filter(kSecretary).isEmpty());
                CHECK(present.filter(kWitness).size() == 1);
                CHECK(under(document, kk ? QStringLiteral("Келмегендер") : QStringLiteral("Не явились")).size() == 1);
                // Outside the course of the session: the composition and the signature only.
                int judgeNamed = 0;
                int secretaryNamed = 0;
                for (const ProtocolBlock &block : document.blocks) {
                    if (block.hasTimeCode())
                        continue;
                    judgeNamed += block.text.count(kJudge);
                    secretaryNamed += block.text.count(kSecretary);
                }
                CHECK(judgeNamed == 2);
                CHECK(secretaryNamed == 2);
                CHECK_FALSE(text.contains(kk ? QStringLiteral("\nІске қатысатын адамдар\n")
                                             : QStringLiteral("\nЛица, участвующие в деле\n")));

                // 4: standard events are sentences, never bare nouns.
                for (const QString &bare :
                    { QStringLiteral("Допрос."), QStringLiteral("Судебные прения."), QStringLiteral("Жауап алу."),
                        QStringLiteral("Сот жарыссөздері."), QStringLiteral("Последнее слово подсудимого."),
                        QStringLiteral("Сотталушының соңғы сөзі."), QStringLiteral("Начало закрытой части") })
                    CHECK_FALSE(text.contains(bare));
                CHECK(
                    text.contains(kk ? QStringLiteral("Жауап алу басталды: ") + kWitness + QStringLiteral(" (куә).")
                                     : QStringLiteral("Начат допрос: ") + kWitness + QStringLiteral(" (свидетель).")));
                CHECK(text.contains(kk ? QStringLiteral("Сот жарыссөздерге көшті.")
                                       : QStringLiteral("Суд перешёл к судебным прениям.")));

                // 6: a room is a number, in the protocol's language.
                CHECK(text.contains(
                    kk ? QStringLiteral("№ 3 сот отырыстары залы") : QStringLiteral("зал судебных заседаний № 3")));
                CHECK_FALSE(text.contains(QStringLiteral("Зал судебных заседаний")));

                // 7: the article that governs the protocol of this kind of proceeding.
                const QString basis = LegalTerms::legalBasis(category, lang);
                CHECK(text.contains(basis));
                if (criminal)
                    CHECK(basis.contains(QStringLiteral("347")));
                else
                    CHECK(basis.contains(QStringLiteral("282")));
                if (category == QLatin1String("administrative"))
                    CHECK(basis.contains(kk ? QStringLiteral("1-бабының") : QStringLiteral("статьи 1")));

                // 8 (kk): past tense for what happened, no software words.
                for (const QString &word : { QStringLiteral("тіркеледі"), QStringLiteral("қоса беріледі"),
                         QStringLiteral("манифест"), QStringLiteral("хеш"), QStringLiteral("хэш") })
                    CHECK_FALSE(text.contains(word, Qt::CaseInsensitive));

                // 10 (ru): the start sentence, procedural rights, one spelling of «оглашён».
                if (!kk) {
                    CHECK(text.contains(
                        QStringLiteral("Судебное заседание начато в 10 ч 15 мин, окончено в 12 ч 15 мин.")));
                    CHECK_FALSE(text.contains(QStringLiteral("начало в")));
                    CHECK(text.contains(QStringLiteral("процессуальные права и обязанности")));
                    CHECK_FALSE(text.contains(QStringLiteral("Оглашен ")));
                }

                // issue 11 item 8: the secretary's markers never reach the protocol.
                CHECK_FALSE(text.contains(kMarkerText));
                CHECK_FALSE(text.contains(QStringLiteral("Отметка")));
                CHECK_FALSE(text.contains(QStringLiteral("Белгі")));

                // The Kazakh protocol's own words are Kazakh: no Latin, no Russian.
                if (kk) {
                    const QString fixed = fixedText(document, input);
                    const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
                    CHECK_FALSE(latin.match(fixed).hasMatch());
                    INFO(latin.match(fixed).captured().toStdString());
                    for (const QString &russian : { QStringLiteral("судебн"), QStringLiteral("заседан"),
                             QStringLiteral("протокол"), QStringLiteral("участ"), QStringLiteral("дело"),
                             QStringLiteral("определ"), QStringLiteral("постанов"), QStringLiteral("явил"),
                             QStringLiteral("г. "), QStringLiteral("зал "), QStringLiteral("ё"), QStringLiteral("ъ") })
                        CHECK_FALSE(fixed.contains(russian, Qt::CaseInsensitive));
                    CHECK(text.contains(QStringLiteral("Астана қ., 2026 жылғы 23 қараша")));
                }
            }
        }
    }
}

TEST_CASE("wording 1: a brief protocol needs a recording: without one the law's protocol is the full one")
{
    ProtocolInput input = everyEventHearing(QStringLiteral("civil"));
    CHECK(ProtocolBuilder::lawfulKind(input) == ProtocolBuilder::Kind::Brief);
    input.hasRecording = false;
    CHECK(ProtocolBuilder::lawfulKind(input) == ProtocolBuilder::Kind::Full);
    for (const QString &lang : kLanguages) {
        auto brief = ProtocolBuilder::build(input, { lang, ProtocolBuilder::Kind::Brief, QString() });
        REQUIRE_FALSE(brief.ok());
        CHECK(brief.error().kind == hattama::ErrorCode::ProtocolBriefNeedsRecording);
        CHECK(brief.error().code == hattama::ExitCode::Usage);
        const QString full = textOf(build(input, lang, ProtocolBuilder::Kind::Full));
        CHECK(full.startsWith(lang == QLatin1String("kk") ? QStringLiteral("СОТ ОТЫРЫСЫНЫҢ ХАТТАМАСЫ")
                                                          : QStringLiteral("ПРОТОКОЛ СУДЕБНОГО ЗАСЕДАНИЯ")));
        // No right to see a recording that does not exist.
        CHECK_FALSE(
            full.contains(lang == QLatin1String("kk") ? QStringLiteral("бейнежазбасымен танысу")
                                                      : QStringLiteral("видеозаписью судебного заседания и подать")));
    }
}

TEST_CASE("wording 2: role names follow the kind of proceeding in the interface and the protocol alike")
{
    using hattama::Role;
    CHECK(hattama::roleName(Role::Prosecutor, QStringLiteral("ru"), CaseCategory::Criminal)
        == QStringLiteral("Государственный обвинитель"));
    CHECK(hattama::roleName(Role::Prosecutor, QStringLiteral("kk"), CaseCategory::Criminal)
        == QStringLiteral("Мемлекеттік айыптаушы"));
    CHECK(hattama::roleName(Role::Prosecutor, QStringLiteral("ru"), CaseCategory::Civil) == QStringLiteral("Прокурор"));
    CHECK(hattama::roleName(Role::Plaintiff, QStringLiteral("ru"), CaseCategory::Criminal)
        == QStringLiteral("Гражданский истец"));
    for (const Role role : hattama::allRoles()) {
        for (const CaseCategory kind : { CaseCategory::Criminal, CaseCategory::Civil, CaseCategory::Administrative }) {
            for (const QString &lang : kLanguages) {
                QString ui = hattama::roleName(role, lang, kind);
                ui[0] = ui.at(0).toLower();
                CHECK(LegalTerms::roleName(hattama::roleId(role), lang, hattama::categoryId(kind)) == ui);
            }
        }
    }
}

TEST_CASE("wording 5: one catalogue words the events for the keys, the timeline and the protocol")
{
    const auto catalogue = hattama::EventCatalogue::shipped();
    REQUIRE(catalogue);
    const hattama::EventTemplate *ruling = catalogue->find(QStringLiteral("ruling_in_court"));
    REQUIRE(ruling);
    CHECK(ruling->text(QStringLiteral("ru"), CaseCategory::Criminal).endsWith(QStringLiteral("вынес постановление")));
    CHECK(ruling->text(QStringLiteral("ru"), CaseCategory::Civil).endsWith(QStringLiteral("вынес определение")));
    CHECK(ruling->text(QStringLiteral("kk"), CaseCategory::Criminal).endsWith(QStringLiteral("қаулы шығарды")));
    CHECK(ruling->text(QStringLiteral("kk"), CaseCategory::Administrative).endsWith(QStringLiteral("ұйғарым шығарды")));
    // Every sentence the protocol prints has a verb in the past (or a participle): no bare nouns.
    const QRegularExpression ruVerb(
        QStringLiteral("[а-яё]+(ен|ён|ан|ян|ено|ена|ана|ано|ены|аны|ат|ата|ато|аты|ит|ита|ито|ыт|ыта|ил|ел|ал|ял|ес|ла|"
                       "ло|ли|лся|шёл|ется|ится|ает|ует|ась)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpression kkVerb(
        QStringLiteral("[а-яәғқңөұүһі]+(ды|ді|ты|ті|да|де)\\b"), QRegularExpression::UseUnicodePropertiesOption);
    for (const hattama::EventTemplate &event : catalogue->events()) {
        if (event.kind == EntryKind::Marker || event.kind == EntryKind::OffRecordStart
            || event.kind == EntryKind::OffRecordEnd)
            continue; // never printed
        for (const CaseCategory kind : { CaseCategory::Criminal, CaseCategory::Civil, CaseCategory::Administrative }) {
            if (!event.offeredFor(kind))
                continue;
            INFO(event.id.toStdString());
            CHECK(ruVerb.match(event.text(QStringLiteral("ru"), kind).toLower()).hasMatch());
            CHECK(kkVerb.match(event.text(QStringLiteral("kk"), kind).toLower()).hasMatch());
        }
    }
}

TEST_CASE("wording 6: the kazakh protocol names the city in Kazakh")
{
    hattama::HearingRecord record;
    record.hearing.id = QStringLiteral("H-1");
    record.hearing.court.nameRu = QStringLiteral("Районный суд № 2 Казыбекбийского района города Караганды");
    record.hearing.court.nameKk = QStringLiteral("Қарағанды қаласы Қазыбек би ауданының № 2 аудандық соты");
    record.hearing.court.city = QStringLiteral("Караганда");
    record.hearing.courtroom = QStringLiteral("Зал судебных заседаний № 12");
    record.hearing.caseInfo.number = QStringLiteral("2-5/2026");
    record.hearing.caseInfo.category = CaseCategory::Civil;
    record.hearing.scheduledStart = QDateTime(QDate(2026, 11, 23), QTime(5, 0), QTimeZone::utc());
    const ProtocolInput input = protocolInputFromHearing(record, RecordingSummary {});
    CHECK(input.cityKk == QStringLiteral("Қарағанды"));
    CHECK(input.cityRu == QStringLiteral("Караганда"));
    const QString kk = textOf(build(input, QStringLiteral("kk"), ProtocolBuilder::Kind::Full));
    CHECK(kk.contains(QStringLiteral("Қарағанды қ., 2026 жылғы 23 қараша")));
    CHECK(kk.contains(QStringLiteral("№ 12 сот отырыстары залы")));
    const QString ru = textOf(build(input, QStringLiteral("ru"), ProtocolBuilder::Kind::Full));
    CHECK(ru.contains(QStringLiteral("г. Караганда, 23 ноября 2026 года")));
    CHECK(ru.contains(QStringLiteral("зал судебных заседаний № 12.")));
    CHECK(LegalTerms::courtroomNumber(QStringLiteral("№3а")) == QStringLiteral("3а"));
    CHECK(LegalTerms::courtroomNumber(QStringLiteral("304")) == QStringLiteral("304"));
    CHECK(LegalTerms::courtroomPhrase(QStringLiteral("Большой зал"), QStringLiteral("ru"))
        == QStringLiteral("зал судебных заседаний: Большой зал"));
}

TEST_CASE("wording 11: entries typed in the other language than the protocol's are found")
{
    CHECK(TextLanguage::guess(QStringLiteral("Представитель истца поддержала требования в полном объёме."))
        == QStringLiteral("ru"));
    CHECK(TextLanguage::guess(QStringLiteral("Жауапкердің өкілі Құдайбергенов Ғ. Ө. өтінішхатты қолдады."))
        == QStringLiteral("kk"));
    CHECK(TextLanguage::guess(QStringLiteral("Представитель Құдайбергенов Ғ. Ө. не возражал и поддержал ходатайство."))
        == QStringLiteral("ru"));
    CHECK(TextLanguage::guess(QStringLiteral("Ок.")).isEmpty());
    ProtocolInput input = everyEventHearing(QStringLiteral("civil")); // notes in Kazakh
    CHECK(ProtocolBuilder::entriesInOtherLanguage(input, QStringLiteral("kk")).isEmpty());
    const QStringList inRu = ProtocolBuilder::entriesInOtherLanguage(input, QStringLiteral("ru"));
    CHECK(inRu.size() >= 2);
    ProtocolEntry russian;
    russian.id = QStringLiteral("r1");
    russian.hearingTimeMs = 3'723'000;
    russian.kind = EntryKind::Note;
    russian.text = QStringLiteral("Свидетель пояснил, что не видел, как был заключён договор.");
    input.entries << russian;
    CHECK(ProtocolBuilder::entriesInOtherLanguage(input, QStringLiteral("kk"))
        == QStringList { QStringLiteral("01:02:03") });
}

TEST_CASE("issue 11 item 12: the full protocol has the sections its code requires, filled from the notes per speaker")
{
    for (const QString &category : kCategories) {
        const ProtocolInput input = everyEventHearing(category);
        for (const QString &lang : kLanguages) {
            const bool kk = lang == QLatin1String("kk");
            const ProtocolDocument full = build(input, lang, ProtocolBuilder::Kind::Full);
            const ProtocolDocument brief = build(input, lang, ProtocolBuilder::Kind::Brief);
            INFO(category.toStdString() << " " << lang.toStdString() << "\n" << textOf(full).toStdString());
            for (const QString &id : LegalTerms::sectionIds(category)) {
                const QString title = LegalTerms::sectionTitle(id, lang, category);
                INFO(id.toStdString());
                // The heading, then one paragraph («—» when empty) with a stable key of its
                // own: the section is edited as text like any block, and the edit survives.
                QStringList keys;
                for (const ProtocolBlock &block : full.blocks)
                    if (block.key.startsWith(QStringLiteral("s:") + id + QLatin1Char('/')))
                        keys << block.key;
                REQUIRE(keys.size() == 2);
                const int heading = full.indexOf(keys.first());
                CHECK(full.blocks.at(heading).text == title);
                CHECK(full.blocks.at(heading).style == QStringLiteral("heading"));
                CHECK(!full.blocks.at(heading + 1).text.trimmed().isEmpty());
                ProtocolDocument edited = full;
                CHECK(edited.setBlockText(keys.last(), QStringLiteral("Правка секретаря.")));
                CHECK(edited.blocks.at(heading + 1).edited());
                CHECK(under(brief, title).isEmpty());
            }
            const auto section = [&](const char *id) {
                for (const ProtocolBlock &block : full.blocks)
                    if (block.key == QStringLiteral("s:%1/2").arg(QLatin1String(id)))
                        return block.text;
                return QString();
            };
            const QString testimony = section("testimony");
            CHECK(
                testimony.startsWith(kWitness + (kk ? QStringLiteral(" (куә): ") : QStringLiteral(" (свидетель): "))));
            CHECK(testimony.contains(QStringLiteral("мән-жайларды айтып берді.")));
            const QString questions = section("questions");
            CHECK(questions.contains(QStringLiteral("Шарт қашан жасалды?")));
            CHECK(questions.contains(QStringLiteral("Шарт наурыз айында жасалды.")));
            CHECK(questions.contains(kk ? QStringLiteral("— жауап:") : QStringLiteral("— ответ:")));
            const QString rulings = section("rulings");
            CHECK(rulings.contains(category == QLatin1String("criminal")
                    ? (kk ? QStringLiteral("қаулы шығарды") : QStringLiteral("вынес постановление"))
                    : (kk ? QStringLiteral("ұйғарым шығарды") : QStringLiteral("вынес определение"))));
            const QString motions = section("motions");
            CHECK(
                motions.contains(kk ? QStringLiteral("Өтінішхат мәлімделді") : QStringLiteral("Заявлено ходатайство")));
            // An empty section shows «—».
            const QString recorded = section("recorded_facts");
            CHECK(recorded == QStringLiteral("—"));
            // A note a section holds is not repeated in the course of the session.
            CHECK(textOf(full).count(QStringLiteral("Шарт наурыз айында жасалды.")) == 1);
            CHECK(textOf(brief).count(QStringLiteral("Шарт наурыз айында жасалды.")) == 1);
        }
    }
}

namespace {
struct Translation {
    QString context;
    QString source;
    QString text; // numerus forms joined with " | "
};

QList<Translation> translations(const QString &lang)
{
    QList<Translation> list;
    const QString xml
        = QString::fromUtf8(readFile(sourceDir() + QStringLiteral("/translations/hattama_%1.ts").arg(lang)));
    static const QRegularExpression context(
        QStringLiteral("<context>(.*?)</context>"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression name(QStringLiteral("<name>(.*?)</name>"));
    static const QRegularExpression message(
        QStringLiteral("<message[^>]*>(.*?)</message>"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression source(
        QStringLiteral("<source>(.*?)</source>"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression translation(
        QStringLiteral("<translation[^>]*>(.*?)</translation>"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("\\s*<[^>]+>\\s*"));
    for (auto contexts = context.globalMatch(xml); contexts.hasNext();) {
        const QString block = contexts.next().captured(1);
        const QString contextName = name.match(block).captured(1);
        for (auto messages = message.globalMatch(block); messages.hasNext();) {
            const QString item = messages.next().captured(1);
            QString text = translation.match(item).captured(1);
            text.replace(tags, QStringLiteral(" | "));
            list << Translation { contextName, source.match(item).captured(1), text };
        }
    }
    REQUIRE(list.size() > 100);
    return list;
}
} // namespace

TEST_CASE("wording 9: the kazakh interface keeps «жазба» for entries and notes, one term each for the rest")
{
    // «жазба» alone is an entry or a note; the recording is «аудио-, бейнежазба» (and the act
    // of recording «жазу»), so deleting an entry never reads as deleting the recording.
    const QRegularExpression entryWord(QStringLiteral("(?<!бейне)жазба"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression aboutEntries(QStringLiteral("entr|note|row"), QRegularExpression::CaseInsensitiveOption);
    for (const Translation &item : translations(QStringLiteral("kk"))) {
        INFO(item.context.toStdString() << ": " << item.source.toStdString() << " => " << item.text.toStdString());
        if (entryWord.match(item.text).hasMatch())
            CHECK(aboutEntries.match(item.source).hasMatch());
        CHECK_FALSE(item.text.contains(QStringLiteral("хэш"), Qt::CaseInsensitive)); // «хеш»
        CHECK_FALSE(item.text.contains(QStringLiteral("трек"), Qt::CaseInsensitive)); // «жолақ»
        CHECK_FALSE(item.text.contains(QStringLiteral("хронолог"), Qt::CaseInsensitive)); // «уақыт шкаласы»
        if (item.source.contains(QStringLiteral("crash"), Qt::CaseInsensitive))
            CHECK(item.text.contains(QStringLiteral("іркіліс"), Qt::CaseInsensitive)); // a crash; «ақау» is a problem
        if (item.source == QLatin1String("Redo"))
            CHECK(item.text == QStringLiteral("Қайтару")); // as Qt's own dialogs say
        if (item.context == QLatin1String("HearingNames") || item.context == QLatin1String("ErrorTerm")) {
            // Status words in one form, the participle: «аяқталған», «берілген».
            CHECK_FALSE(item.text.endsWith(QStringLiteral("ды")));
            CHECK_FALSE(item.text.endsWith(QStringLiteral("ді")));
        }
    }
}

TEST_CASE("wording 10: the russian interface's wording")
{
    for (const Translation &item : translations(QStringLiteral("ru"))) {
        INFO(item.context.toStdString() << ": " << item.source.toStdString() << " => " << item.text.toStdString());
        CHECK_FALSE(item.text.contains(QStringLiteral("Делать нечего")));
        CHECK_FALSE(item.text.contains(QStringLiteral("Говорит")));
        CHECK_FALSE(item.text.contains(QStringLiteral("Оглашен ")));
        CHECK_FALSE(item.text.contains(QStringLiteral("начало в ")));
    }
}

TEST_CASE("issue 11 item 10: the protocol prints the court's time (UTC+5), not the computer's UTC")
{
    hattama::HearingRecord record;
    record.hearing.court = { 0, QStringLiteral("Районный суд № 2 города Астаны"),
        QStringLiteral("Астана қаласының № 2 аудандық соты"), QStringLiteral("Астана") };
    record.hearing.caseInfo.category = CaseCategory::Civil;
    // The courtroom PC runs on UTC: 01:11 there is 06:11 in the court.
    record.hearing.scheduledStart = QDateTime(QDate(2026, 11, 30), QTime(1, 11), QTimeZone::utc());
    record.hearing.actualStart = QDateTime(QDate(2026, 11, 30), QTime(1, 15), QTimeZone::utc());
    record.hearing.actualEnd = QDateTime(QDate(2026, 11, 30), QTime(2, 40), QTimeZone::utc());
    const ProtocolInput input = protocolInputFromHearing(record, hattama::protocol::RecordingSummary {});
    CHECK(input.actualStart.offsetFromUtc() == 5 * 3600);
    const QString ru = textOf(build(input, QStringLiteral("ru"), ProtocolBuilder::Kind::Full));
    INFO(ru.toStdString());
    CHECK(ru.contains(QStringLiteral("начато в 6 ч 15 мин, окончено в 7 ч 40 мин")));
    CHECK_FALSE(ru.contains(QStringLiteral("в 1 ч 15 мин")));
}
