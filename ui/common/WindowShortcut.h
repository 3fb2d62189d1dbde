#pragma once

#include <QKeySequence>
#include <QString>

class QAction;
class QWidget;

namespace hattama::ui {

// A named action on owner whose shortcut works anywhere in owner's window, also while a note
// is being typed (Qt::WindowShortcut). The shortcut list and the tests find it by name.
QAction *addWindowShortcut(QWidget *owner, const QString &name, const QKeySequence &keys);

} // namespace hattama::ui
