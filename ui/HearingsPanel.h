#pragma once

#include "storage/HearingRepository.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace hattama::ui {

// The hearings list area of the workspace: a search field and today's hearings.
class HearingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit HearingsPanel(QWidget *parent = nullptr);

    QTreeWidget *view() const { return m_view; }

    // Today's hearings from the database; double-click or Enter opens one.
    void setHearings(const QList<HearingSummary> &hearings);
    int hearingCount() const { return int(m_hearings.size()); }
    // The selected hearing's id; empty when none is selected.
    QString currentHearingId() const;
    // Opens the selected hearing's protocol (button, context menu, Ctrl+Shift+P).
    QAction *protocolAction() const { return m_protocolAction; }

signals:
    void hearingActivated(const QString &hearingId);
    void protocolRequested(const QString &hearingId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateEmptyState();
    void fillView();
    void applyFilter();
    void updateActions();

    QLabel *m_heading = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_view = nullptr;
    QLabel *m_emptyHint = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPushButton *m_protocolButton = nullptr;
    QAction *m_protocolAction = nullptr;
    QList<HearingSummary> m_hearings;
};

} // namespace hattama::ui
