#pragma once

// The small structs the secretary's workspace widgets are fed with by the recording engine
// (through a GUI timer polling ≤ 30 Hz); tests fill them with fakes. Entries, participants
// and event templates are core types (hearing/HearingModel.h, hearing/EventTemplate.h).

#include <QDateTime>
#include <QImage>
#include <QMetaType>
#include <QString>
#include <QVector>

#include "hearing/HearingModel.h"

#include <cstdint>
#include <functional>

namespace hattama::ui {

// What a meter shows for one microphone channel.
struct ChannelLevel {
    static constexpr float kSilenceDbfs = -100.0f;
    float peakDbfs = kSilenceDbfs;
    float rmsDbfs = kSilenceDbfs;
    bool voiceActive = false; // someone is speaking into this channel now
    bool clipping = false; // a sample reached full scale since the last snapshot
    bool noSignal = true; // nothing above the noise floor for a while: dead or muted mic
};

// One camera as the preview shows it.
struct CameraStatus {
    QString name;
    qint64 framesDelivered = 0;
    qint64 framesDropped = 0;
    bool frozen = false; // no new frame for a while
    QImage lastFrame;
};

enum class RecorderState { Idle, Recording, Recess, Stopped };

// What the control bar shows beside the buttons.
struct RecorderHealth {
    RecorderState state = RecorderState::Idle;
    qint64 hearingTimeMs = 0;
    double diskHoursLeft = -1.0; // < 0: unknown
    qint64 overruns = 0;
    qint64 droppedFrames = 0;
    bool audioLost = false; // no sound from the audio input: the cameras go on, it is retried
};

// The hearing clock as the UI sees it: milliseconds since the first Record.
using HearingClock = std::function<qint64()>;

} // namespace hattama::ui

