// Segment boundaries of SegmentWriter on the sample clock: with 2 s segments the files start
// at 0, 2.000 and 4.000 s exactly and together hold every sample once.
#include "MediaAnalysis.h"
#include "RealtimeMedia.h"
#include "TestSupport.h"

#include "capture/CameraSpec.h"
#include "media/CameraPipeline.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

extern "C" {
#include <libavutil/log.h>
}

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

namespace {
// One segment's worth (100 ms) of a steady tone through a fresh encoder into the writer.
Status encodeInto(SegmentWriter &writer, int segment, int stream)
{
    AudioEncoding encoding;
    encoding.codec = AudioCodec::Flac;
    auto encoder = AudioTrackEncoder::create(encoding);
    REQUIRE(encoder);
    const std::vector<float> tone(4800, 0.25f);
    Status last;
    const PacketSink sink = [&](AVPacket *packet) {
        Status written = writer.write(segment, stream, packet);
        if (!written)
            last = written;
    };
    (*encoder)->push(tone.data(), tone.size(), sink);
    (*encoder)->finish(sink);
    return last;
}
} // namespace

TEST_CASE("a segment writer aborted from a segment keeps the earlier ones whole and leaves nothing of the later")
{
    QTemporaryDir dir;
    AudioEncoding encoding;
    encoding.codec = AudioCodec::Flac;
    auto described = AudioTrackEncoder::create(encoding);
    REQUIRE(described);
    std::vector<StreamDescription> streams;
    streams.push_back(StreamDescription::fromEncoder((*described)->context(), QStringLiteral("Mic 1"), {}));
    streams.push_back(StreamDescription::fromEncoder((*described)->context(), QStringLiteral("Camera"), {}));
    std::vector<ClosedSegment> closed; // read after finish(), which joins the closing thread
    SegmentWriter::Settings settings;
    settings.hearingDir = dir.path();
    settings.segmentDurationMs = 100;
    settings.onSegmentClosed = [&closed](const ClosedSegment &segment) -> Status {
        closed.push_back(segment);
        return {};
    };
    SegmentWriter writer(settings, std::move(streams));
    const QString first = QDir(dir.path()).filePath(SegmentWriter::segmentRelativePath(1, 1));
    const QString second = QDir(dir.path()).filePath(SegmentWriter::segmentRelativePath(1, 2));

    // Stream 0 is ahead and has begun segment 2; stream 1 (a lagging camera) is still in 1.
    REQUIRE(encodeInto(writer, 0, 0));
    writer.finishStream(0, 0, 100);
    REQUIRE(encodeInto(writer, 1, 0));
    CHECK(QFile::exists(second));
    writer.abortFrom(1, environmentError(QStringLiteral("stream 1 cannot go on")));
    CHECK(writer.failed());
    REQUIRE(encodeInto(writer, 0, 1)); // the earlier segment still takes its late packets
    writer.finishStream(0, 1, 100);
    CHECK_FALSE(encodeInto(writer, 1, 1)); // the cut-off one takes nothing
    const Status finished = writer.finish();
    REQUIRE_FALSE(finished);
    CHECK(finished.error().message == QStringLiteral("stream 1 cannot go on"));

    REQUIRE(closed.size() == 1u);
    CHECK(closed[0].index == 1);
    CHECK(closed[0].durationMs == 100);
    const std::vector<StreamSpan> spans = streamSpans(first);
    REQUIRE(spans.size() == 2u);
    CHECK(spans[0].endSec == Approx(0.1).margin(1e-9));
    CHECK(spans[1].endSec == Approx(0.1).margin(1e-9));
    CHECK_FALSE(QFile::exists(second)); // nothing half written is left to be taken for a segment
}

TEST_CASE("camera segments hold exactly their share of pictures on the hearing clock")
{
    // The clock stands still at zero (no audio arrives): the part's end alone decides how many
    // pictures there are, 25 a second, cut into segments of 50.
    av_log_set_level(AV_LOG_ERROR);
    QTemporaryDir dir;
    HearingClock clock(kRateHz);
    clock.startPart(0, true);
    const CameraSpec spec = CameraSpec::demoCamera(1, 160, 120, 25);
    VideoEncoding encoding;
    encoding.widthPx = spec.widthPx;
    encoding.heightPx = spec.heightPx;
    encoding.frameRate = spec.frameRate;
    CameraPipeline camera(spec, clock, encoding, 50, 0, CameraPipeline::Settings {});
    REQUIRE(camera.open());
    std::vector<ClosedSegment> closed; // read after finish(), which joins the closing thread
    SegmentWriter::Settings settings;
    settings.hearingDir = dir.path();
    settings.partStartHearingMs = 60'000; // a later part: its segments are placed on the hearing clock
    settings.segmentDurationMs = 2000;
    settings.onSegmentClosed = [&closed](const ClosedSegment &segment) -> Status {
        closed.push_back(segment);
        return {};
    };
    SegmentWriter writer(settings, { camera.description(QStringLiteral("und")) });
    camera.start(writer);
    camera.finish(5'000'000'000); // the part ends at 5.000 s
    REQUIRE(writer.finish());
    CHECK(camera.health().framesEncoded == 125);

    REQUIRE(closed.size() == 3u);
    const int pictures[] = { 50, 50, 25 };
    const qint64 durations[] = { 2000, 2000, 1000 };
    for (int s = 0; s < 3; ++s) {
        INFO("segment " << s + 1);
        const QString path = QDir(dir.path()).filePath(closed[std::size_t(s)].relativePath);
        CHECK(closed[std::size_t(s)].startMs == 60'000 + 2000 * s);
        CHECK(closed[std::size_t(s)].durationMs == durations[s]);
        CHECK(containerTag(path, "HATTAMA_HEARING_START_MS") == QString::number(60'000 + 2000 * s));
        const std::vector<StreamSpan> spans = streamSpans(path);
        REQUIRE(spans.size() == 1u);
        CHECK(spans[0].video);
        CHECK(spans[0].packets == pictures[s]);
        CHECK(spans[0].startSec == 0.0);
        CHECK(spans[0].endSec == Approx(double(durations[s]) / 1000.0).margin(1e-9));
    }
}
