#pragma once

#include <QString>

namespace hattama {

// The application log: every message of every category goes to a size-limited file
// (rotated to .1, .2, … when it passes maxBytes); warnings and worse also go to stderr.
// Not for the audio callback: it takes a lock.
class LogFile {
public:
    struct Options {
        QString path;                  // the log file, e.g. <AppDataLocation>/logs/hattama.log
        qint64 maxBytes = 2 * 1024 * 1024;
        int keepFiles = 3;             // rotated files kept beside the current one
        bool echoWarningsToStderr = true;
    };

    // Installs the message handler. Returns false (and keeps Qt's default handler) when the
    // log folder cannot be created.
    static bool install(const Options &options);
    static void uninstall();
    static QString defaultPath();
    static QString currentPath();
};

} // namespace hattama
