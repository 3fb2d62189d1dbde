#pragma once

// Checks of a window as it is on a real screen (tests/screen): its minimum size, widgets laid
// out off the screen, English words left in a Russian or Kazakh window, and a screenshot taken
// from the X server.

#include <QRect>
#include <QStringList>

class QWidget;

namespace hattama::test {

class RealWindowChecks {
public:
    explicit RealWindowChecks(const QRect &screen)
        : m_screen(screen)
    {
    }

    // The window's minimum size (the layout's and the one set) larger than the screen; names
    // the widgets that make it so.
    QStringList minimumSizeProblems(QWidget *window) const;
    // minimumSizeProblems, the window's frame off the screen, and each visible widget outside
    // the screen (widgets inside a scroll area's viewport are the scroll area's business).
    QStringList layoutProblems(QWidget *window) const;
    // The minimum size the window manager was given (WM_NORMAL_HINTS, read with xprop).
    QStringList windowManagerProblems(QWidget *window) const;
    // Words in Latin letters on the window (texts, titles, placeholders, tooltips, list items,
    // column headers, tabs) that are not on the short list of names and key names that stay
    // Latin in Russian and Kazakh, each with where it was seen.
    QStringList englishWords(QWidget *window) const;
    // The screen as the X server shows it (the window with its frame), saved as a PNG.
    static bool saveScreen(QWidget *window, const QString &path);
    // The words of a text that are English by englishWords' rule.
    static QStringList latinWords(const QString &text);

private:
    QRect m_screen;
};

} // namespace hattama::test
