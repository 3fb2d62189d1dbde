#include "capture/DeviceList.h"

#include "capture/StderrSilencer.h"
#include "util/Logging.h"

#include <QJsonArray>

#include <portaudio.h>

namespace hattama {

namespace {

constexpr int kCandidateRatesHz[] = { 44100, 48000 };

// Pa_Initialize/Pa_Terminate for the length of one enumeration (reference counted by PortAudio).
class PortAudioSession {
public:
    PortAudioSession()
        : m_error(Pa_Initialize())
    {
    }
    ~PortAudioSession()
    {
        if (m_error == paNoError)
            Pa_Terminate();
    }
    PortAudioSession(const PortAudioSession &) = delete;
    PortAudioSession &operator=(const PortAudioSession &) = delete;
    PaError error() const { return m_error; }

private:
    PaError m_error;
};

QJsonArray ratesJson(const QList<int> &rates)
{
    QJsonArray array;
    for (const int rate : rates)
        array.append(rate);
    return array;
}

} // namespace

QList<AudioInputDevice> DeviceList::portAudioInputs(QStringList *problems)
{
    QList<AudioInputDevice> devices;
    StderrSilencer quiet; // the device scan (Pa_Initialize, Pa_IsFormatSupported) is noisy
    const PortAudioSession session;
    if (session.error() != paNoError) {
        const QString text
            = QStringLiteral("PortAudio could not start: %1").arg(QString::fromUtf8(Pa_GetErrorText(session.error())));
        qCWarning(lcCapture).noquote() << text;
        if (problems)
            *problems << text;
        return devices;
    }
    const PaDeviceIndex defaultInput = Pa_GetDefaultInputDevice();
    const PaDeviceIndex count = Pa_GetDeviceCount();
    for (PaDeviceIndex index = 0; index < count; ++index) {
        const PaDeviceInfo *info = Pa_GetDeviceInfo(index);
        if (!info || info->maxInputChannels <= 0)
            continue;
        AudioInputDevice device;
        device.id = QStringLiteral("pa:%1").arg(index);
        device.portAudioIndex = index;
        device.name = QString::fromUtf8(info->name);
        const PaHostApiInfo *host = Pa_GetHostApiInfo(info->hostApi);
        device.hostApi = host ? QString::fromUtf8(host->name) : QString();
        device.maxInputChannels = info->maxInputChannels;
        device.defaultSampleRateHz = info->defaultSampleRate;
        device.isDefault = index == defaultInput;
        PaStreamParameters parameters {};
        parameters.device = index;
        parameters.channelCount = info->maxInputChannels;
        parameters.sampleFormat = paInt16;
        parameters.suggestedLatency = info->defaultLowInputLatency;
        for (const int rate : kCandidateRatesHz) {
            if (Pa_IsFormatSupported(&parameters, nullptr, rate) == paFormatIsSupported)
                device.supportedSampleRatesHz << rate;
        }
        devices << device;
    }
    qCInfo(lcCapture) << "PortAudio lists" << devices.size() << "input devices";
    return devices;
}

AudioInputDevice DeviceList::demoMicrophones()
{
    AudioInputDevice device;
    device.id = QStringLiteral("demo");
    device.name = QStringLiteral("demo microphones");
    device.hostApi = QStringLiteral("demo");
    device.maxInputChannels = kDemoMicrophoneChannels;
    device.defaultSampleRateHz = 48000;
    device.supportedSampleRatesHz = { 48000 };
    device.demo = true;
    return device;
}

QList<CameraDevice> DeviceList::demoCameras()
{
    QList<CameraDevice> cameras;
    for (int k = 1; k <= kDemoCameras; ++k) {
        CameraDevice camera;
        camera.id = QStringLiteral("demo:%1").arg(k);
        camera.name = QStringLiteral("demo camera %1").arg(k);
        camera.backend = QStringLiteral("demo");
        camera.demo = true;
        camera.formats.append({ QStringLiteral("I420"), QStringLiteral("test pattern"),
            { { kDemoCameraWidth, kDemoCameraHeight, { double(kDemoCameraRate) } } } });
        cameras << camera;
    }
    return cameras;
}

DeviceInventory DeviceList::enumerate(const Options &options)
{
    DeviceInventory inventory;
    if (options.portAudio)
        inventory.audioInputs = portAudioInputs(&inventory.problems);
    if (options.demo)
        inventory.audioInputs << demoMicrophones();
    if (options.cameras)
        inventory.cameras = cameras(&inventory.problems);
    if (options.demo)
        inventory.cameras << demoCameras();
    return inventory;
}

QJsonObject DeviceList::toJson(const DeviceInventory &inventory)
{
    QJsonArray audio;
    for (const AudioInputDevice &device : inventory.audioInputs) {
        audio.append(QJsonObject {
            { QStringLiteral("id"), device.id },
            { QStringLiteral("portAudioIndex"),
                device.portAudioIndex >= 0 ? QJsonValue(device.portAudioIndex) : QJsonValue() },
            { QStringLiteral("name"), device.name },
            { QStringLiteral("hostApi"), device.hostApi },
            { QStringLiteral("maxInputChannels"), device.maxInputChannels },
            { QStringLiteral("defaultSampleRateHz"), device.defaultSampleRateHz },
            { QStringLiteral("supportedSampleRatesHz"), ratesJson(device.supportedSampleRatesHz) },
            { QStringLiteral("default"), device.isDefault },
            { QStringLiteral("demo"), device.demo },
        });
    }
    QJsonArray cameras;
    for (const CameraDevice &camera : inventory.cameras) {
        QJsonArray formats;
        for (const CameraFormat &format : camera.formats) {
            QJsonArray sizes;
            for (const CameraFrameSize &size : format.sizes) {
                QJsonArray rates;
                for (const double rate : size.frameRates)
                    rates.append(rate);
                sizes.append(QJsonObject { { QStringLiteral("width"), size.width },
                    { QStringLiteral("height"), size.height }, { QStringLiteral("frameRates"), rates } });
            }
            formats.append(QJsonObject { { QStringLiteral("pixelFormat"), format.pixelFormat },
                { QStringLiteral("description"), format.description }, { QStringLiteral("sizes"), sizes } });
        }
        cameras.append(QJsonObject {
            { QStringLiteral("id"), camera.id },
            { QStringLiteral("name"), camera.name },
            { QStringLiteral("backend"), camera.backend },
            { QStringLiteral("driver"), camera.driver },
            { QStringLiteral("busInfo"), camera.busInfo },
            { QStringLiteral("formats"), formats },
            { QStringLiteral("demo"), camera.demo },
        });
    }
    return QJsonObject {
        { QStringLiteral("format"), QStringLiteral("hattama-devices") },
        { QStringLiteral("version"), 1 },
        { QStringLiteral("audioInputs"), audio },
        { QStringLiteral("cameras"), cameras },
        { QStringLiteral("problems"), QJsonArray::fromStringList(inventory.problems) },
    };
}

} // namespace hattama
