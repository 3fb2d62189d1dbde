#include "playback/VoiceActivityScan.h"

#include "capture/LevelMeter.h"
#include "playback/MicrophoneReader.h"

#include <QLoggingCategory>

#include <cmath>
#include <vector>

Q_LOGGING_CATEGORY(lcVoiceActivity, "hattama.playback")

namespace hattama {

VoiceActivityScan::VoiceActivityScan(HearingTimeline timeline)
    : m_timeline(std::move(timeline))
{
    for (int i = 0; i < m_timeline.microphones().size(); ++i)
        m_stretches.append(QList<QPair<qint64, qint64>>());
}

VoiceActivityScan::~VoiceActivityScan()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

void VoiceActivityScan::start()
{
    if (!m_thread.joinable())
        m_thread = std::thread([this] { run(); });
}

QList<QList<QPair<qint64, qint64>>> VoiceActivityScan::stretches() const
{
    std::lock_guard lock(m_mutex);
    return m_stretches;
}

double VoiceActivityScan::progress() const
{
    const qint64 length = m_timeline.playLengthMs();
    return length > 0 ? std::min(1.0, double(m_scannedPlayMs) / double(length)) : 1.0;
}

void VoiceActivityScan::run()
{
    const int microphones = int(m_timeline.microphones().size());
    MicrophoneReader reader(m_timeline);
    if (microphones == 0 || !reader.seek(0)) {
        m_finished = true;
        return;
    }
    const int windowFrames = m_timeline.sampleRateHz() * kWindowMs / 1000;
    std::vector<std::vector<float>> perMicrophone;
    // The stretch open per microphone: its start and the end of its last loud window (play ms).
    std::vector<qint64> openStart(std::size_t(microphones), -1);
    std::vector<qint64> lastLoudEnd(std::size_t(microphones), -1);
    auto close = [&](int microphone) {
        const std::size_t i = std::size_t(microphone);
        if (openStart[i] < 0)
            return;
        // On the hearing clock; a stretch never spans a recess (the play clock has none).
        const qint64 startMs = m_timeline.hearingTimeAt(openStart[i]);
        const qint64 endMs = m_timeline.hearingTimeAt(lastLoudEnd[i] - 1) + 1;
        std::lock_guard lock(m_mutex);
        m_stretches[microphone].append({ startMs, endMs });
        openStart[i] = -1;
    };
    qint64 playMs = 0;
    int lastSegment = m_timeline.segmentIndexAtPlay(0);
    while (!m_stop) {
        const auto read = reader.read(perMicrophone, windowFrames);
        if (!read) {
            qCWarning(lcVoiceActivity) << "voice activity scan stopped:" << read.error().text();
            break;
        }
        if (*read == 0)
            break;
        const qint64 windowEnd = playMs + qint64(*read) * 1000 / m_timeline.sampleRateHz();
        // A recess lies between two segments whose hearing times do not touch: close there.
        const int segment = m_timeline.segmentIndexAtPlay(playMs);
        const bool afterGap = segment != lastSegment && segment > 0
            && m_timeline.segments().at(segment).startMs > m_timeline.segments().at(segment - 1).endMs();
        lastSegment = segment;
        for (int microphone = 0; microphone < microphones && microphone < int(perMicrophone.size()); ++microphone) {
            const std::size_t i = std::size_t(microphone);
            if (afterGap)
                close(microphone);
            double sum = 0.0;
            for (float sample : perMicrophone[i])
                sum += double(sample) * double(sample);
            const float rms = LevelMeter::toDbfs(std::sqrt(sum / std::max<std::size_t>(1, perMicrophone[i].size())));
            if (rms > kThresholdDbfs) {
                if (openStart[i] < 0)
                    openStart[i] = playMs;
                lastLoudEnd[i] = windowEnd;
            } else if (openStart[i] >= 0 && windowEnd - lastLoudEnd[i] > kHangoverMs) {
                close(microphone);
            }
        }
        playMs = windowEnd;
        m_scannedPlayMs = playMs;
    }
    for (int microphone = 0; microphone < microphones; ++microphone)
        close(microphone);
    m_finished = true;
}

} // namespace hattama
