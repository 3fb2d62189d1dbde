// MicrophoneReader::seek is exact to the sample on segments made by the ffmpeg program (Opus
// by libopus in Matroska, as the benchmarks and the integrity tests make them) and on our
// recorder's: a tone that starts at a known sample is found, after a seek into the middle of
// a segment, at the distance from the seek target where it was put; and what is read after a
// seek is, sample for sample, what reading on from the start gives at that moment.
#include "PlaybackFixture.h"

#include "media/SegmentManifest.h"
#include "playback/HearingTimeline.h"
#include "playback/MicrophoneReader.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cmath>

using namespace hattama;
using hattama::test::runProgram;

namespace {

constexpr int kRate = 48'000;
constexpr qint64 kSegmentMs = 4000;
constexpr int kSegments = 2;
constexpr qint64 kToneAtMs = 2500; // in every segment
constexpr double kAmplitude = 0.5;

// A hearing of kSegments segments, each made by the ffmpeg program: one microphone (libopus,
// silence, then a 1 kHz tone of kAmplitude from kToneAtMs to the end), one small camera.
HearingTimeline ffmpegHearing(const QString &dir)
{
    QDir().mkpath(dir + QStringLiteral("/media/part-01"));
    const QString first = dir + QStringLiteral("/media/part-01/seg-00001.mkv");
    const auto made = runProgram(QStringLiteral("ffmpeg"),
        { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-f"), QStringLiteral("lavfi"),
            QStringLiteral("-i"),
            QStringLiteral("aevalsrc=exprs='%1*sin(2*PI*1000*t)*gte(t,%2)':s=48000:d=%3")
                .arg(kAmplitude)
                .arg(kToneAtMs / 1000.0)
                .arg(kSegmentMs / 1000.0),
            QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("testsrc2=size=160x120:rate=25:duration=%1").arg(kSegmentMs / 1000.0), QStringLiteral("-map"),
            QStringLiteral("0"), QStringLiteral("-map"), QStringLiteral("1"), QStringLiteral("-c:a"), QStringLiteral("libopus"),
            QStringLiteral("-b:a"), QStringLiteral("64k"), QStringLiteral("-c:v"), QStringLiteral("libx264"),
            QStringLiteral("-preset"), QStringLiteral("ultrafast"), QStringLiteral("-g"), QStringLiteral("25"),
            QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), first },
        120'000);
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);

    auto manifest = SegmentManifest::openOrCreate(dir, QStringLiteral("ffmpeg-made"));
    REQUIRE(manifest);
    for (int n = 1; n <= kSegments; ++n) {
        const QString relative = QStringLiteral("media/part-01/seg-%1.mkv").arg(n, 5, 10, QLatin1Char('0'));
        if (n > 1)
            REQUIRE(QFile::copy(first, dir + QLatin1Char('/') + relative));
        REQUIRE(manifest->appendSegment(relative, 1, (n - 1) * kSegmentMs, kSegmentMs).ok());
    }
    REQUIRE(manifest->close().ok());
    const QJsonObject recording { { QStringLiteral("format"), QStringLiteral("hattama-recording") },
        { QStringLiteral("version"), 1 }, { QStringLiteral("id"), QStringLiteral("ffmpeg-made") },
        { QStringLiteral("segmentDurationMs"), kSegmentMs },
        { QStringLiteral("tracks"),
            QJsonObject { { QStringLiteral("audio"),
                              QJsonArray { QJsonObject { { QStringLiteral("stream"), 0 }, { QStringLiteral("channel"), 1 },
                                  { QStringLiteral("title"), QStringLiteral("Mic 1") }, { QStringLiteral("sampleRateHz"), kRate } } } },
                { QStringLiteral("video"),
                    QJsonArray { QJsonObject { { QStringLiteral("stream"), 1 }, { QStringLiteral("name"), QStringLiteral("Camera 1") },
                        { QStringLiteral("widthPx"), 160 }, { QStringLiteral("heightPx"), 120 },
                        { QStringLiteral("frameRate"), 25 } } } } } },
        { QStringLiteral("parts"), QJsonArray { QJsonObject { { QStringLiteral("number"), 1 }, { QStringLiteral("startMs"), 0 } } } },
        { QStringLiteral("state"), QStringLiteral("stopped") } };
    QFile file(dir + QStringLiteral("/recording.json"));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(recording).toJson());
    file.close();

    auto timeline = HearingTimeline::open(dir);
    INFO((timeline ? QString() : timeline.error().text()).toStdString());
    REQUIRE(timeline);
    return *timeline;
}

// The first sample, counted from the reader's position, where the tone is at half its
// amplitude or more; -1 when it is not within `frames`.
qint64 toneOnset(MicrophoneReader &reader, int frames)
{
    std::vector<std::vector<float>> samples;
    qint64 at = 0;
    while (at < frames) {
        auto read = reader.read(samples, 960);
        REQUIRE(read);
        if (*read == 0)
            break;
        for (int i = 0; i < *read; ++i) {
            if (std::abs(samples[0][static_cast<std::size_t>(i)]) >= kAmplitude / 2)
                return at + i;
        }
        at += *read;
    }
    return -1;
}

// Every sample of microphone 1 over the whole play time, read on from the start.
std::vector<float> wholeSignal(const HearingTimeline &timeline)
{
    MicrophoneReader reader(timeline);
    std::vector<float> all;
    std::vector<std::vector<float>> samples;
    while (true) {
        auto read = reader.read(samples, 4800);
        REQUIRE(read);
        if (*read == 0)
            break;
        all.insert(all.end(), samples[0].begin(), samples[0].end());
    }
    return all;
}

// The RMS of the difference between samples and the signal read from the start at `from`,
// against the RMS of that signal.
double relativeDifference(const std::vector<float> &samples, const std::vector<float> &whole, qint64 from)
{
    double difference = 0;
    double signal = 0;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const auto at = static_cast<std::size_t>(from) + i;
        const double d = samples[i] - whole[at];
        difference += d * d;
        signal += static_cast<double>(whole[at]) * whole[at];
    }
    return signal > 0 ? std::sqrt(difference / signal) : 1.0;
}

// After a seek to each target, the samples read are compared with the signal read from the
// start around that moment: they match it best with no shift (of up to half a millisecond
// either way), and closely there (the
// decoder restarted ahead of the target differs from the one that ran from the start by a
// per cent or two; a shift of one sample differs by 5 % on the recorder's 400 Hz tone, 13 %
// on the 1 kHz one).
void checkSeeksAgainstWhole(const HearingTimeline &timeline, const std::vector<qint64> &targetsMs)
{
    const std::vector<float> whole = wholeSignal(timeline);
    MicrophoneReader reader(timeline);
    constexpr int length = kRate / 5;
    constexpr qint64 maxShift = kRate / 2000; // half a period of 1 kHz: a shift to search, not a period
    for (const qint64 targetMs : targetsMs) {
        REQUIRE(reader.seek(targetMs).ok());
        std::vector<std::vector<float>> samples;
        auto read = reader.read(samples, length);
        REQUIRE(read);
        REQUIRE(*read == length);
        const qint64 from = targetMs * kRate / 1000;
        REQUIRE(from - maxShift >= 0);
        REQUIRE(static_cast<std::size_t>(from + maxShift + length) <= whole.size());
        qint64 bestShift = 0;
        double best = relativeDifference(samples[0], whole, from);
        const double atTarget = best;
        for (qint64 shift = -maxShift; shift <= maxShift; ++shift) {
            const double d = relativeDifference(samples[0], whole, from + shift);
            if (d < best) {
                best = d;
                bestShift = shift;
            }
        }
        INFO("seek to " << targetMs << " ms: best match " << bestShift << " samples off ("
                        << best * 100 << " %), " << atTarget * 100 << " % at the target");
        CHECK(bestShift == 0);
        CHECK(atTarget < 0.03);
    }
}

} // namespace

TEST_CASE("a seek into the middle of an ffmpeg-made segment lands on the sample asked for", "[playback][seek]")
{
    QTemporaryDir dir;
    const HearingTimeline timeline = ffmpegHearing(dir.path());
    REQUIRE(timeline.microphones().size() == 1);
    MicrophoneReader reader(timeline);

    // Read from the start: where the tone begins in the decoded signal (Opus smears an onset
    // over a fraction of a millisecond; the same decoder gives the same samples).
    const qint64 reference = toneOnset(reader, 2 * kRate * kSegmentMs / 1000);
    INFO("onset from the start: " << reference);
    REQUIRE(std::abs(reference - kToneAtMs * kRate / 1000) <= kRate / 1000); // within 1 ms of where it was put

    // Seeks into both segments, at several distances before the onset (up to the 100 ms the
    // reader decodes ahead of a target, and further than any Opus pre-roll).
    for (const qint64 segmentStartMs : { qint64(0), kSegmentMs }) {
        for (const qint64 beforeMs : { qint64(17), qint64(60), qint64(100), qint64(333), qint64(1200), qint64(2000) }) {
            const qint64 targetMs = segmentStartMs + kToneAtMs - beforeMs;
            REQUIRE(reader.seek(targetMs).ok());
            CHECK(reader.playSample() == targetMs * kRate / 1000);
            const qint64 onset = toneOnset(reader, 3 * kRate);
            INFO("seek to " << targetMs << " ms: tone found " << onset << " samples on, expected "
                            << reference - (targetMs - segmentStartMs) * kRate / 1000);
            // Sample-exact: the same samples as read on from the segment's start (2 samples of
            // slack for the decoder's state just after the seek).
            CHECK(std::abs(onset - (reference - (targetMs - segmentStartMs) * kRate / 1000)) <= 2);
        }
    }
}

TEST_CASE("after a seek the samples are those read on from the start, on ffmpeg-made segments", "[playback][seek]")
{
    QTemporaryDir dir;
    const HearingTimeline timeline = ffmpegHearing(dir.path());
    checkSeeksAgainstWhole(timeline, { 2450, 2600, 3123, 6510, 7001 });
}

TEST_CASE("after a seek the samples are those read on from the start, on the recorder's segments", "[playback][seek]")
{
    // The demo recording: a steady tone on every microphone and a 1 kHz beep of 50 ms at every
    // whole second; half-second segments. Seeks into the middle of segments, onto beeps and
    // between them, in both parts.
    QTemporaryDir dir;
    hattama::test::recordDemoHearing(dir.path());
    auto timeline = HearingTimeline::open(dir.path());
    REQUIRE(timeline);
    checkSeeksAgainstWhole(*timeline, { 130, 1020, 2270, 3699, 5010, 5090, 5120, 7025, 9340 });
}
