// The lock-free ring between an audio callback and its writer, alone: capacity, full, empty,
// wrap-around, and two threads hammering it.
#include "capture/SpscRing.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <thread>
#include <vector>

using namespace hattama;

namespace {
// Producer side of the ring as a callback uses it: fill slots, then commit.
template<typename T> std::size_t writeSome(SpscRing<T> &ring, const T *values, std::size_t count)
{
    const std::size_t n = std::min(count, ring.writable());
    for (std::size_t i = 0; i < n; ++i)
        ring.slot(i) = values[i];
    ring.commit(n);
    return n;
}
} // namespace

TEST_CASE("the ring rounds its capacity up to a power of two and holds exactly that many items")
{
    CHECK(SpscRing<int>(1).capacity() == 1u);
    CHECK(SpscRing<int>(5).capacity() == 8u);
    CHECK(SpscRing<int>(8).capacity() == 8u);
    CHECK(SpscRing<int>(9).capacity() == 16u);

    SpscRing<int> ring(8);
    const std::vector<int> values { 1, 2, 3, 4, 5, 6, 7, 8, 9 };
    CHECK(writeSome(ring, values.data(), 8) == 8u); // every slot usable, none kept free
    CHECK(ring.writable() == 0u);
    CHECK(ring.readable() == 8u);
    CHECK(writeSome(ring, values.data() + 8, 1) == 0u); // full: nothing more goes in
    std::vector<int> out(16, -1);
    CHECK(ring.read(out.data(), 16) == 8u); // asks for more than there is: gets what there is
    CHECK(std::vector<int>(out.begin(), out.begin() + 8) == std::vector<int>(values.begin(), values.begin() + 8));
    CHECK(out[8] == -1);
}

TEST_CASE("an empty ring reads nothing and leaves the destination alone")
{
    SpscRing<float> ring(4);
    CHECK(ring.readable() == 0u);
    CHECK(ring.writable() == 4u);
    float out[4] = { 7.0f, 7.0f, 7.0f, 7.0f };
    CHECK(ring.read(out, 4) == 0u);
    CHECK(out[0] == 7.0f);
    ring.commit(0);
    CHECK(ring.readable() == 0u);
}

TEST_CASE("items written across the end of the buffer come out whole and in order")
{
    SpscRing<int> ring(8);
    int next = 0;
    int expected = 0;
    std::vector<int> out(8);
    // Offsets 0..7 of the wrap point, each crossed with writes and reads of odd sizes.
    for (int round = 0; round < 64; ++round) {
        const std::size_t toWrite = 1 + static_cast<std::size_t>(round % 7);
        std::vector<int> values;
        for (std::size_t i = 0; i < toWrite; ++i)
            values.push_back(next + static_cast<int>(i));
        const std::size_t written = writeSome(ring, values.data(), values.size());
        next += static_cast<int>(written);
        const std::size_t got = ring.read(out.data(), 1 + static_cast<std::size_t>(round % 5));
        for (std::size_t i = 0; i < got; ++i)
            REQUIRE(out[i] == expected++);
        CHECK(ring.readable() + ring.writable() == ring.capacity());
    }
    const std::size_t rest = ring.read(out.data(), out.size());
    for (std::size_t i = 0; i < rest; ++i)
        REQUIRE(out[i] == expected++);
    CHECK(expected == next);
    CHECK(next > 8 * 10); // went round many times
}

TEST_CASE("a producer and a consumer thread hammering the ring lose duplicate or reorder nothing")
{
    constexpr std::uint64_t kItems = 16'000'000;
    SpscRing<std::uint64_t> ring(1024);
    std::thread producer([&ring] {
        std::minstd_rand random(1);
        std::uint64_t next = 0;
        while (next < kItems) {
            const std::size_t want = std::min<std::uint64_t>(1 + random() % 300, kItems - next);
            const std::size_t n = std::min(want, ring.writable());
            if (n == 0) {
                std::this_thread::yield(); // full: the consumer makes room
                continue;
            }
            for (std::size_t i = 0; i < n; ++i)
                ring.slot(i) = next + i;
            ring.commit(n);
            next += n;
        }
    });
    std::minstd_rand random(2);
    std::vector<std::uint64_t> out(512);
    std::uint64_t expected = 0;
    std::uint64_t mismatches = 0;
    std::uint64_t firstBad = 0;
    while (expected < kItems) {
        const std::size_t got = ring.read(out.data(), 1 + random() % out.size());
        if (got == 0) {
            std::this_thread::yield(); // empty: the producer fills it
            continue;
        }
        for (std::size_t i = 0; i < got; ++i) {
            if (out[i] != expected && mismatches++ == 0)
                firstBad = expected;
            ++expected;
        }
    }
    producer.join();
    INFO("first wrong item at " << firstBad);
    CHECK(mismatches == 0u);
    CHECK(expected == kItems);
    CHECK(ring.readable() == 0u);
}
