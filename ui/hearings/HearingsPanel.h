#pragma once

#include "storage/HearingRepository.h"

#include <QList>
#include <QDate>
#include <QWidget>

class QAction;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace hattama::ui {

// The hearings list area of the workspace: the hearings of one day (today unless the
// secretary or judge picks another), a search field over them.
class HearingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit HearingsPanel(QWidget *parent = nullptr);

    QTreeWidget *view() const { return m_view; }

    // The day's hearings from the database; double-click or Enter opens one.
    void setHearings(const QList<HearingSummary> &hearings);
    // The day shown (today at first); dateChanged asks the owner for that day's hearings.
    QDate date() const;
    void setDate(const QDate &date);
    QDateEdit *dateEdit() const { return m_date; }
    // Puts the keyboard on the list (or on the search field when the day has no hearings).
    void focusList();
    int hearingCount() const { return int(m_hearings.size()); }
    // The selected hearing's id; empty when none is selected.
    QString currentHearingId() const;
    // Selects the hearing in the list (when the day shown has it).
    void selectHearing(const QString &hearingId);
    // Opens the selected hearing's protocol (button, context menu, Ctrl+Shift+P).
    QAction *protocolAction() const { return m_protocolAction; }
    // Plays the selected hearing's recording in the player.
    QAction *playAction() const { return m_playAction; }
    // The archive the hearings' folders lie in: the list then shows each protocol's signature
    // badge (checked off the GUI thread; signaturesChecked() once every badge is in).
    void setArchiveDir(const QString &archiveDir) { m_archiveDir = archiveDir; }
    static constexpr int kSignatureColumn = 5;
    // «Issue copy…» of the selected hearing (the list's context menu).
    QAction *copyAction() const { return m_copyAction; }

signals:
    void dateChanged(const QDate &date);
    void hearingActivated(const QString &hearingId);
    void protocolRequested(const QString &hearingId);
    void playRequested(const QString &hearingId);
    void signaturesChecked();
    void copyRequested(const QString &hearingId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateEmptyState();
    void fillView();
    void applyFilter();
    void updateActions();
    void checkSignatures();

    QLabel *m_heading = nullptr;
    QDateEdit *m_date = nullptr;
    QPushButton *m_previousDay = nullptr;
    QPushButton *m_nextDay = nullptr;
    QPushButton *m_today = nullptr;
    QAction *m_previousDayAction = nullptr;
    QAction *m_nextDayAction = nullptr;
    QAction *m_todayAction = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_view = nullptr;
    QLabel *m_emptyHint = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPushButton *m_protocolButton = nullptr;
    QAction *m_protocolAction = nullptr;
    QAction *m_playAction = nullptr;
    QPushButton *m_playButton = nullptr;
    QAction *m_copyAction = nullptr;
    QList<HearingSummary> m_hearings;
    QString m_archiveDir;
    int m_signatureCheck = 0; // the latest fill's checks; older answers are dropped
    int m_signaturesPending = 0;
};

} // namespace hattama::ui
