#pragma once

#include "media/ClosedSegment.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

struct AVCodecParameters;
struct AVPacket;
struct AVCodecContext;

namespace hattama {

// One stream of every segment of a part.
struct StreamDescription {
    QString title; // "Mic 1 — Judge", "Camera 2"
    QString language; // ISO 639-2, e.g. "rus", "kaz", "und"
    bool video = false;
    std::shared_ptr<AVCodecParameters> parameters; // from the first encoder of the part
    int timeBaseNum = 1; // encoder time base of the packets
    int timeBaseDen = 48000;

    static StreamDescription fromEncoder(const AVCodecContext *ctx, QString title, QString language);
};

// Writes the segments of one part: media/part-NN/seg-NNNNN.mkv, each a self-contained Matroska
// file with every stream. Producers (audio writer, camera encoders) call write() from their own
// threads with packets timed from the segment start, then finishStream(); when every stream has
// finished a segment, a closing thread writes its trailer, fsyncs file and folder and calls
// onSegmentClosed. Packets reach the disk at least every kClusterMs (small clusters, flushed).
class SegmentWriter {
public:
    static constexpr int kClusterMs = 500;
    // The open segments' data is flushed to the disk this often (fdatasync), and a new
    // segment's folder entry as soon as it is created: a power cut loses about this much plus
    // what the encoders and the muxer still held (docs/recording-format.md, Crash safety).
    static constexpr int kSyncIntervalMs = 500;

    struct Settings {
        QString hearingDir;
        int part = 1;
        qint64 partStartHearingMs = 0;
        qint64 segmentDurationMs = 10'000;
        QString title;
        SegmentClosedHandler onSegmentClosed;
        // Called (once per error, under the writer's lock: keep it short) when a write finds
        // the disk full.
        std::function<void()> onDiskFull;
    };

    SegmentWriter(Settings settings, std::vector<StreamDescription> streams);
    ~SegmentWriter();
    SegmentWriter(const SegmentWriter &) = delete;
    SegmentWriter &operator=(const SegmentWriter &) = delete;

    // segment: 0-based within the part. The packet's timestamps are in the stream's encoder
    // time base from the start of that segment. Thread-safe.
    Status write(int segment, int stream, AVPacket *packet);
    // durationMs: how much of the segment this stream covers (the first stream's value, the
    // audio master when there are microphones, becomes the segment's duration).
    void finishStream(int segment, int stream, qint64 durationMs);
    // Closes whatever is open, waits for the closing thread. Returns the first error.
    Status finish();
    // A producer cannot go on from `segment` (0-based): records the error, and that segment and
    // every later one are cut off and never reported as closed. Earlier segments still take
    // their remaining packets and close normally.
    void abortFrom(int segment, const Error &error);

    Status firstError() const;
    bool failed() const { return m_failed.load(std::memory_order_acquire); }
    qint64 bytesWritten() const { return m_bytesWritten.load(std::memory_order_relaxed); }
    int segmentsClosed() const { return m_segmentsClosed.load(std::memory_order_relaxed); }
    QString partDirectory() const;
    static QString segmentRelativePath(int part, int segmentIndex1Based);

private:
    struct OpenSegment;
    Result<OpenSegment *> segmentLocked(int segment);
    void closeLocked(int segment);
    void setError(const Error &error);
    void runCloser();
    void runSyncer();

    const Settings m_settings;
    const std::vector<StreamDescription> m_streams;
    mutable std::mutex m_mutex;
    std::map<int, std::unique_ptr<OpenSegment>> m_open;
    int m_nextToOpen = 0; // segments below this were opened already
    std::deque<std::unique_ptr<OpenSegment>> m_toClose;
    std::condition_variable m_closeWake;
    bool m_closerStop = false;
    std::thread m_closer;
    std::condition_variable m_syncWake;
    bool m_syncerStop = false;
    QStringList m_foldersToSync; // folders that gained a segment since the last sync
    std::thread m_syncer;
    std::optional<Error> m_error;
    int m_acceptBelow = 0; // after an error, writes to segments below this are still taken
    std::atomic<bool> m_failed { false };
    std::atomic<qint64> m_bytesWritten { 0 };
    std::atomic<int> m_segmentsClosed { 0 };
};

} // namespace hattama
