#include "util/Versions.h"

#include <QtGlobal>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
}
#include <openssl/crypto.h>
#include <portaudio.h>

namespace hattama {

namespace {
QString avVersion(unsigned v)
{
    return QStringLiteral("%1.%2.%3").arg(v >> 16).arg((v >> 8) & 0xff).arg(v & 0xff);
}
} // namespace

LibraryVersions LibraryVersions::current()
{
    LibraryVersions v;
    v.hattama = applicationVersion();
    v.qt = QString::fromLatin1(qVersion());
    v.ffmpeg = QString::fromLatin1(av_version_info());
    v.libavcodec = avVersion(avcodec_version());
    v.libavformat = avVersion(avformat_version());
    v.portaudio = QString::fromLatin1(Pa_GetVersionText());
    v.openssl = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
    return v;
}

QList<QPair<QString, QString>> LibraryVersions::rows() const
{
    return {
        {QStringLiteral("Qt"), qt},
        {QStringLiteral("FFmpeg"), QStringLiteral("%1 (libavcodec %2, libavformat %3)").arg(ffmpeg, libavcodec, libavformat)},
        {QStringLiteral("PortAudio"), portaudio},
        {QStringLiteral("OpenSSL"), openssl},
    };
}

} // namespace hattama
