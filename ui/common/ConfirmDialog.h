#pragma once

#include <QString>

class QWidget;

namespace hattama::ui {

// A question before anything that could lose data. The safe answer is the default button,
// so a stray Enter never stops a recording.
class ConfirmDialog {
public:
    // Returns true only when the person chose acceptText.
    static bool ask(QWidget *parent, const QString &title, const QString &text, const QString &acceptText,
        const QString &rejectText);
};

} // namespace hattama::ui
