#include "MainWindow.h"

#include "AboutDialog.h"
#include "ConfirmDialog.h"
#include "HearingWorkspace.h"
#include "HearingsPanel.h"

#include "util/ArchiveLocation.h"
#include "util/Logging.h"
#include "util/Translations.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace hattama::ui {

MainWindow::MainWindow(const QString &archiveDir, Translations &translations, QWidget *parent)
    : QMainWindow(parent), m_archiveDir(archiveDir), m_translations(translations)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/hattama.svg")));
    m_pages = new QStackedWidget(this);
    m_hearings = new HearingsPanel(m_pages);
    m_pages->addWidget(m_hearings);
    setCentralWidget(m_pages);

    createMenus();

    m_archiveLabel = new QLabel(this);
    m_archiveLabel->setObjectName(QStringLiteral("archiveLabel"));
    m_freeSpaceLabel = new QLabel(this);
    m_freeSpaceLabel->setObjectName(QStringLiteral("freeSpaceLabel"));
    statusBar()->addWidget(m_archiveLabel, 1);
    statusBar()->addPermanentWidget(m_freeSpaceLabel);

    m_statusTimer = new QTimer(this);
    m_statusTimer->setInterval(30'000);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_statusTimer->start();

    resize(1100, 700);
    retranslateUi();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_importAction = m_fileMenu->addAction(QString());
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setEnabled(false); // comes with the hearings import
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString());
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &code : Translations::codes()) {
        // Each language is named in itself, so anyone can find their own.
        QAction *action = m_languageMenu->addAction(Translations::nativeName(code));
        action->setObjectName(QStringLiteral("language_") + code);
        action->setData(code);
        action->setCheckable(true);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { switchLanguage(code); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString());
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = m_helpMenu->addAction(QString());
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    updateLanguageChecks();
}

void MainWindow::switchLanguage(const QString &code)
{
    if (!m_translations.setLanguage(code))
        return;
    Translations::storeLanguage(code);
    updateLanguageChecks();
}

void MainWindow::updateLanguageChecks()
{
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_translations.language());
}

HearingWorkspace *MainWindow::openWorkspace()
{
    if (!m_workspace) {
        m_workspace = new HearingWorkspace(m_pages);
        m_pages->addWidget(m_workspace);
    }
    m_pages->setCurrentWidget(m_workspace);
    return m_workspace;
}

void MainWindow::showHearings()
{
    m_pages->setCurrentWidget(m_hearings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_workspace && m_workspace->isRecording()) {
        const bool close = ConfirmDialog::ask(
            this, tr("A hearing is being recorded"),
            tr("Closing the window stops the recording of this hearing. Everything recorded so far is kept.\n\n"
               "Stop the recording and close?"),
            tr("Stop and close"), tr("Keep recording"));
        if (!close) {
            event->ignore();
            return;
        }
        emit m_workspace->stopRequested();
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Hattama — court hearing recorder"));
    m_fileMenu->setTitle(tr("&File"));
    m_importAction->setText(tr("&Import hearing…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Hattama"));
    m_aboutQtAction->setText(tr("About &Qt"));
    updateStatus();
}

void MainWindow::updateStatus()
{
    m_archiveLabel->setText(tr("Archive: %1").arg(m_archiveDir));
    const qint64 freeBytes = ArchiveLocation::freeBytes(m_archiveDir);
    if (freeBytes < 0) {
        m_freeSpaceLabel->setText(tr("Free space: unknown"));
    } else {
        const double gigabytes = double(freeBytes) / (1024.0 * 1024.0 * 1024.0);
        //: free disk space in gigabytes
        m_freeSpaceLabel->setText(tr("Free space: %1 GB").arg(QLocale().toString(gigabytes, 'f', 1)));
    }
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace hattama::ui
