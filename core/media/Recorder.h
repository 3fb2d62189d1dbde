#pragma once

#include "capture/CameraSource.h"
#include "capture/HearingClock.h"
#include "capture/LevelMeter.h"
#include "capture/PreviewSlot.h"
#include "media/RecorderConfig.h"
#include "media/SegmentManifest.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QLockFile>
#include <QStringList>

#include <memory>
#include <atomic>
#include <mutex>
#include <thread>
#include <optional>
#include <vector>

namespace hattama {

class AudioSource;
class DiskReserve;

enum class RecorderState { Idle, Recording, Recess, Stopped, Failed };

// A snapshot for the status line and the GUI (poll it from a timer, 10–30 Hz).
struct RecorderStatus {
    RecorderState state = RecorderState::Idle;
    int part = 0; // 1-based; 0 before start
    qint64 hearingTimeMs = 0; // the hearing clock, running on through recesses
    qint64 partTimeMs = 0;
    int segmentsClosed = 0; // in the current part
    qint64 bytesWritten = 0; // closed segments of the current part
    QStringList microphoneTitles; // per track, "Mic 1 — Judge"
    std::vector<ChannelLevel> levels;
    std::vector<CameraHealth> cameras;
    qint64 audioOverruns = 0; // times the ring was full (this part)
    qint64 audioDroppedFrames = 0;
    qint64 audioDeviceOverflows = 0;
    bool limitReached = false; // maxPartDurationMs reached: call stop()
    bool audioLost = false; // the audio input stopped; the cameras go on, the input is retried
    int audioLosses = 0; // times the audio input was lost during this recording
    std::optional<Error> error; // a write or device error: call stop()
};

// The recording engine: start → (recess → resume)* → stop. Each run between start/resume and
// recess/stop is a part. Not thread-safe: call from one thread (the GUI or the CLI); status()
// may be called at any time from that thread.
class Recorder {
public:
    explicit Recorder(RecorderConfig config);
    ~Recorder();
    Recorder(const Recorder &) = delete;
    Recorder &operator=(const Recorder &) = delete;

    Status start();
    Status recess();
    Status resume();
    Status stop();

    RecorderStatus status() const;
    // The newest preview picture of a camera when newer than `sequence` (updated), else a
    // null image. Needs config.previewFps > 0.
    QImage previewFrame(int camera, quint64 &sequence) const;
    RecorderState state() const { return m_state; }
    // Call regularly (10–30 Hz) from the owner's thread while recording. A lost audio input
    // (no sound for kAudioStallMs) does not end the hearing: the part ends where the sound
    // stopped, the cameras go on in a part of their own ("audio": "lost" in recording.json),
    // and as soon as the input opens again (tried every kAudioRetryMs) a new part with sound
    // begins. Returns true when it changed parts.
    bool service();
    // True when the recording must be stopped: the part limit was reached or writing failed.
    bool needsStop() const;
    const RecorderConfig &config() const { return m_config; }

    // A rough size of one recorded hour, for the free-space check before the real rate is
    // measured: Opus (or FLAC) per microphone, H.264 at the configured size per camera.
    static qint64 estimatedBytesPerHour(const RecorderConfig &config, int microphones);
    static QString microphoneTitle(int channel1Based, const QString &role);

    // Without sound for this long the audio input counts as lost (its clock is the master).
    static constexpr qint64 kAudioStallMs = 3000;
    static constexpr qint64 kAudioRetryMs = 1000;

private:
    struct Part;
    bool audioStalled() const;
    bool wantsAudio() const;
    Result<std::unique_ptr<AudioSource>> openAudio() const;
    int trackChannel(const AudioSource &audio, int track) const;
    Status startPart(qint64 hearingStartMs);
    // audio: an opened input, or null for a part of the cameras alone.
    Status startPart(qint64 hearingStartMs, std::unique_ptr<AudioSource> audio);
    Status endPart();
    // finished: the recording ended; closed: its manifest got the close line ("stopped"), else
    // "failed" (recover finishes it).
    Status writeDescription(bool finished, bool closed = false);
    // After a full disk: closes the failed part's cut-off segments as far as they got.
    Status salvageCutOffSegments();
    // Hands the manifest's head to config().manifestAnchor, when there is one.
    void anchorManifest();

    RecorderConfig m_config;
    HearingClock m_clock;
    RecorderState m_state = RecorderState::Idle;
    // One per camera for the whole recording (parts come and go), when previews are on;
    // declared before m_part so that it outlives the camera threads writing into it.
    std::vector<std::unique_ptr<PreviewSlot>> m_previews;
    std::unique_ptr<Part> m_part;
    QJsonObject m_description;
    QList<QJsonObject> m_parts;
    qint64 m_lastPartEndHearingMs = 0;
    qint64 m_recessSteadyNs = 0;
    std::optional<Error> m_error;
    bool m_audioLost = false;
    int m_audioLosses = 0;
    // While the audio input is lost: a thread tries to open it every kAudioRetryMs and leaves
    // it here for service() to take over.
    void startAudioProbe();
    void stopAudioProbe();
    std::thread m_probe;
    std::atomic<bool> m_probeRunning { false };
    std::mutex m_probeMutex;
    std::unique_ptr<AudioSource> m_probedAudio;
    qint64 m_lostSinceNs = 0;
    // Held while recording so that `hattama recover` leaves the folder alone.
    std::unique_ptr<QLockFile> m_lock;
    // Every closed segment is hashed into the chain here before it counts as recorded.
    std::optional<SegmentManifest> m_manifest;
    // Given back when the disk runs full (DiskReserve); shared with the writer's callback.
    std::shared_ptr<DiskReserve> m_reserve;
};

} // namespace hattama
