// Overflow accounting of AudioSource::pushFrames: a block that does not fit is dropped whole,
// counted, and remembered at its place in the stream, so the writer can put silence there.
#include "FakeAudioSource.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace hattama;
using test::FakeAudioSource;

namespace {
constexpr auto kOne = [](std::size_t, std::size_t) { return 1.0f; };

// 2 channels, ring of 256 samples = 128 frames (0.128 s at 1 kHz).
FakeAudioSource smallSource()
{
    return FakeAudioSource(2, 1000, 0.128);
}

std::size_t drain(AudioSource &source)
{
    std::vector<float> out(source.ring().capacity());
    return source.ring().read(out.data(), out.size());
}
} // namespace

TEST_CASE("a block that fits exactly is taken and the next one is dropped whole")
{
    FakeAudioSource source(2, 1000, 0.128);
    REQUIRE(source.ring().capacity() == 256u);
    source.push(128, kOne); // exactly the capacity
    CHECK(source.ring().readable() == 256u);
    CHECK(source.overruns() == 0);
    source.push(1, kOne);
    CHECK(source.overruns() == 1);
    CHECK(source.droppedFrames() == 1);
    CHECK(source.ring().readable() == 256u); // nothing partial went in
    CHECK(source.openDrop().position == 128);
    CHECK(source.openDrop().frames == 1);
}

TEST_CASE("a run of dropped blocks is one drop event at the position where audio stopped fitting")
{
    FakeAudioSource source(2, 1000, 0.128);
    source.push(100, kOne); // 200 of 256 samples
    source.push(50, kOne); // needs 100, 56 free: dropped
    source.push(20, kOne); // needs 40, fits, but the run is open and closes first
    // The run closed as soon as audio fitted again: 50 frames at frame 100.
    DropEvent drop;
    REQUIRE(source.drops().read(&drop, 1) == 1u);
    CHECK(drop.position == 100);
    CHECK(drop.frames == 50);
    CHECK(source.committedFrames() == 120);
    CHECK(source.ring().readable() == 240u);

    source.push(30, kOne); // needs 60, 16 free: dropped
    source.push(30, kOne); // still no room: the same run grows
    CHECK(source.drops().readable() == 0u); // not closed while nothing fits
    CHECK(source.openDrop().position == 120);
    CHECK(source.openDrop().frames == 60);
    CHECK(drain(source) == 240u);
    source.push(10, kOne);
    REQUIRE(source.drops().read(&drop, 1) == 1u);
    CHECK(drop.position == 120);
    CHECK(drop.frames == 60);
    CHECK(source.openDrop().frames == 0);

    CHECK(source.overruns() == 3);
    CHECK(source.droppedFrames() == 110);
    CHECK(source.committedFrames() == 130);
}

TEST_CASE("with the drop event ring full a drop run goes on so the stream stays in order")
{
    FakeAudioSource source = smallSource();
    const std::size_t eventSlots = source.drops().capacity();
    // Fill the ring, drop one frame, make room: the next block closes the run as an event.
    qint64 committed = 0;
    for (std::size_t i = 0; i < eventSlots; ++i) {
        drain(source);
        source.push(128, kOne);
        committed += 128;
        source.push(1, kOne);
    }
    // eventSlots - 1 runs closed, the last one is open.
    CHECK(source.drops().readable() == eventSlots - 1);
    drain(source);
    source.push(128, kOne); // closes run number eventSlots: now the event ring is full
    committed += 128;
    CHECK(source.drops().readable() == eventSlots);
    source.push(1, kOne); // dropped: a new run
    drain(source);
    source.push(128, kOne); // fits, but the run cannot be closed: dropped too
    CHECK(source.committedFrames() == committed);
    CHECK(source.openDrop().position == committed);
    CHECK(source.openDrop().frames == 129);

    std::vector<DropEvent> events(eventSlots);
    REQUIRE(source.drops().read(events.data(), eventSlots) == eventSlots);
    for (std::size_t i = 0; i < eventSlots; ++i) {
        REQUIRE(events[i].position == static_cast<qint64>(128 * (i + 1)));
        REQUIRE(events[i].frames == 1);
    }
    source.push(128, kOne); // room for the event now: the run closes before this audio
    DropEvent last;
    REQUIRE(source.drops().read(&last, 1) == 1u);
    CHECK(last.position == committed);
    CHECK(last.frames == 129);
    CHECK(source.committedFrames() == committed + 128);
    CHECK(source.droppedFrames() == static_cast<qint64>(eventSlots) + 129);
}
