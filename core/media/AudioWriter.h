#pragma once

#include "media/AudioTrackEncoder.h"
#include "media/SegmentWriter.h"

#include <atomic>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace hattama {

class AudioSource;
class HearingClock;
class LevelMeter;

// The audio writer thread of one part: drains the source's ring, measures levels, splits the
// channels into mono tracks, encodes each and hands the packets to the segment writer. Its
// sample count is the master clock. Frames the source had to drop are written as silence so
// that later audio never shifts in time. Every segment gets fresh encoders; when one cannot
// start, the writer fails: the segments before stay good, the segment writer is aborted from
// the new segment on (nothing of it is claimed), and the ring is drained and discarded.
class AudioWriter {
public:
    // encoderFactory: empty means AudioTrackEncoder::create.
    AudioWriter(AudioSource &source, HearingClock &clock, LevelMeter &levels, AudioEncoding encoding,
        qint64 samplesPerSegment, qint64 maxSamples, int firstStream, AudioEncoderFactory encoderFactory = {});
    ~AudioWriter();

    // Opens the encoders of the first segment; their parameters describe the streams.
    Result<std::vector<StreamDescription>> prepare(const QStringList &titles, const QString &language);
    void start(SegmentWriter &writer);
    // Drains what the (already stopped) source delivered, finishes the last segment, joins.
    void stop();

    qint64 samplesWritten() const { return m_samples.load(std::memory_order_acquire); }
    qint64 silenceInsertedFrames() const { return m_silenceFrames.load(std::memory_order_relaxed); }
    bool limitReached() const { return m_limitReached.load(std::memory_order_acquire); }
    // An encoder could not start: the part must end (see error()).
    bool failed() const { return m_failed.load(std::memory_order_acquire); }
    Status error() const;
    // Monotonic time of the last audio written (start time before the first block).
    qint64 lastProgressSteadyNs() const { return m_lastProgressNs.load(std::memory_order_acquire); }

private:
    Status openEncoders();
    void fail(const Error &error);
    void run();
    void process(const float *interleaved, qint64 frames);
    void finishSegment();

    AudioSource &m_source;
    HearingClock &m_clock;
    LevelMeter &m_levels;
    const AudioEncoding m_encoding;
    const qint64 m_samplesPerSegment;
    const qint64 m_maxSamples;
    const int m_firstStream;
    const int m_channels;
    const AudioEncoderFactory m_encoderFactory;
    SegmentWriter *m_writer = nullptr;
    std::vector<std::unique_ptr<AudioTrackEncoder>> m_encoders;
    std::vector<float> m_mono;
    int m_segment = 0;
    std::atomic<qint64> m_samples { 0 };
    std::atomic<qint64> m_silenceFrames { 0 };
    std::atomic<bool> m_stop { false };
    std::atomic<bool> m_limitReached { false };
    std::atomic<bool> m_failed { false };
    mutable std::mutex m_errorMutex;
    std::optional<Error> m_error;
    std::atomic<qint64> m_lastProgressNs { 0 };
    std::thread m_thread;
};

} // namespace hattama
