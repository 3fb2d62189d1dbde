#include "capture/CameraSpec.h"

#include <QFileInfo>

namespace hattama {

QString CameraSpec::platformInputFormat()
{
    return QStringLiteral("dshow"); // url: "video=<device name>"
}

QString CameraSpec::platformFontFile()
{
    const QString arial = QStringLiteral("C\\:/Windows/Fonts/arial.ttf");
    return QFileInfo::exists(QStringLiteral("C:/Windows/Fonts/arial.ttf")) ? arial : QString();
}

} // namespace hattama
