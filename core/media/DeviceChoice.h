#pragma once

#include "capture/DeviceInfo.h"
#include "media/RecorderConfig.h"
#include "util/Result.h"

#include <QStringList>

namespace hattama {

// Which devices a hearing records, as the secretary picks them on the setup page and as the
// courtroom remembers them. Devices are named the way `hattama devices` lists them.
struct DeviceChoice {
    // AudioInputDevice::name of a PortAudio input, "demo" for the demo microphones, or empty
    // for the system's default input. Names, not indices: indices change when devices come and go.
    QString audioName;
    // Further PortAudio inputs recorded together with the first (all their channels, numbered
    // on after its channels, on its clock).
    QStringList extraAudioNames;
    QStringList cameraIds; // CameraDevice::id ("/dev/video0", "demo:2"), in recording order

    bool operator==(const DeviceChoice &) const = default;

    // The choice a configuration already makes (demo sources, default input, its cameras).
    static DeviceChoice fromConfig(const RecorderConfig &config);
};

// Sets config's audio input and cameras to the choice. A device the inventory does not have
// is left out (the default input is used instead of a missing audio input); each such device
// is named in the returned problems (AudioInputNotConnected, ExtraAudioInputNotConnected,
// CameraNotConnected; ErrorText renders them for the user). Camera k (0-based) is titled
// cameraNames[k] when given, else by the device's name.
QList<Error> chooseDevices(RecorderConfig &config, const DeviceInventory &inventory, const DeviceChoice &choice,
    const QStringList &cameraNames = {});

// The same, with the problems as English messages (for the log).
QStringList applyDeviceChoice(RecorderConfig &config, const DeviceInventory &inventory, const DeviceChoice &choice,
    const QStringList &cameraNames = {});

} // namespace hattama
