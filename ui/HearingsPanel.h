#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTreeWidget;

namespace hattama::ui {

// The hearings list area of the workspace: a search field and today's hearings.
class HearingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit HearingsPanel(QWidget *parent = nullptr);

    QTreeWidget *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateEmptyState();

    QLabel *m_heading = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_view = nullptr;
    QLabel *m_emptyHint = nullptr;
    QStackedWidget *m_stack = nullptr;
};

} // namespace hattama::ui
