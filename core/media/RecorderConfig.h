#pragma once

#include "capture/CameraSpec.h"
#include "capture/LevelMeter.h"
#include "media/AudioTrackEncoder.h"
#include "media/CameraPipeline.h"
#include "media/ClosedSegment.h"
#include "media/ManifestAnchor.h"
#include "media/VideoTrackEncoder.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace hattama {

class AudioSource;
struct RecorderConfig;
// Opens the audio input of a configuration (not started; null for none).
using AudioSourceFactory = std::function<Result<std::unique_ptr<AudioSource>>(const RecorderConfig &)>;

// Everything a Recorder needs to know. Filled by the record command or the GUI.
struct RecorderConfig {
    QString hearingDir; // the hearing's folder; media/ and recording.json go here
    QString title; // e.g. case number; stored in every segment

    // Audio: demo microphones, or one PortAudio input device.
    bool demoAudio = false;
    int demoMicrophones = 6;
    bool useAudioDevice = true; // false: no microphones at all
    QString audioDevice; // index or part of the name; empty = default input
    QList<int> channels; // 0-based device channels; empty = all
    QStringList extraAudioDevices; // further inputs, on the first one's clock
    QList<QList<int>> extraAudioChannels; // their channels (0-based), per device; missing/empty = all
    QStringList channelRoles; // participant or role per recorded channel (may be shorter)
    QList<int> channelCameras; // camera (1-based) showing each recorded channel's seat; 0/missing: none
    int sampleRateHz = 48'000;
    double ringSeconds = 4.0; // lock-free ring between the callback and the writer
    bool captureFloat32 = false; // PortAudio sample format: 16-bit integer (default) or float
    bool demoAudioPaced = true;

    std::vector<CameraSpec> cameras;
    AudioEncoding audio;
    VideoEncoding video;
    CameraPipeline::Settings cameraSettings;
    LevelMeter::Settings levels;

    int previewFps = 0; // camera preview pictures per second for the GUI; 0: none

    qint64 segmentDurationMs = 10'000;
    qint64 maxPartDurationMs = 0; // 0: until stop()
    QString language = QStringLiteral("und"); // ISO 639-2 of the hearing: rus, kaz

    SegmentClosedHandler onSegmentClosed; // wired to the manifest by the caller
    // Receives the manifest's head after every closed segment and the close line (the
    // database's audit chain: storage/AuditManifestAnchor). Empty: the folder alone.
    std::shared_ptr<ManifestAnchor> manifestAnchor;

    // Where the recorder and the input monitor get their audio input and encoders. Empty: the
    // devices above (openAudioInput) and AudioTrackEncoder::create. Tests put their own
    // sources (an interface that can be unplugged) and encoders (one that fails) here.
    AudioSourceFactory audioSourceFactory;
    AudioEncoderFactory audioEncoderFactory;
};

} // namespace hattama
