#include "playback/SystemClockOutput.h"

#include <QIODevice>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace hattama {

namespace {
constexpr int kTickMs = 10;
constexpr double kMostOwedSeconds = 0.1; // a lagging decoder is waited for, not raced
}

SystemClockOutput::SystemClockOutput(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kTickMs);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &SystemClockOutput::onTick);
}

SystemClockOutput::~SystemClockOutput() = default;

bool SystemClockOutput::start(QIODevice *source, int sampleRateHz)
{
    m_source = source;
    m_rateHz = sampleRateHz;
    m_heardFrames = 0;
    m_owedFrames = 0.0;
    m_sinceTick.start();
    if (!m_paused)
        m_timer->start();
    return true;
}

void SystemClockOutput::stop()
{
    m_timer->stop();
    m_source = nullptr;
}

void SystemClockOutput::setPaused(bool paused)
{
    m_paused = paused;
    if (paused) {
        m_timer->stop();
    } else if (m_source) {
        m_sinceTick.start();
        m_owedFrames = 0.0;
        m_timer->start();
    }
}

void SystemClockOutput::onTick()
{
    if (!m_source)
        return;
    const double elapsedSec = static_cast<double>(m_sinceTick.nsecsElapsed()) / 1e9;
    m_sinceTick.start();
    m_owedFrames = std::min(m_owedFrames + elapsedSec * m_rateHz, kMostOwedSeconds * m_rateHz);
    const auto wanted = static_cast<qint64>(m_owedFrames);
    if (wanted <= 0)
        return;
    std::vector<float> buffer(static_cast<std::size_t>(wanted));
    const qint64 bytes = m_source->read(reinterpret_cast<char *>(buffer.data()), wanted * qint64(sizeof(float)));
    const qint64 frames = std::max<qint64>(bytes, 0) / qint64(sizeof(float));
    m_owedFrames -= static_cast<double>(frames);
    m_heardFrames += frames;
    if (frames > 0 && m_tap)
        m_tap(buffer.data(), frames);
}

} // namespace hattama
