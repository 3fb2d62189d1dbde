// Playing a hearing back, offline: a real demo recording decoded by the playback readers,
// mixed and sped up by the same code as the player, checked against the demo signal.
#include "MediaAnalysis.h"
#include "PlaybackFixture.h"

#include "capture/DemoAudioSource.h"
#include "playback/HearingTimeline.h"
#include "playback/OfflineRenderer.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <cmath>
#include <numbers>

using namespace hattama;
using namespace hattama::test;

namespace {

constexpr int kRate = 48'000;

HearingTimeline recordedTimeline(const QTemporaryDir &dir)
{
    recordDemoHearing(dir.path());
    auto timeline = HearingTimeline::open(dir.path());
    INFO((timeline ? QString() : timeline.error().text()).toStdString());
    REQUIRE(timeline);
    return *timeline;
}

RenderResult render(const HearingTimeline &timeline, qint64 fromHearingMs, qint64 playMs, double speed, MixSettings mix = {})
{
    RenderRequest request;
    request.fromHearingMs = fromHearingMs;
    request.playDurationMs = playMs;
    request.speed = speed;
    request.mix = std::move(mix);
    auto result = OfflineRenderer(timeline).render(request);
    INFO((result ? QString() : result.error().text()).toStdString());
    REQUIRE(result);
    return *result;
}

// Every beep in the rendered sound has a white frame of every camera presented within one
// frame of it (on the output clock), and every white frame a beep.
void checkFlashesOnBeeps(const RenderResult &result, double speed, int expectedBeeps)
{
    DecodedAudio audio;
    audio.sampleRateHz = result.sampleRateHz;
    audio.samples = result.audio;
    const std::vector<double> beeps = beepOnsets(audio);
    INFO("speed " << speed << ", " << beeps.size() << " beeps");
    REQUIRE(static_cast<int>(beeps.size()) == expectedBeeps);
    const double oneFrameSec = 1.0 / DemoRecording::kFrameRate / speed;
    for (std::size_t camera = 0; camera < result.cameras.size(); ++camera) {
        std::vector<PictureLevel> levels;
        for (const PresentedFrame &frame : result.cameras[camera])
            levels.push_back(PictureLevel { static_cast<double>(frame.outputUs) / 1e6, frame.meanLuma });
        const std::vector<double> flashes = flashTimes(levels);
        INFO("camera " << camera + 1 << ": " << flashes.size() << " flashes");
        CHECK(flashes.size() == beeps.size());
        for (double beep : beeps) {
            double nearest = 1e9;
            for (double flash : flashes)
                nearest = std::min(nearest, std::fabs(flash - beep));
            INFO("beep at " << beep << " s of output, nearest flash " << nearest << " s away");
            CHECK(nearest <= oneFrameSec);
        }
    }
}

double tonePower(const std::vector<float> &x, double hz)
{
    const double w = 2.0 * std::numbers::pi * hz / kRate;
    const double coeff = 2.0 * std::cos(w);
    double s1 = 0.0;
    double s2 = 0.0;
    for (float v : x) {
        const double s0 = v + coeff * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    const double n = static_cast<double>(x.size());
    return (s1 * s1 + s2 * s2 - coeff * s1 * s2) / (n * n);
}

} // namespace

TEST_CASE("the hearing timeline has the parts, the recess as a gap and both clocks")
{
    QTemporaryDir dir;
    const HearingTimeline timeline = recordedTimeline(dir);
    REQUIRE(timeline.microphones().size() == DemoRecording::kMicrophones);
    REQUIRE(timeline.cameras().size() == DemoRecording::kCameras);
    CHECK(timeline.microphones()[0].title == QStringLiteral("Mic 1"));
    CHECK(timeline.cameras()[1].name == QStringLiteral("Camera 2"));
    CHECK(timeline.cameras()[0].frameRate == DemoRecording::kFrameRate);

    const QList<TimelineGap> gaps = timeline.gaps();
    REQUIRE(gaps.size() == 1);
    CHECK(gaps[0].startMs >= DemoRecording::kPart1Ms);
    CHECK(gaps[0].endMs - gaps[0].startMs >= 1000);
    CHECK(timeline.segments().size() >= 22);
    CHECK(timeline.playLengthMs() == timeline.endMs() - timeline.startMs() - (gaps[0].endMs - gaps[0].startMs));

    // A recess moment is not in the recording and plays from what follows it.
    const qint64 inRecess = (gaps[0].startMs + gaps[0].endMs) / 2;
    CHECK_FALSE(timeline.contains(inRecess));
    CHECK(timeline.playTimeOf(inRecess) == timeline.playTimeOf(gaps[0].endMs));
    CHECK(timeline.hearingTimeAt(timeline.playTimeOf(gaps[0].endMs)) == gaps[0].endMs);
    CHECK(timeline.playTimeOf(gaps[0].endMs + 250) == gaps[0].startMs + 250);
    CHECK(timeline.hearingTimeAt(3210) == 3210);

    // The channel map names the microphones and cameras.
    HearingRecord record;
    Participant judge;
    judge.id = 7;
    judge.fullName = QStringLiteral("Ахметов А.Б.");
    judge.role = Role::Judge;
    record.participants = { judge };
    record.audioChannels = { AudioChannel { 1, 7, {} }, AudioChannel { 2, 0, QStringLiteral("Зал") } };
    record.cameras = { CameraView { 1, QStringLiteral("Трибуна") } };
    HearingTimeline named = timeline;
    named.applyHearing(record, QStringLiteral("ru"));
    CHECK(named.microphones()[0].name.contains(QStringLiteral("Ахметов А.Б.")));
    CHECK(named.microphones()[0].title == QStringLiteral("Mic 1"));
    CHECK(named.microphones()[1].name == QStringLiteral("Зал"));
    CHECK(named.cameras()[0].name == QStringLiteral("Трибуна"));
    CHECK(named.cameras()[1].name == QStringLiteral("Camera 2"));

    // Entries are markers: next and previous by hearing time.
    TimelineEntry first;
    first.hearingTimeMs = 1500;
    first.text = QStringLiteral("first");
    TimelineEntry second;
    second.hearingTimeMs = gaps[0].endMs + 500;
    second.text = QStringLiteral("second");
    HearingTimeline withEntries = timeline;
    withEntries.setEntries({ second, first });
    REQUIRE(withEntries.nextEntry(0));
    CHECK(withEntries.nextEntry(0)->text == QStringLiteral("first"));
    CHECK(withEntries.nextEntry(1500)->text == QStringLiteral("second"));
    CHECK_FALSE(withEntries.nextEntry(second.hearingTimeMs));
    CHECK(withEntries.previousEntry(second.hearingTimeMs)->text == QStringLiteral("first"));
}

TEST_CASE("every camera's white frame is presented on the beep at 1x and 2x, across segments and the recess")
{
    QTemporaryDir dir;
    const HearingTimeline timeline = recordedTimeline(dir);
    const TimelineGap recess = timeline.gaps().at(0);

    for (const double speed : { 1.0, 2.0 }) {
        SECTION("across segment boundaries")
        {
            // 1.7 s .. 4.7 s of part 1: beeps at 2, 3 and 4 s, six segment boundaries.
            const RenderResult result = render(timeline, 1700, 3000, speed);
            CHECK(std::fabs(static_cast<double>(result.audio.size()) - 3.0 * kRate / speed) <= kRate * 0.02);
            checkFlashesOnBeeps(result, speed, 3);
        }
        SECTION("across the recess")
        {
            // The last 1.7 s of part 1 (beep at 5 s) and the first 1.3 s of part 2 (beeps at
            // its 0 s and 1 s); the recess is left out.
            const RenderResult result = render(timeline, recess.startMs - 1700, 3000, speed);
            CHECK(result.endPlayMs - result.startPlayMs == 3000);
            for (const auto &frames : result.cameras) {
                REQUIRE_FALSE(frames.empty());
                for (const PresentedFrame &frame : frames)
                    CHECK_FALSE((frame.hearingMs >= recess.startMs && frame.hearingMs < recess.endMs));
            }
            checkFlashesOnBeeps(result, speed, 3);
        }
    }
}

TEST_CASE("a soloed microphone is heard alone, a muted one not at all")
{
    QTemporaryDir dir;
    const HearingTimeline timeline = recordedTimeline(dir);
    auto window = [](const RenderResult &result) {
        // 0.2 .. 0.9 s after a whole second: no beep, only the tones.
        return std::vector<float>(result.audio.begin() + kRate / 5, result.audio.begin() + kRate * 9 / 10);
    };
    for (int microphone = 1; microphone <= DemoRecording::kMicrophones; ++microphone) {
        INFO("microphone " << microphone);
        const double ownHz = 300.0 + 100.0 * microphone;
        const double otherHz = 300.0 + 100.0 * (3 - microphone);
        MixSettings solo;
        solo.solo = { microphone };
        const std::vector<float> alone = window(render(timeline, 2000, 1000, 1.0, solo));
        CHECK(dominantFrequency(alone, kRate, 250.0, 900.0) == Approx(ownHz).margin(2.0));
        CHECK(tonePower(alone, otherHz) < tonePower(alone, ownHz) * 1e-3);

        MixSettings mute;
        mute.muted = { microphone };
        const std::vector<float> others = window(render(timeline, 2000, 1000, 1.0, mute));
        CHECK(dominantFrequency(others, kRate, 250.0, 900.0) == Approx(otherHz).margin(2.0));
        CHECK(tonePower(others, ownHz) < tonePower(others, otherHz) * 1e-3);
    }
    // Soloed at 2×, the tone keeps its pitch.
    MixSettings first;
    first.solo = { 1 };
    const RenderResult fast = render(timeline, 2000, 2000, 2.0, first);
    const std::vector<float> fastWindow(fast.audio.begin() + kRate / 10, fast.audio.begin() + kRate * 4 / 10);
    CHECK(dominantFrequency(fastWindow, kRate, 250.0, 900.0) == Approx(400.0).margin(3.0));

    MixSettings wrong;
    RenderRequest request;
    request.speed = 3.0;
    const auto refused = OfflineRenderer(timeline).render(request);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == ErrorCode::PlaybackSpeedOutOfRange);
}

TEST_CASE("the sound runs on across every segment boundary with nothing lost, repeated or moved")
{
    QTemporaryDir dir;
    const HearingTimeline timeline = recordedTimeline(dir);
    MixSettings first;
    first.solo = { 1 };
    const RenderResult whole = render(timeline, 0, timeline.playLengthMs(), 1.0, first);
    // Exactly the recorded length: every segment gives its duration, no more, no less.
    REQUIRE(static_cast<qint64>(whole.audio.size()) == timeline.playLengthMs() * kRate / 1000);

    // The same samples as each segment decoded on its own (the encoder's own boundaries), and
    // the demo signal at the right place on its part's clock.
    int boundaries = 0;
    double worstBoundaryError = 0.0;
    double worstInteriorError = 0.0;
    qint64 partStartMs = 0;
    int part = 0;
    for (const TimelineSegment &segment : timeline.segments()) {
        if (segment.part != part) {
            part = segment.part;
            partStartMs = segment.startMs;
        } else {
            ++boundaries;
        }
        const DecodedAudio alone = decodeAudio(segment.path, 0);
        const auto offset = static_cast<std::size_t>(segment.playStartMs * kRate / 1000);
        const auto length = static_cast<std::size_t>(segment.durationMs * kRate / 1000);
        REQUIRE(alone.samples.size() >= length - 960); // the last Opus frame may fall short
        double largestDifference = 0.0;
        for (std::size_t i = 0; i < std::min(length, alone.samples.size()); ++i)
            largestDifference = std::max(largestDifference, std::fabs(double(whole.audio[offset + i]) - alone.samples[i]));
        INFO(segment.path.toStdString());
        CHECK(largestDifference < 1e-6);

        const qint64 partSample0 = (segment.startMs - partStartMs) * kRate / 1000;
        auto errorRms = [&](std::size_t from, std::size_t count) {
            double sum = 0.0;
            for (std::size_t i = from; i < from + count; ++i) {
                const double expected = DemoAudioSource::sample(1, partSample0 + static_cast<qint64>(i), kRate);
                sum += (whole.audio[offset + i] - expected) * (whole.audio[offset + i] - expected);
            }
            return std::sqrt(sum / static_cast<double>(count));
        };
        worstBoundaryError = std::max(worstBoundaryError, errorRms(0, 480));
        worstInteriorError = std::max(worstInteriorError, errorRms(length / 2, 480));
        // 20–40 ms after the boundary (past the fresh encoder's first frame) the sound lines up
        // with the demo signal among ±1 ms of lags: it is not shifted. Opus coding the tone alone
        // (SILK, resampled in the decoder) shifts its phase by 4 samples; the codec's own.
        int bestLag = 0;
        double bestError = 1e9;
        for (int lag = -48; lag <= 48; ++lag) {
            double sum = 0.0;
            for (std::size_t i = 960; i < 1920; ++i) {
                const double expected = DemoAudioSource::sample(1, partSample0 + static_cast<qint64>(i) + lag, kRate);
                sum += (whole.audio[offset + i] - expected) * (whole.audio[offset + i] - expected);
            }
            if (sum < bestError) {
                bestError = sum;
                bestLag = lag;
            }
        }
        CHECK(std::abs(bestLag) <= 6);
    }
    CHECK(boundaries >= 20);
    INFO("worst 10 ms error after a boundary " << worstBoundaryError << ", inside a segment " << worstInteriorError);
    // A lost or repeated 20 ms packet leaves an error of the signal's own level (0.18 RMS and
    // more); the codec's own, a fresh encoder at every segment start included, stays well below.
    CHECK(worstBoundaryError < 0.1);
    CHECK(worstInteriorError < 0.1);
}
