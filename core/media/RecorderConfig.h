#pragma once

#include "capture/CameraSpec.h"
#include "capture/LevelMeter.h"
#include "media/AudioTrackEncoder.h"
#include "media/CameraPipeline.h"
#include "media/ClosedSegment.h"
#include "media/VideoTrackEncoder.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace hattama {

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
    QStringList channelRoles; // participant or role per recorded channel (may be shorter)
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
};

} // namespace hattama
