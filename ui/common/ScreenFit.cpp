#include "common/ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace hattama::ui {

namespace {
// A window manager's frame: the title bar and borders around the window's own area.
constexpr int kFrameWidthPx = 16;
constexpr int kFrameHeightPx = 48;
} // namespace

void resizeToFitScreen(QWidget *window, const QSize &wanted)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        window->resize(wanted);
        return;
    }
    const QSize room = screen->availableGeometry().size() - QSize(kFrameWidthPx, kFrameHeightPx);
    window->resize(wanted.boundedTo(room));
}

} // namespace hattama::ui
