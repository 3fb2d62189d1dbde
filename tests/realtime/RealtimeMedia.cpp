#include "RealtimeMedia.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QStringList>

#include <thread>

extern "C" {
#include <libavformat/avformat.h>
}

namespace hattama::test {

float rampSample(int channel, qint64 index)
{
    const qint64 step = (index * (channel + 1) + channel * 331) % 1009;
    const float magnitude = 0.2f + 0.6f * static_cast<float>(step) / 1009.0f;
    return channel % 2 == 0 ? magnitude : -magnitude;
}

namespace {
AudioEncoding flac()
{
    AudioEncoding encoding;
    encoding.codec = AudioCodec::Flac;
    encoding.sampleRateHz = kRateHz;
    return encoding;
}
} // namespace

AudioPathRig::AudioPathRig(
    const QString &dir, int channels, qint64 segmentMs, double ringSeconds, AudioEncoderFactory encoderFactory)
    : source(channels, kRateHz, ringSeconds)
    , clock(kRateHz)
    , levels(channels, LevelMeter::Settings {})
    , audio(source, clock, levels, flac(), segmentMs * kRateHz / 1000, 0, 0, std::move(encoderFactory))
    , m_dir(dir)
    , m_segmentMs(segmentMs)
    , m_channels(channels)
{
}

AudioPathRig::~AudioPathRig()
{
    audio.stop();
    if (m_writer)
        (void)m_writer->finish();
}

Status AudioPathRig::start()
{
    QStringList titles;
    for (int c = 0; c < m_channels; ++c)
        titles << QStringLiteral("Mic %1").arg(c + 1);
    auto streams = audio.prepare(titles, QStringLiteral("und"));
    if (!streams)
        return streams.error();
    SegmentWriter::Settings settings;
    settings.hearingDir = m_dir;
    settings.part = 1;
    settings.segmentDurationMs = m_segmentMs;
    settings.onSegmentClosed = [this](const ClosedSegment &segment) -> Status {
        std::lock_guard lock(m_mutex);
        m_closed.push_back(segment);
        return {};
    };
    m_writer = std::make_unique<SegmentWriter>(settings, std::move(*streams));
    clock.startPart(0, true);
    audio.start(*m_writer);
    return {};
}

void AudioPathRig::pushSignal(qint64 from, qint64 frames, std::size_t blockFrames)
{
    const std::size_t needed = blockFrames * static_cast<std::size_t>(m_channels);
    for (qint64 done = 0; done < frames;) {
        const std::size_t block = static_cast<std::size_t>(std::min<qint64>(frames - done, qint64(blockFrames)));
        while (source.ring().writable() < std::min(needed, block * static_cast<std::size_t>(m_channels)))
            std::this_thread::yield(); // the writer thread makes room
        const qint64 base = from + done;
        source.push(block, [base](std::size_t frame, std::size_t channel) {
            return rampSample(static_cast<int>(channel), base + static_cast<qint64>(frame));
        });
        done += static_cast<qint64>(block);
    }
}

Status AudioPathRig::finish()
{
    source.stop();
    audio.stop();
    return m_writer ? m_writer->finish() : Status {};
}

std::vector<ClosedSegment> AudioPathRig::closed() const
{
    std::lock_guard lock(m_mutex);
    return m_closed;
}

QString AudioPathRig::segmentPath(int index1Based) const
{
    return QDir(m_dir).filePath(SegmentWriter::segmentRelativePath(1, index1Based));
}

QString containerTag(const QString &path, const char *key)
{
    AVFormatContext *ctx = nullptr;
    const QByteArray native = QFile::encodeName(path);
    if (avformat_open_input(&ctx, native.constData(), nullptr, nullptr) < 0)
        return {};
    QString value;
    if (const AVDictionaryEntry *entry = av_dict_get(ctx->metadata, key, nullptr, 0))
        value = QString::fromUtf8(entry->value);
    avformat_close_input(&ctx);
    return value;
}

} // namespace hattama::test
