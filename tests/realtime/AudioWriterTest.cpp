// The audio writer alone, on a fake source: dropped audio becomes silence exactly where it was
// lost, later audio keeps its place, and an encoder that cannot start ends the part cleanly.
#include "MediaAnalysis.h"
#include "RealtimeMedia.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <atomic>

using namespace hattama;
using namespace hattama::test;

namespace {
// Compares a decoded track with what was pushed: the signal where audio was, zeros in [gapFrom,
// gapTo). Returns the first wrong sample index, or -1.
qint64 firstMismatch(const std::vector<float> &decoded, int channel, qint64 gapFrom, qint64 gapTo)
{
    for (std::size_t i = 0; i < decoded.size(); ++i) {
        const qint64 index = static_cast<qint64>(i);
        const float expected = index >= gapFrom && index < gapTo ? 0.0f : rampSample(channel, index);
        if (std::abs(decoded[i] - expected) > 1e-6f)
            return index;
    }
    return -1;
}
} // namespace

TEST_CASE("frames dropped by a full ring are written as silence exactly there and later audio keeps its place")
{
    QTemporaryDir dir;
    AudioPathRig rig(dir.path(), 2, 10'000, 0.1); // ring: 16384 samples = 8192 frames
    REQUIRE(rig.source.ring().capacity() == 16384u);
    // The writer is not running yet: 8000 frames fit, the next two blocks do not.
    rig.pushSignal(0, 8000, 400);
    rig.source.push(400, [](std::size_t f, std::size_t c) { return rampSample(int(c), 8000 + qint64(f)); });
    rig.source.push(400, [](std::size_t f, std::size_t c) { return rampSample(int(c), 8400 + qint64(f)); });
    CHECK(rig.source.droppedFrames() == 800);
    REQUIRE(rig.start());
    // Once the writer has taken all that was in the ring, the device delivers again from frame
    // 8800 (its own count went on while the ring was full).
    REQUIRE(waitUntil([&rig] { return rig.audio.samplesWritten() == 8000; }));
    rig.pushSignal(8800, 11'200);
    REQUIRE(rig.finish());

    CHECK(rig.audio.silenceInsertedFrames() == 800);
    CHECK(rig.audio.samplesWritten() == 20'000);
    CHECK(rig.clock.audioSamples() == 20'000); // the hearing clock counts the silence too
    for (int channel = 0; channel < 2; ++channel) {
        const DecodedAudio decoded = decodeAudio(rig.segmentPath(1), channel);
        INFO("channel " << channel);
        REQUIRE(decoded.samples.size() == 20'000u);
        CHECK(decoded.startSec == 0.0);
        CHECK(firstMismatch(decoded.samples, channel, 8000, 8800) == -1);
    }
    const std::vector<ClosedSegment> closed = rig.closed();
    REQUIRE(closed.size() == 1u);
    CHECK(closed[0].durationMs == 20'000 * 1000 / kRateHz);
}

TEST_CASE("a drop the writer learns of while audio after it waits in the ring is filled before that audio")
{
    QTemporaryDir dir;
    AudioPathRig rig(dir.path(), 2, 10'000, 0.1); // 8192 frames
    // All before the writer starts: 7000 frames, 1500 dropped (they do not fit), then 1000
    // that fit and close the drop: the ring holds audio from both sides of the gap.
    rig.pushSignal(0, 7000, 500);
    rig.source.push(1500, [](std::size_t f, std::size_t c) { return rampSample(int(c), 7000 + qint64(f)); });
    rig.source.push(1000, [](std::size_t f, std::size_t c) { return rampSample(int(c), 8500 + qint64(f)); });
    REQUIRE(rig.source.drops().readable() == 1u);
    REQUIRE(rig.source.ring().readable() == 8000u * 2);
    REQUIRE(rig.start());
    REQUIRE(rig.finish());
    CHECK(rig.audio.silenceInsertedFrames() == 1500);
    for (int channel = 0; channel < 2; ++channel) {
        const DecodedAudio decoded = decodeAudio(rig.segmentPath(1), channel);
        INFO("channel " << channel);
        REQUIRE(decoded.samples.size() == 9500u);
        CHECK(firstMismatch(decoded.samples, channel, 7000, 8500) == -1);
    }
}

TEST_CASE("a drop still running when the source stops becomes silence at the end")
{
    QTemporaryDir dir;
    AudioPathRig rig(dir.path(), 1, 10'000, 0.1); // one channel: 8192 frames
    REQUIRE(rig.source.ring().capacity() == 8192u);
    rig.pushSignal(0, 8000, 500);
    rig.source.push(500, [](std::size_t, std::size_t) { return 0.5f; }); // dropped, never closed
    CHECK(rig.source.openDrop().frames == 500);
    REQUIRE(rig.start());
    REQUIRE(rig.finish());
    CHECK(rig.audio.silenceInsertedFrames() == 500);
    const DecodedAudio decoded = decodeAudio(rig.segmentPath(1), 0);
    REQUIRE(decoded.samples.size() == 8500u);
    CHECK(firstMismatch(decoded.samples, 0, 8000, 8500) == -1);
}

TEST_CASE("an audio encoder that cannot start ends the part with a clear error and claims nothing half written")
{
    QTemporaryDir dir;
    std::atomic<int> made { 0 };
    // Two microphones: the encoders of segment 1 open, the first one of segment 2 does not.
    const AudioEncoderFactory failOnThird
        = [&made](const AudioEncoding &encoding) -> Result<std::unique_ptr<AudioTrackEncoder>> {
        if (++made == 3)
            return environmentError(QStringLiteral("no encoder left"), QStringLiteral("try another computer"));
        return AudioTrackEncoder::create(encoding);
    };
    AudioPathRig rig(dir.path(), 2, 100, 0.5, failOnThird); // 100 ms = 4800 samples per segment
    REQUIRE(rig.start());
    rig.pushSignal(0, 12'000);
    REQUIRE(waitUntil([&rig] { return rig.audio.failed(); }));
    const Status finished = rig.finish();

    CHECK(made == 3);
    CHECK(rig.audio.samplesWritten() == 4800); // stopped at the boundary, nothing indexed after
    const Status error = rig.audio.error();
    REQUIRE_FALSE(error);
    CHECK(error.error().code == ExitCode::Environment);
    CHECK(error.error().message.contains(QLatin1String("segment 2")));
    CHECK(error.error().message.contains(QLatin1String("no encoder left")));
    CHECK(error.error().hint == QStringLiteral("try another computer"));
    // The segment writer carries the same error and reports it when finished.
    REQUIRE_FALSE(finished);
    CHECK(finished.error().message == error.error().message);

    // Segment 1 is whole and the only one claimed; segment 2 was never written.
    const std::vector<ClosedSegment> closed = rig.closed();
    REQUIRE(closed.size() == 1u);
    CHECK(closed[0].index == 1);
    CHECK(closed[0].durationMs == 100);
    CHECK_FALSE(QFile::exists(rig.segmentPath(2)));
    const DecodedAudio first = decodeAudio(rig.segmentPath(1), 1);
    REQUIRE(first.samples.size() == 4800u);
    CHECK(firstMismatch(first.samples, 1, 0, 0) == -1);
}
