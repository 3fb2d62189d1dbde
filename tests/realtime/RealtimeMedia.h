#pragma once

#include "FakeAudioSource.h"

#include "capture/HearingClock.h"
#include "capture/LevelMeter.h"
#include "media/AudioWriter.h"
#include "media/SegmentWriter.h"

#include <QString>

#include <memory>
#include <mutex>
#include <vector>

namespace hattama::test {

constexpr int kRateHz = 48'000;

// The test signal: never silent (magnitude 0.2 to 0.8), different for every channel and
// sample index, so a shifted, lost or repeated sample shows; kept exactly by 24-bit FLAC.
float rampSample(int channel, qint64 index);

// One part's audio path without devices: a fake source the test pushes into, the audio writer
// (FLAC, the sample count as the clock) and the segment writer of part 1 in dir.
class AudioPathRig {
public:
    AudioPathRig(const QString &dir, int channels, qint64 segmentMs, double ringSeconds,
        AudioEncoderFactory encoderFactory = {});
    ~AudioPathRig();

    // Opens the encoders and the segment writer and starts the writer thread.
    Status start();
    // Pushes `frames` frames of the signal from sample index `from` in blocks, waiting for the
    // ring to have room for each block (the writer thread drains it): nothing is dropped.
    void pushSignal(qint64 from, qint64 frames, std::size_t blockFrames = 480);
    // Stops the writer (draining what is left) and closes the last segment.
    Status finish();
    std::vector<ClosedSegment> closed() const;
    QString segmentPath(int index1Based) const;

    FakeAudioSource source;
    HearingClock clock;
    LevelMeter levels;
    AudioWriter audio;

private:
    const QString m_dir;
    const qint64 m_segmentMs;
    const int m_channels;
    std::unique_ptr<SegmentWriter> m_writer;
    mutable std::mutex m_mutex;
    std::vector<ClosedSegment> m_closed;
};

// A metadata tag of a media file's container ("HATTAMA_HEARING_START_MS"); empty if absent.
QString containerTag(const QString &path, const char *key);

} // namespace hattama::test
