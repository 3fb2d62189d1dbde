#pragma once

#include "playback/HearingTimeline.h"
#include "playback/SegmentInput.h"

#include <QImage>

#include <optional>

namespace hattama {

// One decoded camera picture and where it stands on both clocks.
struct CameraPicture {
    ff::FramePtr frame; // YUV as decoded
    qint64 playMs = 0; // when it starts to be shown, on the play clock
    qint64 hearingMs = 0; // the same moment on the hearing clock
};

// Reads one camera of a hearing forward on the play clock, segment after segment, the next
// segment opened ahead on a worker thread. A seek lands on the exact moment: it decodes from
// the key frame before it and drops the pictures before it. Holds one segment's demuxer and
// decoder. Not thread-safe: one reader per thread (each camera has its own).
class CameraReader {
public:
    CameraReader(HearingTimeline timeline, int camera); // camera 0-based

    // After seek(t), next() first gives the picture shown at t (the last one starting at or
    // before it), then the ones after it.
    Status seek(qint64 playMs);
    // The next picture; nullopt at the end of the recording.
    Result<std::optional<CameraPicture>> next();
    int camera() const { return m_camera; }

private:
    Status openSegment(int index);
    // The next decoded picture of the open segment, or nullopt at its end.
    Result<std::optional<CameraPicture>> decodeNext();

    HearingTimeline m_timeline;
    int m_camera = 0;
    int m_segmentIndex = -1;
    std::optional<SegmentInput> m_input;
    ff::CodecContextPtr m_decoder;
    bool m_fileEnded = false;
    bool m_flushed = false;
    std::optional<CameraPicture> m_held; // the picture found by a seek, given first
    std::optional<CameraPicture> m_pendingAfterSeek; // the one decoded after it
    ff::PacketPtr m_packet;
    SegmentPrefetch m_prefetch;
};

// The picture as an image (RGB32), scaled to size when given (keeping nothing else).
QImage pictureImage(const AVFrame *frame, QSize size = {});
// The mean brightness (luma, 0–255) of a picture, sampled on a 4-pixel grid.
double pictureMeanLuma(const AVFrame *frame);

} // namespace hattama
