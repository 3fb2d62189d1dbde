// Cameras on Windows: DirectShow video devices through libavdevice's device list.
#include "capture/DeviceList.h"

#include "util/Logging.h"

extern "C" {
#include <libavdevice/avdevice.h>
#include <libavformat/avformat.h>
}

namespace hattama {

QList<CameraDevice> DeviceList::cameras(QStringList *problems)
{
    QList<CameraDevice> cameras;
    avdevice_register_all();
    const AVInputFormat *dshow = av_find_input_format("dshow");
    if (!dshow) {
        if (problems)
            *problems << QStringLiteral("FFmpeg has no dshow input");
        return cameras;
    }
    AVDeviceInfoList *list = nullptr;
    const int count = avdevice_list_input_sources(dshow, nullptr, nullptr, &list);
    if (count < 0) {
        if (problems)
            *problems << QStringLiteral("DirectShow devices could not be listed (error %1)").arg(count);
        return cameras;
    }
    for (int i = 0; i < list->nb_devices; ++i) {
        const AVDeviceInfo *info = list->devices[i];
        bool isVideo = info->nb_media_types == 0;
        for (int t = 0; t < info->nb_media_types; ++t)
            isVideo = isVideo || info->media_types[t] == AVMEDIA_TYPE_VIDEO;
        if (!isVideo)
            continue;
        CameraDevice camera;
        camera.name = QString::fromUtf8(info->device_description);
        camera.id = QStringLiteral("video=") + camera.name;
        camera.backend = QStringLiteral("dshow");
        camera.busInfo = QString::fromUtf8(info->device_name);
        cameras << camera;
    }
    avdevice_free_list_devices(&list);
    qCInfo(lcCapture) << "DirectShow lists" << cameras.size() << "cameras";
    return cameras;
}

} // namespace hattama
