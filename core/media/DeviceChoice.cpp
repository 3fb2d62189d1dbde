#include "media/DeviceChoice.h"

namespace hattama {

namespace {
const QString kDemo = QStringLiteral("demo");
const QString kDemoCameraPrefix = QStringLiteral("demo:");
} // namespace

DeviceChoice DeviceChoice::fromConfig(const RecorderConfig &config)
{
    DeviceChoice choice;
    if (config.demoAudio)
        choice.audioName = kDemo;
    else if (config.useAudioDevice) {
        choice.audioName = config.audioDevice; // a name or an index as given; empty: default
        choice.extraAudioNames = config.extraAudioDevices;
    }
    for (std::size_t i = 0; i < config.cameras.size(); ++i) {
        const CameraSpec &camera = config.cameras[i];
        choice.cameraIds << (camera.demo ? kDemoCameraPrefix + QString::number(i + 1) : camera.url);
    }
    return choice;
}

QStringList applyDeviceChoice(
    RecorderConfig &config, const DeviceInventory &inventory, const DeviceChoice &choice, const QStringList &cameraNames)
{
    QStringList messages;
    for (const Error &problem : chooseDevices(config, inventory, choice, cameraNames))
        messages << problem.message;
    return messages;
}

QList<Error> chooseDevices(RecorderConfig &config, const DeviceInventory &inventory, const DeviceChoice &choice,
    const QStringList &cameraNames)
{
    QList<Error> problems;
    config.extraAudioDevices.clear();
    config.extraAudioChannels.clear();
    if (choice.audioName == kDemo) {
        config.demoAudio = true;
        config.useAudioDevice = false;
    } else {
        for (const QString &name : choice.extraAudioNames) {
            if (name.isEmpty() || name == choice.audioName || name == kDemo)
                continue;
            bool found = false;
            for (const AudioInputDevice &device : inventory.audioInputs) {
                if (!device.demo && device.name == name) {
                    config.extraAudioDevices << QString::number(device.portAudioIndex);
                    found = true;
                    break;
                }
            }
            if (!found)
                problems << Error::of(ErrorCode::ExtraAudioInputNotConnected, { name });
        }
        config.demoAudio = false;
        config.useAudioDevice = true;
        config.audioDevice.clear(); // the default input unless the chosen one is there
        config.channels.clear(); // every channel of the device
        if (!choice.audioName.isEmpty()) {
            bool found = false;
            for (const AudioInputDevice &device : inventory.audioInputs) {
                if (!device.demo && device.name == choice.audioName) {
                    config.audioDevice = QString::number(device.portAudioIndex);
                    found = true;
                    break;
                }
            }
            if (!found)
                problems << Error::of(ErrorCode::AudioInputNotConnected, { choice.audioName });
        }
    }

    config.cameras.clear();
    for (const QString &id : choice.cameraIds) {
        const CameraDevice *device = nullptr;
        for (const CameraDevice &candidate : inventory.cameras)
            if (candidate.id == id)
                device = &candidate;
        if (!device) {
            problems << Error::of(ErrorCode::CameraNotConnected, { id });
            continue;
        }
        const int index = static_cast<int>(config.cameras.size());
        const QString name = cameraNames.value(index).trimmed().isEmpty() ? device->name : cameraNames.value(index);
        if (device->demo) {
            const int demoNumber = id.mid(kDemoCameraPrefix.size()).toInt();
            config.cameras.push_back(CameraSpec::demoCamera(
                demoNumber, config.video.widthPx, config.video.heightPx, config.video.frameRate, 0, name));
            continue;
        }
        CameraSpec spec;
        spec.name = name;
        spec.inputFormat = device->backend; // "v4l2", "dshow": libavdevice's input names
        spec.url = id;
        spec.widthPx = config.video.widthPx;
        spec.heightPx = config.video.heightPx;
        spec.frameRate = config.video.frameRate;
        config.cameras.push_back(spec);
    }
    return problems;
}

} // namespace hattama
