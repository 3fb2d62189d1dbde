#pragma once

#include "playback/HearingTimeline.h"

#include <QList>
#include <QPair>

#include <atomic>
#include <mutex>
#include <thread>

namespace hattama {

// When each microphone carried speech, over the whole recording, for the player's timeline
// lanes: the microphones are decoded once on a worker thread of their own, in windows of a
// tenth of a second; a window louder than the threshold is speech, and speech less than the
// hangover apart is one stretch. The stretches found so far can be asked for at any time.
class VoiceActivityScan {
public:
    static constexpr int kWindowMs = 100;
    static constexpr float kThresholdDbfs = -42.0f;
    static constexpr int kHangoverMs = 300;

    explicit VoiceActivityScan(HearingTimeline timeline);
    ~VoiceActivityScan(); // stops the scan
    VoiceActivityScan(const VoiceActivityScan &) = delete;
    VoiceActivityScan &operator=(const VoiceActivityScan &) = delete;

    void start();
    // Per microphone (index 0 = microphone 1): speech stretches [start, end) on the hearing clock.
    QList<QList<QPair<qint64, qint64>>> stretches() const;
    // How far the scan has come on the play clock, 0–1.
    double progress() const;
    bool finished() const { return m_finished; }

private:
    void run();

    HearingTimeline m_timeline;
    mutable std::mutex m_mutex;
    QList<QList<QPair<qint64, qint64>>> m_stretches;
    std::atomic<qint64> m_scannedPlayMs { 0 };
    std::atomic<bool> m_stop { false };
    std::atomic<bool> m_finished { false };
    std::thread m_thread;
};

} // namespace hattama
