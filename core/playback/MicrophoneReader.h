#pragma once

#include "playback/HearingTimeline.h"
#include "playback/SegmentInput.h"

#include <deque>
#include <optional>
#include <vector>

namespace hattama {

// Reads every microphone of a hearing forward on the play clock (recesses left out), one
// demuxer per segment for all of them, exact to the sample: segment after segment with no
// sample lost or repeated at a boundary (each segment gives exactly its duration), and the
// next segment opened ahead on a worker thread. Holds only what one read needs.
// Not thread-safe: one reader per thread.
class MicrophoneReader {
public:
    explicit MicrophoneReader(HearingTimeline timeline);

    // Positions the reader at a play moment (ms) exactly: from the packet before it, dropping
    // the samples before it.
    Status seek(qint64 playMs);
    // Reads up to `frames` samples of every microphone into perMicrophone (resized to the
    // microphone count, each to the number read). 0 at the end of the recording.
    Result<int> read(std::vector<std::vector<float>> &perMicrophone, int frames);
    // Play position of the next sample, in samples.
    qint64 playSample() const;
    int sampleRateHz() const { return m_rateHz; }

private:
    Status openSegment(int index, qint64 startSampleInSegment);
    Status fill(int frames); // until every microphone has `frames` pending or the file ends

    HearingTimeline m_timeline;
    int m_rateHz = 48'000;
    int m_segmentIndex = -1;
    qint64 m_segmentSamples = 0; // length of the current segment
    qint64 m_segmentPosition = 0; // next sample to give, in the segment
    std::optional<SegmentInput> m_input;
    std::vector<ff::CodecContextPtr> m_decoders; // per microphone present in the segment
    std::vector<std::deque<float>> m_pending; // decoded, not yet given, per microphone
    std::vector<qint64> m_decodedUntil; // segment sample after the last pending one, per microphone
    std::vector<qint64> m_frameSamples; // length of the first packet read after open/seek, per microphone
    std::vector<qint64> m_nextDecoded; // segment sample of the decoder's next output, per microphone
    std::vector<bool> m_placed; // whether the first frame after open/seek was placed by its time
    bool m_fileEnded = false;
    ff::PacketPtr m_packet;
    ff::FramePtr m_frame;
    SegmentPrefetch m_prefetch { SegmentInput::Want::Microphones };
};

} // namespace hattama
