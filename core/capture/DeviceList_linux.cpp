// Cameras on Linux: every /dev/video* that can capture, with formats, sizes and frame rates,
// read with the V4L2 ioctls (what FFmpeg's v4l2 input opens by the same path).
#include "capture/DeviceList.h"

#include "util/Logging.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/videodev2.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace hattama {

namespace {

int xioctl(int fd, unsigned long request, void *argument)
{
    int rc = 0;
    do {
        rc = ::ioctl(fd, request, argument);
    } while (rc < 0 && errno == EINTR);
    return rc;
}

QString fourcc(quint32 code)
{
    QString text;
    for (int shift = 0; shift < 32; shift += 8)
        text += QLatin1Char(static_cast<char>((code >> shift) & 0xff));
    return text.trimmed();
}

QString fromFixed(const __u8 *text, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(text),
        static_cast<qsizetype>(strnlen(reinterpret_cast<const char *>(text), size)));
}

QList<double> frameRates(int fd, quint32 pixelFormat, quint32 width, quint32 height)
{
    QList<double> rates;
    v4l2_frmivalenum interval {};
    interval.pixel_format = pixelFormat;
    interval.width = width;
    interval.height = height;
    for (interval.index = 0; xioctl(fd, VIDIOC_ENUM_FRAMEINTERVALS, &interval) == 0; ++interval.index) {
        const v4l2_fract fraction
            = interval.type == V4L2_FRMIVAL_TYPE_DISCRETE ? interval.discrete : interval.stepwise.min;
        if (fraction.numerator > 0)
            rates << double(fraction.denominator) / double(fraction.numerator);
        if (interval.type != V4L2_FRMIVAL_TYPE_DISCRETE)
            break;
    }
    std::sort(rates.begin(), rates.end(), std::greater<>());
    return rates;
}

QList<CameraFrameSize> frameSizes(int fd, quint32 pixelFormat)
{
    QList<CameraFrameSize> sizes;
    v4l2_frmsizeenum size {};
    size.pixel_format = pixelFormat;
    for (size.index = 0; xioctl(fd, VIDIOC_ENUM_FRAMESIZES, &size) == 0; ++size.index) {
        if (size.type == V4L2_FRMSIZE_TYPE_DISCRETE) {
            sizes.append({ int(size.discrete.width), int(size.discrete.height),
                frameRates(fd, pixelFormat, size.discrete.width, size.discrete.height) });
        } else { // stepwise or continuous: the two ends
            sizes.append({ int(size.stepwise.min_width), int(size.stepwise.min_height),
                frameRates(fd, pixelFormat, size.stepwise.min_width, size.stepwise.min_height) });
            sizes.append({ int(size.stepwise.max_width), int(size.stepwise.max_height),
                frameRates(fd, pixelFormat, size.stepwise.max_width, size.stepwise.max_height) });
            break;
        }
    }
    return sizes;
}

} // namespace

QList<CameraDevice> DeviceList::cameras(QStringList *problems)
{
    QList<CameraDevice> cameras;
    const QDir dev(QStringLiteral("/dev"));
    QStringList nodes = dev.entryList({ QStringLiteral("video*") }, QDir::System | QDir::Files | QDir::Readable);
    std::sort(nodes.begin(), nodes.end(),
        [](const QString &a, const QString &b) { return a.mid(5).toInt() < b.mid(5).toInt(); });
    for (const QString &node : nodes) {
        const QString path = dev.filePath(node);
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0) {
            const QString text
                = QStringLiteral("cannot open %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
            qCWarning(lcCapture).noquote() << text;
            if (problems)
                *problems << text;
            continue;
        }
        v4l2_capability capability {};
        if (xioctl(fd, VIDIOC_QUERYCAP, &capability) == 0) {
            const quint32 caps
                = (capability.capabilities & V4L2_CAP_DEVICE_CAPS) ? capability.device_caps : capability.capabilities;
            // Metadata nodes of the same camera have no video capture capability.
            if (caps & V4L2_CAP_VIDEO_CAPTURE) {
                CameraDevice camera;
                camera.id = path;
                camera.name = fromFixed(capability.card, sizeof capability.card);
                camera.backend = QStringLiteral("v4l2");
                camera.driver = fromFixed(capability.driver, sizeof capability.driver);
                camera.busInfo = fromFixed(capability.bus_info, sizeof capability.bus_info);
                v4l2_fmtdesc format {};
                format.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
                for (format.index = 0; xioctl(fd, VIDIOC_ENUM_FMT, &format) == 0; ++format.index) {
                    camera.formats.append({ fourcc(format.pixelformat),
                        fromFixed(format.description, sizeof format.description), frameSizes(fd, format.pixelformat) });
                }
                cameras << camera;
            }
        }
        ::close(fd);
    }
    qCInfo(lcCapture) << "V4L2 lists" << cameras.size() << "cameras";
    return cameras;
}

} // namespace hattama
