#include "common/WindowShortcut.h"

#include <QAction>
#include <QWidget>

namespace hattama::ui {

QAction *addWindowShortcut(QWidget *owner, const QString &name, const QKeySequence &keys)
{
    auto *action = new QAction(owner);
    action->setObjectName(name);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    owner->addAction(action);
    return action;
}

} // namespace hattama::ui
