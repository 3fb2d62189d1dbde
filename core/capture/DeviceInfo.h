#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace hattama {

// An audio input as `hattama devices` lists it (docs/devices.md).
struct AudioInputDevice {
    QString id; // "pa:<index>" for PortAudio devices, "demo" for the demo microphones
    int portAudioIndex = -1; // -1 for the demo source
    QString name; // e.g. "virt6", "Focusrite USB: Audio (hw:1,0)"
    QString hostApi; // "ALSA", "JACK Audio Connection Kit", "Windows WASAPI", "demo"
    int maxInputChannels = 0;
    double defaultSampleRateHz = 0;
    QList<int> supportedSampleRatesHz; // among 44100 and 48000, at maxInputChannels
    bool isDefault = false;
    bool demo = false;
};

struct CameraFrameSize {
    int width = 0;
    int height = 0;
    QList<double> frameRates; // frames per second, when the driver lists them
};

struct CameraFormat {
    QString pixelFormat; // FourCC, e.g. "YUYV", "MJPG"
    QString description;
    QList<CameraFrameSize> sizes;
};

// A camera: a V4L2 device on Linux, a DirectShow device on Windows, or a demo camera.
struct CameraDevice {
    QString id; // what --camera takes: "/dev/video0", "video=Integrated Camera", "demo:1"
    QString name; // the driver's card name
    QString backend; // "v4l2", "dshow", "demo"
    QString driver; // e.g. "uvcvideo"
    QString busInfo;
    QList<CameraFormat> formats;
    bool demo = false;
};

struct DeviceInventory {
    QList<AudioInputDevice> audioInputs;
    QList<CameraDevice> cameras;
    QStringList problems; // English: what could not be enumerated and why
};

} // namespace hattama
