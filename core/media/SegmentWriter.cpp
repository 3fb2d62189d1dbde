#include "media/SegmentWriter.h"

#include "capture/FfmpegPtr.h"
#include "media/DurableFiles.h"
#include "util/Logging.h"

#include <QDir>
#include <QFileInfo>

#include <chrono>

namespace hattama {

struct SegmentWriter::OpenSegment {
    int index = 0; // 0-based
    QString relativePath;
    AVFormatContext *ctx = nullptr;
    std::vector<bool> finished;
    int finishedCount = 0;
    qint64 endMs = 0;
    qint64 durationMs = -1; // declared by the first stream
    bool failed = false;
    bool aborted = false; // cut off by abortFrom(): a stream is missing, the file is removed
    std::shared_ptr<DurableFiles::GrowingFile> file; // for fdatasync while it grows

    ~OpenSegment()
    {
        if (ctx) {
            if (ctx->pb)
                avio_closep(&ctx->pb);
            avformat_free_context(ctx);
        }
    }
};

StreamDescription StreamDescription::fromEncoder(const AVCodecContext *ctx, QString title, QString language)
{
    StreamDescription description;
    description.title = std::move(title);
    description.language = std::move(language);
    description.video = ctx->codec_type == AVMEDIA_TYPE_VIDEO;
    description.parameters.reset(avcodec_parameters_alloc(), [](AVCodecParameters *p) { avcodec_parameters_free(&p); });
    avcodec_parameters_from_context(description.parameters.get(), ctx);
    description.timeBaseNum = ctx->time_base.num;
    description.timeBaseDen = ctx->time_base.den;
    return description;
}

SegmentWriter::SegmentWriter(Settings settings, std::vector<StreamDescription> streams)
    : m_settings(std::move(settings))
    , m_streams(std::move(streams))
{
    m_closer = std::thread([this] { runCloser(); });
    m_syncer = std::thread([this] { runSyncer(); });
}

SegmentWriter::~SegmentWriter()
{
    (void)finish();
}

QString SegmentWriter::segmentRelativePath(int part, int segmentIndex1Based)
{
    return QStringLiteral("media/part-%1/seg-%2.mkv")
        .arg(part, 2, 10, QLatin1Char('0'))
        .arg(segmentIndex1Based, 5, 10, QLatin1Char('0'));
}

QString SegmentWriter::partDirectory() const
{
    return QDir(m_settings.hearingDir)
        .filePath(QStringLiteral("media/part-%1").arg(m_settings.part, 2, 10, QLatin1Char('0')));
}

void SegmentWriter::setError(const Error &error)
{
    if (!m_error) {
        m_error = error;
        qCWarning(lcMedia) << "segment writer:" << error.text();
        if (error.kind == ErrorCode::DiskFull && m_settings.onDiskFull)
            m_settings.onDiskFull();
    }
    m_failed.store(true, std::memory_order_release);
}

Status SegmentWriter::firstError() const
{
    std::lock_guard lock(m_mutex);
    if (m_error)
        return *m_error;
    return {};
}

static Error writeError(const QString &path, int code)
{
    if (code == AVERROR(ENOSPC))
        return Error::of(ErrorCode::DiskFull, { path });
    return Error::of(ErrorCode::MediaWriteFailed, { path, ff::errorText(code) });
}

Result<SegmentWriter::OpenSegment *> SegmentWriter::segmentLocked(int segment)
{
    auto found = m_open.find(segment);
    if (found != m_open.end())
        return found->second.get();
    if (segment < m_nextToOpen)
        return failure(
            QStringLiteral("segment %1 of part %2 was already closed").arg(segment + 1).arg(m_settings.part));

    auto seg = std::make_unique<OpenSegment>();
    seg->index = segment;
    seg->relativePath = segmentRelativePath(m_settings.part, segment + 1);
    seg->finished.assign(m_streams.size(), false);
    const QString path = QDir(m_settings.hearingDir).filePath(seg->relativePath);
    if (Status made = DurableFiles::makeRestrictedPath(QFileInfo(path).path()); !made)
        return made.error();
    // Created here (mode 0640 whatever the umask) and kept open, so that the syncer can flush
    // it while FFmpeg appends to it; avio_open below opens the existing file.
    Result<std::unique_ptr<DurableFiles::GrowingFile>> file = DurableFiles::GrowingFile::create(path);
    if (!file)
        return file.error();
    seg->file = std::move(*file);
    m_foldersToSync << QFileInfo(path).path();
    m_syncWake.notify_all();
    const QByteArray nativePath = QFile::encodeName(path);
    int rc = avformat_alloc_output_context2(&seg->ctx, nullptr, "matroska", nativePath.constData());
    if (rc < 0 || !seg->ctx)
        return Error::of(ErrorCode::FfmpegComponentMissing, { QStringLiteral("matroska") });
    AVFormatContext *ctx = seg->ctx;
    ctx->flush_packets = 1;
    ctx->max_interleave_delta = 1'000'000;
    // Opus packets start before zero (encoder delay); Matroska stores that as CodecDelay. Shifting
    // every stream to avoid negative timestamps would move the pictures against the sound.
    ctx->avoid_negative_ts = AVFMT_AVOID_NEG_TS_DISABLED;
    const qint64 startMs = m_settings.partStartHearingMs + segment * m_settings.segmentDurationMs;
    av_dict_set(&ctx->metadata, "title", m_settings.title.toUtf8().constData(), 0);
    av_dict_set(&ctx->metadata, "HATTAMA_PART", QByteArray::number(m_settings.part).constData(), 0);
    av_dict_set(&ctx->metadata, "HATTAMA_SEGMENT", QByteArray::number(segment + 1).constData(), 0);
    av_dict_set(&ctx->metadata, "HATTAMA_HEARING_START_MS", QByteArray::number(startMs).constData(), 0);
    bool firstAudio = true;
    bool firstVideo = true;
    for (const StreamDescription &description : m_streams) {
        AVStream *stream = avformat_new_stream(ctx, nullptr);
        avcodec_parameters_copy(stream->codecpar, description.parameters.get());
        stream->codecpar->codec_tag = 0;
        stream->time_base = AVRational { description.timeBaseNum, description.timeBaseDen };
        av_dict_set(&stream->metadata, "title", description.title.toUtf8().constData(), 0);
        av_dict_set(&stream->metadata, "language", description.language.toUtf8().constData(), 0);
        bool &first = description.video ? firstVideo : firstAudio;
        stream->disposition = first ? AV_DISPOSITION_DEFAULT : 0;
        first = false;
    }
    rc = avio_open(&ctx->pb, nativePath.constData(), AVIO_FLAG_WRITE);
    if (rc < 0)
        return writeError(path, rc);
    AVDictionary *options = nullptr;
    av_dict_set(&options, "cluster_time_limit", QByteArray::number(kClusterMs).constData(), 0);
    av_dict_set(&options, "cluster_size_limit", "2097152", 0);
    rc = avformat_write_header(ctx, &options);
    av_dict_free(&options);
    if (rc < 0)
        return writeError(path, rc);
    avio_flush(ctx->pb);
    m_nextToOpen = std::max(m_nextToOpen, segment + 1);
    OpenSegment *raw = seg.get();
    m_open.emplace(segment, std::move(seg));
    return raw;
}

Status SegmentWriter::write(int segment, int stream, AVPacket *packet)
{
    std::lock_guard lock(m_mutex);
    if (m_error && segment >= m_acceptBelow)
        return *m_error;
    Result<OpenSegment *> opened = segmentLocked(segment);
    if (!opened) {
        setError(opened.error());
        return opened.error();
    }
    OpenSegment *seg = *opened;
    AVStream *st = seg->ctx->streams[stream];
    av_packet_rescale_ts(packet,
        AVRational { m_streams[static_cast<std::size_t>(stream)].timeBaseNum,
            m_streams[static_cast<std::size_t>(stream)].timeBaseDen },
        st->time_base);
    packet->stream_index = stream;
    const qint64 endMs = av_rescale_q(packet->pts + packet->duration, st->time_base, AVRational { 1, 1000 });
    seg->endMs = std::max(seg->endMs, endMs);
    const int rc = av_interleaved_write_frame(seg->ctx, packet);
    if (rc < 0 || (seg->ctx->pb && seg->ctx->pb->error < 0)) {
        const Error error
            = writeError(QDir(m_settings.hearingDir).filePath(seg->relativePath), rc < 0 ? rc : seg->ctx->pb->error);
        setError(error);
        seg->failed = true;
        closeLocked(segment);
        // Later segments some producers had already begun miss the rest of this one's streams:
        // not a recording of the hearing, so they are removed (as abortFrom does); this one is
        // closed as far as it got.
        std::vector<int> later;
        for (const auto &[index, open] : m_open) {
            if (index > segment)
                later.push_back(index);
        }
        for (const int index : later) {
            m_open[index]->aborted = true;
            closeLocked(index);
        }
        return error;
    }
    return {};
}

void SegmentWriter::finishStream(int segment, int stream, qint64 durationMs)
{
    std::lock_guard lock(m_mutex);
    auto found = m_open.find(segment);
    if (found == m_open.end()) {
        if (m_error || segment < m_nextToOpen)
            return;
        Result<OpenSegment *> opened = segmentLocked(segment); // a segment with no packets of this stream yet
        if (!opened) {
            setError(opened.error());
            return;
        }
        found = m_open.find(segment);
    }
    OpenSegment &seg = *found->second;
    if (stream == 0)
        seg.durationMs = durationMs;
    if (!seg.finished[static_cast<std::size_t>(stream)]) {
        seg.finished[static_cast<std::size_t>(stream)] = true;
        ++seg.finishedCount;
    }
    if (seg.finishedCount == static_cast<int>(m_streams.size()))
        closeLocked(segment);
}

void SegmentWriter::closeLocked(int segment)
{
    auto found = m_open.find(segment);
    if (found == m_open.end())
        return;
    m_toClose.push_back(std::move(found->second));
    m_open.erase(found);
    m_closeWake.notify_all();
}

void SegmentWriter::runCloser()
{
    bool directorySynced = false;
    for (;;) {
        std::unique_ptr<OpenSegment> seg;
        {
            std::unique_lock lock(m_mutex);
            m_closeWake.wait(lock, [this] { return m_closerStop || !m_toClose.empty(); });
            if (m_toClose.empty())
                return;
            seg = std::move(m_toClose.front());
            m_toClose.pop_front();
        }
        const QString path = QDir(m_settings.hearingDir).filePath(seg->relativePath);
        int rc = av_write_trailer(seg->ctx);
        if (rc >= 0 && seg->ctx->pb)
            rc = seg->ctx->pb->error;
        avio_closep(&seg->ctx->pb);
        if (seg->aborted) {
            // A producer could not go on into this segment: what the others wrote there is not a
            // recording of the hearing (a stream is missing), so no file is left to recover.
            QFile::remove(path);
            qCWarning(lcMedia) << "segment" << path << "removed: a stream could not go on into it";
            continue;
        }
        const bool complete = !seg->failed && rc >= 0;
        if (!DurableFiles::syncFile(path).ok() && complete) {
            std::lock_guard lock(m_mutex);
            setError(Error::of(ErrorCode::FileSyncFailed, { path, QStringLiteral("fsync failed") }));
        }
        if (!directorySynced) {
            (void)DurableFiles::syncDirectory(QFileInfo(path).path());
            (void)DurableFiles::syncDirectory(QFileInfo(QFileInfo(path).path()).path());
            directorySynced = true;
        }
        if (!complete) {
            std::lock_guard lock(m_mutex);
            if (!seg->failed)
                setError(writeError(path, rc));
            qCWarning(lcMedia) << "segment" << path << "cut short; it stays readable up to the failure";
            continue;
        }
        ClosedSegment closed;
        closed.hearingDir = m_settings.hearingDir;
        closed.relativePath = seg->relativePath;
        closed.part = m_settings.part;
        closed.index = seg->index + 1;
        closed.startMs = m_settings.partStartHearingMs + seg->index * m_settings.segmentDurationMs;
        closed.durationMs = seg->durationMs >= 0 ? seg->durationMs : seg->endMs;
        m_bytesWritten.fetch_add(QFileInfo(path).size(), std::memory_order_relaxed);
        m_segmentsClosed.fetch_add(1, std::memory_order_relaxed);
        qCDebug(lcMedia) << "closed" << closed.relativePath << closed.durationMs << "ms";
        if (m_settings.onSegmentClosed) {
            Status status = m_settings.onSegmentClosed(closed);
            if (!status) {
                std::lock_guard lock(m_mutex);
                setError(status.error());
            }
        }
    }
}

void SegmentWriter::abortFrom(int segment, const Error &error)
{
    std::lock_guard lock(m_mutex);
    if (!m_error)
        m_acceptBelow = segment;
    setError(error);
    std::vector<int> cut;
    for (const auto &[index, seg] : m_open) {
        if (index >= m_acceptBelow) {
            seg->failed = true;
            seg->aborted = true;
            cut.push_back(index);
        }
    }
    for (int index : cut)
        closeLocked(index);
}

Status SegmentWriter::finish()
{
    {
        std::lock_guard lock(m_mutex);
        while (!m_open.empty())
            closeLocked(m_open.begin()->first);
        m_closerStop = true;
        m_closeWake.notify_all();
        m_syncerStop = true;
        m_syncWake.notify_all();
    }
    if (m_closer.joinable())
        m_closer.join();
    if (m_syncer.joinable())
        m_syncer.join();
    return firstError();
}

void SegmentWriter::runSyncer()
{
    for (;;) {
        std::vector<std::shared_ptr<DurableFiles::GrowingFile>> files;
        QStringList folders;
        {
            std::unique_lock lock(m_mutex);
            m_syncWake.wait_for(lock, std::chrono::milliseconds(kSyncIntervalMs),
                [this] { return m_syncerStop || !m_foldersToSync.isEmpty(); });
            if (m_syncerStop)
                return; // the closer fsyncs every segment it closes
            folders.swap(m_foldersToSync);
            for (const auto &[index, seg] : m_open) {
                if (seg->file && !seg->failed)
                    files.push_back(seg->file);
            }
        }
        // A new segment's entry first (its part folder, and the hearing's media folder for a
        // new part), then the data written so far; outside the lock, producers go on writing.
        for (const QString &folder : std::as_const(folders)) {
            (void)DurableFiles::syncDirectory(folder);
            (void)DurableFiles::syncDirectory(QFileInfo(folder).path());
        }
        for (const auto &file : files) {
            if (Status synced = file->syncData(); !synced) {
                std::lock_guard lock(m_mutex);
                setError(synced.error());
            }
        }
    }
}

} // namespace hattama
