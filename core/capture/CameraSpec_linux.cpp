#include "capture/CameraSpec.h"

#include <QFileInfo>

namespace hattama {

QString CameraSpec::platformInputFormat()
{
    return QStringLiteral("v4l2");
}

QString CameraSpec::platformFontFile()
{
    const QString dejaVu = QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    return QFileInfo::exists(dejaVu) ? dejaVu : QString();
}

} // namespace hattama
