// The template language: blocks, values, sections, time codes, errors, and archive overrides.
#include "ProtocolTestSupport.h"
#include "TestSupport.h"
#include "protocol/ProtocolBuilder.h"
#include "protocol/ProtocolTemplate.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace hattama::protocol;
using namespace hattama::test;

namespace {
QList<ProtocolBlock> renderText(const QString &source, const QVariantMap &context)
{
    auto tmpl = ProtocolTemplate::parse(source, QStringLiteral("test"));
    INFO((tmpl.ok() ? std::string() : tmpl.error().text().toStdString()));
    REQUIRE(tmpl.ok());
    return tmpl->render(context);
}
} // namespace

TEST_CASE("template lines starting with @ make styled blocks and continuation lines join them")
{
    const auto blocks
        = renderText(QStringLiteral("@title Протокол {{n}}\n@para first line\n  second line\n\nloose text\n"),
            { { QStringLiteral("n"), QStringLiteral("№ 7") } });
    REQUIRE(blocks.size() == 3);
    CHECK(blocks[0].style == QStringLiteral("title"));
    CHECK(blocks[0].text == QStringLiteral("Протокол № 7"));
    CHECK(blocks[1].style == QStringLiteral("para"));
    CHECK(blocks[1].text == QStringLiteral("first line\nsecond line"));
    CHECK(blocks[2].style == QStringLiteral("para"));
    CHECK(blocks[2].text == QStringLiteral("loose text"));
    CHECK(blocks[0].timeMs == -1);
}

TEST_CASE("each blocks carry the time code and key of their item and else covers an empty list")
{
    const QString source = QStringLiteral(
        "@heading Ход\n{{#each entries}}\n@entry {{@number}}. {{text}}\n{{else}}\n@para нет записей\n{{/each}}\n");
    const QVariantList entries {
        QVariantMap { { QStringLiteral("key"), QStringLiteral("e:a") }, { QStringLiteral("time_ms"), 1500 },
            { QStringLiteral("wall_time"), QStringLiteral("10:00:01") },
            { QStringLiteral("text"), QStringLiteral("один") } },
        QVariantMap { { QStringLiteral("key"), QStringLiteral("e:b") }, { QStringLiteral("time_ms"), 61000 },
            { QStringLiteral("text"), QStringLiteral("два\n@title не блок") } },
    };
    const auto blocks = renderText(source, { { QStringLiteral("entries"), entries } });
    REQUIRE(blocks.size() == 3);
    CHECK(blocks[1].text == QStringLiteral("1. один"));
    CHECK(blocks[1].timeMs == 1500);
    CHECK(blocks[1].wallTime == QStringLiteral("10:00:01"));
    CHECK(blocks[1].key == QStringLiteral("e:a/1"));
    // A value's own line breaks stay inside the block: data can never start a block.
    CHECK(blocks[2].text == QStringLiteral("2. два\n@title не блок"));
    CHECK(blocks[2].timeMs == 61000);
    CHECK(blocks[2].key == QStringLiteral("e:b/1"));
    CHECK(blocks[0].key == QStringLiteral("doc/1"));

    const auto empty = renderText(source, { { QStringLiteral("entries"), QVariantList {} } });
    REQUIRE(empty.size() == 2);
    CHECK(empty[1].text == QStringLiteral("нет записей"));
    CHECK(empty[1].timeMs == -1);
}

TEST_CASE("if else and unless choose by truthiness and inline sections work inside a line")
{
    const QString source = QStringLiteral("@field {{#if closed}}закрытое{{else}}открытое{{/if}}\n"
                                          "{{#unless closed}}\n@para public\n{{/unless}}\n"
                                          "{{#if list}}\n@para has list\n{{/if}}\n");
    auto open
        = renderText(source, { { QStringLiteral("closed"), false }, { QStringLiteral("list"), QVariantList { 1 } } });
    REQUIRE(open.size() == 3);
    CHECK(open[0].text == QStringLiteral("открытое"));
    CHECK(open[1].text == QStringLiteral("public"));
    auto closed
        = renderText(source, { { QStringLiteral("closed"), true }, { QStringLiteral("list"), QVariantList {} } });
    REQUIRE(closed.size() == 1);
    CHECK(closed[0].text == QStringLiteral("закрытое"));
}

TEST_CASE("template errors name the line and the problem")
{
    auto unclosed
        = ProtocolTemplate::parse(QStringLiteral("@para a\n{{#each entries}}\n@entry x\n"), QStringLiteral("t.tmpl"));
    REQUIRE_FALSE(unclosed.ok());
    CHECK(unclosed.error().message.contains(QStringLiteral("line 2")));
    CHECK(unclosed.error().message.contains(QStringLiteral("never closed")));
    auto mismatched = ProtocolTemplate::parse(QStringLiteral("{{#if a}}\n{{/each}}\n"));
    REQUIRE_FALSE(mismatched.ok());
    CHECK(mismatched.error().message.contains(QStringLiteral("closes")));
    auto unknown = ProtocolTemplate::parse(QStringLiteral("{{#with a}}{{/with}}"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("#with")));
    auto badName = ProtocolTemplate::parse(QStringLiteral("{{a b}}"));
    REQUIRE_FALSE(badName.ok());
    CHECK(badName.error().code == hattama::ExitCode::Usage);
}

TEST_CASE("every built-in template parses and renders a brief and a full protocol")
{
    const ProtocolInput input = sampleInput();
    for (const QString &lang : { QStringLiteral("ru"), QStringLiteral("kk") }) {
        for (const QString &category :
            { QStringLiteral("criminal"), QStringLiteral("civil"), QStringLiteral("administrative") }) {
            INFO(lang.toStdString() << " " << category.toStdString());
            auto tmpl = ProtocolTemplate::load(QString(), lang, category);
            REQUIRE(tmpl.ok());
            ProtocolInput copy = input;
            copy.category = category;
            for (const auto kind : { ProtocolBuilder::Kind::Brief, ProtocolBuilder::Kind::Full }) {
                auto document = ProtocolBuilder::build(copy, { lang, kind, QString() });
                REQUIRE(document.ok());
                CHECK(document->blocks.size() > 20);
                CHECK(document->blocks.first().style == QStringLiteral("title"));
                CHECK(document->blocks.last().style == QStringLiteral("signature"));
            }
        }
    }
}

TEST_CASE("a template in the archive templates folder overrides the built-in one")
{
    QTemporaryDir archive;
    const ProtocolInput input = sampleInput();
    auto builtIn
        = ProtocolBuilder::build(input, { QStringLiteral("ru"), ProtocolBuilder::Kind::Brief, archive.path() });
    REQUIRE(builtIn.ok());
    CHECK(builtIn->blocks.first().text == QStringLiteral("КРАТКИЙ ПРОТОКОЛ СУДЕБНОГО ЗАСЕДАНИЯ"));

    REQUIRE(writeFile(archive.filePath(QStringLiteral("templates/ru-criminal.tmpl")),
        QStringLiteral(
            "@title ПРОТОКОЛ (ОБРАЗЕЦ СУДА) {{case_number}}\n{{#each entries}}\n@entry {{text}}\n{{/each}}\n")
            .toUtf8()));
    QString origin;
    auto tmpl = ProtocolTemplate::load(archive.path(), QStringLiteral("ru"), QStringLiteral("criminal"), &origin);
    REQUIRE(tmpl.ok());
    CHECK(origin == archive.filePath(QStringLiteral("templates/ru-criminal.tmpl")));
    auto overridden
        = ProtocolBuilder::build(input, { QStringLiteral("ru"), ProtocolBuilder::Kind::Brief, archive.path() });
    REQUIRE(overridden.ok());
    CHECK(overridden->blocks.first().text == QStringLiteral("ПРОТОКОЛ (ОБРАЗЕЦ СУДА) 1-123/2026"));
    CHECK(overridden->blocks.size() < builtIn->blocks.size());
    // Other languages and categories still use the built-in templates.
    auto kk = ProtocolBuilder::build(input, { QStringLiteral("kk"), ProtocolBuilder::Kind::Brief, archive.path() });
    REQUIRE(kk.ok());
    CHECK(kk->blocks.first().text == QStringLiteral("СОТ ОТЫРЫСЫНЫҢ ҚЫСҚАША ХАТТАМАСЫ"));

    // A broken override is reported, never silently replaced by the built-in one.
    REQUIRE(
        writeFile(archive.filePath(QStringLiteral("templates/ru-criminal.tmpl")), QByteArrayLiteral("{{#if x}}\n")));
    auto broken = ProtocolBuilder::build(input, { QStringLiteral("ru"), ProtocolBuilder::Kind::Brief, archive.path() });
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().message.contains(QStringLiteral("ru-criminal.tmpl")));
}
