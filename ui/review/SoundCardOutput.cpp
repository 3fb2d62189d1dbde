#include "review/SoundCardOutput.h"

#include "playback/SystemClockOutput.h"

#include <QAudioFormat>
#include <QAudioSink>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QTimer>

#include <algorithm>
#include <vector>

Q_LOGGING_CATEGORY(lcSoundCard, "hattama.ui.review")

namespace hattama::ui {

namespace {

constexpr int kFeedIntervalMs = 10;

QAudioFormat monoFloat(int sampleRateHz)
{
    QAudioFormat format;
    format.setSampleRate(sampleRateHz);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Float);
    return format;
}

} // namespace

SoundCardOutput::SoundCardOutput(const QAudioDevice &device, QObject *parent)
    : QObject(parent)
    , m_device(device)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kFeedIntervalMs);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &SoundCardOutput::feed);
}

SoundCardOutput::~SoundCardOutput()
{
    stop();
}

std::unique_ptr<PlaybackOutput> SoundCardOutput::createDefault(int sampleRateHz)
{
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull() || !device.isFormatSupported(monoFloat(sampleRateHz))) {
        qCInfo(lcSoundCard) << "no sound output device takes mono float at" << sampleRateHz
                            << "Hz; the player runs on the system clock";
        return std::make_unique<SystemClockOutput>();
    }
    qCInfo(lcSoundCard) << "sound output:" << device.description();
    return std::make_unique<SoundCardOutput>(device);
}

bool SoundCardOutput::start(QIODevice *source, int sampleRateHz)
{
    stop();
    m_source = source;
    m_rateHz = sampleRateHz;
    m_lastHeard = 0;
    m_sink = std::make_unique<QAudioSink>(m_device, monoFloat(sampleRateHz));
    m_sink->setBufferSize(sampleRateHz * int(sizeof(float)) / 10); // 100 ms
    m_sinkInput = m_sink->start();
    if (!m_sinkInput) {
        qCWarning(lcSoundCard) << "the sound output did not start:" << m_sink->error();
        return false;
    }
    if (m_paused)
        m_sink->suspend();
    m_timer->start();
    feed();
    return true;
}

void SoundCardOutput::stop()
{
    m_timer->stop();
    if (m_sink)
        m_sink->stop();
    m_sink.reset();
    m_sinkInput = nullptr;
    m_source = nullptr;
}

void SoundCardOutput::setPaused(bool paused)
{
    m_paused = paused;
    if (!m_sink)
        return;
    if (paused)
        m_sink->suspend();
    else
        m_sink->resume();
}

qint64 SoundCardOutput::heardFrames() const
{
    if (!m_sink)
        return m_lastHeard;
    const qint64 processed = m_sink->processedUSecs() * m_rateHz / 1'000'000;
    const qint64 waiting = qint64(m_sink->bufferSize() - m_sink->bytesFree()) / qint64(sizeof(float));
    m_lastHeard = std::max(m_lastHeard, processed - waiting);
    return m_lastHeard;
}

void SoundCardOutput::feed()
{
    if (!m_sink || !m_sinkInput || !m_source || m_paused)
        return;
    const qint64 room = m_sink->bytesFree() / qint64(sizeof(float));
    if (room <= 0)
        return;
    std::vector<float> buffer(static_cast<std::size_t>(room));
    const qint64 read = m_source->read(reinterpret_cast<char *>(buffer.data()), room * qint64(sizeof(float)));
    if (read > 0)
        m_sinkInput->write(reinterpret_cast<const char *>(buffer.data()), read);
}

} // namespace hattama::ui
