#include "copy/CompactProgram.h"

#include "playback/CameraReader.h"
#include "playback/HearingTimeline.h"
#include "playback/MicrophoneReader.h"
#include "playback/MixSettings.h"
#include "playback/Mp4Writer.h"
#include "playback/PlaybackTime.h"

extern "C" {
#include <libswscale/swscale.h>
}

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <limits>
#include <mutex>
#include <thread>

namespace hattama::copy {

namespace {

constexpr int kAudioKbps = 64;
constexpr int kMaxVideoKbps = 340; // with the sound ≈ 0.18 GB per hour at most
constexpr int kCrf = 26;
constexpr std::size_t kQueuedPictures = 6; // per camera, decoded ahead of the encoder

// A stretch of the program: recorded time on the play clock, in the order it is shown.
struct Piece {
    qint64 playStartMs = 0;
    qint64 playEndMs = 0;
    qint64 outStartMs = 0; // where it starts in the program
    qint64 lengthMs() const { return playEndMs - playStartMs; }
};

// The recorded stretches of [fromMs, toMs) on the play clock with the excluded ranges cut out.
QList<Piece> programPieces(
    const HearingTimeline &timeline, qint64 fromMs, qint64 toMs, QList<QPair<qint64, qint64>> excluded)
{
    std::sort(excluded.begin(), excluded.end());
    QList<Piece> pieces;
    qint64 out = 0;
    auto add = [&](qint64 playStart, qint64 playEnd) {
        if (playEnd <= playStart)
            return;
        if (!pieces.isEmpty() && pieces.last().playEndMs == playStart) {
            pieces.last().playEndMs = playEnd;
        } else {
            pieces.append(Piece { playStart, playEnd, out });
        }
        out += playEnd - playStart;
    };
    for (const TimelineSegment &segment : timeline.segments()) {
        qint64 at = std::max(segment.startMs, fromMs);
        const qint64 end = std::min(segment.endMs(), toMs);
        for (const auto &[cutFrom, cutTo] : std::as_const(excluded)) {
            if (at >= end)
                break;
            if (cutTo <= at || cutFrom >= end)
                continue;
            add(segment.playStartMs + at - segment.startMs,
                segment.playStartMs + std::max(at, cutFrom) - segment.startMs);
            at = std::max(at, cutTo);
        }
        if (at < end)
            add(segment.playStartMs + at - segment.startMs, segment.playStartMs + end - segment.startMs);
    }
    return pieces;
}

// Where each output frame is taken from on the play clock; a new piece starts with a seek.
struct FrameClock {
    QList<Piece> pieces;
    int frameRate = 25;
    qint64 frames = 0;

    qint64 outMsOf(qint64 frame) const { return frame * 1000 / frameRate; }
    int pieceOf(qint64 frame) const
    {
        const qint64 outMs = outMsOf(frame);
        int index = 0;
        while (index + 1 < pieces.size() && pieces[index + 1].outStartMs <= outMs)
            ++index;
        return index;
    }
    qint64 playMsOf(qint64 frame, int piece) const
    {
        const Piece &p = pieces[piece];
        return std::min(p.playEndMs - 1, p.playStartMs + outMsOf(frame) - p.outStartMs);
    }
};

// One camera's picture for an output frame: as decoded (for the whole program picture) and
// already scaled to a cell of the grid; both null when the camera has none there.
struct FeedPicture {
    ff::FramePtr picture;
    ff::FramePtr cell;
};

ff::FramePtr newYuvFrame(QSize size)
{
    ff::FramePtr frame(av_frame_alloc());
    frame->format = AV_PIX_FMT_YUV420P;
    frame->width = size.width();
    frame->height = size.height();
    if (av_frame_get_buffer(frame.get(), 0) < 0)
        return nullptr;
    return frame;
}

// The pictures of one camera for every output frame, decoded and scaled to the grid's cell on
// their own thread into a small bounded queue.
class CameraFeed {
public:
    CameraFeed(const HearingTimeline &timeline, int camera, const FrameClock &clock, QSize cell)
        : m_reader(timeline, camera)
        , m_clock(clock)
        , m_cell(cell)
    {
        m_thread = std::thread([this] { run(); });
    }
    ~CameraFeed()
    {
        stop();
        m_thread.join();
        sws_freeContext(m_scaler);
    }

    // The picture of the next output frame.
    Result<FeedPicture> take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_queue.empty() || m_done; });
        if (!m_queue.empty()) {
            FeedPicture picture = std::move(m_queue.front());
            m_queue.pop_front();
            m_changed.notify_all();
            return picture;
        }
        if (!m_status)
            return m_status.error();
        return Error::of(ErrorCode::PlaybackSegmentUnreadable,
            { QStringLiteral("camera %1").arg(m_reader.camera() + 1),
                QStringLiteral("the camera's pictures ended early") });
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

private:
    void run()
    {
        const Status status = feed();
        std::lock_guard lock(m_mutex);
        m_status = status;
        m_done = true;
        m_changed.notify_all();
    }

    Status feed()
    {
        std::optional<CameraPicture> shown;
        std::optional<CameraPicture> coming;
        bool ended = false;
        int piece = -1;
        for (qint64 frame = 0; frame < m_clock.frames; ++frame) {
            const int at = m_clock.pieceOf(frame);
            const qint64 playMs = m_clock.playMsOf(frame, at);
            if (at != piece) {
                piece = at;
                if (const Status sought = m_reader.seek(playMs); !sought)
                    return sought;
                shown.reset();
                coming.reset();
                m_lastScaled = nullptr;
                ended = false;
            }
            // The last picture starting at or before this frame.
            while (!ended) {
                if (!coming) {
                    auto picture = m_reader.next();
                    if (!picture)
                        return picture.error();
                    if (!picture->has_value()) {
                        ended = true;
                        break;
                    }
                    coming = std::move(*picture);
                }
                if (shown && coming->playMs > playMs)
                    break;
                shown = std::move(coming);
                coming.reset();
            }
            FeedPicture picture;
            if (shown) {
                picture.picture = ff::cloneFrame(shown->frame.get());
                if (shown->frame.get() != m_lastScaled || !m_lastCell) {
                    m_lastCell = scaledToCell(shown->frame.get());
                    m_lastScaled = shown->frame.get();
                }
                if (m_lastCell)
                    picture.cell = ff::cloneFrame(m_lastCell.get());
            }
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_queue.size() < kQueuedPictures || m_stopped; });
            if (m_stopped)
                return {};
            m_queue.push_back(std::move(picture));
            m_changed.notify_all();
        }
        return {};
    }

    ff::FramePtr scaledToCell(const AVFrame *in)
    {
        ff::FramePtr cell = newYuvFrame(m_cell);
        m_scaler = sws_getCachedContext(m_scaler, in->width, in->height, static_cast<AVPixelFormat>(in->format),
            m_cell.width(), m_cell.height(), AV_PIX_FMT_YUV420P, SWS_BILINEAR, nullptr, nullptr, nullptr);
        if (!cell || !m_scaler)
            return nullptr;
        sws_scale(m_scaler, in->data, in->linesize, 0, in->height, cell->data, cell->linesize);
        return cell;
    }

    CameraReader m_reader;
    const FrameClock &m_clock;
    QSize m_cell;
    SwsContext *m_scaler = nullptr;
    const AVFrame *m_lastScaled = nullptr; // the picture m_lastCell was scaled from
    ff::FramePtr m_lastCell;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<FeedPicture> m_queue;
    bool m_stopped = false;
    bool m_done = false;
    Status m_status;
    std::thread m_thread;
};

// Who speaks: per microphone, the RMS level of each frame's sound against a threshold, with a
// hangover; the view follows the loudest speaking microphone's camera, kept at least
// minHoldMs; the grid when no one speaks.
class SpeakerFollower {
public:
    static constexpr int kGrid = -1;

    SpeakerFollower(const CompactRequest &request, QList<int> cameraOfMicrophone)
        : m_request(request)
        , m_cameraOf(std::move(cameraOfMicrophone))
        , m_lastLoudMs(static_cast<std::size_t>(m_cameraOf.size()), std::numeric_limits<qint64>::min() / 2)
        , m_smoothedDb(static_cast<std::size_t>(m_cameraOf.size()), -120.0)
    {
    }

    // levelsDbfs: each microphone's level over the frame at outMs. Returns the view: a camera
    // (0-based) or kGrid.
    int next(qint64 outMs, const std::vector<double> &levelsDbfs)
    {
        int loudest = -1;
        bool currentSpeaks = false;
        for (std::size_t m = 0; m < levelsDbfs.size() && m < m_lastLoudMs.size(); ++m) {
            m_smoothedDb[m] = 0.7 * m_smoothedDb[m] + 0.3 * levelsDbfs[m];
            if (levelsDbfs[m] >= m_request.speechLevelDbfs)
                m_lastLoudMs[m] = outMs;
            if (outMs - m_lastLoudMs[m] > m_request.hangoverMs)
                continue;
            if (m_cameraOf[static_cast<qsizetype>(m)] == m_view && m_view != kGrid)
                currentSpeaks = true;
            if (loudest < 0 || m_smoothedDb[m] > m_smoothedDb[static_cast<std::size_t>(loudest)])
                loudest = static_cast<int>(m);
        }
        const int wanted = currentSpeaks ? m_view : loudest < 0 ? kGrid : m_cameraOf[loudest];
        if (wanted != m_view && outMs - m_switchedAtMs >= m_request.minHoldMs) {
            m_view = wanted;
            m_switchedAtMs = outMs;
        }
        return m_view;
    }

private:
    const CompactRequest &m_request;
    QList<int> m_cameraOf; // per microphone: camera 0-based or kGrid
    std::vector<qint64> m_lastLoudMs;
    std::vector<double> m_smoothedDb;
    int m_view = kGrid;
    qint64 m_switchedAtMs = std::numeric_limits<qint64>::min() / 2;
};

// The sound of the program: the microphones read piece after piece, exact to the sample.
class ProgramSound {
public:
    ProgramSound(const HearingTimeline &timeline, const QList<Piece> &pieces)
        : m_timeline(timeline)
        , m_microphones(timeline)
        , m_pieces(pieces)
        , m_rateHz(timeline.sampleRateHz())
        , m_count(static_cast<std::size_t>(timeline.microphones().size()))
    {
    }

    qint64 sampleOf(qint64 ms) const { return ms * m_rateHz / 1000; }
    qint64 totalSamples() const
    {
        qint64 total = 0;
        for (const Piece &piece : m_pieces)
            total += sampleOf(piece.playEndMs) - sampleOf(piece.playStartMs);
        return total;
    }

    // The next `count` program samples of every microphone (silence past the recording's end).
    Status read(qint64 count, std::vector<std::vector<float>> &perMicrophone)
    {
        perMicrophone.assign(m_count, {});
        while (count > 0) {
            if (m_piece < 0 || m_leftInPiece == 0) {
                if (m_piece + 1 >= m_pieces.size())
                    break;
                ++m_piece;
                const Piece &piece = m_pieces[m_piece];
                m_leftInPiece = sampleOf(piece.playEndMs) - sampleOf(piece.playStartMs);
                if (const Status placed = moveTo(piece.playStartMs); !placed)
                    return placed;
                continue;
            }
            const auto want = static_cast<int>(std::min(count, m_leftInPiece));
            auto read = m_microphones.read(m_chunk, want);
            if (!read)
                return read.error();
            const int got = *read;
            const int given = got == 0 ? want : got; // past the end: silence
            for (std::size_t m = 0; m < m_count; ++m) {
                std::vector<float> &into = perMicrophone[m];
                const std::size_t have
                    = m < m_chunk.size() ? std::min(static_cast<std::size_t>(got), m_chunk[m].size()) : 0;
                if (have > 0)
                    into.insert(into.end(), m_chunk[m].begin(), m_chunk[m].begin() + static_cast<std::ptrdiff_t>(have));
                into.resize(into.size() + static_cast<std::size_t>(given) - have, 0.0f);
            }
            m_leftInPiece -= given;
            count -= given;
        }
        for (std::vector<float> &samples : perMicrophone)
            samples.resize(samples.size() + static_cast<std::size_t>(count), 0.0f);
        return {};
    }

private:
    // Positions the reader exactly at a play moment by decoding forward to it, from where the
    // reader is (a short cut) or from the start of its segment: MicrophoneReader::seek into
    // the middle of a segment can land up to the Opus pre-roll early, and not one sample of
    // an excluded passage may come through.
    Status moveTo(qint64 playMs)
    {
        const qint64 target = sampleOf(playMs);
        const qint64 from = m_microphones.playSample();
        if (m_piece == 0 || from > target || target - from > sampleOf(kReadThroughMs)) {
            const TimelineSegment &segment = m_timeline.segments()[m_timeline.segmentIndexAtPlay(playMs)];
            if (const Status sought = m_microphones.seek(segment.playStartMs); !sought)
                return sought;
        }
        while (m_microphones.playSample() < target) {
            const auto want = static_cast<int>(std::min<qint64>(target - m_microphones.playSample(), m_rateHz));
            auto read = m_microphones.read(m_chunk, want);
            if (!read)
                return read.error();
            if (*read == 0)
                break;
        }
        return {};
    }

    static constexpr qint64 kReadThroughMs = 20'000;
    const HearingTimeline &m_timeline;
    MicrophoneReader m_microphones;
    const QList<Piece> &m_pieces;
    int m_rateHz;
    std::size_t m_count;
    int m_piece = -1;
    qint64 m_leftInPiece = 0;
    std::vector<std::vector<float>> m_chunk;
};

double levelDbfs(const std::vector<float> &samples)
{
    if (samples.empty())
        return -120.0;
    double sum = 0.0;
    for (float sample : samples)
        sum += static_cast<double>(sample) * sample;
    const double rms = std::sqrt(sum / static_cast<double>(samples.size()));
    return rms > 1e-6 ? 20.0 * std::log10(rms) : -120.0;
}

int even(int value)
{
    return std::max(2, value & ~1);
}

// Makes the program picture: one camera scaled to the whole picture, or every camera's
// cell (scaled by its feed) copied into the grid.
class Compositor {
public:
    Compositor(QSize size, int cameras)
        : m_size(size)
        , m_scalers(static_cast<std::size_t>(cameras), nullptr)
    {
        const int columns = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(std::max(1, cameras)))));
        const int rows = (cameras + columns - 1) / columns;
        m_cell = QSize(even(size.width() / columns), even(size.height() / columns));
        const int top = std::max(0, (size.height() - rows * m_cell.height()) / 2) & ~1;
        for (int c = 0; c < cameras; ++c)
            m_cellAt.append(QPoint((c % columns) * m_cell.width(), top + (c / columns) * m_cell.height()));
    }
    ~Compositor()
    {
        for (SwsContext *scaler : m_scalers)
            sws_freeContext(scaler);
    }
    Compositor(const Compositor &) = delete;
    Compositor &operator=(const Compositor &) = delete;

    QSize cell() const { return m_cell; }

    void compose(AVFrame *out, int view, const std::vector<FeedPicture> &pictures)
    {
        if (view >= 0) {
            const AVFrame *in = pictures[static_cast<std::size_t>(view)].picture.get();
            SwsContext *&scaler = m_scalers[static_cast<std::size_t>(view)];
            if (in) {
                scaler = sws_getCachedContext(scaler, in->width, in->height, static_cast<AVPixelFormat>(in->format),
                    m_size.width(), m_size.height(), AV_PIX_FMT_YUV420P, SWS_BILINEAR, nullptr, nullptr, nullptr);
            }
            if (in && scaler)
                sws_scale(scaler, in->data, in->linesize, 0, in->height, out->data, out->linesize);
            else
                fillBlack(out);
            return;
        }
        fillBlack(out);
        for (std::size_t c = 0; c < pictures.size(); ++c) {
            if (const AVFrame *cell = pictures[c].cell.get())
                copyCell(cell, out, m_cellAt[static_cast<qsizetype>(c)]);
        }
    }

private:
    static void fillBlack(AVFrame *out)
    {
        for (int y = 0; y < out->height; ++y)
            std::fill_n(out->data[0] + y * out->linesize[0], out->width, uint8_t { 16 });
        for (int plane = 1; plane <= 2; ++plane) {
            for (int y = 0; y < out->height / 2; ++y)
                std::fill_n(out->data[plane] + y * out->linesize[plane], out->width / 2, uint8_t { 128 });
        }
    }

    static void copyCell(const AVFrame *cell, AVFrame *out, QPoint at)
    {
        for (int plane = 0; plane < 3; ++plane) {
            const int shift = plane == 0 ? 0 : 1;
            const int width = cell->width >> shift;
            for (int y = 0; y < cell->height >> shift; ++y)
                std::copy_n(cell->data[plane] + y * cell->linesize[plane], width,
                    out->data[plane] + ((at.y() >> shift) + y) * out->linesize[plane] + (at.x() >> shift));
        }
    }

    QSize m_size;
    QSize m_cell;
    QList<QPoint> m_cellAt;
    std::vector<SwsContext *> m_scalers; // per camera, to the whole picture
};

} // namespace

Result<CompactReport> writeCompactProgram(
    const CompactRequest &request, const std::function<void(double fraction)> &progress, const std::atomic_bool *cancel)
{
    auto opened = HearingTimeline::open(request.hearingFolder);
    if (!opened)
        return opened.error();
    const HearingTimeline &timeline = *opened;
    const auto cameras = static_cast<int>(timeline.cameras().size());
    const qint64 toMs = request.toMs < 0 ? timeline.endMs() : request.toMs;
    FrameClock clock;
    clock.pieces = programPieces(timeline, request.fromMs, toMs, request.excludedMs);
    if (clock.pieces.isEmpty() || cameras == 0)
        return Error::of(
            ErrorCode::ClipEmptyRange, { formatHearingTime(request.fromMs, true), formatHearingTime(toMs, true) });
    clock.frameRate = timeline.cameras().first().frameRate;
    const qint64 programMs = clock.pieces.last().outStartMs + clock.pieces.last().lengthMs();
    clock.frames = std::max<qint64>(1, (programMs * clock.frameRate + 500) / 1000);

    QList<int> cameraOfMicrophone; // 0-based camera or the grid
    for (const TimelineMicrophone &microphone : timeline.microphones()) {
        const int camera = request.cameraOfChannel.isEmpty() ? microphone.camera
                                                             : request.cameraOfChannel.value(microphone.channel, 0);
        cameraOfMicrophone.append(camera >= 1 && camera <= cameras ? camera - 1 : SpeakerFollower::kGrid);
    }

    const QSize size(even(request.width), even(request.height));
    const int rateHz = timeline.sampleRateHz();
    const QString tempPath = request.outputFile + QStringLiteral(".part");
    Mp4Writer writer(request.outputFile);
    const Status written = [&]() -> Status {
        Mp4Settings settings;
        settings.size = size;
        settings.frameRate = clock.frameRate;
        settings.sampleRateHz = rateHz;
        settings.crf = kCrf;
        settings.maxVideoKbps = kMaxVideoKbps;
        settings.audioKbps = kAudioKbps;
        settings.keyFrameSeconds = 4;
        if (const Status ready = writer.open(tempPath, settings); !ready)
            return ready;
        auto frame = writer.newFrame();
        if (!frame)
            return frame.error();

        Compositor compositor(size, cameras);
        std::vector<std::unique_ptr<CameraFeed>> feeds;
        for (int c = 0; c < cameras; ++c)
            feeds.push_back(std::make_unique<CameraFeed>(timeline, c, clock, compositor.cell()));
        ProgramSound sound(timeline, clock.pieces);
        SpeakerFollower follower(request, cameraOfMicrophone);
        const qint64 totalSamples = sound.totalSamples();
        MixSettings mix;
        std::vector<std::vector<float>> perMicrophone;
        std::vector<float> mixed;
        std::vector<double> levels;
        std::vector<FeedPicture> pictures(static_cast<std::size_t>(cameras));
        qint64 samplesDone = 0;
        for (qint64 n = 0; n < clock.frames; ++n) {
            if (cancel && cancel->load())
                return Error::of(ErrorCode::CopyCancelled, { QDir::toNativeSeparators(request.outputFile) });
            const qint64 untilSample
                = n + 1 == clock.frames ? totalSamples : std::min(totalSamples, (n + 1) * rateHz / clock.frameRate);
            if (const Status read = sound.read(untilSample - samplesDone, perMicrophone); !read)
                return read;
            samplesDone = untilSample;
            levels.clear();
            for (const std::vector<float> &samples : perMicrophone)
                levels.push_back(levelDbfs(samples));
            const int view = follower.next(clock.outMsOf(n), levels);
            for (int c = 0; c < cameras; ++c) {
                auto picture = feeds[static_cast<std::size_t>(c)]->take();
                if (!picture)
                    return picture.error();
                pictures[static_cast<std::size_t>(c)] = std::move(*picture);
            }
            if (const int made = av_frame_make_writable(frame->get()); made < 0)
                return writer.fail(made);
            compositor.compose(frame->get(), view, pictures);
            if (const Status encoded = writer.writeFrame(frame->get(), n); !encoded)
                return encoded;
            mix.mix(perMicrophone, mixed);
            if (const Status sounded = writer.writeAudio(mixed); !sounded)
                return sounded;
            if (progress && (n % 25 == 0))
                progress(static_cast<double>(n) / static_cast<double>(clock.frames));
        }
        for (auto &feed : feeds)
            feed->stop();
        return writer.finish(tempPath);
    }();
    if (!written) {
        QFile::remove(tempPath);
        return written.error();
    }
    if (progress)
        progress(1.0);
    CompactReport report;
    report.durationMs = clock.frames * 1000 / clock.frameRate;
    report.bytes = QFileInfo(request.outputFile).size();
    return report;
}

} // namespace hattama::copy
