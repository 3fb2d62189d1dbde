#include "media/InputMonitor.h"

#include "capture/DemoAudioSource.h"
#include "capture/PortAudioSource.h"
#include "util/Logging.h"

#include <chrono>
#include <limits>

namespace hattama {

namespace {
constexpr int kPollMs = 20;
constexpr std::size_t kChunkFrames = 1024;
} // namespace

InputMonitor::InputMonitor(RecorderConfig config)
    : m_config(std::move(config))
    , m_clock(m_config.sampleRateHz)
{
    if (m_config.previewFps <= 0)
        m_config.previewFps = PreviewSlot::kDefaultFps;
}

InputMonitor::~InputMonitor()
{
    stop();
}

Status InputMonitor::openAudio()
{
    const RecorderConfig &c = m_config;
    std::unique_ptr<AudioSource> source;
    if (c.demoAudio) {
        source = std::make_unique<DemoAudioSource>(c.demoMicrophones, c.sampleRateHz, c.ringSeconds, true);
    } else {
        auto opened = PortAudioSource::open(c.audioDevice, c.channels, c.sampleRateHz, c.ringSeconds, c.captureFloat32);
        if (!opened)
            return opened.error();
        source = std::move(*opened);
    }
    auto levels = std::make_unique<LevelMeter>(source->channelCount(), c.levels);
    Status started = source->start();
    if (!started)
        return started;
    std::lock_guard lock(m_audioMutex);
    m_levels = std::move(levels);
    m_audio = std::move(source);
    return {};
}

Status InputMonitor::startCamera(Camera &camera)
{
    camera.lastTryNs = HearingClock::steadyNowNs();
    Status started = camera.source->start();
    if (started)
        camera.started.store(true, std::memory_order_release);
    return started;
}

QList<Error> InputMonitor::start()
{
    QList<Error> problems;
    if (m_running.load())
        return problems;
    m_clock.startPart(0, false);
    m_audioWanted = m_config.demoAudio ? m_config.demoMicrophones > 0 : m_config.useAudioDevice;
    if (m_audioWanted) {
        m_audioTryNs = HearingClock::steadyNowNs();
        Status audio = openAudio();
        if (!audio)
            problems << audio.error();
    }
    m_cameras.clear();
    for (std::size_t i = 0; i < m_config.cameras.size(); ++i) {
        auto camera = std::make_unique<Camera>();
        camera->spec = m_config.cameras[i];
        if (camera->spec.demo)
            camera->spec = CameraSpec::demoCamera(static_cast<int>(i) + 1, camera->spec.widthPx,
                camera->spec.heightPx, camera->spec.frameRate, 0, camera->spec.name);
        camera->queue = std::make_unique<FrameQueue>(2);
        camera->preview = std::make_unique<PreviewSlot>(m_config.previewFps);
        camera->source = std::make_unique<CameraSource>(camera->spec, m_clock, *camera->queue);
        camera->source->setPreview(camera->preview.get());
        Status started = startCamera(*camera);
        if (!started)
            problems << started.error();
        m_cameras.push_back(std::move(camera));
    }
    m_running.store(true, std::memory_order_release);
    m_thread = std::thread([this] { run(); });
    qCInfo(lcCapture) << "monitoring inputs:" << (m_audio ? m_audio->name() : QStringLiteral("no audio")) << "and"
                      << m_cameras.size() << "cameras;" << problems.size() << "problems";
    return problems;
}

void InputMonitor::stop()
{
    if (!m_running.exchange(false))
        return;
    if (m_thread.joinable())
        m_thread.join();
    for (auto &camera : m_cameras)
        camera->source->stop();
    std::lock_guard lock(m_audioMutex);
    if (m_audio)
        m_audio->stop();
    // Close the devices now: a Recorder opens them next.
    m_audio.reset();
    m_cameras.clear();
}

void InputMonitor::run()
{
    std::vector<float> buffer;
    std::vector<DropEvent> drops(64);
    const qint64 retryNs = qint64(kRetryIntervalMs) * 1'000'000;
    while (m_running.load(std::memory_order_acquire)) {
        if (m_audio) {
            const std::size_t channels = static_cast<std::size_t>(m_audio->channelCount());
            buffer.resize(kChunkFrames * channels);
            for (;;) {
                const std::size_t frames = std::min(m_audio->ring().readable() / channels, kChunkFrames);
                if (frames == 0)
                    break;
                m_audio->ring().read(buffer.data(), frames * channels);
                m_levels->process(buffer.data(), frames);
            }
            while (m_audio->drops().read(drops.data(), drops.size()) > 0) {
            }
        } else if (m_audioWanted && HearingClock::steadyNowNs() - m_audioTryNs > retryNs) {
            m_audioTryNs = HearingClock::steadyNowNs();
            if (openAudio())
                qCInfo(lcCapture) << "monitor: the audio input is there now";
        }
        const qint64 now = HearingClock::steadyNowNs();
        for (auto &camera : m_cameras) {
            // Pictures are only shown, never encoded here: drop them.
            (void)camera->queue->takeLatestBefore(std::numeric_limits<qint64>::max());
            if (!camera->started.load(std::memory_order_acquire) && now - camera->lastTryNs > retryNs
                && startCamera(*camera))
                qCInfo(lcCapture) << "monitor: camera" << camera->spec.name << "is there now";
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(kPollMs));
    }
}

MonitorStatus InputMonitor::status() const
{
    MonitorStatus status;
    status.running = isRunning();
    {
        std::lock_guard lock(m_audioMutex);
        if (m_audio && m_levels) {
            status.audioName = m_audio->name();
            status.audioOverruns = m_audio->overruns() + m_audio->deviceOverflows();
            for (int i = 0; i < m_levels->channelCount(); ++i)
                status.levels.push_back(m_levels->level(i));
        }
    }
    for (const auto &camera : m_cameras) {
        CameraHealth health;
        health.name = camera->spec.name;
        health.framesCaptured = camera->source->framesCaptured();
        health.reconnects = camera->source->reconnects();
        health.connected = camera->started.load(std::memory_order_acquire) && camera->source->connected();
        health.frozen = camera->source->frozen();
        status.cameras.push_back(health);
    }
    return status;
}

int InputMonitor::channelCount() const
{
    std::lock_guard lock(m_audioMutex);
    return m_audio ? m_audio->channelCount() : 0;
}

QImage InputMonitor::previewFrame(int camera, quint64 &sequence) const
{
    if (camera < 0 || static_cast<std::size_t>(camera) >= m_cameras.size())
        return {};
    return m_cameras[static_cast<std::size_t>(camera)]->preview->takeNewer(sequence);
}

} // namespace hattama
