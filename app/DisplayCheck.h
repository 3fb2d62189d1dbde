#pragma once

#include <QString>

namespace hattama {

// Whether the main window has a screen to open on, asked before the window's application
// object is made: Qt ends the process (SIGABRT, its platform-plugin text) when it finds none.
// Platform files: DisplayCheck_linux.cpp (DISPLAY, WAYLAND_DISPLAY, QT_QPA_PLATFORM),
// DisplayCheck_win.cpp (always a screen).
class DisplayCheck {
public:
    // False when there is certainly no display; *setting then names what was looked at, e.g.
    // "DISPLAY=" (an empty or missing DISPLAY).
    static bool available(QString *setting);
    // The display setting in force, for a message when Qt finds it unusable ("DISPLAY=:99").
    static QString setting();
};

} // namespace hattama
