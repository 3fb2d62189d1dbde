#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace hattama {

// Hattama's own version: the project version of CMakeLists.txt, with the git commit when not
// built from a release tag (cmake/HattamaVersion.cmake generates it).
QString applicationVersion();

// Versions of the libraries actually loaded at run time (not the headers built against).
struct LibraryVersions {
    QString hattama;
    QString qt;
    QString ffmpeg;      // FFmpeg release, e.g. "5.1.6-0+deb12u1"
    QString libavcodec;  // e.g. "59.37.100"
    QString libavformat;
    QString portaudio;   // Pa_GetVersionText()
    QString openssl;     // OpenSSL_version(OPENSSL_VERSION)

    static LibraryVersions current();
    // "Name: version" lines in a fixed order, for --version and the About dialog.
    QList<QPair<QString, QString>> rows() const;
};

} // namespace hattama
