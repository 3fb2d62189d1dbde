// Segment boundaries of SegmentWriter on the sample clock: with 2 s segments the files start
// at 0, 2.000 and 4.000 s exactly and together hold every sample once.
#include "MediaAnalysis.h"
#include "RealtimeMedia.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace hattama;
using namespace hattama::test;

TEST_CASE("two-second segments end exactly at 2 and 4 s and lose or repeat nothing across the boundary")
{
    QTemporaryDir dir;
    AudioPathRig rig(dir.path(), 2, 2000, 0.5);
    REQUIRE(rig.start());
    // 5 s in odd-sized blocks, so that blocks straddle both boundaries.
    rig.pushSignal(0, 5 * kRateHz, 777);
    REQUIRE(rig.finish());
    CHECK(rig.source.droppedFrames() == 0);
    CHECK(rig.audio.samplesWritten() == 5 * kRateHz);

    const std::vector<ClosedSegment> closed = rig.closed();
    REQUIRE(closed.size() == 3u);
    const qint64 starts[] = { 0, 2000, 4000 };
    const qint64 durations[] = { 2000, 2000, 1000 };
    const std::size_t samples[] = { 2 * kRateHz, 2 * kRateHz, 1 * kRateHz };
    qint64 index = 0; // sample index of the whole part
    for (int s = 0; s < 3; ++s) {
        INFO("segment " << s + 1);
        CHECK(closed[std::size_t(s)].index == s + 1);
        CHECK(closed[std::size_t(s)].startMs == starts[s]);
        CHECK(closed[std::size_t(s)].durationMs == durations[s]);
        CHECK(containerTag(rig.segmentPath(s + 1), "HATTAMA_HEARING_START_MS") == QString::number(starts[s]));
        const std::vector<StreamSpan> spans = streamSpans(rig.segmentPath(s + 1));
        REQUIRE(spans.size() == 2u);
        CHECK(spans[0].startSec == 0.0); // each file is timed from its own start
        CHECK(spans[0].endSec == Approx(double(durations[s]) / 1000.0).margin(1e-9));
        for (int channel = 0; channel < 2; ++channel) {
            const DecodedAudio decoded = decodeAudio(rig.segmentPath(s + 1), channel);
            REQUIRE(decoded.samples.size() == samples[s]);
            qint64 wrong = -1;
            for (std::size_t i = 0; i < decoded.samples.size() && wrong < 0; ++i)
                if (std::abs(decoded.samples[i] - rampSample(channel, index + qint64(i))) > 1e-6f)
                    wrong = index + qint64(i);
            INFO("channel " << channel);
            CHECK(wrong == -1);
        }
        index += qint64(samples[s]);
    }
    CHECK(index == 5 * kRateHz);
    CHECK_FALSE(QFile::exists(rig.segmentPath(4)));
}
