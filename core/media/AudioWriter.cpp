#include "media/AudioWriter.h"

#include "capture/AudioSource.h"
#include "capture/HearingClock.h"
#include "capture/LevelMeter.h"

#include <QStringList>

#include <chrono>

namespace hattama {

AudioWriter::AudioWriter(AudioSource &source, HearingClock &clock, LevelMeter &levels, AudioEncoding encoding,
    qint64 samplesPerSegment, qint64 maxSamples, int firstStream, AudioEncoderFactory encoderFactory)
    : m_source(source)
    , m_clock(clock)
    , m_levels(levels)
    , m_encoding(encoding)
    , m_samplesPerSegment(samplesPerSegment)
    , m_maxSamples(maxSamples)
    , m_firstStream(firstStream)
    , m_channels(source.channelCount())
    , m_encoderFactory(encoderFactory ? std::move(encoderFactory) : AudioEncoderFactory(&AudioTrackEncoder::create))
{
}

AudioWriter::~AudioWriter()
{
    stop();
}

Status AudioWriter::openEncoders()
{
    // All or nothing: a half-opened set is never left for process() to index.
    m_encoders.clear();
    std::vector<std::unique_ptr<AudioTrackEncoder>> encoders;
    for (int c = 0; c < m_channels; ++c) {
        auto encoder = m_encoderFactory(m_encoding);
        if (!encoder)
            return encoder.error();
        if (!*encoder)
            return failure(QStringLiteral("the audio encoder factory returned no encoder"));
        encoders.push_back(std::move(*encoder));
    }
    m_encoders = std::move(encoders);
    return {};
}

void AudioWriter::fail(const Error &error)
{
    const Error reported { error.code,
        QStringLiteral("the audio encoders of segment %1 cannot start, the part ends at %2 s: %3")
            .arg(m_segment + 1)
            .arg(static_cast<double>(m_samples.load()) / m_encoding.sampleRateHz, 0, 'f', 3)
            .arg(error.message),
        error.hint };
    m_encoders.clear();
    {
        std::lock_guard lock(m_errorMutex);
        m_error = reported;
    }
    m_failed.store(true, std::memory_order_release);
    if (m_writer)
        m_writer->abortFrom(m_segment, reported);
}

Status AudioWriter::error() const
{
    std::lock_guard lock(m_errorMutex);
    if (m_error)
        return *m_error;
    return {};
}

Result<std::vector<StreamDescription>> AudioWriter::prepare(const QStringList &titles, const QString &language)
{
    Status opened = openEncoders();
    if (!opened)
        return opened.error();
    std::vector<StreamDescription> streams;
    for (int c = 0; c < m_channels; ++c)
        streams.push_back(StreamDescription::fromEncoder(
            m_encoders[static_cast<std::size_t>(c)]->context(), titles.value(c), language));
    return streams;
}

void AudioWriter::start(SegmentWriter &writer)
{
    m_writer = &writer;
    m_lastProgressNs.store(HearingClock::steadyNowNs(), std::memory_order_release);
    m_thread = std::thread([this] { run(); });
}

void AudioWriter::stop()
{
    m_stop.store(true, std::memory_order_release);
    if (m_thread.joinable())
        m_thread.join();
}

void AudioWriter::run()
{
    const std::size_t channels = static_cast<std::size_t>(m_channels);
    constexpr std::size_t kChunkFrames = 960;
    std::vector<float> buffer(kChunkFrames * channels);
    const std::vector<float> silence(kChunkFrames * channels, 0.0f);
    qint64 consumed = 0; // frames read from the ring
    DropEvent drop;
    bool dropPending = false;
    auto insertSilence = [&](qint64 frames) {
        m_silenceFrames.fetch_add(frames, std::memory_order_relaxed);
        while (frames > 0 && !m_limitReached.load(std::memory_order_relaxed) && !failed()) {
            const qint64 n = std::min<qint64>(frames, static_cast<qint64>(kChunkFrames));
            process(silence.data(), n);
            frames -= n;
        }
    };
    for (;;) {
        const bool stopping = m_stop.load(std::memory_order_acquire);
        if (!dropPending && m_source.drops().read(&drop, 1) == 1)
            dropPending = true;
        // Frames the producer dropped become silence exactly where they were lost.
        if (dropPending && drop.position <= consumed) {
            insertSilence(drop.frames);
            dropPending = false;
            continue;
        }
        std::size_t frames = std::min(m_source.ring().readable() / channels, kChunkFrames);
        if (dropPending)
            frames = std::min<std::size_t>(frames, static_cast<std::size_t>(drop.position - consumed));
        if (frames == 0) {
            if (stopping && !dropPending)
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
            continue;
        }
        m_source.ring().read(buffer.data(), frames * channels);
        consumed += static_cast<qint64>(frames);
        // After the limit or a failure the ring is still drained (and discarded) so the
        // producer keeps up.
        if (!m_limitReached.load(std::memory_order_relaxed) && !m_failed.load(std::memory_order_relaxed))
            process(buffer.data(), static_cast<qint64>(frames));
    }
    const DropEvent open = m_source.openDrop(); // a drop running when the source stopped
    if (open.frames > 0 && open.position == consumed)
        insertSilence(open.frames);
    if (m_samples.load() % m_samplesPerSegment != 0 && !failed())
        finishSegment();
}

void AudioWriter::process(const float *interleaved, qint64 frames)
{
    const std::size_t channels = static_cast<std::size_t>(m_channels);
    while (frames > 0 && !failed()) {
        const qint64 total = m_samples.load(std::memory_order_relaxed);
        qint64 take = std::min(frames, m_samplesPerSegment - total % m_samplesPerSegment);
        if (m_maxSamples > 0)
            take = std::min(take, m_maxSamples - total);
        if (take <= 0) {
            m_limitReached.store(true, std::memory_order_release);
            return;
        }
        m_levels.process(interleaved, static_cast<std::size_t>(take));
        m_mono.resize(static_cast<std::size_t>(take));
        for (std::size_t c = 0; c < channels; ++c) {
            for (qint64 f = 0; f < take; ++f)
                m_mono[static_cast<std::size_t>(f)] = interleaved[static_cast<std::size_t>(f) * channels + c];
            const int stream = m_firstStream + static_cast<int>(c);
            const int segment = m_segment;
            m_encoders[c]->push(m_mono.data(), static_cast<std::size_t>(take),
                [&](AVPacket *packet) { (void)m_writer->write(segment, stream, packet); });
        }
        m_samples.store(total + take, std::memory_order_release);
        m_clock.addAudioSamples(take);
        m_lastProgressNs.store(HearingClock::steadyNowNs(), std::memory_order_release);
        interleaved += static_cast<std::size_t>(take) * channels;
        frames -= take;
        if ((total + take) % m_samplesPerSegment == 0) {
            finishSegment();
            ++m_segment;
            Status opened = openEncoders();
            if (!opened) {
                fail(opened.error());
                return;
            }
        }
        if (m_maxSamples > 0 && total + take >= m_maxSamples)
            m_limitReached.store(true, std::memory_order_release);
    }
}

void AudioWriter::finishSegment()
{
    for (std::size_t c = 0; c < m_encoders.size(); ++c) {
        const int stream = m_firstStream + static_cast<int>(c);
        const int segment = m_segment;
        m_encoders[c]->finish([&](AVPacket *packet) { (void)m_writer->write(segment, stream, packet); });
        const qint64 inSegment = m_samples.load() - static_cast<qint64>(segment) * m_samplesPerSegment;
        m_writer->finishStream(segment, stream, inSegment * 1000 / m_encoding.sampleRateHz);
    }
}

} // namespace hattama
