// The compact profile's program video (core/copy/CompactProgram): a hearing made with the
// ffmpeg command line in which microphone 1 speaks in one passage and microphone 2 in another,
// rendered and read back with FFmpeg and ffprobe.
#include "MediaAnalysis.h"
#include "TestSupport.h"

#include "copy/CompactProgram.h"
#include "media/SegmentManifest.h"
#include "playback/CameraReader.h"
#include "playback/HearingTimeline.h"
#include "playback/OfflineRenderer.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTemporaryDir>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

#include <cmath>
#include <map>

using namespace hattama;
using namespace hattama::test;

namespace {

constexpr qint64 kSegmentMs = 3000;
constexpr int kSegments = 8; // 24 s, one part
constexpr int kFrameRate = 25;
const QSize kCameraSize(320, 180);
const QSize kProgramSize(640, 360);
// Hearing time: microphone 1 speaks (440 Hz) in [3, 8) s, microphone 2 (660 Hz) in [12, 17) s;
// in [20, 22) s, the passage to be left out, microphone 1 sounds 1 kHz and both cameras are white.
constexpr qint64 kExcludedFromMs = 20'000;
constexpr qint64 kExcludedToMs = 22'000;

// A hearing folder of 3 s segments written by the ffmpeg command line, with a real manifest
// and recording.json (microphone 1 → camera 1, microphone 2 → camera 2).
void makeHearing(const QString &dir, bool mapCameras)
{
    QDir().mkpath(dir);
    auto manifest = SegmentManifest::openOrCreate(dir, QStringLiteral("compact-test"));
    REQUIRE(manifest);
    const QString white
        = QStringLiteral(",drawbox=x=0:y=0:w=iw:h=ih:color=white:t=fill:enable='between(t+%1,20,21.99)'");
    for (int n = 1; n <= kSegments; ++n) {
        const QString relative = QStringLiteral("media/part-01/seg-%1.mkv").arg(n, 5, 10, QLatin1Char('0'));
        const QString path = QDir(dir).filePath(relative);
        QDir().mkpath(QFileInfo(path).path());
        const QString t0 = QString::number((n - 1) * kSegmentMs / 1000);
        const QString noise = QStringLiteral("+0.002*(random(0)-0.5)");
        const QString mic1 = QStringLiteral("aevalsrc=exprs='0.3*sin(2*PI*440*t)*between(t+%1,3,7.99)"
                                            "+0.3*sin(2*PI*1000*t)*between(t+%1,20,21.99)%2':s=48000:d=3")
                                 .arg(t0, noise);
        const QString mic2 = QStringLiteral("aevalsrc=exprs='0.3*sin(2*PI*660*t)*between(t+%1,12,16.99)%2':s=48000:d=3")
                                 .arg(t0, noise);
        const QString size = QStringLiteral("%1x%2").arg(kCameraSize.width()).arg(kCameraSize.height());
        const QString cam1 = QStringLiteral("testsrc2=size=%1:rate=25:duration=3").arg(size) + white.arg(t0);
        const QString cam2 = QStringLiteral("smptebars=size=%1:rate=25:duration=3").arg(size) + white.arg(t0);
        QStringList args { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y") };
        for (const QString &source : { mic1, mic2, cam1, cam2 })
            args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i") << source;
        for (int i = 0; i < 4; ++i)
            args << QStringLiteral("-map") << QString::number(i);
        args << QStringLiteral("-c:a") << QStringLiteral("libopus") << QStringLiteral("-b:a") << QStringLiteral("48k")
             << QStringLiteral("-c:v") << QStringLiteral("libx264") << QStringLiteral("-preset")
             << QStringLiteral("ultrafast") << QStringLiteral("-g") << QStringLiteral("25")
             << QStringLiteral("-pix_fmt") << QStringLiteral("yuv420p") << path;
        const auto made = runProgram(QStringLiteral("ffmpeg"), args, 120'000);
        INFO(made.err.toStdString());
        REQUIRE(made.exitCode == 0);
        REQUIRE(manifest->appendSegment(relative, 1, (n - 1) * kSegmentMs, kSegmentMs));
    }
    REQUIRE(manifest->close());
    QJsonArray audio;
    for (int m = 1; m <= 2; ++m) {
        QJsonObject track { { QStringLiteral("stream"), m - 1 }, { QStringLiteral("channel"), m },
            { QStringLiteral("title"), QStringLiteral("Mic %1").arg(m) }, { QStringLiteral("sampleRateHz"), 48000 } };
        if (mapCameras)
            track.insert(QStringLiteral("camera"), m);
        audio.append(track);
    }
    QJsonArray video;
    for (int c = 1; c <= 2; ++c)
        video.append(QJsonObject { { QStringLiteral("stream"), 1 + c },
            { QStringLiteral("name"), QStringLiteral("Camera %1").arg(c) },
            { QStringLiteral("widthPx"), kCameraSize.width() }, { QStringLiteral("heightPx"), kCameraSize.height() },
            { QStringLiteral("frameRate"), kFrameRate } });
    const QJsonObject recording { { QStringLiteral("format"), QStringLiteral("hattama-recording") },
        { QStringLiteral("version"), 1 }, { QStringLiteral("id"), QStringLiteral("compact-test") },
        { QStringLiteral("segmentDurationMs"), kSegmentMs },
        { QStringLiteral("tracks"),
            QJsonObject { { QStringLiteral("audio"), audio }, { QStringLiteral("video"), video } } },
        { QStringLiteral("parts"),
            QJsonArray { QJsonObject { { QStringLiteral("number"), 1 }, { QStringLiteral("startMs"), 0 } } } },
        { QStringLiteral("state"), QStringLiteral("stopped") } };
    QFile file(QDir(dir).filePath(QStringLiteral("recording.json")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(recording).toJson());
}

// The program's pictures (as images) at the given output frame numbers, and every frame's
// mean brightness.
struct ProgramPictures {
    std::map<qint64, QImage> at;
    std::vector<double> meanLuma;
};

ProgramPictures decodePictures(const QString &path, const std::vector<qint64> &wanted)
{
    ProgramPictures result;
    AVFormatContext *input = nullptr;
    REQUIRE(avformat_open_input(&input, QFile::encodeName(path).constData(), nullptr, nullptr) == 0);
    REQUIRE(avformat_find_stream_info(input, nullptr) >= 0);
    const int stream = av_find_best_stream(input, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    REQUIRE(stream >= 0);
    const AVCodec *codec = avcodec_find_decoder(input->streams[stream]->codecpar->codec_id);
    AVCodecContext *decoder = avcodec_alloc_context3(codec);
    avcodec_parameters_to_context(decoder, input->streams[stream]->codecpar);
    REQUIRE(avcodec_open2(decoder, codec, nullptr) == 0);
    AVPacket *packet = av_packet_alloc();
    AVFrame *frame = av_frame_alloc();
    const AVRational timeBase = input->streams[stream]->time_base;
    auto drain = [&] {
        while (avcodec_receive_frame(decoder, frame) == 0) {
            const qint64 index
                = std::llround(static_cast<double>(frame->best_effort_timestamp) * av_q2d(timeBase) * kFrameRate);
            result.meanLuma.push_back(pictureMeanLuma(frame));
            if (std::find(wanted.begin(), wanted.end(), index) != wanted.end())
                result.at[index] = pictureImage(frame);
        }
    };
    while (av_read_frame(input, packet) >= 0) {
        if (packet->stream_index == stream)
            avcodec_send_packet(decoder, packet);
        av_packet_unref(packet);
        drain();
    }
    avcodec_send_packet(decoder, nullptr);
    drain();
    av_frame_free(&frame);
    av_packet_free(&packet);
    avcodec_free_context(&decoder);
    avformat_close_input(&input);
    return result;
}

// Mean absolute difference of two images' pixels (0–255, over R, G and B).
double difference(const QImage &a, const QImage &b)
{
    REQUIRE(a.size() == b.size());
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    double sum = 0.0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col)
            sum += std::abs(qRed(p[col]) - qRed(q[col])) + std::abs(qGreen(p[col]) - qGreen(q[col]))
                + std::abs(qBlue(p[col]) - qBlue(q[col]));
    }
    return sum / (3.0 * x.width() * x.height());
}

// What the program should show at a hearing moment: one camera over the whole picture, or
// the two cameras side by side in the middle of a 2×2 grid.
QImage expected(const OfflineRenderer &renderer, qint64 hearingMs, int camera)
{
    if (camera >= 0) {
        auto picture = renderer.pictureAt(hearingMs, camera, kProgramSize);
        REQUIRE(picture);
        return picture->picture;
    }
    QImage grid(kProgramSize, QImage::Format_RGB32);
    grid.fill(Qt::black);
    QPainter painter(&grid);
    for (int c = 0; c < 2; ++c) {
        auto picture = renderer.pictureAt(hearingMs, c, QSize(320, 180));
        REQUIRE(picture);
        painter.drawImage(QPoint(c * 320, 90), picture->picture);
    }
    return grid;
}

// Amplitude of a frequency in a stretch of samples (Goertzel).
double amplitudeAt(const std::vector<float> &samples, std::size_t from, std::size_t count, double hz, int rateHz)
{
    const double w = 2.0 * M_PI * hz / rateHz;
    double s1 = 0.0;
    double s2 = 0.0;
    for (std::size_t i = from; i < from + count && i < samples.size(); ++i) {
        const double s0 = samples[i] + 2.0 * std::cos(w) * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    const double power = s1 * s1 + s2 * s2 - 2.0 * std::cos(w) * s1 * s2;
    return 2.0 * std::sqrt(std::max(0.0, power)) / static_cast<double>(count);
}

double rmsOf(const std::vector<float> &samples, std::size_t from, std::size_t count)
{
    double sum = 0.0;
    for (std::size_t i = from; i < from + count && i < samples.size(); ++i)
        sum += static_cast<double>(samples[i]) * samples[i];
    return std::sqrt(sum / static_cast<double>(count));
}

copy::CompactRequest requestFor(const QString &hearing, const QString &output)
{
    copy::CompactRequest request;
    request.hearingFolder = hearing;
    request.outputFile = output;
    return request;
}

} // namespace

TEST_CASE(
    "the compact program follows the speaker's camera, shows the grid in silence and leaves out the excluded passage")
{
    QTemporaryDir dir;
    const QString hearing = dir.filePath(QStringLiteral("hearing"));
    makeHearing(hearing, true);
    const QString output = dir.filePath(QStringLiteral("программа.mp4"));

    copy::CompactRequest request = requestFor(hearing, output);
    request.excludedMs = { { kExcludedFromMs, kExcludedToMs } };
    std::vector<double> fractions;
    auto report = copy::writeCompactProgram(
        request, [&](double fraction) { fractions.push_back(fraction); }, nullptr);
    INFO((report ? QString() : report.error().text()).toStdString());
    REQUIRE(report);
    CHECK_FALSE(QFileInfo::exists(output + QStringLiteral(".part")));
    REQUIRE(QFileInfo::exists(output));
    CHECK(report->bytes == QFileInfo(output).size());
    REQUIRE_FALSE(fractions.empty());
    CHECK(std::is_sorted(fractions.begin(), fractions.end()));
    CHECK(fractions.back() == 1.0);

    const double programSec = (kSegments * kSegmentMs - (kExcludedToMs - kExcludedFromMs)) / 1000.0; // 22 s
    const double oneFrameSec = 1.0 / kFrameRate;
    CHECK(std::fabs(report->durationMs / 1000.0 - programSec) <= oneFrameSec);

    SECTION("ffprobe: H.264 640×360 and AAC, +faststart, the hearing minus the excluded passage, ≤ 0.25 GB per hour")
    {
        const QJsonObject info = probeMedia(output);
        const QJsonObject format = info.value(QStringLiteral("format")).toObject();
        CHECK(std::fabs(format.value(QStringLiteral("duration")).toString().toDouble() - programSec) <= oneFrameSec);
        const QJsonArray streams = info.value(QStringLiteral("streams")).toArray();
        REQUIRE(streams.size() == 2);
        const QJsonObject video = streams[0].toObject();
        CHECK(video.value(QStringLiteral("codec_name")).toString() == QStringLiteral("h264"));
        CHECK(video.value(QStringLiteral("width")).toInt() == 640);
        CHECK(video.value(QStringLiteral("height")).toInt() == 360);
        CHECK(video.value(QStringLiteral("pix_fmt")).toString() == QStringLiteral("yuv420p"));
        CHECK(video.value(QStringLiteral("nb_frames")).toString().toInt() == std::lround(programSec * kFrameRate));
        CHECK(streams[1].toObject().value(QStringLiteral("codec_name")).toString() == QStringLiteral("aac"));
        for (const QJsonValue &stream : streams)
            CHECK(std::fabs(stream.toObject().value(QStringLiteral("duration")).toString().toDouble() - programSec)
                <= oneFrameSec);
        const double gbPerHour = static_cast<double>(QFileInfo(output).size()) / programSec * 3600.0 / 1e9;
        INFO("GB per hour: " << gbPerHour);
        CHECK(gbPerHour <= 0.25);
        QFile file(output);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(1 << 20);
        REQUIRE(head.indexOf("moov") >= 0);
        CHECK(head.indexOf("moov") < head.indexOf("mdat"));
    }

    SECTION("pictures: camera 1 while microphone 1 speaks, camera 2 while microphone 2 does, the grid in silence")
    {
        auto timeline = HearingTimeline::open(hearing);
        REQUIRE(timeline);
        const OfflineRenderer renderer(*timeline);
        // Output second → (hearing ms, the view: camera 0-based or -1 for the grid).
        struct Look {
            double outSec;
            qint64 hearingMs;
            int view;
        };
        const std::vector<Look> looks { { 1.0, 1000, -1 }, { 5.0, 5000, 0 }, { 7.6, 7600, 0 }, { 10.4, 10'400, -1 },
            { 13.0, 13'000, 1 }, { 16.4, 16'400, 1 }, { 19.0, 19'000, -1 }, { 20.5, 22'500, -1 },
            { 21.5, 23'500, -1 } };
        std::vector<qint64> frames;
        for (const Look &look : looks)
            frames.push_back(std::llround(look.outSec * kFrameRate));
        const ProgramPictures program = decodePictures(output, frames);
        CHECK(program.meanLuma.size() == static_cast<std::size_t>(std::lround(programSec * kFrameRate)));
        for (const Look &look : looks) {
            INFO("output " << look.outSec << " s, hearing " << look.hearingMs << " ms, expected view " << look.view);
            const auto found = program.at.find(std::llround(look.outSec * kFrameRate));
            REQUIRE(found != program.at.end());
            const double right = difference(found->second, expected(renderer, look.hearingMs, look.view));
            INFO("difference to the expected view " << right);
            CHECK(right < 12.0);
            for (int other = -1; other < 2; ++other) {
                if (other == look.view)
                    continue;
                const double wrong = difference(found->second, expected(renderer, look.hearingMs, other));
                INFO("difference to view " << other << ": " << wrong);
                CHECK(wrong > 2.0 * right + 10.0);
            }
        }
        // No picture of the excluded passage (white on both cameras) is in the program.
        const double brightest = *std::max_element(program.meanLuma.begin(), program.meanLuma.end());
        INFO("brightest frame " << brightest);
        CHECK(brightest < 200.0);
    }

    SECTION("sound: the mix of both microphones, nothing of the excluded passage")
    {
        const DecodedAudio sound = decodeAudio(output, 1);
        REQUIRE(sound.sampleRateHz == 48'000);
        const auto rate = static_cast<std::size_t>(sound.sampleRateHz);
        CHECK(std::fabs(static_cast<double>(sound.samples.size()) / static_cast<double>(rate) - programSec)
            <= oneFrameSec);
        CHECK(amplitudeAt(sound.samples, 4 * rate, rate, 440.0, sound.sampleRateHz) > 0.15);
        CHECK(amplitudeAt(sound.samples, 13 * rate, rate, 660.0, sound.sampleRateHz) > 0.15);
        CHECK(rmsOf(sound.samples, rate / 5, 2 * rate) < 0.01);
        // After the cut (output 20 s = hearing 22 s) only room noise.
        CHECK(rmsOf(sound.samples, 20 * rate + rate / 10, rate + rate / 2) < 0.01);
        // No 1 kHz (the excluded passage's sound) anywhere, in half-second steps.
        double loudest1k = 0.0;
        for (std::size_t at = 0; at + rate / 2 <= sound.samples.size(); at += rate / 4)
            loudest1k = std::max(loudest1k, amplitudeAt(sound.samples, at, rate / 2, 1000.0, sound.sampleRateHz));
        INFO("1 kHz at most " << loudest1k);
        CHECK(loudest1k < 0.02);
    }
}

TEST_CASE("the compact program of a part of the hearing: no camera mapping shows the grid, a cancel leaves nothing")
{
    QTemporaryDir dir;
    const QString hearing = dir.filePath(QStringLiteral("hearing"));
    makeHearing(hearing, false);
    auto timeline = HearingTimeline::open(hearing);
    REQUIRE(timeline);
    const OfflineRenderer renderer(*timeline);

    SECTION("without a mapping every speaker is shown in the grid; the request's mapping overrides it")
    {
        copy::CompactRequest request = requestFor(hearing, dir.filePath(QStringLiteral("grid.mp4")));
        request.fromMs = 3000;
        request.toMs = 9000;
        auto report = copy::writeCompactProgram(request, {}, nullptr);
        REQUIRE(report);
        CHECK(std::fabs(report->durationMs - 6000.0) <= 40.0);
        ProgramPictures program = decodePictures(request.outputFile, { 50 }); // hearing 5 s: microphone 1 speaks
        REQUIRE(program.at.count(50) == 1);
        CHECK(difference(program.at[50], expected(renderer, 5000, -1)) < 12.0);

        request.cameraOfChannel = { { 1, 2 } }; // microphone 1 → camera 2
        request.outputFile = dir.filePath(QStringLiteral("mapped.mp4"));
        report = copy::writeCompactProgram(request, {}, nullptr);
        REQUIRE(report);
        program = decodePictures(request.outputFile, { 50 });
        REQUIRE(program.at.count(50) == 1);
        CHECK(difference(program.at[50], expected(renderer, 5000, 1)) < 12.0);
    }

    SECTION("a cancel while writing removes the file; nothing half-written is left")
    {
        copy::CompactRequest request = requestFor(hearing, dir.filePath(QStringLiteral("cancelled.mp4")));
        std::atomic_bool cancel { false };
        bool partSeen = false;
        auto report = copy::writeCompactProgram(
            request,
            [&](double fraction) {
                if (fraction > 0.2 && !cancel) {
                    partSeen = QFileInfo::exists(request.outputFile + QStringLiteral(".part"));
                    cancel = true;
                }
            },
            &cancel);
        REQUIRE_FALSE(report);
        CHECK(report.error().kind == ErrorCode::CopyCancelled);
        CHECK(partSeen);
        CHECK_FALSE(QFileInfo::exists(request.outputFile));
        CHECK_FALSE(QFileInfo::exists(request.outputFile + QStringLiteral(".part")));
    }

    SECTION("a range that is all excluded is refused and writes nothing")
    {
        copy::CompactRequest request = requestFor(hearing, dir.filePath(QStringLiteral("empty.mp4")));
        request.fromMs = 3000;
        request.toMs = 6000;
        request.excludedMs = { { 2000, 7000 } };
        auto report = copy::writeCompactProgram(request, {}, nullptr);
        REQUIRE_FALSE(report);
        CHECK(report.error().kind == ErrorCode::ClipEmptyRange);
        CHECK_FALSE(QFileInfo::exists(request.outputFile));
    }
}
