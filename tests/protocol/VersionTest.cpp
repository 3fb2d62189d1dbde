// Draft versions: files in the hearing folder, regeneration that keeps manual edits, diffs.
#include "ProtocolTestSupport.h"
#include "TestSupport.h"
#include "protocol/ProtocolBuilder.h"
#include "protocol/ProtocolDiff.h"
#include "protocol/ProtocolVersionStore.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace hattama::protocol;
using namespace hattama::test;

namespace {
ProtocolDocument build(const ProtocolInput &input)
{
    auto document = ProtocolBuilder::build(input, { QStringLiteral("ru"), ProtocolBuilder::Kind::Brief, QString() });
    REQUIRE(document.ok());
    return *document;
}
} // namespace

TEST_CASE("versions are numbered files in the hearing folder and read back whole")
{
    QTemporaryDir hearing;
    ProtocolVersionStore store(hearing.path());
    CHECK(store.numbers().isEmpty());
    REQUIRE(store.latest(QStringLiteral("ru")).ok());
    CHECK_FALSE(store.latest(QStringLiteral("ru"))->has_value());

    const ProtocolInput input = sampleInput();
    ProtocolVersion first;
    first.inputHash = input.snapshotHash();
    first.document = build(input);
    auto saved = store.save(first);
    REQUIRE(saved.ok());
    CHECK(saved->number == 1);
    CHECK(QFile::exists(hearing.filePath(QStringLiteral("protocol/v0001.json"))));

    ProtocolVersion edited = *saved;
    const QString key = blockKeyContaining(edited.document, QStringLiteral("Подсудимый вину признал частично."));
    REQUIRE_FALSE(key.isEmpty());
    REQUIRE(edited.document.setBlockText(
        key, QStringLiteral("Жұмабаев Ғ.Ү. (подсудимый): Вину признал частично, раскаялся.")));
    const QString manual
        = edited.document.insertBlockAfter(key, QStringLiteral("para"), QStringLiteral("Примечание судьи."));
    CHECK(manual == QStringLiteral("manual/1"));
    auto second = store.save(edited);
    REQUIRE(second.ok());
    CHECK(second->number == 2);
    CHECK(store.numbers() == QList<int> { 1, 2 });

    auto loaded = store.load(2);
    REQUIRE(loaded.ok());
    CHECK(loaded->inputHash == input.snapshotHash());
    CHECK(loaded->document.language == QStringLiteral("ru"));
    CHECK(loaded->document.kind == QStringLiteral("brief"));
    CHECK(loaded->editedBlockCount() == 2);
    CHECK(loaded->document.textLines() == edited.document.textLines());
    auto latest = store.latest(QStringLiteral("ru"));
    REQUIRE(latest.ok());
    REQUIRE(latest->has_value());
    CHECK((*latest)->number == 2);
    CHECK_FALSE(store.latest(QStringLiteral("kk"))->has_value());
    CHECK(store.latest(QStringLiteral("ru"), QStringLiteral("brief"))->has_value());
    CHECK_FALSE(store.latest(QStringLiteral("ru"), QStringLiteral("full"))->has_value());
    // The first version is untouched.
    auto one = store.load(1);
    REQUIRE(one.ok());
    CHECK(one->editedBlockCount() == 0);

    const QString diff = ProtocolDiff::unified(*one, *loaded);
    INFO(diff.toStdString());
    CHECK(diff.startsWith(QStringLiteral("--- v0001\n+++ v0002\n")));
    CHECK(diff.contains(
        QStringLiteral("\n- [00:15:05] Жұмабаев Ғ.Ү. (подсудимый): Подсудимый вину признал частично.\n")));
    CHECK(diff.contains(
        QStringLiteral("\n+ [00:15:05] Жұмабаев Ғ.Ү. (подсудимый): Вину признал частично, раскаялся.\n")));
    CHECK(diff.contains(QStringLiteral("\n+ Примечание судьи.\n")));
    CHECK(diff.count(QLatin1Char('\n')) < 16); // only the change and its context
    CHECK(ProtocolDiff::unified(*one, *one).isEmpty());

    // A damaged file is reported, not taken as empty.
    REQUIRE(writeFile(hearing.filePath(QStringLiteral("protocol/v0003.json")), QByteArrayLiteral("{ not json")));
    auto damaged = store.load(3);
    REQUIRE_FALSE(damaged.ok());
    CHECK(damaged.error().message.contains(QStringLiteral("v0003.json")));
    CHECK_FALSE(store.latest(QStringLiteral("ru")).ok());
}

TEST_CASE("regenerating after the timeline changed keeps every manual edit and flags conflicts")
{
    const ProtocolInput input = sampleInput();
    ProtocolVersion previous;
    previous.number = 4;
    previous.inputHash = input.snapshotHash();
    previous.document = build(input);
    const QString unchangedKey = blockKeyContaining(previous.document, QStringLiteral("Подсудимый вину признал частично."));
    const QString changedKey = blockKeyContaining(previous.document, QStringLiteral("Оглашено обвинительное заключение."));
    const QString removedKey = blockKeyContaining(previous.document, QStringLiteral("Защитник ходатайствовал"));
    REQUIRE_FALSE(unchangedKey.isEmpty());
    REQUIRE_FALSE(changedKey.isEmpty());
    REQUIRE_FALSE(removedKey.isEmpty());
    previous.document.setBlockText(unchangedKey, QStringLiteral("ПРАВКА 1"));
    previous.document.setBlockText(changedKey, QStringLiteral("ПРАВКА 2"));
    previous.document.setBlockText(removedKey, QStringLiteral("ПРАВКА 3"));
    previous.document.insertBlockAfter(removedKey, QStringLiteral("para"), QStringLiteral("ПРАВКА 4"));

    // Same data: edits carried over, no conflicts, no warnings.
    const RegenerationResult same = regenerate(previous, build(input), input.snapshotHash());
    CHECK_FALSE(same.dataChanged);
    CHECK(same.keptEdits == 4);
    CHECK(same.conflicts == 0);
    CHECK(same.warnings.isEmpty());
    CHECK(same.document.textLines() == previous.document.textLines());

    // The timeline changed: one entry's text edited in storage, one entry removed, one added.
    ProtocolInput changed = input;
    changed.entries[3].text = QStringLiteral("Оглашено обвинительное заключение в полном объёме.");
    changed.entries.removeAt(13); // the defender's motion
    ProtocolEntry added;
    added.id = QStringLiteral("99");
    added.hearingTimeMs = 8'000'000;
    added.text = QStringLiteral("Новая запись секретаря.");
    changed.entries.insert(13, added);
    const RegenerationResult result = regenerate(previous, build(changed), changed.snapshotHash());
    CHECK(result.dataChanged);
    CHECK(result.keptEdits == 4);
    CHECK(result.conflicts == 2);
    const QString text = result.document.textLines().join(QLatin1Char('\n'));
    INFO(text.toStdString());
    const auto order = positionsInOrder(text,
        { QStringLiteral("ПРАВКА 2"), QStringLiteral("ПРАВКА 1"), QStringLiteral("ПРАВКА 3"),
            QStringLiteral("ПРАВКА 4"), QStringLiteral("Новая запись секретаря.") });
    for (const qsizetype at : order)
        CHECK(at >= 0);
    const ProtocolDocument &merged = result.document;
    CHECK(merged.blocks.at(merged.indexOf(changedKey)).conflict);
    CHECK(merged.blocks.at(merged.indexOf(changedKey)).generatedText.contains(QStringLiteral("в полном объёме")));
    CHECK_FALSE(merged.blocks.at(merged.indexOf(unchangedKey)).conflict);
    CHECK(merged.blocks.at(merged.indexOf(removedKey)).conflict);
    CHECK_FALSE(merged.blocks.at(merged.indexOf(QStringLiteral("manual/1"))).conflict);
    CHECK(result.warnings.size() == 3);
    CHECK(result.warnings.first().contains(QStringLiteral("changed since version 4")));
}
