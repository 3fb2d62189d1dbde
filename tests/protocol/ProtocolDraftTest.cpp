// The protocol draft shared by `hattama protocol` and the protocol window: built afresh with
// the latest draft's edits merged in, written to files whole, and a moment located in the
// recording's closed segments.
#include "ProtocolTestSupport.h"
#include "TestSupport.h"
#include "media/SegmentManifest.h"
#include "protocol/ProtocolDraft.h"
#include "protocol/ProtocolVersionStore.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace hattama;
using namespace hattama::protocol;
using namespace hattama::test;

namespace {
const ProtocolBuilder::Options kRussianBrief { QStringLiteral("ru"), ProtocolBuilder::Kind::Brief, QString() };
} // namespace

TEST_CASE("a protocol draft carries the edits of the latest saved version and reports changed data")
{
    QTemporaryDir hearing;
    const ProtocolInput input = sampleInput();
    auto first = buildProtocolDraft(input, hearing.path(), kRussianBrief);
    REQUIRE(first.ok());
    CHECK_FALSE(first->previous.has_value());
    CHECK(first->inputHash == input.snapshotHash());

    const QString key = blockKeyContaining(first->document, QStringLiteral("Подсудимый вину признал частично."));
    REQUIRE_FALSE(key.isEmpty());
    ProtocolVersion edited;
    edited.inputHash = first->inputHash;
    edited.document = first->document;
    REQUIRE(edited.document.setBlockText(key, QStringLiteral("Вину признал частично, раскаялся.")));
    REQUIRE(ProtocolVersionStore(hearing.path()).save(edited).ok());

    auto same = buildProtocolDraft(input, hearing.path(), kRussianBrief);
    REQUIRE(same.ok());
    REQUIRE(same->previous.has_value());
    CHECK(same->previous->number == 1);
    CHECK_FALSE(same->merge.dataChanged);
    CHECK(same->document.blocks.at(same->document.indexOf(key)).text == QStringLiteral("Вину признал частично, раскаялся."));

    ProtocolInput changed = input;
    changed.entries.removeLast();
    auto rebuilt = buildProtocolDraft(changed, hearing.path(), kRussianBrief);
    REQUIRE(rebuilt.ok());
    CHECK(rebuilt->merge.dataChanged);
    CHECK(rebuilt->merge.keptEdits == 1);
    CHECK(rebuilt->inputHash == changed.snapshotHash());
    CHECK(rebuilt->document.blocks.at(rebuilt->document.indexOf(key)).text
        == QStringLiteral("Вину признал частично, раскаялся."));

    // A Kazakh draft does not pick up the Russian edits.
    auto kazakh = buildProtocolDraft(input, hearing.path(), { QStringLiteral("kk"), ProtocolBuilder::Kind::Brief, QString() });
    REQUIRE(kazakh.ok());
    CHECK_FALSE(kazakh->previous.has_value());

    // A damaged draft is an error, never silently skipped.
    REQUIRE(writeFile(ProtocolVersionStore(hearing.path()).pathOf(2), QByteArray("{ not json")));
    CHECK_FALSE(buildProtocolDraft(input, hearing.path(), kRussianBrief).ok());
}

TEST_CASE("protocol files are written whole in the format asked for")
{
    QTemporaryDir out;
    auto draft = buildProtocolDraft(sampleInput(), out.filePath(QStringLiteral("hearing")), kRussianBrief);
    REQUIRE(draft.ok());
    for (const QString &id : { QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("html") }) {
        const auto format = protocolFormatFromId(id);
        REQUIRE(format.has_value());
        CHECK(protocolFormatId(*format) == id);
        const QString path = out.filePath(QStringLiteral("protocol.") + id);
        REQUIRE(writeProtocolFile(draft->document, *format, path).ok());
        const QByteArray bytes = readFile(path);
        if (id == QLatin1String("pdf"))
            CHECK(bytes.startsWith("%PDF-"));
        else if (id == QLatin1String("odt"))
            CHECK((bytes.startsWith("PK\x03\x04") && bytes.contains("mimetypeapplication/vnd.oasis.opendocument.text")));
        else
            CHECK(QString::fromUtf8(bytes).contains(draft->document.caseNumber));
    }
    CHECK_FALSE(protocolFormatFromId(QStringLiteral("docx")).has_value());
    const Status refused = writeProtocolFile(
        draft->document, ProtocolFormat::Html, out.filePath(QStringLiteral("no/such/folder/protocol.html")));
    CHECK_FALSE(refused.ok());
}

TEST_CASE("a moment of the hearing is found in the closed segment of the recording that holds it")
{
    QTemporaryDir hearing;
    CHECK_FALSE(recordingSegmentAt(hearing.path(), 1000).has_value()); // no recording
    auto manifest = SegmentManifest::openOrCreate(hearing.path(), QStringLiteral("H-1"));
    REQUIRE(manifest.ok());
    const QString first = QStringLiteral("media/part-01/seg-00001.mkv");
    const QString second = QStringLiteral("media/part-01/seg-00002.mkv");
    REQUIRE(QDir(hearing.path()).mkpath(QStringLiteral("media/part-01")));
    REQUIRE(writeFile(hearing.filePath(first), QByteArray(64, 'a')));
    REQUIRE(writeFile(hearing.filePath(second), QByteArray(64, 'b')));
    REQUIRE(manifest->appendSegment(first, 1, 0, 60'000).ok());
    REQUIRE(manifest->appendSegment(second, 1, 60'000, 60'000).ok());

    auto at = recordingSegmentAt(hearing.path(), 65'000);
    REQUIRE(at.has_value());
    CHECK(at->path == second);
    CHECK(at->startMs == 60'000);
    CHECK(at->durationMs == 60'000);
    CHECK(recordingSegmentAt(hearing.path(), 0)->path == first);
    CHECK(recordingSegmentAt(hearing.path(), 59'999)->path == first);
    CHECK_FALSE(recordingSegmentAt(hearing.path(), 120'000).has_value()); // not closed yet
    CHECK_FALSE(recordingSegmentAt(hearing.path(), -1).has_value());
}
