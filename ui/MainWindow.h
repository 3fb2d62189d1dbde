#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QTimer;

namespace hattama {
class Translations;
}

namespace hattama::ui {

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

protected:
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void retranslateUi();
    void updateStatus();
    void updateLanguageChecks();
    void showAbout();

    QString m_archiveDir;
    Translations &m_translations;
    HearingsPanel *m_hearings = nullptr;

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
