// The protocol reached from the main window, offscreen, on a real SQLite archive: the sample
// hearing imported, its protocol opened through the hearings list and the workspace, a block
// edited and found again as a draft version after reopening, regeneration after the timeline
// changed keeping the edit, exports through the file dialog read back (PDF text, ODT
// content.xml, HTML), and the protocol of a hearing being recorded as a read-only preview that
// leaves the recording alone.
#include "ProtocolTestSupport.h"
#include "TestSupport.h"

#include "workspace/HearingWorkspace.h"
#include "hearings/HearingsPanel.h"
#include "main/MainWindow.h"
#include "protocol/ProtocolEditor.h"
#include "protocol/ProtocolWindow.h"
#include "common/ShortcutsOverlay.h"

#include "media/SegmentManifest.h"
#include "protocol/ProtocolVersionStore.h"
#include "storage/Database.h"
#include "storage/HearingRepository.h"
#include "storage/TimelineRepository.h"
#include "util/Translations.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QSet>
#include <QTextBrowser>
#include <QToolButton>
#include <QTimer>
#include <QTreeWidget>

using namespace hattama;
using hattama::ui::HearingWorkspace;
using hattama::ui::MainWindow;
using hattama::ui::ProtocolWindow;

namespace {

const QString kCase = QStringLiteral("2-1234/2026");
const QString kEntry = QStringLiteral("Представитель истца поддержала исковые требования в полном объёме.");
const QString kEdited = QStringLiteral("Представитель истца Ким О. В. поддержала исковые требования, уточнив сумму.");

// docs/samples/hearing-sample.json, scheduled for today so that it is in today's list.
QString writeSampleForToday(const QString &dir)
{
    QFile sample(test::sourceDir() + QStringLiteral("/docs/samples/hearing-sample.json"));
    REQUIRE(sample.open(QIODevice::ReadOnly));
    QString json = QString::fromUtf8(sample.readAll());
    const QString scheduled = QStringLiteral("\"scheduled_start\": \"2026-11-23T10:00:00+05:00\"");
    REQUIRE(json.contains(scheduled));
    json.replace(scheduled,
        QStringLiteral("\"scheduled_start\": \"%1T10:00:00+05:00\"").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = dir + QStringLiteral("/hearing.json");
    REQUIRE(test::writeFile(path, json.toUtf8()));
    return path;
}

// The main window on a fresh SQLite archive with the sample hearing imported.
struct Fixture {
    QTemporaryDir dir;
    Translations translations;
    std::unique_ptr<Database> db;
    std::unique_ptr<MainWindow> window;
    QString hearingId;

    Fixture()
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        REQUIRE(translations.setLanguage(QStringLiteral("en")));
        auto opened = Database::open(QString(), archiveDir());
        REQUIRE(opened);
        db = std::move(*opened);
        window = std::make_unique<MainWindow>(archiveDir(), translations);
        window->setDatabase(db.get());
        window->resize(1366, 768);
        window->show();
        QString error;
        hearingId = window->importHearingFile(writeSampleForToday(dir.path()), &error);
        INFO(error.toStdString());
        REQUIRE_FALSE(hearingId.isEmpty());
    }
    ~Fixture()
    {
        window.reset();
        translations.setLanguage(QStringLiteral("en"));
    }
    QString archiveDir() const { return dir.path() + QStringLiteral("/archive"); }
    QString hearingDir() const { return archiveDir() + QLatin1Char('/') + hearingId; }
    // Keyboard shortcuts go to the active window.
    void activateMainWindow()
    {
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }

    // The hearing as recorded: one closed segment of the first five minutes in its manifest
    // (a brief protocol needs a recording).
    void addRecording()
    {
        REQUIRE(QDir(hearingDir()).mkpath(QStringLiteral("media/part-01")));
        auto manifest = SegmentManifest::openOrCreate(hearingDir(), hearingId);
        REQUIRE(manifest);
        const QString segment = QStringLiteral("media/part-01/seg-00001.mkv");
        REQUIRE(test::writeFile(hearingDir() + QLatin1Char('/') + segment, QByteArray(256, 'x')));
        REQUIRE(manifest->appendSegment(segment, 1, 0, 300'000));
    }

    // Selects the hearing in today's list and presses its Protocol button.
    ProtocolWindow *openFromList()
    {
        QTreeWidget *list = window->hearingsPanel()->view();
        REQUIRE(list->topLevelItemCount() == 1);
        list->setCurrentItem(list->topLevelItem(0));
        auto *button = window->hearingsPanel()->findChild<QPushButton *>(QStringLiteral("hearingsProtocolButton"));
        REQUIRE(button);
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        ProtocolWindow *protocol = window->protocolWindow();
        REQUIRE(protocol);
        REQUIRE(protocol->isVisible());
        return protocol;
    }
};

QString blockKey(const ProtocolWindow *protocol, const QString &text)
{
    const QString key = test::blockKeyContaining(protocol->editor()->document(), text);
    REQUIRE_FALSE(key.isEmpty());
    return key;
}

// Edits the block holding text through the editor's own widgets.
void editBlock(ProtocolWindow *protocol, const QString &text, const QString &newText)
{
    ui::ProtocolEditor *editor = protocol->editor();
    REQUIRE(editor->selectBlock(blockKey(protocol, text)));
    REQUIRE(editor->applyButton()->isEnabled());
    editor->blockEditor()->setPlainText(newText);
    QTest::mouseClick(editor->applyButton(), Qt::LeftButton);
}

// Answers the next file dialog with path (the export's "Save as").
class FileDialogAnswerer : public QObject {
public:
    explicit FileDialogAnswerer(QString path)
        : m_path(std::move(path))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            m_timer.stop();
            suggested = dialog->selectedFiles().value(0);
            // Typed into the file name field, as a person would, and saved.
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            if (!name) {
                dialog->reject();
                return;
            }
            name->setText(m_path);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, as the Save button
            answered = true;
        });
        m_timer.start(10);
    }
    bool answered = false;
    QString suggested;

private:
    QString m_path;
    QTimer m_timer;
};

QString odtContentXml(const QString &path)
{
    QList<QPair<QString, QByteArray>> entries;
    QString error;
    REQUIRE(test::readStoredZip(test::readFile(path), &entries, &error));
    for (const auto &entry : entries)
        if (entry.first == QLatin1String("content.xml"))
            return QString::fromUtf8(entry.second);
    FAIL("content.xml missing from " << path.toStdString());
    return {};
}

} // namespace

TEST_CASE("the protocol opens from the hearings list keeps an edit as a draft version and exports it")
{
    Fixture f;
    f.addRecording();
    // The hearing was held and has ended.
    HearingRepository hearings(*f.db);
    REQUIRE(hearings.setStatus(f.hearingId, HearingStatus::Live));
    REQUIRE(hearings.setStatus(f.hearingId, HearingStatus::Ended));
    f.window->refreshHearings();
    // Ctrl+Shift+P on the selected hearing of today's list.
    f.activateMainWindow();
    QTreeWidget *list = f.window->hearingsPanel()->view();
    REQUIRE(list->topLevelItemCount() == 1);
    list->setCurrentItem(list->topLevelItem(0));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    ProtocolWindow *protocol = f.window->protocolWindow();
    REQUIRE(protocol);
    REQUIRE(protocol->isVisible());
    CHECK(protocol->hearingId() == f.hearingId);
    CHECK(protocol->hearingDir() == f.hearingDir());
    CHECK(protocol->windowTitle().contains(kCase));
    CHECK(protocol->headerText().contains(kCase));
    CHECK(protocol->headerText().contains(QStringLiteral("Русский"))); // the hearing's protocol language
    CHECK(protocol->bannerText().isEmpty());
    CHECK_FALSE(protocol->isReadOnly());
    // Opening the protocol leaves the main window on the hearings list.
    CHECK(f.window->workspace() == nullptr);

    const QString shown = protocol->editor()->view()->toPlainText();
    INFO(shown.toStdString());
    CHECK(shown.contains(kCase));
    CHECK(shown.contains(QStringLiteral("КРАТКИЙ ПРОТОКОЛ")));
    CHECK(shown.contains(
        QStringLiteral("00:00:00 Әбілқасымова Жанар Серікқызы (судья): Судебное заседание объявлено открытым.")));
    CHECK(shown.contains(QStringLiteral("00:03:00 Ким Ольга Викторовна (представитель): ") + kEntry));
    CHECK(protocol->editor()->view()->toHtml().contains(
        QStringLiteral("hattama://hearing/%1?t=180500").arg(f.hearingId)));
    CHECK(protocol->versions().isEmpty());

    // A time code shows the moment and its segment.
    protocol->editor()->activateLink(QUrl(QStringLiteral("hattama://hearing/%1?t=180500").arg(f.hearingId)));
    CHECK(protocol->editor()->momentText().contains(kEntry));
    CHECK(protocol->editor()->momentText().contains(QStringLiteral("Recording: media/part-01/seg-00001.mkv")));

    // Applying an edit saves the first draft version in the hearing folder, and the ended
    // hearing's status moves on to "protocol draft".
    editBlock(protocol, kEntry, kEdited);
    auto status = hearings.load(f.hearingId);
    REQUIRE(status);
    CHECK(status->hearing.status == HearingStatus::ProtocolDraft);
    REQUIRE(protocol->versions().size() == 1);
    CHECK(protocol->versions().first().editedBlockCount() == 1);
    const QString v1 = protocol::ProtocolVersionStore(f.hearingDir()).pathOf(1);
    REQUIRE(QFile::exists(v1));
    CHECK(QString::fromUtf8(test::readFile(v1)).contains(kEdited));
    CHECK(protocol->headerText().contains(QStringLiteral("draft version 1")));

    // Closed and opened again with the button: the edit is read back from the draft.
    protocol->close();
    f.openFromList();
    ProtocolWindow *reopened = f.window->protocolWindow();
    REQUIRE(reopened);
    REQUIRE(reopened->isVisible());
    REQUIRE(reopened->versions().size() == 1);
    CHECK(reopened->bannerText().isEmpty()); // same data as the draft
    CHECK(reopened->editor()->view()->toPlainText().contains(kEdited));
    CHECK_FALSE(reopened->editor()->view()->toPlainText().contains(kEntry));
    const auto &block
        = reopened->editor()->document().blocks.at(reopened->editor()->document().indexOf(blockKey(reopened, kEdited)));
    CHECK(block.edited());
    CHECK(block.generatedText.endsWith(kEntry));

    // Export through the toolbar actions and the file dialog; each file read back.
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("protocol.pdf"));
    const QString odt = out.filePath(QStringLiteral("protocol.odt"));
    const QString html = out.filePath(QStringLiteral("protocol")); // the suffix is added
    for (const auto &[format, path] : { std::pair { protocol::ProtocolFormat::Pdf, pdf },
             std::pair { protocol::ProtocolFormat::Odt, odt }, std::pair { protocol::ProtocolFormat::Html, html } }) {
        FileDialogAnswerer answer(path);
        reopened->exportAction(format)->trigger();
        CHECK(answer.answered);
        CHECK(
            answer.suggested.endsWith(QStringLiteral("2-1234_2026-protocol-ru.") + protocol::protocolFormatId(format)));
    }
    REQUIRE(QFile::exists(pdf));
    REQUIRE(QFile::exists(odt));
    INFO(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(QLatin1Char(' ')).toStdString());
    REQUIRE(QFile::exists(html + QStringLiteral(".html")));

    const QString pdfText = test::collapsedPdfText(pdf);
    CHECK(pdfText.contains(kCase));
    CHECK(pdfText.contains(QStringLiteral("уточнив сумму")));

    const QString content = odtContentXml(odt);
    QString xmlError;
    CHECK(test::xmlWellFormed(content.toUtf8(), &xmlError));
    INFO(xmlError.toStdString());
    CHECK(content.contains(kEdited));
    CHECK_FALSE(content.contains(kEntry));

    const QString page = QString::fromUtf8(test::readFile(html + QStringLiteral(".html")));
    CHECK(page.contains(kEdited));
    CHECK(page.contains(kCase));
    CHECK(page.contains(QStringLiteral("hattama://hearing/%1?t=180500").arg(f.hearingId)));
}

TEST_CASE("regenerating after the timeline changed warns and keeps the manual edit")
{
    Fixture f;
    f.addRecording();
    // From the workspace of the open hearing; its shortcut is in the shortcut list.
    REQUIRE(f.window->openHearing(f.hearingId));
    HearingWorkspace *workspace = f.window->workspace();
    REQUIRE(workspace);
    CHECK(workspace->allActions().contains(workspace->protocolAction()));
    CHECK(workspace->shortcutsOverlay()->rows().contains(QStringLiteral("Protocol\tCtrl+Shift+P")));
    workspace->protocolAction()->trigger();
    ProtocolWindow *protocol = f.window->protocolWindow();
    REQUIRE(protocol);
    CHECK(protocol->hearingId() == f.hearingId);
    editBlock(protocol, kEntry, kEdited);
    REQUIRE(protocol->versions().size() == 1);

    // Unchanged data: regenerating does nothing.
    protocol->regenerateAction()->trigger();
    CHECK(protocol->versions().size() == 1);
    CHECK(protocol->bannerText().isEmpty());

    // The timeline changes under the edited entry, and a new entry comes.
    TimelineRepository timeline(*f.db);
    auto entries = timeline.list(f.hearingId);
    REQUIRE(entries);
    qint64 editedEntry = 0;
    for (const TimelineEntry &entry : *entries)
        if (entry.text == kEntry)
            editedEntry = entry.id;
    REQUIRE(editedEntry != 0);
    REQUIRE(timeline.editText(editedEntry, QStringLiteral("Представитель истца поддержала иск.")));
    TimelineEntry added;
    added.hearingId = f.hearingId;
    added.hearingTimeMs = 3'600'000;
    added.wallTime = QDateTime::currentDateTimeUtc();
    added.kind = EntryKind::Note;
    added.text = QStringLiteral("Стороны представили мировое соглашение.");
    REQUIRE(timeline.add(added));

    protocol->regenerateAction()->trigger();
    INFO(protocol->bannerText().toStdString());
    CHECK(protocol->bannerText().contains(QStringLiteral("edits kept: 1; to check (marked in red): 1")));
    const QString shown = protocol->editor()->view()->toPlainText();
    CHECK(shown.contains(kEdited)); // the manual edit is kept
    CHECK(shown.contains(QStringLiteral("01:00:00 Стороны представили мировое соглашение.")));
    const auto &document = protocol->editor()->document();
    const auto &block = document.blocks.at(document.indexOf(blockKey(protocol, kEdited)));
    CHECK(block.conflict);
    CHECK(block.generatedText.endsWith(QStringLiteral(": Представитель истца поддержала иск.")));
    REQUIRE(protocol->versions().size() == 2);
    CHECK(protocol->versions().last().comment == QStringLiteral("regenerated after the timeline changed"));
    CHECK(protocol->versions().last().conflictCount() == 1);

    // Applying the part marked for checking clears the mark and keeps the text.
    editBlock(protocol, kEdited, kEdited);
    REQUIRE(protocol->versions().size() == 3);
    CHECK(protocol->versions().last().conflictCount() == 0);
    CHECK(protocol->versions().last().editedBlockCount() == 1);

    // Reopened: same data as the last draft, no warning, the edit is there.
    protocol->close();
    workspace->protocolAction()->trigger();
    ProtocolWindow *reopened = f.window->protocolWindow();
    REQUIRE(reopened);
    CHECK(reopened->bannerText().isEmpty());
    CHECK(reopened->editor()->view()->toPlainText().contains(kEdited));
}

TEST_CASE("the protocol of the hearing being recorded is a read-only preview and the recording goes on")
{
    Fixture f;
    REQUIRE(f.window->openHearing(f.hearingId));
    HearingWorkspace *workspace = f.window->workspace();
    REQUIRE(workspace);
    RecordingStatus health;
    health.state = RecorderState::Recording;
    health.hearingTimeMs = 200'000;
    workspace->setHealth(health);
    REQUIRE(workspace->isRecording());
    // What the recorder has closed so far: one segment of the first five minutes.
    REQUIRE(QDir(f.hearingDir()).mkpath(QStringLiteral("media/part-01")));
    auto manifest = SegmentManifest::openOrCreate(f.hearingDir(), f.hearingId);
    REQUIRE(manifest);
    const QString segment = QStringLiteral("media/part-01/seg-00001.mkv");
    REQUIRE(test::writeFile(f.hearingDir() + QLatin1Char('/') + segment, QByteArray(256, 'x')));
    REQUIRE(manifest->appendSegment(segment, 1, 0, 300'000));
    auto *session = f.window->session();
    QSignalSpy stops(workspace, &HearingWorkspace::stopRequested);
    QSignalSpy recesses(workspace, &HearingWorkspace::recessRequested);

    f.activateMainWindow();
    workspace->setFocus();
    QTest::keyClick(workspace, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    ProtocolWindow *protocol = f.window->protocolWindow();
    REQUIRE(protocol);
    CHECK(protocol->isVisible());
    CHECK(protocol->isReadOnly());
    CHECK(protocol->editor()->view()->toPlainText().contains(kEntry));
    REQUIRE(protocol->editor()->selectBlock(blockKey(protocol, kEntry)));
    CHECK_FALSE(protocol->editor()->applyButton()->isEnabled());
    CHECK(protocol->editor()->blockEditor()->isReadOnly());
    // A time code names the segment of the recording that holds the moment.
    protocol->editor()->activateLink(QUrl(QStringLiteral("hattama://hearing/%1?t=180500").arg(f.hearingId)));
    CHECK(protocol->editor()->momentText().contains(
        QStringLiteral("Recording: media/part-01/seg-00001.mkv (00:00:00–00:05:00)")));
    protocol->editor()->activateLink(QUrl(QStringLiteral("hattama://hearing/%1?t=600000").arg(f.hearingId)));
    CHECK(protocol->editor()->momentText().contains(
        QStringLiteral("No closed recording segment holds this moment yet.")));
    protocol->regenerateAction()->trigger(); // a preview refresh saves nothing
    CHECK(protocol::ProtocolVersionStore(f.hearingDir()).numbers().isEmpty());

    // The recording is untouched: same session, still recording, nothing requested.
    CHECK(workspace->isRecording());
    CHECK(f.window->session() == session);
    CHECK(f.window->workspace() == workspace);
    CHECK(workspace->isVisible());
    CHECK(stops.count() == 0);
    CHECK(recesses.count() == 0);

    // When the recording stops the protocol becomes editable by itself.
    health.state = RecorderState::Stopped;
    workspace->setHealth(health);
    CHECK(QTest::qWaitFor([protocol] { return !protocol->isReadOnly(); }, 10'000));
    REQUIRE(protocol->editor()->selectBlock(blockKey(protocol, kEntry)));
    CHECK(protocol->editor()->applyButton()->isEnabled());
}

TEST_CASE("the protocol window switches to the full protocol with its own drafts")
{
    Fixture f;
    f.addRecording();
    f.openFromList();
    ProtocolWindow *protocol = f.window->protocolWindow();
    REQUIRE(protocol);
    CHECK(protocol->editor()->view()->toPlainText().contains(QStringLiteral("КРАТКИЙ ПРОТОКОЛ")));
    editBlock(protocol, kEntry, kEdited);
    REQUIRE(protocol->versions().size() == 1);

    QComboBox *kind = protocol->kindCombo();
    kind->setCurrentIndex(1);
    const QString full = protocol->editor()->view()->toPlainText();
    INFO(full.toStdString());
    CHECK(full.startsWith(QStringLiteral("ПРОТОКОЛ СУДЕБНОГО ЗАСЕДАНИЯ")));
    CHECK(full.contains(kEntry)); // the brief protocol's edit stays with the brief protocol
    CHECK_FALSE(full.contains(kEdited));
    CHECK(protocol->versions().isEmpty());
    CHECK(protocol->editor()->document().kind == QStringLiteral("full"));

    kind->setCurrentIndex(0);
    CHECK(protocol->editor()->view()->toPlainText().contains(kEdited));
    CHECK(protocol->versions().size() == 1);
}

TEST_CASE("the protocol window from the keyboard: arrows choose a paragraph, Tab reaches export and regenerate, "
          "each has its key")
{
    Fixture f;
    HearingRepository hearings(*f.db);
    REQUIRE(hearings.setStatus(f.hearingId, HearingStatus::Live));
    REQUIRE(hearings.setStatus(f.hearingId, HearingStatus::Ended));
    ProtocolWindow *protocol = f.window->openProtocol(f.hearingId);
    REQUIRE(protocol);
    QApplication::setActiveWindow(protocol);
    REQUIRE(QTest::qWaitForWindowActive(protocol));

    // Every command has its key.
    QStringList keys;
    for (const QString &name : { QStringLiteral("regenerateProtocolAction"), QStringLiteral("exportPdfAction"),
             QStringLiteral("exportOdtAction"), QStringLiteral("exportHtmlAction") }) {
        auto *action = protocol->findChild<QAction *>(name);
        REQUIRE(action);
        CHECK_FALSE(action->shortcut().isEmpty());
        CHECK(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)));
        keys << action->shortcut().toString();
    }
    CHECK(QSet<QString>(keys.begin(), keys.end()).size() == keys.size());

    // The arrow keys in the text choose the paragraph to edit; no click needed.
    QTextBrowser *view = protocol->editor()->view();
    view->setFocus(Qt::TabFocusReason);
    REQUIRE(QTest::qWaitFor([&] { return view->hasFocus(); }));
    QPlainTextEdit *blockEdit = protocol->editor()->blockEditor();
    REQUIRE(blockEdit);
    for (int i = 0; i < 12 && !blockEdit->isEnabled(); ++i)
        QTest::keyClick(view, Qt::Key_Down);
    CHECK(blockEdit->isEnabled());
    CHECK_FALSE(blockEdit->toPlainText().isEmpty());

    // Tab from the text walks on to the tool bar's commands.
    QSet<QString> reached;
    for (int i = 0; i < 40; ++i) {
        QWidget *focus = QApplication::focusWidget();
        REQUIRE(focus);
        if (auto *button = qobject_cast<QToolButton *>(focus); button && button->defaultAction())
            reached << button->defaultAction()->objectName();
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    INFO(QStringList(reached.begin(), reached.end()).join(QLatin1Char(' ')).toStdString());
    CHECK(reached.contains(QStringLiteral("regenerateProtocolAction")));
    CHECK(reached.contains(QStringLiteral("exportPdfAction")));
}

TEST_CASE("a hearing that was not recorded opens as the full protocol and the brief one cannot be chosen")
{
    Fixture f;
    ProtocolWindow *protocol = f.openFromList();
    const QString shown = protocol->editor()->view()->toPlainText();
    INFO(shown.toStdString());
    CHECK(shown.startsWith(QStringLiteral("ПРОТОКОЛ СУДЕБНОГО ЗАСЕДАНИЯ")));
    CHECK_FALSE(shown.contains(QStringLiteral("КРАТКИЙ")));
    CHECK(protocol->editor()->document().kind == QStringLiteral("full"));
    QComboBox *kind = protocol->kindCombo();
    CHECK(kind->currentIndex() == 1);
    auto *kinds = qobject_cast<QStandardItemModel *>(kind->model());
    REQUIRE(kinds);
    CHECK_FALSE(kinds->item(0)->isEnabled());
    CHECK(kind->itemData(0, Qt::ToolTipRole).toString().contains(QStringLiteral("not recorded")));
    // The full protocol's sections, filled from the notes per speaker, «—» where empty.
    CHECK(shown.contains(QStringLiteral("Объяснения лиц, участвующих в деле")));
    CHECK(shown.contains(QStringLiteral("Ким Ольга Викторовна (представитель): ") + kEntry));
    CHECK(shown.contains(QStringLiteral("Показания свидетелей\n—")));
}
