#pragma once

#include "capture/FfmpegPtr.h"
#include "util/Result.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <vector>

struct SwsContext;

namespace hattama {

// How an Mp4Writer encodes: H.264 (libx264, yuv420p, main profile) and AAC (mono).
struct Mp4Settings {
    QSize size; // even width and height
    int frameRate = 25;
    int sampleRateHz = 48'000;
    QString preset = QStringLiteral("veryfast");
    int crf = 23;
    int maxVideoKbps = 0; // > 0: the video's rate is capped (VBV) at this, for a size budget
    int audioKbps = 96;
    int keyFrameSeconds = 2;
};

// Writes one MP4 file that plays anywhere: H.264 + AAC, the index at the front (+faststart).
// Pictures are given one per frame (index = frame number), sound as it comes. Errors are
// ClipWriteFailed naming the final path. Not thread-safe.
class Mp4Writer {
public:
    explicit Mp4Writer(QString finalPath);
    ~Mp4Writer();
    Mp4Writer(const Mp4Writer &) = delete;
    Mp4Writer &operator=(const Mp4Writer &) = delete;

    Status open(const QString &tempPath, const Mp4Settings &settings);
    // A YUV420P picture of the output size.
    Status writeFrame(AVFrame *frame, qint64 index);
    // Any image, scaled to the output size.
    Status writePicture(const QImage &image, qint64 index);
    Status writeAudio(const float *samples, std::size_t count);
    Status writeAudio(const std::vector<float> &samples) { return writeAudio(samples.data(), samples.size()); }
    // Flushes the encoders, writes the index and renames tempPath to the final path
    // (replacing an older file only then).
    Status finish(const QString &tempPath);
    // A new YUV420P frame of the output size.
    Result<ff::FramePtr> newFrame() const;

    Error fail(const QString &detail) const;
    Error fail(int code) const;

private:
    struct Encoder {
        ff::CodecContextPtr codec;
        AVStream *stream = nullptr;
    };
    Status flushAudio(bool last);
    Status encode(Encoder &encoder, AVFrame *frame);

    struct OutputDeleter {
        void operator()(AVFormatContext *ctx) const;
    };
    QString m_path;
    std::unique_ptr<AVFormatContext, OutputDeleter> m_output;
    Encoder m_video;
    Encoder m_audio;
    ff::PacketPtr m_packet;
    SwsContext *m_scaler = nullptr;
    std::vector<float> m_pendingAudio;
    qint64 m_audioSamples = 0;
};

} // namespace hattama
