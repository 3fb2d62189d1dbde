#include "playback/PlaybackEngine.h"

#include "playback/MicrophoneReader.h"
#include "playback/TempoFilter.h"

#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcPlaybackEngine, "hattama.playback")

namespace hattama {

namespace {
constexpr int kPresentIntervalMs = 10;
constexpr int kReadFrames = 1024; // input frames per sound block (about 21 ms)
} // namespace

PlaybackAudioStream::PlaybackAudioStream(PlaybackEngine &engine)
    : m_engine(engine)
{
    open(QIODevice::ReadOnly);
}

qint64 PlaybackAudioStream::bytesAvailable() const
{
    return m_engine.bufferedFrames() * qint64(sizeof(float)) + QIODevice::bytesAvailable();
}

qint64 PlaybackAudioStream::readData(char *data, qint64 maxSize)
{
    return m_engine.readSound(reinterpret_cast<float *>(data), maxSize / qint64(sizeof(float))) * qint64(sizeof(float));
}

PlaybackEngine::PlaybackEngine(HearingTimeline timeline, std::unique_ptr<PlaybackOutput> output, QObject *parent)
    : QObject(parent)
    , m_timeline(std::move(timeline))
    , m_output(std::move(output))
    , m_timer(new QTimer(this))
    , m_rateHz(m_timeline.sampleRateHz())
{
    m_stream = std::make_unique<PlaybackAudioStream>(*this);
    m_levels.resize(std::size_t(m_timeline.microphones().size()));
    for (int camera = 0; camera < m_timeline.cameras().size(); ++camera) {
        auto queue = std::make_unique<CameraQueue>();
        queue->reader = std::make_unique<CameraReader>(m_timeline, camera);
        m_cameras.push_back(std::move(queue));
    }
    m_timer->setInterval(kPresentIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (present())
            emit presented();
    });
    m_timer->start();
    seekPlay(0);
}

PlaybackEngine::~PlaybackEngine()
{
    m_output->stop();
    stopWorkers();
}

void PlaybackEngine::play()
{
    if (m_playing)
        return;
    if (m_ended)
        seekPlay(0);
    m_playing = true;
    m_output->setPaused(false);
    emit playingChanged(true);
}

void PlaybackEngine::pause()
{
    if (!m_playing)
        return;
    m_playing = false;
    m_output->setPaused(true);
    emit playingChanged(false);
}

void PlaybackEngine::seekPlay(qint64 playMs)
{
    playMs = std::clamp<qint64>(playMs, 0, std::max<qint64>(0, m_timeline.playLengthMs() - 1));
    m_output->stop();
    stopWorkers();
    m_basePlayMs = playMs;
    m_ended = false;
    m_settling = true;
    m_seekTimer.start();
    for (auto &queue : m_cameras) {
        queue->pictures.clear();
        queue->shown.reset();
        queue->ended = false;
    }
    startWorkers(playMs);
    restartOutput();
    emit seeked(m_timeline.hearingTimeAt(playMs));
}

void PlaybackEngine::seekHearing(qint64 hearingMs)
{
    seekPlay(m_timeline.playTimeOf(hearingMs));
}

void PlaybackEngine::stepFrames(int frames)
{
    pause();
    const int rate = m_timeline.cameras().isEmpty() ? 25 : std::max(1, m_timeline.cameras().first().frameRate);
    const double frameMs = 1000.0 / rate;
    const CameraPicture *shown = picture(0);
    const qint64 fromMs = shown ? shown->playMs : positionPlayMs();
    // The middle of the frame stepped to, so that rounding lands inside it.
    seekPlay(fromMs + static_cast<qint64>(std::llround(frames * frameMs + frameMs / 2)));
}

void PlaybackEngine::setSpeed(double speed)
{
    speed = std::clamp(speed, kSlowest, kFastest);
    if (std::abs(speed - m_speed) < 1e-6)
        return;
    const qint64 at = positionPlayMs();
    m_speed = speed;
    seekPlay(at);
    emit speedChanged(m_speed);
}

void PlaybackEngine::setMix(const MixSettings &mix)
{
    {
        std::lock_guard lock(m_mutex);
        m_mix = mix;
    }
    // What is decoded ahead was mixed the old way: mix it again from the first frame not yet
    // given to the output, so that the change is heard at once.
    stopSound();
    qint64 resumeMs = 0;
    {
        std::lock_guard lock(m_mutex);
        resumeMs = m_basePlayMs + static_cast<qint64>(std::llround(double(m_pulledFrames) * m_speed * 1000.0 / m_rateHz));
        m_sound.clear();
        m_soundEnded = false;
    }
    startSound(resumeMs);
    emit mixChanged();
}

MixSettings PlaybackEngine::mix() const
{
    std::lock_guard lock(m_mutex);
    return m_mix;
}

void PlaybackEngine::soloOnly(const QList<int> &microphones)
{
    MixSettings settings = mix();
    settings.solo = microphones;
    setMix(settings);
}

qint64 PlaybackEngine::positionPlayMs() const
{
    const qint64 heard = m_output->heardFrames();
    const qint64 played = static_cast<qint64>(std::llround(double(heard) * m_speed * 1000.0 / m_rateHz));
    return std::min(m_basePlayMs + played, m_timeline.playLengthMs());
}

const CameraPicture *PlaybackEngine::picture(int camera) const
{
    if (camera < 0 || camera >= int(m_cameras.size()) || !m_cameras[std::size_t(camera)]->shown)
        return nullptr;
    return &*m_cameras[std::size_t(camera)]->shown;
}

ChannelLevel PlaybackEngine::level(int microphone) const
{
    std::lock_guard lock(m_mutex);
    if (microphone < 1 || microphone > int(m_levels.size()))
        return {};
    return m_levels[std::size_t(microphone - 1)];
}

QString PlaybackEngine::lastError() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

bool PlaybackEngine::present()
{
    const qint64 now = positionPlayMs();
    bool changed = false;
    bool everyCamera = true;
    bool soundStarted = false;
    bool soundDone = false;
    {
        std::lock_guard lock(m_mutex);
        for (auto &queue : m_cameras) {
            while (!queue->pictures.empty() && (!queue->shown || queue->pictures.front().playMs <= now)) {
                queue->shown = std::move(queue->pictures.front());
                queue->pictures.pop_front();
                changed = true;
            }
            if (!queue->shown && !queue->ended)
                everyCamera = false;
        }
        if (changed)
            m_room.notify_all();
        soundStarted = !m_sound.empty() || m_soundEnded;
        soundDone = m_soundEnded && m_sound.empty();
    }
    if (m_settling && everyCamera && soundStarted) {
        m_settling = false;
        m_lastSeekLatencyUs = m_seekTimer.nsecsElapsed() / 1000;
        changed = true;
    }
    if (m_playing)
        changed = true; // the position moves
    if (m_playing && !m_settling && (soundDone || now >= m_timeline.playLengthMs())) {
        m_ended = true;
        pause();
        emit ended();
    }
    return changed;
}

void PlaybackEngine::restartOutput()
{
    {
        std::lock_guard lock(m_mutex);
        m_pulledFrames = 0;
    }
    m_output->start(m_stream.get(), m_rateHz);
    if (!m_playing)
        m_output->setPaused(true);
}

void PlaybackEngine::startWorkers(qint64 playMs)
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = false;
        m_error.clear();
    }
    startSound(playMs);
    for (int camera = 0; camera < int(m_cameras.size()); ++camera)
        m_cameras[std::size_t(camera)]->worker = std::thread([this, camera, playMs] { cameraWorker(camera, playMs); });
}

void PlaybackEngine::stopWorkers()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_room.notify_all();
    for (auto &queue : m_cameras)
        if (queue->worker.joinable())
            queue->worker.join();
    stopSound();
    std::lock_guard lock(m_mutex);
    m_sound.clear();
    m_soundEnded = false;
}

void PlaybackEngine::startSound(qint64 playMs)
{
    {
        std::lock_guard lock(m_mutex);
        m_soundStop = false;
    }
    m_soundThread = std::thread([this, playMs, speed = m_speed] { soundWorker(playMs, speed); });
}

void PlaybackEngine::stopSound()
{
    {
        std::lock_guard lock(m_mutex);
        m_soundStop = true;
    }
    m_room.notify_all();
    if (m_soundThread.joinable())
        m_soundThread.join();
}

void PlaybackEngine::fail(const QString &text)
{
    qCWarning(lcPlaybackEngine) << "playback:" << text;
    std::lock_guard lock(m_mutex);
    if (m_error.isEmpty())
        m_error = text;
}

qint64 PlaybackEngine::bufferedFrames() const
{
    std::lock_guard lock(m_mutex);
    qint64 frames = 0;
    for (const SoundBlock &block : m_sound)
        frames += qint64(block.samples.size() - block.consumed);
    return frames;
}

qint64 PlaybackEngine::readSound(float *out, qint64 frames)
{
    qint64 given = 0;
    {
        std::lock_guard lock(m_mutex);
        while (given < frames && !m_sound.empty()) {
            SoundBlock &block = m_sound.front();
            const qint64 take = std::min<qint64>(frames - given, qint64(block.samples.size() - block.consumed));
            std::copy_n(block.samples.data() + block.consumed, take, out + given);
            block.consumed += std::size_t(take);
            given += take;
            m_levels = block.levels;
            if (block.consumed == block.samples.size())
                m_sound.pop_front();
        }
        m_pulledFrames += given;
    }
    if (given > 0)
        m_room.notify_all();
    return given;
}

void PlaybackEngine::soundWorker(qint64 playMs, double speed)
{
    const qint64 aheadFrames = qint64(m_rateHz) * kSoundAheadMs / 1000;
    auto waitForRoom = [&](std::unique_lock<std::mutex> &lock) {
        m_room.wait(lock, [&] {
            if (m_soundStop)
                return true;
            qint64 frames = 0;
            for (const SoundBlock &block : m_sound)
                frames += qint64(block.samples.size() - block.consumed);
            return frames < aheadFrames;
        });
        return !m_soundStop;
    };
    if (m_timeline.microphones().isEmpty()) {
        // A recording without sound: silence as long as the pictures, so that the output's
        // clock runs.
        qint64 remaining = static_cast<qint64>(double(m_timeline.playLengthMs() - playMs) * m_rateHz / 1000.0 / speed);
        while (remaining > 0) {
            std::unique_lock lock(m_mutex);
            if (!waitForRoom(lock))
                return;
            SoundBlock block;
            block.samples.assign(std::size_t(std::min<qint64>(remaining, kReadFrames)), 0.0f);
            remaining -= qint64(block.samples.size());
            m_sound.push_back(std::move(block));
        }
        std::lock_guard lock(m_mutex);
        m_soundEnded = true;
        return;
    }
    MicrophoneReader reader(m_timeline);
    if (const Status sought = reader.seek(playMs); !sought) {
        fail(sought.error().text());
        std::lock_guard lock(m_mutex);
        m_soundEnded = true;
        return;
    }
    TempoFilter tempo(m_rateHz, speed);
    if (const Status opened = tempo.open(); !opened) {
        fail(opened.error().text());
        std::lock_guard lock(m_mutex);
        m_soundEnded = true;
        return;
    }
    std::vector<std::vector<float>> perMicrophone;
    std::vector<float> mixed;
    for (;;) {
        MixSettings mix;
        {
            std::unique_lock lock(m_mutex);
            if (!waitForRoom(lock))
                return;
            mix = m_mix;
        }
        const auto read = reader.read(perMicrophone, kReadFrames);
        if (!read) {
            fail(read.error().text());
            std::lock_guard lock(m_mutex);
            m_soundEnded = true;
            return;
        }
        SoundBlock block;
        if (*read == 0) {
            (void)tempo.finish(block.samples);
        } else {
            block.levels.resize(perMicrophone.size());
            for (std::size_t microphone = 0; microphone < perMicrophone.size(); ++microphone) {
                double peak = 0.0;
                double sum = 0.0;
                for (float sample : perMicrophone[microphone]) {
                    peak = std::max(peak, double(std::abs(sample)));
                    sum += double(sample) * double(sample);
                }
                const double count = std::max<double>(1.0, double(perMicrophone[microphone].size()));
                block.levels[microphone].peakDbfs = LevelMeter::toDbfs(peak);
                block.levels[microphone].rmsDbfs = LevelMeter::toDbfs(std::sqrt(sum / count));
                block.levels[microphone].voiceActive = block.levels[microphone].rmsDbfs > -42.0f;
            }
            mix.mix(perMicrophone, mixed);
            if (const Status processed = tempo.process(mixed, block.samples); !processed) {
                fail(processed.error().text());
                std::lock_guard lock(m_mutex);
                m_soundEnded = true;
                return;
            }
        }
        std::lock_guard lock(m_mutex);
        if (m_soundStop)
            return;
        if (!block.samples.empty()) {
            if (block.levels.empty())
                block.levels = m_levels;
            m_sound.push_back(std::move(block));
        }
        if (*read == 0) {
            m_soundEnded = true;
            return;
        }
    }
}

void PlaybackEngine::cameraWorker(int camera, qint64 playMs)
{
    CameraQueue &queue = *m_cameras[std::size_t(camera)];
    if (const Status sought = queue.reader->seek(playMs); !sought) {
        fail(sought.error().text());
        std::lock_guard lock(m_mutex);
        queue.ended = true;
        return;
    }
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_room.wait(lock, [&] { return m_stop || int(queue.pictures.size()) < kPicturesAhead; });
            if (m_stop)
                return;
        }
        auto next = queue.reader->next();
        std::lock_guard lock(m_mutex);
        if (!next) {
            m_error = next.error().text();
            queue.ended = true;
            return;
        }
        if (!*next) {
            queue.ended = true;
            return;
        }
        if (m_stop)
            return;
        queue.pictures.push_back(std::move(**next));
    }
}

} // namespace hattama
