// Building the brief and the full protocol from a hearing snapshot.
#include "ProtocolTestSupport.h"
#include "TestSupport.h"
#include "protocol/ProtocolBuilder.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using hattama::EntryKind;
using namespace hattama::protocol;
using namespace hattama::test;

namespace {
ProtocolDocument build(
    const ProtocolInput &input, const QString &lang, ProtocolBuilder::Kind kind = ProtocolBuilder::Kind::Brief)
{
    auto document = ProtocolBuilder::build(input, { lang, kind, QString() });
    INFO((document.ok() ? std::string() : document.error().text().toStdString()));
    REQUIRE(document.ok());
    return *document;
}

const ProtocolBlock *blockWith(const ProtocolDocument &document, const QString &text)
{
    for (const ProtocolBlock &block : document.blocks)
        if (block.text.contains(text))
            return &block;
    return nullptr;
}
} // namespace

TEST_CASE("the russian brief protocol holds the mandatory items in order")
{
    const ProtocolDocument document = build(sampleInput(), QStringLiteral("ru"));
    const QString text = document.textLines().join(QLatin1Char('\n'));
    const QStringList expected {
        QStringLiteral("КРАТКИЙ ПРОТОКОЛ СУДЕБНОГО ЗАСЕДАНИЯ"),
        QStringLiteral("по уголовному делу № 1-123/2026"),
        QStringLiteral("г. Астана, 23 ноября 2026 года"),
        QStringLiteral("Специализированный межрайонный суд по уголовным делам города Астаны"),
        QStringLiteral("Судебное заседание начато в 10 ч 15 мин, окончено в 12 ч 40 мин."),
        QStringLiteral("председательствующий судья Нурланов Е.С. (единолично)"),
        QStringLiteral("Секретарь судебного заседания: Әбдірахманова Ө.Қ."),
        QStringLiteral("Судебное заседание открытое"),
        QStringLiteral("фиксировался средствами аудио-, видеозаписи"),
        QStringLiteral("H-2026-0042"),
        QStringLiteral("9f2c1e7d4b0a5f3e8c6d2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f10"),
        QStringLiteral("Явились"),
        QStringLiteral("Сейткали Д.М. — государственный обвинитель"),
        QStringLiteral("Жұмабаев Ғ.Ү. — подсудимый"),
        QStringLiteral("Не явились"),
        QStringLiteral("Иванова Н.П. — потерпевший"),
        QStringLiteral("Ход судебного заседания"),
        QStringLiteral("[00:00:00] Нурланов Е.С. (судья): Судебное заседание объявлено открытым."),
        QStringLiteral("[00:01:05] Участникам процесса разъяснены их процессуальные права и обязанности."),
        QStringLiteral("[00:30:00] Объявлен перерыв (до 11 ч 00 мин)."),
        QStringLiteral("[00:45:00] Судебное заседание продолжено после перерыва."),
        QStringLiteral("[00:46:00] Начата закрытая часть судебного заседания"),
        QStringLiteral("[00:46:40] [закрытая часть] Оспанов Қ.Ә. (свидетель): Допрошен свидетель"),
        QStringLiteral("[00:55:00] Закрытая часть судебного заседания окончена."),
        QStringLiteral("[01:25:00] Ким А.В. (защитник): Заявлено ходатайство. Защитник ходатайствовал"),
        QStringLiteral("Судебное заседание окончено в 12 ч 40 мин."),
        QStringLiteral("Председательствующий судья ______________ Нурланов Е.С."),
        QStringLiteral("Секретарь судебного заседания ______________ Әбдірахманова Ө.Қ."),
    };
    const auto positions = positionsInOrder(text, expected);
    INFO(text.toStdString());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        INFO(expected.at(i).toStdString());
        CHECK(positions.at(i) >= 0);
    }
}

TEST_CASE("the kazakh brief protocol holds the mandatory items in order")
{
    const ProtocolDocument document = build(sampleInput(), QStringLiteral("kk"));
    const QString text = document.textLines().join(QLatin1Char('\n'));
    const QStringList expected {
        QStringLiteral("СОТ ОТЫРЫСЫНЫҢ ҚЫСҚАША ХАТТАМАСЫ"),
        QStringLiteral("№ 1-123/2026 қылмыстық іс бойынша"),
        QStringLiteral("Астана қ., 2026 жылғы 23 қараша"),
        QStringLiteral("Астана қаласының қылмыстық істер жөніндегі мамандандырылған ауданаралық соты"),
        QStringLiteral("Сот отырысы сағат 10:15-те басталды, сағат 12:40-та аяқталды."),
        QStringLiteral("төрағалық етуші судья Нурланов Е.С. (жеке-дара)"),
        QStringLiteral("Сот отырысының хатшысы: Әбдірахманова Ө.Қ."),
        QStringLiteral("Ашық сот отырысы."),
        QStringLiteral("аудио-, бейнежазба құралдарымен жазып алынды"),
        QStringLiteral("Сот отырысына келгендер"),
        QStringLiteral("Сейткали Д.М. — мемлекеттік айыптаушы"),
        QStringLiteral("Жұмабаев Ғ.Ү. — сотталушы"),
        QStringLiteral("Келмегендер"),
        QStringLiteral("Иванова Н.П. — жәбірленуші"),
        QStringLiteral("Сот отырысының барысы"),
        QStringLiteral("[00:00:00] Нурланов Е.С. (судья): Сот отырысы ашық деп жарияланды."),
        QStringLiteral("[00:30:00] Үзіліс жарияланды"),
        QStringLiteral("[00:45:00] Сот отырысы үзілістен кейін жалғастырылды."),
        QStringLiteral("[00:46:40] [жабық бөлік] Оспанов Қ.Ә. (куә)"),
        QStringLiteral("[01:25:00] Ким А.В. (қорғаушы): Өтінішхат мәлімделді."),
        QStringLiteral("Сот отырысы сағат 12:40-та аяқталды."),
        QStringLiteral("Төрағалық етуші судья ______________ Нурланов Е.С."),
        QStringLiteral("Сот отырысының хатшысы ______________ Әбдірахманова Ө.Қ."),
    };
    const auto positions = positionsInOrder(text, expected);
    INFO(text.toStdString());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        INFO(expected.at(i).toStdString());
        CHECK(positions.at(i) >= 0);
    }
}

TEST_CASE("off-record passages leave no trace while recesses and sealed passages are shown")
{
    const ProtocolInput input = sampleInput();
    REQUIRE(QJsonDocument(input.toJson()).toJson().contains("SECRET-OFF-RECORD"));
    for (const QString &lang : { QStringLiteral("ru"), QStringLiteral("kk") }) {
        for (const auto kind : { ProtocolBuilder::Kind::Brief, ProtocolBuilder::Kind::Full }) {
            const ProtocolDocument document = build(input, lang, kind);
            const QString text = document.textLines().join(QLatin1Char('\n'));
            CHECK_FALSE(text.contains(QStringLiteral("SECRET-OFF-RECORD")));
            // Nothing points into the off-record span (25:00–26:00).
            for (const ProtocolBlock &block : document.blocks)
                CHECK_FALSE((block.timeMs >= 1'500'000 && block.timeMs <= 1'560'000));
            int recess = 0;
            int sealed = 0;
            for (const ProtocolBlock &block : document.blocks) {
                recess += block.style == QStringLiteral("recess") ? 1 : 0;
                sealed += block.style == QStringLiteral("sealed") ? 1 : 0;
            }
            CHECK(recess == 2);
            CHECK(sealed == 3);
        }
    }
    // An off-record passage never closed hides everything after it.
    ProtocolInput open = input;
    ProtocolEntry start;
    start.hearingTimeMs = 6'000'000;
    start.kind = EntryKind::OffRecordStart;
    open.entries.insert(open.entries.size() - 1, start);
    const ProtocolDocument cut = build(open, QStringLiteral("ru"));
    CHECK(blockWith(cut, QStringLiteral("Заявлено ходатайство")) != nullptr);
    CHECK(blockWith(cut, QStringLiteral("Судебное заседание окончено.")) == nullptr);
}

TEST_CASE("an empty timeline still gives a complete protocol")
{
    ProtocolInput input = sampleInput();
    input.entries.clear();
    input.participants.clear();
    input.hasRecording = false;
    input.actualEnd = QDateTime();
    input.sections.clear();
    // Not recorded: the full protocol, its sections all «—».
    const ProtocolDocument ru = build(input, QStringLiteral("ru"), ProtocolBuilder::Kind::Full);
    CHECK(blockWith(ru, QStringLiteral("Записи о ходе судебного заседания отсутствуют.")) != nullptr);
    CHECK(blockWith(ru, QStringLiteral("—")) != nullptr);
    CHECK(blockWith(ru, QStringLiteral("Аудио-, видеозапись судебного заседания не велась")) != nullptr);
    CHECK(blockWith(ru, QStringLiteral("окончено в")) == nullptr);
    for (const ProtocolBlock &block : ru.blocks)
        CHECK(block.timeMs == -1);
    const ProtocolDocument kk = build(input, QStringLiteral("kk"), ProtocolBuilder::Kind::Full);
    CHECK(blockWith(kk, QStringLiteral("Сот отырысының барысы туралы жазбалар жоқ.")) != nullptr);
    CHECK(kk.blocks.last().style == QStringLiteral("signature"));
}

TEST_CASE("the full protocol adds the legal basis and the free-text sections of art. 347")
{
    const ProtocolDocument brief = build(sampleInput(), QStringLiteral("ru"));
    const ProtocolDocument full = build(sampleInput(), QStringLiteral("ru"), ProtocolBuilder::Kind::Full);
    CHECK(full.blocks.first().text == QStringLiteral("ПРОТОКОЛ СУДЕБНОГО ЗАСЕДАНИЯ"));
    CHECK(full.kind == QStringLiteral("full"));
    CHECK(blockWith(full, QStringLiteral("статья 347 Уголовно-процессуального кодекса")) != nullptr);
    CHECK(blockWith(brief, QStringLiteral("статья 347 Уголовно-процессуального кодекса")) != nullptr);
    CHECK(blockWith(brief, QStringLiteral("Содержание показаний")) == nullptr);
    const QString text = full.textLines().join(QLatin1Char('\n'));
    const auto positions = positionsInOrder(text,
        { QStringLiteral("Сведения о личности подсудимого и мере пресечения"),
            QStringLiteral("мера пресечения — подписка о невыезде"), QStringLiteral("Ход судебного заседания"),
            QStringLiteral("Основное содержание судебных прений"),
            QStringLiteral("просил назначить наказание в виде штрафа.\nЗащитник") });
    for (const qsizetype at : positions)
        CHECK(at >= 0);
    const ProtocolDocument fullKk = build(sampleInput(), QStringLiteral("kk"), ProtocolBuilder::Kind::Full);
    CHECK(fullKk.blocks.first().text == QStringLiteral("СОТ ОТЫРЫСЫНЫҢ ХАТТАМАСЫ"));
    CHECK(blockWith(fullKk, QStringLiteral("Сот жарыссөздерінің негізгі мазмұны")) != nullptr);
    CHECK(blockWith(fullKk, QStringLiteral("Қылмыстық-процестік кодексінің 347-бабы")) != nullptr);
}

TEST_CASE("hearing json with bad values is refused with a usage error")
{
    QJsonObject json = sampleInput().toJson();
    json.insert(QStringLiteral("category"), QStringLiteral("tax"));
    auto badCategory = ProtocolInput::fromJson(json);
    REQUIRE_FALSE(badCategory.ok());
    CHECK(badCategory.error().code == hattama::ExitCode::Usage);
    json = sampleInput().toJson();
    json.insert(QStringLiteral("times"), QJsonObject { { QStringLiteral("actualStart"), QStringLiteral("вчера") } });
    auto badTime = ProtocolInput::fromJson(json);
    REQUIRE_FALSE(badTime.ok());
    CHECK(badTime.error().message.contains(QStringLiteral("actualStart")));
    // The JSON shape round-trips and the snapshot hash follows the content.
    auto again = ProtocolInput::fromJson(sampleInput().toJson());
    REQUIRE(again.ok());
    CHECK(again->snapshotHash() == sampleInput().snapshotHash());
    ProtocolInput changed = sampleInput();
    changed.entries[3].text += QStringLiteral("!");
    CHECK(changed.snapshotHash() != sampleInput().snapshotHash());
    // Wall times keep the court's offset.
    CHECK(sampleInput().actualStart.offsetFromUtc() == 5 * 3600);
    CHECK(sampleInput().actualStart.time() == QTime(10, 15));
}

TEST_CASE("a procedural event without a standard wording shows its own text once")
{
    ProtocolInput input = sampleInput();
    ProtocolEntry entry;
    entry.id = QStringLiteral("x1");
    entry.hearingTimeMs = 7'000'000;
    entry.kind = EntryKind::ProceduralEvent;
    entry.event = QStringLiteral("no_such_event");
    entry.text = QStringLiteral("Оглашено заключение эксперта.");
    input.entries.insert(input.entries.size() - 1, entry);
    const ProtocolDocument document = build(input, QStringLiteral("ru"));
    const ProtocolBlock *block = blockWith(document, QStringLiteral("Оглашено заключение эксперта"));
    REQUIRE(block != nullptr);
    CHECK(block->text == QStringLiteral("Оглашено заключение эксперта."));
    CHECK(block->timeMs == 7'000'000);
    CHECK(block->key == QStringLiteral("e:x1/1"));
}

TEST_CASE("a recess entry that only restates the standard line is not repeated in brackets")
{
    ProtocolInput input = sampleInput();
    for (ProtocolEntry &entry : input.entries) {
        if (entry.kind == EntryKind::RecessStart)
            entry.text = QStringLiteral("Объявлен перерыв.");
        if (entry.kind == EntryKind::RecessEnd)
            entry.text = QStringLiteral("  судебное заседание продолжено после перерыва ");
    }
    const QString ru = build(input, QStringLiteral("ru")).textLines().join(QLatin1Char('\n'));
    CHECK(ru.contains(QStringLiteral("[00:30:00] Объявлен перерыв.")));
    CHECK_FALSE(ru.contains(QStringLiteral("Объявлен перерыв (")));
    CHECK(ru.contains(QStringLiteral("[00:45:00] Судебное заседание продолжено после перерыва.")));
    CHECK_FALSE(ru.contains(QStringLiteral("перерыва (")));
    // The same text in a Kazakh hearing's entry ("Үзіліс жарияланды.") is not repeated either.
    for (ProtocolEntry &entry : input.entries)
        if (entry.kind == EntryKind::RecessStart)
            entry.text = QStringLiteral("Үзіліс жарияланды.");
    const QString kk = build(input, QStringLiteral("kk")).textLines().join(QLatin1Char('\n'));
    CHECK(kk.contains(QStringLiteral("Үзіліс жарияланды.")));
    CHECK_FALSE(kk.contains(QStringLiteral("Үзіліс жарияланды (")));
}
