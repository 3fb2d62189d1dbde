#pragma once

#include "capture/FfmpegPtr.h"
#include "util/Result.h"

#include <QString>

#include <future>
#include <vector>

namespace hattama {

// One segment file opened for reading: its demuxer and which streams are the microphones and
// the cameras (the k-th audio stream is microphone k, the k-th video stream camera k; a part
// recorded without sound has only the cameras). Streams not asked for are discarded by the
// demuxer, so reading one camera does not read the others.
class SegmentInput {
public:
    enum class Want { Microphones, Camera };
    // camera: 0-based, for Want::Camera.
    static Result<SegmentInput> open(const QString &path, Want want, int camera = 0);

    AVFormatContext *context() const { return m_context.get(); }
    const std::vector<int> &audioStreams() const { return m_audioStreams; }
    // The wanted camera's stream index, or -1 when this segment has no such camera.
    int cameraStream() const { return m_cameraStream; }
    const QString &path() const { return m_path; }

private:
    ff::InputContextPtr m_context;
    std::vector<int> m_audioStreams;
    int m_cameraStream = -1;
    QString m_path;
};

// Opens the segment that comes next on a worker thread while the current one is read, so a
// segment boundary does not wait for a file to open.
class SegmentPrefetch {
public:
    SegmentPrefetch(SegmentInput::Want want, int camera = 0)
        : m_want(want)
        , m_camera(camera)
    {
    }
    ~SegmentPrefetch();
    SegmentPrefetch(const SegmentPrefetch &) = delete;
    SegmentPrefetch &operator=(const SegmentPrefetch &) = delete;

    // Starts opening segment `index` (unless it is already being opened).
    void start(int index, const QString &path);
    // Segment `index`: the one opened ahead when it is that one, else opened now.
    Result<SegmentInput> take(int index, const QString &path);

private:
    SegmentInput::Want m_want;
    int m_camera;
    std::future<Result<SegmentInput>> m_next;
    int m_index = -1;
};

// A decoder for one stream of an opened input.
Result<ff::CodecContextPtr> openStreamDecoder(const SegmentInput &input, int streamIndex, int threads = 1);

} // namespace hattama
