// The protocol editor, offscreen: document view, time-code links, block edits, version diff.
#include "TestSupport.h"
#include "protocol/ProtocolEditor.h"
#include "protocol/ProtocolBuilder.h"
#include "util/Translations.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QListWidget>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextBrowser>

using namespace hattama;
using namespace hattama::protocol;

namespace {
ProtocolDocument sampleDocument()
{
    QFile file(test::sourceDir() + QStringLiteral("/tests/protocol/data/hearing-criminal.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto input = ProtocolInput::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    REQUIRE(input.ok());
    auto document = ProtocolBuilder::build(*input, { QStringLiteral("kk"), ProtocolBuilder::Kind::Brief, QString() });
    REQUIRE(document.ok());
    return *document;
}
} // namespace

TEST_CASE("protocol editor shows the blocks and a time code click emits the hattama link and the segment")
{
    ui::ProtocolEditor editor;
    editor.resize(1000, 700);
    const ProtocolDocument document = sampleDocument();
    editor.setDocument(document);
    const QString shown = editor.view()->toPlainText();
    CHECK(shown.contains(QStringLiteral("СОТ ОТЫРЫСЫНЫҢ ҚЫСҚАША ХАТТАМАСЫ")));
    CHECK(shown.contains(QStringLiteral("00:01:05 Процеске қатысушыларға")));
    CHECK(editor.view()->toHtml().contains(QStringLiteral("hattama://hearing/H-2026-0042?t=65000")));

    QList<QPair<QUrl, qint64>> spy;
    QObject::connect(&editor, &ui::ProtocolEditor::timeCodeActivated, [&spy](const QUrl &url, qint64 timeMs) {
        spy.append({ url, timeMs });
    });
    emit editor.view()->anchorClicked(QUrl(QStringLiteral("hattama://hearing/H-2026-0042?t=65000")));
    REQUIRE(spy.size() == 1);
    CHECK(spy.at(0).first == QUrl(QStringLiteral("hattama://hearing/H-2026-0042?t=65000")));
    CHECK(spy.at(0).second == 65000);
    INFO(editor.momentText().toStdString());
    CHECK(editor.momentText().contains(QStringLiteral("00:01:05 (10:16:05)")));
    CHECK(editor.momentText().contains(QStringLiteral("00:05:01")));
    CHECK(editor.momentText().contains(QStringLiteral("Процеске қатысушыларға олардың процестік құқықтары")));
    // Other links do nothing.
    editor.activateLink(QUrl(QStringLiteral("https://example.org/?t=5")));
    CHECK(spy.size() == 1);
}

TEST_CASE("protocol editor edits the paragraph under the cursor and diffs two versions")
{
    ui::ProtocolEditor editor;
    const ProtocolDocument document = sampleDocument();
    editor.setDocument(document);
    // Put the cursor in the paragraph of the 00:15:05 entry.
    QTextCursor cursor(editor.view()->document());
    const QTextBlock paragraph = editor.view()->document()->find(QStringLiteral("00:15:05")).block();
    REQUIRE(paragraph.isValid());
    cursor.setPosition(paragraph.position() + 3);
    editor.view()->setTextCursor(cursor);
    REQUIRE_FALSE(editor.selectedBlockKey().isEmpty());
    CHECK(editor.blockEditor()->toPlainText().contains(QStringLiteral("Подсудимый вину признал частично.")));

    int edited = 0;
    QObject::connect(&editor, &ui::ProtocolEditor::documentEdited, [&edited] { ++edited; });
    editor.blockEditor()->setPlainText(QStringLiteral("Жұмабаев Ғ.Ү. (сотталушы): кінәсін ішінара мойындады."));
    editor.applyButton()->click();
    CHECK(edited == 1);
    const int index = editor.document().indexOf(editor.selectedBlockKey());
    REQUIRE(index >= 0);
    CHECK(editor.document().blocks.at(index).edited());
    CHECK(editor.view()->toPlainText().contains(QStringLiteral("кінәсін ішінара мойындады")));

    ProtocolVersion first;
    first.number = 1;
    first.document = document;
    ProtocolVersion second;
    second.number = 2;
    second.document = editor.document();
    editor.setVersions({ first, second });
    INFO(editor.diffText().toStdString());
    CHECK(editor.diffText().startsWith(QStringLiteral("--- v0001\n+++ v0002\n")));
    CHECK(editor.diffText().contains(
        QStringLiteral("+ [00:15:05] Жұмабаев Ғ.Ү. (сотталушы): кінәсін ішінара мойындады.")));
    editor.diffTo()->setCurrentIndex(0);
    CHECK(editor.diffText() == QStringLiteral("The two versions read the same."));
}

TEST_CASE("protocol versions show the court's time and a long Kazakh line wraps instead of being cut")
{
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings().clear(); // the court's zone is the default, UTC+5
    Translations translations;
    REQUIRE(translations.setLanguage(QStringLiteral("kk")));
    ui::ProtocolEditor editor;
    editor.resize(1000, 700);
    ProtocolVersion version;
    version.number = 2;
    version.document = sampleDocument();
    version.createdAtUtc = QStringLiteral("2026-11-30T01:17:09Z");
    editor.setVersions({ version });
    auto *list = editor.findChild<QListWidget *>();
    REQUIRE(list);
    REQUIRE(list->count() == 1);
    const QString text = list->item(0)->text();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("30.11.2026 06:17")));
    CHECK_FALSE(text.contains(QStringLiteral("T01:17")));
    CHECK_FALSE(text.contains(QStringLiteral("Z ")));

    // In a column narrower than the line (as beside the protocol at 1366×768) it wraps whole.
    list->setFixedWidth(260);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    const QRect item = list->visualItemRect(list->item(0));
    const QRect needed = list->fontMetrics().boundingRect(
        QRect(0, 0, list->viewport()->width(), 10'000), Qt::TextWordWrap, text);
    REQUIRE(list->fontMetrics().horizontalAdvance(text) > list->viewport()->width());
    CHECK(item.width() <= list->viewport()->width());
    CHECK(item.height() >= needed.height());
    REQUIRE(translations.setLanguage(QStringLiteral("en")));
}
