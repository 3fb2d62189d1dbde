#pragma once

#include "capture/DeviceInfo.h"

#include <QJsonObject>

namespace hattama {

// Enumerates what can be recorded: PortAudio input devices, cameras (V4L2 on Linux,
// DirectShow on Windows, in CameraEnumerator_<platform>.cpp), and the demo sources.
class DeviceList {
public:
    static constexpr int kDemoMicrophoneChannels = 16; // --mics N takes up to this many
    static constexpr int kDemoCameras = 4; // listed; --cameras N may ask for more
    static constexpr int kDemoCameraWidth = 1280;
    static constexpr int kDemoCameraHeight = 720;
    static constexpr int kDemoCameraRate = 25;

    struct Options {
        bool portAudio = true; // false: skip PortAudio (e.g. when a stream is already open)
        bool cameras = true;
        bool demo = true;
    };

    static DeviceInventory enumerate(const Options &options);
    static DeviceInventory enumerate() { return enumerate(Options {}); }

    static QList<AudioInputDevice> portAudioInputs(QStringList *problems = nullptr);
    static QList<CameraDevice> cameras(QStringList *problems = nullptr); // platform file
    static AudioInputDevice demoMicrophones();
    static QList<CameraDevice> demoCameras();

    // The JSON of `hattama devices --json` (shape in docs/devices.md).
    static QJsonObject toJson(const DeviceInventory &inventory);
};

} // namespace hattama
