// The secretary's workspace under the offscreen platform, driven with QTest key and mouse
// events and fed by fakes (levels, camera frames, recorder health, an entry store): recording
// controls, meters, mapping, previews, timeline, shortcuts, languages. Entries: WorkspaceEntryTest.
#include "TestSupport.h"

#include "DialogAnswerer.h"
#include "WorkspaceBench.h"

#include "workspace/CameraPreview.h"
#include "workspace/ChannelMappingPanel.h"
#include "workspace/DevicePanel.h"
#include "workspace/EntryEditor.h"
#include "workspace/EntryListModel.h"
#include "workspace/HearingWorkspace.h"
#include "common/LevelMeter.h"
#include "main/MainWindow.h"
#include "workspace/MeterPanel.h"
#include "workspace/PreflightPanel.h"
#include "workspace/RecordingControlBar.h"
#include "workspace/SetupPage.h"
#include "common/ShortcutsOverlay.h"
#include "workspace/TimelineWidget.h"

#include "util/Translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace hattama::ui;
using namespace workspace_test;
using hattama::EntryKind;
using hattama::Participant;
using hattama::Role;
using hattama::TimelineEntry;

TEST_CASE("Stop asks for confirmation and only an explicit yes stops")
{
    Bench bench;
    bench.record();
    QSignalSpy stops(&bench.workspace, &HearingWorkspace::stopRequested);
    RecordingControlBar *bar = bench.workspace.controlBar();
    auto *stopButton = bar->findChild<QPushButton *>(QStringLiteral("stopButton"));
    REQUIRE(stopButton);
    {
        DialogAnswerer answer(QStringLiteral("confirmReject"));
        QTest::mouseClick(stopButton, Qt::LeftButton);
        CHECK(answer.answered);
        CHECK(answer.text.contains(QStringLiteral("Recess")));
    }
    CHECK(stops.count() == 0);
    QApplication::setActiveWindow(&bench.workspace); // offscreen does not give it back by itself
    {
        // The keyboard way, answered yes.
        DialogAnswerer answer(QStringLiteral("confirmAccept"));
        QTest::keyClick(bench.note(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK(answer.answered);
        CHECK(answer.buttonText == QStringLiteral("Stop recording"));
    }
    CHECK(stops.count() == 1);
}

TEST_CASE("recess and resume follow the recorder state and the indicator shows it")
{
    Bench bench;
    QSignalSpy records(&bench.workspace, &HearingWorkspace::recordRequested);
    QSignalSpy recesses(&bench.workspace, &HearingWorkspace::recessRequested);
    QSignalSpy resumes(&bench.workspace, &HearingWorkspace::resumeRequested);
    RecordingControlBar *bar = bench.workspace.controlBar();
    CHECK(bar->indicatorText() == QStringLiteral("Not recording"));
    // Everything ready: signal on every mapped mic, the camera delivers, the disk is big.
    bench.workspace.setLevels({ speaking(-20), speaking(-20), speaking(-20) });
    CameraHealth camera;
    camera.framesCaptured = 25;
    camera.connected = true;
    bench.workspace.setCameraStatus(0, camera, QImage(64, 36, QImage::Format_RGB32));
    RecordingStatus idle;
    idle.diskHoursLeft = 40;
    bench.workspace.setHealth(idle);
    QTest::keyClick(bench.note(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(records.count() == 1); // no question asked: the pre-flight check passed

    bench.record(5000);
    CHECK(bar->indicatorText() == QStringLiteral("● RECORDING"));
    CHECK(bench.workspace.tabs()->currentIndex() == 1);
    QTest::keyClick(bench.note(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier); // resume: not now
    CHECK(resumes.count() == 0);
    QTest::keyClick(bench.note(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(recesses.count() == 1);
    RecordingStatus recess;
    recess.state = RecorderState::Recess;
    recess.hearingTimeMs = 3'723'000;
    recess.overruns = 2;
    recess.droppedFrames = 5;
    recess.diskHoursLeft = 12.5;
    bench.workspace.setHealth(recess);
    CHECK(bar->indicatorText() == QStringLiteral("❚❚ RECESS"));
    CHECK(bar->elapsedText() == QStringLiteral("01:02:03"));
    CHECK(bar->findChild<QLabel *>(QStringLiteral("overrunsLabel"))->text() == QStringLiteral("Audio overruns: 2"));
    CHECK(
        bar->findChild<QLabel *>(QStringLiteral("droppedFramesLabel"))->text() == QStringLiteral("Dropped frames: 5"));
    CHECK(bar->findChild<QLabel *>(QStringLiteral("diskHoursLabel"))->text() == QStringLiteral("Disk: 12.5 h left"));
    QTest::keyClick(bench.note(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(resumes.count() == 1);
    // Notes can be typed in a recess (the hearing clock runs on).
    QTest::keyClicks(bench.note(), QStringLiteral("recess note"));
    QTest::keyClick(bench.note(), Qt::Key_Return);
    CHECK(bench.repository.rows.size() == 1);
}

TEST_CASE("the pre-flight check lists each failure and Record asks when there are any")
{
    Bench bench;
    // Mic 1 and 3 have signal, Mic 2 (prosecutor) is silent; the camera delivers nothing;
    // the disk holds 3 hours while 8 are required.
    bench.workspace.setLevels({ speaking(-20), silent(), speaking(-30) });
    RecordingStatus idle;
    idle.diskHoursLeft = 3.0;
    bench.workspace.setHealth(idle);
    const QStringList failures = bench.workspace.runPreflight();
    REQUIRE(failures.size() == 3);
    CHECK(failures.at(0).contains(QStringLiteral("Public prosecutor — Серикова Д."))); // the interface's language
    CHECK(failures.at(0).contains(QStringLiteral("no signal")));
    CHECK(failures.at(1).contains(QStringLiteral("Camera 1")));
    CHECK(failures.at(2).contains(QStringLiteral("3.0 hours")));
    PreflightPanel *panel = bench.workspace.setupPage()->preflightPanel();
    const auto issueLabels = panel->findChildren<QLabel *>(QStringLiteral("preflightIssue"));
    REQUIRE(issueLabels.size() == 3);
    CHECK(issueLabels.at(0)->text().contains(QStringLiteral("#c00000"))); // in red
    CHECK(issueLabels.at(0)->text().contains(QStringLiteral("speak into it"))); // what to do

    // Record with failures: the question lists them; going back records nothing.
    QSignalSpy records(&bench.workspace, &HearingWorkspace::recordRequested);
    {
        DialogAnswerer answer(QStringLiteral("confirmReject"));
        QTest::mouseClick(bench.workspace.findChild<QPushButton *>(QStringLiteral("recordButton")), Qt::LeftButton);
        CHECK(answer.answered);
        CHECK(answer.text.contains(QStringLiteral("Camera 1")));
    }
    CHECK(records.count() == 0);

    // The secretary acknowledges the silent microphone; a lower disk minimum; the camera comes.
    QCheckBox *ack = panel->acknowledgeBox(1);
    REQUIRE(ack);
    QCoreApplication::processEvents(); // lay the new rows out
    QTest::mouseClick(ack, Qt::LeftButton, {}, QPoint(6, ack->height() / 2)); // on the box itself
    CHECK(ack->isChecked());
    QCoreApplication::processEvents();
    CHECK(panel->failures().size() == 2);
    panel->setMinDiskHours(2.0);
    CHECK(QSettings().value(QStringLiteral("recording/minDiskHours")).toDouble() == 2.0);
    CameraHealth camera;
    camera.framesCaptured = 3;
    camera.connected = true;
    bench.workspace.setCameraStatus(0, camera, QImage(64, 36, QImage::Format_RGB32));
    CHECK(bench.workspace.runPreflight().isEmpty());
    CHECK(panel->passed());
    {
        DialogAnswerer answer(QStringLiteral("confirmReject")); // there must be no question now
        QTest::mouseClick(bench.workspace.findChild<QPushButton *>(QStringLiteral("recordButton")), Qt::LeftButton);
        CHECK_FALSE(answer.answered);
    }
    CHECK(records.count() == 1);
}

TEST_CASE("the pre-flight check follows the disk figure once it is known, without Check again")
{
    Bench bench;
    // Opened before the disk monitor has said anything: the free space is unknown.
    bench.workspace.runPreflight();
    PreflightPanel *panel = bench.workspace.setupPage()->preflightPanel();
    const auto diskProblems = [&] {
        return panel->failures().filter(QStringLiteral("disk"), Qt::CaseInsensitive);
    };
    CHECK(diskProblems().size() == 1);
    // The monitor's first figure (as the top bar shows it) clears the problem by itself.
    RecordingStatus idle;
    idle.diskHoursLeft = 84.7;
    bench.workspace.setHealth(idle);
    CHECK(diskProblems().isEmpty());
    // And a disk running low is listed as soon as it is.
    idle.diskHoursLeft = 2.0;
    bench.workspace.setHealth(idle);
    REQUIRE(diskProblems().size() == 1);
    CHECK(diskProblems().first().contains(QStringLiteral("2.0 hours")));
}

TEST_CASE("a level meter latches clipping until clicked and shows no signal")
{
    LevelMeter meter;
    meter.resize(300, meter.sizeHint().height());
    meter.setLabel(QStringLiteral("Судья"));
    meter.show();
    ChannelLevel level = speaking(-6);
    level.clippedSamples = 3; // samples at full scale since the last level
    meter.setLevel(level);
    meter.setLevel(level); // none more

    CHECK(meter.clipLatched());
    CHECK(meter.accessibleName().contains(QStringLiteral("CLIP")));
    // The bar is drawn where the level says: red near full scale, grey without signal.
    QImage picture = meter.grab().toImage();
    const int barY = picture.height() - 6;
    const QColor hot = picture.pixelColor(int(picture.width() * 0.80 * LevelMeter::fraction(-4)), barY);
    CHECK(hot.red() > 150);
    QTest::mouseClick(&meter, Qt::LeftButton);
    CHECK_FALSE(meter.clipLatched());
    meter.setLevel(silent());
    CHECK(meter.accessibleName() == QStringLiteral("Судья: No signal"));
    picture = meter.grab().toImage();
    const QColor grey = picture.pixelColor(10, barY);
    CHECK(grey.red() == grey.green());
    CHECK(LevelMeter::fraction(0) == 1.0);
    CHECK(LevelMeter::fraction(-60) == 0.0);
    CHECK(LevelMeter::fraction(-30) == Approx(0.5));
}

TEST_CASE("meters carry the names of the mapped participants")
{
    Bench bench;
    CHECK(bench.workspace.meterPanel()->channelCount() == 3);
    // The interface is in English here (the roles follow it; the protocol is Russian).
    CHECK(bench.workspace.meterPanel()->meter(1)->label() == QStringLiteral("Public prosecutor — Серикова Д."));
    QComboBox *combo = bench.workspace.setupPage()->mappingPanel()->combo(1);
    combo->setFocus();
    // Choose "— not used —" with the keyboard: Home goes to the first item.
    QTest::keyClick(combo, Qt::Key_Home);
    CHECK(bench.workspace.meterPanel()->meter(1)->label() == QStringLiteral("Mic 2"));
    CHECK(bench.workspace.timeline()->grab().width() > 0);
}

TEST_CASE("the microphone drop-downs and meters name the roles in the interface language, live")
{
    hattama::Translations translations;
    REQUIRE(translations.setLanguage(QStringLiteral("kk")));
    Bench bench; // a Russian protocol
    ChannelMappingPanel *mapping = bench.workspace.setupPage()->mappingPanel();
    QComboBox *combo = mapping->combo(1);
    REQUIRE(combo);
    CHECK(combo->currentText() == QStringLiteral("Мемлекеттік айыптаушы — Серикова Д."));
    CHECK(bench.workspace.meterPanel()->meter(1)->label() == QStringLiteral("Мемлекеттік айыптаушы — Серикова Д."));
    CHECK(mapping->meter(1)->label() == QStringLiteral("Мемлекеттік айыптаушы — Серикова Д."));
    // The entry list's Speaker column and the speaker buttons' tooltips name roles alike.
    const Participant prosecutor = participants().at(1);
    CHECK(bench.workspace.entryModel()->participantLabel(prosecutor)
        == QStringLiteral("Мемлекеттік айыптаушы — Серикова Д."));
    auto *speakerButton
        = bench.workspace.findChild<QAbstractButton *>(QStringLiteral("speakerButton_%1").arg(kProsecutor));
    REQUIRE(speakerButton);
    CHECK(speakerButton->toolTip() == QStringLiteral("Мемлекеттік айыптаушы — Серикова Д."));

    // A live switch to Russian: every drop-down item and meter follows, the choice stays.
    REQUIRE(translations.setLanguage(QStringLiteral("ru")));
    CHECK(combo->currentText() == QStringLiteral("Государственный обвинитель — Серикова Д."));
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    INFO(items.join(QLatin1Char('|')).toStdString());
    CHECK(items.contains(QStringLiteral("Подсудимый — Омаров Е.")));
    CHECK_FALSE(items.join(QString()).contains(QStringLiteral("Сотталушы")));
    CHECK(bench.workspace.meterPanel()->meter(1)->label() == QStringLiteral("Государственный обвинитель — Серикова Д."));
    CHECK(mapping->mapping().value(1) == QString::number(kProsecutor));
    CHECK(bench.workspace.entryModel()->participantLabel(prosecutor)
        == QStringLiteral("Государственный обвинитель — Серикова Д."));
    CHECK(speakerButton->toolTip() == QStringLiteral("Государственный обвинитель — Серикова Д."));

    // The recording keeps the protocol language's labels whatever the interface speaks.
    REQUIRE(translations.setLanguage(QStringLiteral("kk")));
    CHECK(mapping->recordedChannelLabels().value(1) == QStringLiteral("Государственный обвинитель — Серикова Д."));
    REQUIRE(translations.setLanguage(QStringLiteral("en")));
}

TEST_CASE("the courtroom mapping is remembered by role")
{
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    {
        ChannelMappingPanel panel;
        panel.setParticipants(participants(), QStringLiteral("ru"), hattama::CaseCategory::Criminal);
        panel.setChannelNames({ QStringLiteral("Mic 1"), QStringLiteral("Mic 2") });
        panel.setMapping({ QString::number(kDefender), QString::number(kJudge) });
        panel.setCameraNames({ QStringLiteral("Судья"), QStringLiteral("Зал") });
        CHECK(panel.cameraMapping() == QList<int> { 0, 0 }); // none until the secretary chooses
        panel.cameraCombo(1)->setCurrentIndex(panel.cameraCombo(1)->findText(QStringLiteral("Судья")));
        CHECK(panel.cameraMapping() == QList<int> { 0, 1 });
        panel.storeMapping(QStringLiteral("Room 4"));
    }
    // Next hearing: other people, the same roles.
    const QList<Participant> others { Participant { 11, QStringLiteral("p1"), 1, QStringLiteral("Бекова"), Role::Judge,
                                          true, {} },
        Participant { 12, QStringLiteral("p2"), 2, QStringLiteral("Ким"), Role::Defender, true, {} } };
    ChannelMappingPanel panel;
    panel.setParticipants(others, QStringLiteral("ru"), hattama::CaseCategory::Criminal);
    panel.setChannelNames({ QStringLiteral("Mic 1"), QStringLiteral("Mic 2") });
    REQUIRE(panel.restoreMapping(QStringLiteral("Room 4")));
    CHECK(panel.mapping() == QStringList { QStringLiteral("12"), QStringLiteral("11") });
    // The room's cameras are known only later (the recorder's): the choice waits for them.
    CHECK(panel.cameraMapping() == QList<int> { 0, 1 });
    panel.setCameraNames({ QStringLiteral("Судья"), QStringLiteral("Зал") });
    CHECK(panel.cameraCombo(1)->currentText() == QStringLiteral("Судья"));
    CHECK(panel.cameraCombo(0)->currentText() == QStringLiteral("—"));
    CHECK_FALSE(panel.restoreMapping(QStringLiteral("Room 9")));
}

TEST_CASE("a camera preview drops frames instead of queueing and shows no signal")
{
    CameraPreview preview;
    qint64 clockMs = 0;
    preview.setClock([&] { return clockMs; });
    preview.setPreviewFps(5); // one frame per 200 ms
    preview.setCameraName(QStringLiteral("Зал 4"));
    preview.resize(320, 180);
    preview.show();
    CHECK_FALSE(preview.hasSignal());
    QImage black = preview.grab().toImage();
    QImage frame(160, 90, QImage::Format_RGB32);
    frame.fill(QColor(0, 0, 255));
    int taken = 0;
    for (int i = 0; i < 25; ++i) { // one second of 25 fps
        taken += preview.offerFrame(frame) ? 1 : 0;
        clockMs += 40;
    }
    CHECK(taken == 5);
    CHECK(preview.framesSkipped() == 20);
    CHECK(preview.hasSignal());
    const QImage shown = preview.grab().toImage();
    CHECK(shown.pixelColor(160, 60).blue() == 255);
    CHECK(black.pixelColor(160, 60).blue() != 255);
    CameraHealth frozen;
    frozen.framesCaptured = 25;
    frozen.connected = true;
    frozen.frozen = true;
    preview.setStatus(frozen);
    CHECK_FALSE(preview.hasSignal());
}

TEST_CASE("the timeline follows now and zooms with Ctrl+wheel and plus or minus")
{
    Bench bench;
    bench.record(0);
    bench.workspace.showHearing();
    TimelineWidget *timeline = bench.workspace.timeline();
    for (qint64 t = 0; t <= 10'000; t += 100) {
        bench.nowMs = t;
        const bool judgeSpeaks = t >= 2'000 && t < 5'000;
        bench.workspace.setLevels({ judgeSpeaks ? speaking(-20) : quiet(), quiet(), quiet() });
    }
    CHECK(timeline->now() == 10'000);
    const auto intervals = timeline->speechIntervals(0);
    REQUIRE(intervals.size() == 1);
    CHECK(intervals.first().first == 1'900);
    CHECK(intervals.first().second == 4'900);
    CHECK(timeline->speechIntervals(1).isEmpty());
    // "Now" is at the right edge.
    CHECK(timeline->xForTime(10'000) > timeline->width() - 40);

    const double start = timeline->msPerPixel();
    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_Plus);
    CHECK(timeline->msPerPixel() < start);
    QTest::keyClick(timeline, Qt::Key_Minus);
    QTest::keyClick(timeline, Qt::Key_Minus);
    CHECK(timeline->msPerPixel() > start);
    const double beforeWheel = timeline->msPerPixel();
    QWheelEvent wheel(QPointF(100, 50), timeline->mapToGlobal(QPointF(100, 50)), QPoint(), QPoint(0, 120), Qt::NoButton,
        Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(timeline, &wheel);
    CHECK(timeline->msPerPixel() < beforeWheel);

    // An entry is a marker that selects its row when clicked.
    bench.nowMs = 9'000;
    QTest::keyClick(bench.note(), Qt::Key_F1);
    REQUIRE(bench.repository.rows.size() == 1);
    const int x = timeline->xForTime(9'000);
    CHECK(timeline->entryAt(x) == bench.repository.rows.firstKey());
    QTest::mouseClick(timeline, Qt::LeftButton, Qt::NoModifier, QPoint(x, timeline->height() - 5));
    CHECK(bench.workspace.entryView()->selectionModel()->isRowSelected(0, {}));
}

TEST_CASE("Ctrl+/ shows every action with its shortcut and Esc closes the list")
{
    Bench bench;
    ShortcutsOverlay *overlay = bench.workspace.shortcutsOverlay();
    CHECK_FALSE(overlay->isVisible());
    QTest::keyClick(bench.note(), Qt::Key_Slash, Qt::ControlModifier);
    CHECK(overlay->isVisible());
    const QStringList rows = overlay->rows();
    for (QAction *action : bench.workspace.allActions()) {
        if (action->shortcut().isEmpty())
            continue;
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        CHECK(rows.filter(keys).size() >= 1);
    }
    CHECK(rows.filter(QRegularExpression(QStringLiteral("\tF1$"))).size() == 1); // the first procedural event
    CHECK(rows.filter(QRegularExpression(QStringLiteral("Shift\\+F1(?!\\d)"))).size() == 1); // help, besides Ctrl+/
    CHECK(rows.filter(QRegularExpression(QStringLiteral("Shift\\+F11"))).size() == 1); // the end of a recess
    CHECK(rows.filter(QStringLiteral("Ctrl+Shift+E")).size() == 1);
    QTest::keyClick(overlay, Qt::Key_Escape);
    CHECK_FALSE(overlay->isVisible());
    QTest::keyClick(bench.note(), Qt::Key_F1, Qt::ShiftModifier);
    CHECK(overlay->isVisible());
    QTest::keyClick(overlay, Qt::Key_Slash, Qt::ControlModifier);
    CHECK_FALSE(overlay->isVisible());
    // The event keys are rebuilt with the protocol language and still listed.
    bench.workspace.setupPage()->setProtocolLanguage(QStringLiteral("kk"));
    CHECK(overlay->rows().filter(QRegularExpression(QStringLiteral("\tF2$"))).size() == 1);
    CHECK(overlay->rows().filter(QRegularExpression(QStringLiteral("\tF10$"))).size() == 1);
    // No two actions share a key.
    QStringList all;
    for (QAction *action : bench.workspace.allActions())
        for (const QKeySequence &keys : action->shortcuts())
            all << keys.toString();
    CHECK(QSet<QString>(all.begin(), all.end()).size() == all.size());
}

TEST_CASE("closing the main window while recording asks and then stops the recording")
{
    QTemporaryDir dir;
    hattama::Translations translations;
    REQUIRE(translations.setLanguage(QStringLiteral("en")));
    auto *window = new MainWindow(dir.path(), translations);
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    window->show();
    HearingWorkspace *workspace = window->openWorkspace();
    RecordingStatus health;
    health.state = RecorderState::Recording;
    workspace->setHealth(health);
    QSignalSpy stops(workspace, &HearingWorkspace::stopRequested);
    {
        DialogAnswerer answer(QStringLiteral("confirmReject"));
        CHECK_FALSE(window->close());
        CHECK(answer.answered);
    }
    CHECK(window->isVisible());
    CHECK(stops.count() == 0);
    {
        DialogAnswerer answer(QStringLiteral("confirmAccept"));
        CHECK(window->close());
        CHECK(answer.answered);
    }
    CHECK(stops.count() == 1);
    delete window;
}

TEST_CASE("the workspace retranslates to Kazakh and Russian at runtime")
{
    hattama::Translations translations;
    REQUIRE(translations.setLanguage(QStringLiteral("en")));
    Bench bench;
    bench.record();
    QTabWidget *tabs = bench.workspace.tabs();
    CHECK(tabs->tabText(0) == QStringLiteral("1. Setup"));
    REQUIRE(translations.setLanguage(QStringLiteral("kk")));
    CHECK(tabs->tabText(0) != QStringLiteral("1. Setup"));
    CHECK(bench.workspace.controlBar()->indicatorText() != QStringLiteral("● RECORDING"));
    CHECK(bench.note()->placeholderText().contains(QStringLiteral("Enter")));
    const QString kazakhIndicator = bench.workspace.controlBar()->indicatorText();
    REQUIRE(translations.setLanguage(QStringLiteral("ru")));
    CHECK(bench.workspace.controlBar()->indicatorText() != kazakhIndicator);
    CHECK(bench.workspace.controlBar()->indicatorText().contains(QStringLiteral("ЗАПИСЬ")));
    // Stored data is not translated: the protocol language stays Russian.
    QTest::keyClick(bench.note(), Qt::Key_F1);
    REQUIRE(bench.repository.rows.size() == 1);
    CHECK(bench.repository.rows.first().text == QStringLiteral("Судебное заседание объявлено открытым"));
    translations.setLanguage(QStringLiteral("en"));
    CHECK(tabs->tabText(0) == QStringLiteral("1. Setup"));
}

TEST_CASE("the device panel offers a second audio input and remembers it for the courtroom")
{
    QTemporaryDir dir;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    hattama::DeviceInventory inventory;
    hattama::AudioInputDevice first;
    first.portAudioIndex = 2;
    first.name = QStringLiteral("Scarlett 18i8 USB");
    first.hostApi = QStringLiteral("ALSA");
    first.maxInputChannels = 8;
    hattama::AudioInputDevice second = first;
    second.portAudioIndex = 3;
    second.name = QStringLiteral("UMC204HD");
    second.maxInputChannels = 2;
    inventory.audioInputs << first << second;
    DevicePanel panel;
    panel.setInventory(inventory);
    panel.setChoice({ first.name, {}, {} });
    int changes = 0;
    QObject::connect(&panel, &DevicePanel::choiceChanged, [&changes] { ++changes; });
    QComboBox *extra = panel.extraAudioCombo();
    REQUIRE(extra->count() == 3); // none and the two devices
    CHECK(extra->currentData().toString().isEmpty());
    CHECK(extra->itemText(2).startsWith(QStringLiteral("UMC204HD")));
    extra->setCurrentIndex(extra->findData(second.name));
    CHECK(changes == 1);
    CHECK(panel.choice().extraAudioNames == QStringList { second.name });
    DevicePanel::storeChoice(QStringLiteral("Зал 7"), panel.choice());
    hattama::DeviceChoice restored;
    REQUIRE(DevicePanel::restoreChoice(QStringLiteral("Зал 7"), &restored));
    CHECK(restored == panel.choice());
    // Unplugged since: shown as such, still chosen, not silently replaced.
    inventory.audioInputs.removeLast();
    panel.setInventory(inventory);
    CHECK(extra->currentText() == QStringLiteral("UMC204HD (not connected)"));
}

TEST_CASE("after Stop the note field says why notes are no longer taken and where remarks go")
{
    Bench bench;
    CHECK(bench.note()->placeholderText().contains(QStringLiteral("once the recording has started")));
    RecordingStatus stopped;
    stopped.state = hattama::RecorderState::Stopped;
    bench.workspace.setHealth(stopped);
    CHECK(bench.note()->isReadOnly());
    CHECK_FALSE(bench.note()->placeholderText().contains(QStringLiteral("once the recording has started")));
    CHECK(bench.note()->placeholderText().contains(QStringLiteral("protocol")));
}
