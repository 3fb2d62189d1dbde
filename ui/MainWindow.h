#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QTimer;

namespace hattama {
class Translations;
}

namespace hattama::ui {

class HearingWorkspace;
class HearingsPanel;

// The secretary's workspace: menu, the hearings list, and a status bar with the archive
// folder and its free space.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(const QString &archiveDir, Translations &translations, QWidget *parent = nullptr);

    QString archiveDir() const { return m_archiveDir; }
    // Switches the interface language at runtime and remembers the choice.
    void switchLanguage(const QString &code);

    // The hearing workspace page, created on first use; shows it.
    HearingWorkspace *openWorkspace();
    HearingWorkspace *workspace() const { return m_workspace; }
    HearingsPanel *hearingsPanel() const { return m_hearings; }
    void showHearings();

protected:
    void changeEvent(QEvent *event) override;
    // While a hearing is being recorded, closing asks first and then stops it properly.
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void retranslateUi();
    void updateStatus();
    void updateLanguageChecks();
    void showAbout();

    QString m_archiveDir;
    Translations &m_translations;
    HearingsPanel *m_hearings = nullptr;
    HearingWorkspace *m_workspace = nullptr;
    QStackedWidget *m_pages = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;

    QLabel *m_archiveLabel = nullptr;
    QLabel *m_freeSpaceLabel = nullptr;
    QTimer *m_statusTimer = nullptr;
};

} // namespace hattama::ui
