#pragma once

#include "capture/CameraSource.h"
#include "capture/FrameQueue.h"
#include "media/SegmentWriter.h"
#include "media/VideoTrackEncoder.h"

#include <atomic>
#include <memory>
#include <thread>

namespace hattama {

class HearingClock;
class PreviewSlot;

// One camera of a part: reader thread → FrameQueue → encoder thread. The encoder produces a
// constant frame rate on the part clock: slot n (time n/rate) is filled, once the clock has
// passed it by the capture latency, with the picture captured in that slot, else the last
// picture (if it is recent), else a "no signal" picture. A late or dead camera therefore never
// stalls audio or the other cameras, and its gap is visible, never a shift in time.
class CameraPipeline {
public:
    struct Settings {
        qint64 captureLatencyMs = 100; // how long a slot waits for its picture (thread jitter)
        qint64 noSignalAfterMs = 1000; // repeat the last picture up to this long
        std::size_t queueCapacity = 20; // pictures (0.8 s at 25 fps): the encoder may lag that much
    };

    CameraPipeline(CameraSpec spec, const HearingClock &clock, VideoEncoding encoding, qint64 framesPerSegment,
        int stream, Settings settings);
    ~CameraPipeline();

    // Low-rate preview pictures go there (set before open(); the slot must outlive this).
    void setPreview(PreviewSlot *preview) { m_preview = preview; }
    // Opens the camera (a missing one is an error) and the first encoder.
    Status open();
    StreamDescription description(const QString &language) const;
    void start(SegmentWriter &writer);
    // Ends the part at partEndNs: fills the remaining slots, finishes the last segment, joins.
    void finish(qint64 partEndNs);

    CameraHealth health() const;
    const CameraSpec &spec() const { return m_spec; }

private:
    void run();
    void makeNoSignalPicture();

    CameraSpec m_spec;
    const HearingClock &m_clock;
    const VideoEncoding m_encoding;
    const qint64 m_framesPerSegment;
    const int m_stream;
    const Settings m_settings;
    FrameQueue m_queue;
    std::unique_ptr<CameraSource> m_source;
    PreviewSlot *m_preview = nullptr;
    std::unique_ptr<VideoTrackEncoder> m_encoder;
    ff::FramePtr m_noSignal;
    SegmentWriter *m_writer = nullptr;
    std::thread m_thread;
    std::atomic<qint64> m_endNs { -1 };
    std::atomic<qint64> m_encoded { 0 };
    std::atomic<qint64> m_duplicated { 0 };
    std::atomic<qint64> m_noSignalFrames { 0 };
};

} // namespace hattama
