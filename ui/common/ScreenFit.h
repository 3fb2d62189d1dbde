#pragma once

#include <QSize>

class QWidget;

namespace hattama::ui {

// Gives a window its wanted size, made smaller where the screen it opens on is smaller
// (leaving room for the window manager's frame and the task bar).
void resizeToFitScreen(QWidget *window, const QSize &wanted);

} // namespace hattama::ui
