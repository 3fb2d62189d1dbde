// The main window shows a rejected hearing file in the window's language, with no English
// pasted into the Kazakh or Russian sentence.
#include "ErrorLanguage.h"
#include "TestSupport.h"

#include "hearing/HearingJson.h"
#include "main/MainWindow.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "util/Translations.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace hattama;
using namespace hattama::test;

TEST_CASE("errors: the main window reports a malformed hearing file in Kazakh and Russian")
{
    QTemporaryDir dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    const QByteArray malformed = "{\n  \"court\": {\n    \"name_ru\": \"Суд\",,\n";
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(malformed);
    file.close();

    auto db = Database::open(DatabaseLocation::sqlite(dir.filePath(QStringLiteral("hattama.sqlite"))));
    REQUIRE(db.ok());
    Translations translations;
    REQUIRE(translations.setLanguage(QStringLiteral("kk")));
    ui::MainWindow window(dir.path(), translations);
    window.setDatabase(db->get());

    for (const char *language : { "kk", "ru" }) {
        INFO(language);
        window.switchLanguage(QString::fromLatin1(language));
        QString shown;
        CHECK(window.importHearingFile(path, &shown).isEmpty());
        CHECK(window.statusBar()->currentMessage() == shown);
        INFO(shown.toStdString());
        // The same error as core reports it: its arguments (line, offset, the parser's own
        // detail) and the file's path are the only Latin text allowed.
        Error error = HearingJson::parse(malformed).error();
        error.args << path;
        CHECK(hasCyrillic(shown));
        CHECK(englishWords(shown, error).isEmpty());
        CHECK(shown.contains(path));
    }
    window.switchLanguage(QStringLiteral("en"));
    QString english;
    CHECK(window.importHearingFile(path, &english).isEmpty());
    CHECK(english.contains(QLatin1String("not valid JSON at line 3")));
}
