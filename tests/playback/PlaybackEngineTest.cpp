// The live playback engine without a window: a real demo recording decoded on the engine's
// worker threads, on the system clock (no sound device), its sound listened to at the tap.
#include "MediaAnalysis.h"
#include "PlaybackFixture.h"
#include "TestSupport.h"

#include "playback/OfflineRenderer.h"
#include "playback/PlaybackEngine.h"
#include "playback/SystemClockOutput.h"
#include "playback/VoiceActivityScan.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>

using namespace hattama;
using namespace hattama::test;

namespace {

// One recording for every section of this process (recording it takes ~13 s of real time).
const HearingTimeline &demoTimeline()
{
    static QTemporaryDir dir;
    static std::optional<HearingTimeline> timeline;
    if (!timeline) {
        recordDemoHearing(dir.path());
        auto opened = HearingTimeline::open(dir.path());
        INFO((opened ? QString() : opened.error().text()).toStdString());
        REQUIRE(opened);
        timeline = *opened;
    }
    return *timeline;
}

struct Listener {
    std::vector<float> heard;
};

std::unique_ptr<PlaybackEngine> makeEngine(const HearingTimeline &timeline, std::shared_ptr<Listener> listener)
{
    auto output = std::make_unique<SystemClockOutput>();
    output->setTap([listener](const float *samples, qint64 frames) {
        listener->heard.insert(listener->heard.end(), samples, samples + frames);
    });
    return std::make_unique<PlaybackEngine>(timeline, std::move(output));
}

bool waitFor(const std::function<bool()> &condition)
{
    return waitUntil(condition, 60'000, [] { QCoreApplication::processEvents(); });
}

} // namespace

TEST_CASE("the live engine seeks exactly, plays across segment boundaries and solos a microphone")
{
    const HearingTimeline &timeline = demoTimeline();
    auto listener = std::make_shared<Listener>();
    auto engine = makeEngine(timeline, listener);
    REQUIRE(engine->usesSystemClock());
    const qint64 start = timeline.startMs();
    constexpr qint64 kFrameMs = 1000 / DemoRecording::kFrameRate;

    SECTION("a seek lands on the frame of the requested moment, not on the key frame before it")
    {
        // The demo cameras flash white for one frame at every whole second; segments (and key
        // frames) start every half second.
        for (const qint64 at : { start + 3000, start + 3000 + kFrameMs / 2, start + 3230, start + 4470 }) {
            engine->seekHearing(at);
            REQUIRE(waitFor([&] { return engine->settled(); }));
            const OfflineRenderer renderer(timeline);
            for (int camera = 0; camera < DemoRecording::kCameras; ++camera) {
                const CameraPicture *shown = engine->picture(camera);
                REQUIRE(shown);
                INFO("at " << at << " camera " << camera + 1 << " shows " << shown->hearingMs);
                CHECK(shown->hearingMs <= at);
                CHECK(shown->hearingMs > at - kFrameMs);
                const double luma = pictureMeanLuma(shown->frame.get());
                if (at - start == 3000 || at - start == 3000 + kFrameMs / 2)
                    CHECK(luma > 200.0); // the flash
                else
                    CHECK(luma < 200.0);
                const auto expected = renderer.pictureAt(at, camera);
                REQUIRE(expected);
                CHECK(luma == Approx(expected->meanLuma).margin(0.5));
            }
            CHECK(engine->positionHearingMs() == at);
        }
        // Frame steps while paused.
        engine->seekHearing(start + 2000);
        REQUIRE(waitFor([&] { return engine->settled(); }));
        engine->stepFrames(1);
        REQUIRE(waitFor([&] { return engine->settled(); }));
        CHECK(engine->picture(0)->hearingMs == start + 2000 + kFrameMs);
        engine->stepFrames(-2);
        REQUIRE(waitFor([&] { return engine->settled(); }));
        CHECK(engine->picture(0)->hearingMs == start + 2000 - kFrameMs);
    }

    SECTION("playing goes on across segment boundaries, pictures in order and the sound unbroken")
    {
        engine->seekHearing(start + 2300);
        REQUIRE(waitFor([&] { return engine->settled(); }));
        listener->heard.clear();
        engine->play();
        std::vector<qint64> shownMs;
        bool flashShown = false;
        REQUIRE(waitFor([&] {
            if (const CameraPicture *shown = engine->picture(1); shown && (shownMs.empty() || shownMs.back() != shown->hearingMs)) {
                shownMs.push_back(shown->hearingMs);
                flashShown = flashShown || pictureMeanLuma(shown->frame.get()) > 200.0;
            }
            return engine->positionHearingMs() >= start + 3700;
        }));
        engine->pause();
        CHECK(engine->lastError().isEmpty());
        REQUIRE(shownMs.size() >= 2);
        CHECK(std::is_sorted(shownMs.begin(), shownMs.end()));
        CHECK(shownMs.back() >= start + 3500); // past the boundaries at 2.5, 3.0 and 3.5 s
        CHECK(flashShown);
        // The sound heard is unbroken across the boundary at 2.5 s: the beep of 3 s comes 0.7 s
        // in (a lost or repeated stretch would move it).
        DecodedAudio audio;
        audio.sampleRateHz = timeline.sampleRateHz();
        audio.samples = listener->heard;
        const std::vector<double> beeps = beepOnsets(audio);
        REQUIRE(beeps.size() == 1);
        CHECK(beeps.front() == Approx(0.7).margin(0.01));
    }

    SECTION("soloing microphone 2 leaves only its tone in the sound; speed keeps the pitch")
    {
        for (const double speed : { 1.0, 2.0 }) {
            engine->setSpeed(speed);
            engine->seekHearing(start + 1100);
            REQUIRE(waitFor([&] { return engine->settled(); }));
            engine->soloOnly({ 2 });
            CHECK(engine->mix().solo == QList<int> { 2 });
            listener->heard.clear();
            engine->play();
            REQUIRE(waitFor([&] { return listener->heard.size() >= std::size_t(timeline.sampleRateHz() / 2); }));
            engine->pause();
            const std::vector<float> window(listener->heard.begin(), listener->heard.begin() + timeline.sampleRateHz() / 4);
            INFO("speed " << speed);
            CHECK(dominantFrequency(window, timeline.sampleRateHz(), 250.0, 900.0) == Approx(500.0).margin(3.0));
            engine->soloOnly({ 1 });
            listener->heard.clear();
            engine->play();
            REQUIRE(waitFor([&] { return listener->heard.size() >= std::size_t(timeline.sampleRateHz() / 2); }));
            engine->pause();
            const std::vector<float> first(listener->heard.begin(), listener->heard.begin() + timeline.sampleRateHz() / 4);
            CHECK(dominantFrequency(first, timeline.sampleRateHz(), 250.0, 900.0) == Approx(400.0).margin(3.0));
            engine->soloOnly({});
        }
    }
}

TEST_CASE("the voice activity scan finds each microphone's sound over the whole recording, none in the recess")
{
    const HearingTimeline &timeline = demoTimeline();
    VoiceActivityScan scan(timeline);
    scan.start();
    REQUIRE(waitFor([&] { return scan.finished(); }));
    CHECK(scan.progress() == Approx(1.0).margin(0.01));
    const auto stretches = scan.stretches();
    REQUIRE(stretches.size() == DemoRecording::kMicrophones);
    const QList<TimelineGap> gaps = timeline.gaps();
    REQUIRE(gaps.size() == 1);
    for (int microphone = 0; microphone < stretches.size(); ++microphone) {
        INFO("microphone " << microphone + 1);
        // The demo microphones sound all the time: one stretch per part, covering it.
        qint64 covered = 0;
        for (const auto &stretch : stretches.at(microphone)) {
            CHECK(stretch.first < stretch.second);
            CHECK((stretch.second <= gaps.first().startMs || stretch.first >= gaps.first().endMs));
            covered += stretch.second - stretch.first;
        }
        CHECK(stretches.at(microphone).size() == 2);
        CHECK(covered >= timeline.playLengthMs() - 200);
    }
}
