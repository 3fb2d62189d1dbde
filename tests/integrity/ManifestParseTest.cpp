// Manifest lines whose numbers do not fit their fields (found by bench/fuzz/fuzz_manifest).
#include "media/SegmentManifest.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>

using namespace hattama;

namespace {

// A segment line with a correct entry hash, its fields' JSON values given.
QByteArray segmentLine(const QByteArray &part, const QByteArray &size)
{
    const QByteArray body = "{\"seq\":2,\"type\":\"segment\",\"part\":" + part
        + ",\"path\":\"media/part-01/seg-00001.mkv\",\"size\":" + size
        + ",\"startMs\":0,\"durationMs\":1000,\"sha256\":\"" + QByteArray(64, 'a') + "\",\"prev\":\""
        + QByteArray(64, 'b') + "\"}";
    const QByteArray entry = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    return body.chopped(1) + ",\"entry\":\"" + entry + "\"}";
}

} // namespace

TEST_CASE("manifest numbers that do not fit their field are not read as other numbers")
{
    const ManifestEntry good = SegmentManifest::parseLine(segmentLine("1", "17347"), 2);
    REQUIRE(good.parsed);
    CHECK(good.part == 1);
    CHECK(good.sizeBytes == 17347);
    // 2^32 + 1 used to wrap to part 1 and pass as a valid segment entry.
    const ManifestEntry wrapped = SegmentManifest::parseLine(segmentLine("4294967297", "17347"), 2);
    CHECK_FALSE(wrapped.parsed);
    CHECK(wrapped.part == -1);
    // A size beyond qint64 (converting it was undefined behaviour) and a fraction.
    for (const QByteArray &size : { QByteArray("1e300"), QByteArray("-1e300"), QByteArray("17347.5") }) {
        INFO(size.constData());
        const ManifestEntry entry = SegmentManifest::parseLine(segmentLine("1", size), 2);
        CHECK_FALSE(entry.parsed);
        CHECK(entry.sizeBytes == -1);
    }
}
