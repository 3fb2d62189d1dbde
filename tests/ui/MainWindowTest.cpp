// The main window under the offscreen platform: language switching at runtime and its memory.
#include "TestSupport.h"

#include "main/MainWindow.h"
#include "common/AboutDialog.h"

#include "util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeWidget>

using hattama::Translations;
using hattama::ui::MainWindow;

namespace {

// Every text a person sees in the window: title, menus and their actions, labels, headers,
// placeholders.
QStringList visibleTexts(QWidget *window)
{
    QStringList texts{window->windowTitle()};
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window)) {
        for (QAction *menuAction : mainWindow->menuBar()->actions()) {
            texts << menuAction->text();
            if (menuAction->menu())
                for (QAction *action : menuAction->menu()->actions())
                    texts << action->text();
        }
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        // The free space changes by itself while the test runs; its label is checked apart.
        if (label->objectName() != QLatin1String("freeSpaceLabel"))
            texts << label->text();
    }
    for (QLineEdit *edit : window->findChildren<QLineEdit *>())
        texts << edit->placeholderText();
    for (QTreeWidget *tree : window->findChildren<QTreeWidget *>())
        for (int c = 0; c < tree->columnCount(); ++c)
            texts << tree->headerItem()->text(c);
    texts.removeAll(QString());
    return texts;
}

QString menuTitle(MainWindow &window, int index)
{
    return window.menuBar()->actions().at(index)->text();
}

} // namespace

TEST_CASE("the main window retranslates kk -> ru -> en at runtime and remembers the choice")
{
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QSettings().clear();

    Translations translations;
    REQUIRE(translations.setLanguage(QStringLiteral("en")));
    MainWindow window(settingsDir.path(), translations);
    window.show();
    const QStringList english = visibleTexts(&window);
    CHECK(menuTitle(window, 0) == QStringLiteral("&File"));

    window.switchLanguage(QStringLiteral("kk"));
    const QStringList kazakh = visibleTexts(&window);
    CHECK(translations.language() == QStringLiteral("kk"));
    CHECK(Translations::storedLanguage() == QStringLiteral("kk"));
    CHECK(window.windowTitle().contains(QStringLiteral("сот отырысы")));
    CHECK(kazakh.size() == english.size());
    // Every translatable text changed, except the names that are the same in every language.
    int same = 0;
    for (int i = 0; i < english.size() && i < kazakh.size(); ++i)
        same += english.at(i) == kazakh.at(i) ? 1 : 0;
    CHECK(same <= 5); // language names (3), "About Qt"'s Qt, the version table

    window.switchLanguage(QStringLiteral("ru"));
    const QStringList russian = visibleTexts(&window);
    CHECK(Translations::storedLanguage() == QStringLiteral("ru"));
    CHECK(menuTitle(window, 0) == QStringLiteral("&Файл"));
    CHECK(window.windowTitle().contains(QStringLiteral("судебных заседаний")));
    CHECK(russian != kazakh);
    CHECK(window.findChild<QLabel *>(QStringLiteral("archiveLabel"))->text().startsWith(QStringLiteral("Архив: ")));
    CHECK(window.findChild<QLabel *>(QStringLiteral("freeSpaceLabel"))->text().startsWith(QStringLiteral("Свободно: ")));

    window.switchLanguage(QStringLiteral("en"));
    CHECK(visibleTexts(&window) == english);
    CHECK(Translations::storedLanguage() == QStringLiteral("en"));

    // A later start picks the remembered choice; --lang overrides it.
    window.switchLanguage(QStringLiteral("kk"));
    CHECK(Translations::startupLanguage(QString()) == QStringLiteral("kk"));
    CHECK(Translations::startupLanguage(QStringLiteral("ru")) == QStringLiteral("ru"));
    QSettings settingsFile;
    CHECK(QFile::exists(settingsFile.fileName()));
    CHECK(settingsFile.fileName().startsWith(settingsDir.path()));
    translations.setLanguage(QStringLiteral("en"));
}

TEST_CASE("the first start follows the system locale")
{
    CHECK(Translations::systemLanguage(QLocale(QLocale::Russian, QLocale::Russia)) == QStringLiteral("ru"));
    CHECK(Translations::systemLanguage(QLocale(QLocale::Russian, QLocale::Kazakhstan)) == QStringLiteral("ru"));
    CHECK(Translations::systemLanguage(QLocale(QLocale::Kazakh, QLocale::Kazakhstan)) == QStringLiteral("kk"));
    CHECK(Translations::systemLanguage(QLocale(QLocale::German, QLocale::Germany)) == QStringLiteral("en"));
}

TEST_CASE("the About dialog shows versions and the license and Qt's buttons follow the language")
{
    Translations translations;
    REQUIRE(translations.setLanguage(QStringLiteral("ru")));
    hattama::ui::AboutDialog dialog;
    auto *versions = dialog.findChild<QLabel *>(QStringLiteral("aboutVersions"));
    REQUIRE(versions);
    CHECK(versions->text().contains(QLatin1String("FFmpeg")));
    CHECK(versions->text().contains(QLatin1String("PortAudio")));
    CHECK(versions->text().contains(QLatin1String("OpenSSL")));
    CHECK(dialog.windowTitle() == QStringLiteral("О программе Hattama"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    CHECK(buttons->button(QDialogButtonBox::Close)->text() == QStringLiteral("Закрыть"));

    REQUIRE(translations.setLanguage(QStringLiteral("kk")));
    CHECK(dialog.windowTitle() == QStringLiteral("Hattama бағдарламасы туралы"));
    CHECK(buttons->button(QDialogButtonBox::Close)->text() == QStringLiteral("Жабу"));
    translations.setLanguage(QStringLiteral("en"));
}
