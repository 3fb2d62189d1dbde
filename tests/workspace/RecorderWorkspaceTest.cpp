// End to end under offscreen with demo devices: a hearing imported into SQLite, opened in the
// workspace, recorded through the real engine (demo microphones and a demo camera), notes typed
// with QTest key events, hotkeys, recess, resume, stop; then the database rows and the media
// (ffprobe) are checked.
#include "TestSupport.h"

#include "DialogAnswerer.h"

#include "workspace/CameraPreview.h"
#include "workspace/ChannelMappingPanel.h"
#include "workspace/DevicePanel.h"
#include "workspace/EntryEditor.h"
#include "common/LevelMeter.h"
#include "workspace/PreflightPanel.h"
#include "workspace/RecorderBridge.h"
#include "workspace/SetupPage.h"
#include "workspace/HearingSession.h"
#include "workspace/HearingWorkspace.h"
#include "hearings/HearingsPanel.h"
#include "main/MainWindow.h"
#include "workspace/RecordingControlBar.h"

#include "media/HearingVerifier.h"
#include "media/RecorderConfig.h"
#include "session/DiskPolicy.h"
#include "session/RecordingSession.h"
#include "capture/CameraSpec.h"
#include "AudioPlug.h"
#include "capture/DeviceList.h"
#include "storage/Database.h"
#include "util/Translations.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QAction>
#include <QComboBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <atomic>
#include <memory>

using namespace hattama;

namespace {

QString writeHearing(const QString &dir)
{
    const QString json = QStringLiteral(R"({
  "format": "hattama-hearing", "version": 1,
  "court": { "name_ru": "Суд № 2", "name_kk": "№ 2 сот", "city": "Астана" },
  "courtroom": "Зал 1",
  "case": { "number": "2-900/2026", "category": "civil", "subject": "", "judge": "Бекова А." },
  "hearing": { "scheduled_start": "%1T09:00:00+05:00", "language": "ru", "status": "scheduled" },
  "participants": [ { "key": "judge", "full_name": "Бекова А.", "role": "judge" },
                    { "key": "plaintiff", "full_name": "Ким В.", "role": "plaintiff" } ],
  "channels": { "audio": [ { "channel": 1, "participant": "judge" }, { "channel": 2, "participant": "plaintiff" } ],
                "cameras": [ { "camera": 1, "view": "Зал" } ] },
  "timeline": []
})")
                             .arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = dir + QStringLiteral("/h.json");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(json.toUtf8());
    return path;
}

// Two demo microphones and one small demo camera.
RecorderConfig demoConfig(const HearingRecord &record, const QString &hearingDir)
{
    RecorderConfig config;
    config.hearingDir = hearingDir;
    config.title = record.hearing.caseInfo.number;
    config.demoAudio = true;
    config.demoMicrophones = 2;
    config.cameras.push_back(CameraSpec::demoCamera(1, 320, 180, 10));
    config.video.widthPx = 320;
    config.video.heightPx = 180;
    config.video.frameRate = 10;
    config.segmentDurationMs = 1000;
    return config;
}

constexpr int kWaitMs = 15'000;

// Waits until the recording's hearing clock reached ms.
bool waitForHearingTime(const ui::RecorderBridge &bridge, qint64 ms)
{
    return QTest::qWaitFor([&] { return bridge.hearingTimeMs() >= ms; }, kWaitMs);
}

// Waits until the recording is in `part` and closed `segments` segments of it.
bool waitForSegments(const ui::RecorderBridge &bridge, int part, int segments)
{
    return QTest::qWaitFor(
        [&] {
            const RecorderStatus status = bridge.session()->status().recorder;
            return status.part == part && status.segmentsClosed >= segments;
        },
        kWaitMs);
}

// A temporary archive (SQLite, settings inside it, English texts) and a main window that
// records from the demo devices, with the test hearing imported.
struct DemoWorkspace {
    QTemporaryDir dir;
    Translations translations;
    QString archive;
    std::unique_ptr<Database> db;
    std::unique_ptr<ui::MainWindow> window;
    QString hearingId;

    DemoWorkspace()
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        REQUIRE(translations.setLanguage(QStringLiteral("en")));
        archive = dir.path() + QStringLiteral("/archive");
        auto opened = Database::open(QString(), archive);
        REQUIRE(opened);
        db = std::move(*opened);
        window = std::make_unique<ui::MainWindow>(archive, translations);
        window->setDatabase(db.get());
        window->setRecorderConfigProvider(demoConfig);
        window->resize(1366, 768);
        window->show();
        hearingId = window->importHearingFile(writeHearing(dir.path()));
        REQUIRE_FALSE(hearingId.isEmpty());
    }
    QString hearingDir() const { return archive + QLatin1Char('/') + hearingId; }
};

// The setup page offers the demo microphones and four demo cameras, as in demo mode.
void listDemoDevices(ui::MainWindow &window)
{
    window.setDeviceLister([] {
        DeviceList::Options options;
        options.portAudio = false;
        options.cameras = false;
        return DeviceList::enumerate(options);
    });
}

} // namespace

TEST_CASE("a demo hearing recorded from the workspace leaves its notes in SQLite and its media on disk")
{
    DemoWorkspace demo;
    ui::MainWindow &window = *demo.window;
    Database &database = *demo.db;
    const QString &archive = demo.archive;
    const QString &hearingId = demo.hearingId;
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.openHearing(hearingId));
    ui::HearingWorkspace *workspace = window.workspace();
    QLineEdit *note = workspace->editor()->textEdit();
    QApplication::setActiveWindow(&window);

    {
        // Nothing was heard before Record: the pre-flight check asks; record anyway.
        DialogAnswerer answer(QStringLiteral("confirmAccept"));
        QTest::keyClick(note, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    }
    REQUIRE(workspace->state() == RecorderState::Recording);
    ui::RecorderBridge *bridge = window.recorderBridge();
    REQUIRE(waitForHearingTime(*bridge, 1500));
    QApplication::setActiveWindow(&window);
    QTest::keyClicks(note, QStringLiteral("first note"));
    QTest::keyClick(note, Qt::Key_Return);
    QTest::keyClick(note, Qt::Key_F1);
    QTest::keyClick(note, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(workspace->state() == RecorderState::Recess);
    REQUIRE(waitForHearingTime(*bridge, bridge->hearingTimeMs() + 500)); // the clock runs on in a recess
    QTest::keyClick(note, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(workspace->state() == RecorderState::Recording);
    REQUIRE(waitForHearingTime(*bridge, bridge->hearingTimeMs() + 1500));
    REQUIRE(waitForSegments(*bridge, 2, 1));
    QTest::keyClicks(note, QStringLiteral("after the recess"));
    QTest::keyClick(note, Qt::Key_Return);
    {
        DialogAnswerer answer(QStringLiteral("confirmAccept"));
        QTest::keyClick(note, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK(answer.answered);
    }
    CHECK(workspace->state() == RecorderState::Stopped);

    // Database: three typed entries in order of hearing time (the recording events the
    // workflow writes are tested in tests/session), the hearing ended.
    auto rows = database.exec(QStringLiteral("SELECT kind, text, hearing_time_ms FROM timeline_entries "
                                             "WHERE hearing_id = ? AND deleted = 0 AND kind IN ('note', "
                                             "'procedural_event') ORDER BY hearing_time_ms, id"),
        { hearingId });
    REQUIRE(rows);
    QStringList kinds;
    QList<qint64> times;
    while (rows->next()) {
        kinds << rows->value(0).toString() + QLatin1Char(':') + rows->value(1).toString().left(16);
        times << rows->value(2).toLongLong();
    }
    REQUIRE(kinds.size() == 3);
    CHECK(kinds[0] == QStringLiteral("note:first note"));
    CHECK(kinds[1].startsWith(QStringLiteral("procedural_event:")));
    CHECK(kinds[2] == QStringLiteral("note:after the recess"));
    CHECK(times[0] >= 1000);
    CHECK(times[2] >= times[1] + 1500); // recess + second run
    auto status = database.exec(QStringLiteral("SELECT status FROM hearings WHERE id = ?"), { hearingId });
    REQUIRE(status);
    REQUIRE(status->next());
    CHECK(status->value(0).toString() == QStringLiteral("ended"));

    // Media: two parts, each segment with two audio tracks and one video track.
    const QString hearingDir = archive + QLatin1Char('/') + hearingId;
    const QString first = hearingDir + QStringLiteral("/media/part-01/seg-00001.mkv");
    REQUIRE(QFile::exists(first));
    REQUIRE(QFile::exists(hearingDir + QStringLiteral("/media/part-02/seg-00001.mkv")));
    const auto probe = test::runProgram(QStringLiteral("ffprobe"),
        { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
            QStringLiteral("stream=codec_type"), QStringLiteral("-of"), QStringLiteral("csv=p=0"), first });
    REQUIRE(probe.exitCode == 0);
    CHECK(probe.out.count(QStringLiteral("audio")) == 2);
    CHECK(probe.out.count(QStringLiteral("video")) == 1);
}

TEST_CASE("before Record the setup page shows live meters and previews and the pre-flight check passes")
{
    DemoWorkspace demo;
    ui::MainWindow &window = *demo.window;
    const QString &archive = demo.archive;
    const QString &hearingId = demo.hearingId;
    REQUIRE(window.openHearing(hearingId));
    ui::HearingWorkspace *workspace = window.workspace();
    ui::RecorderBridge *bridge = window.recorderBridge();
    REQUIRE(bridge);
    CHECK(bridge->isMonitoring());
    CHECK_FALSE(bridge->isRecording());

    // The demo microphones play steady tones: both setup meters move; the camera preview shows
    // pictures; the pre-flight check finds signal, frames and disk room without any recording.
    ui::ChannelMappingPanel *mapping = workspace->setupPage()->mappingPanel();
    REQUIRE(mapping->channelCount() == 2);
    ui::CameraPreview *preview = workspace->setupPage()->cameraPreview(0);
    REQUIRE(preview);
    CHECK(QTest::qWaitFor(
        [&] {
            return mapping->meter(0)->level().rmsDbfs > -30.0f && mapping->meter(1)->level().rmsDbfs > -30.0f
                && preview->framesShown() >= 3;
        },
        5000));
    CHECK(mapping->meter(0)->level().voiceActive);
    CHECK(preview->hasSignal());
    const QStringList failures = workspace->runPreflight();
    INFO(failures.join(QLatin1Char('\n')).toStdString());
    CHECK(failures.isEmpty());
    CHECK(workspace->setupPage()->preflightPanel()->passed());
    CHECK_FALSE(QDir(archive + QLatin1Char('/') + hearingId + QStringLiteral("/media")).exists());
    // The secretary picks the camera that shows microphone 2's seat (none by default): it is
    // saved with the channel map at once and the recording keeps it per track.
    REQUIRE(mapping->cameraCombo(1));
    CHECK_FALSE(mapping->cameraCombo(1)->isHidden()); // the hearing has a camera
    CHECK(mapping->cameraMapping() == QList<int> { 0, 0 });
    CHECK(mapping->cameraCombo(1)->itemText(1) == bridge->config().cameras.at(0).name);
    mapping->cameraCombo(1)->setCurrentIndex(1);
    CHECK(mapping->cameraMapping() == QList<int> { 0, 1 });
    {
        auto saved = demo.db->exec(
            QStringLiteral("SELECT channel, camera FROM audio_channels WHERE hearing_id = ? ORDER BY channel"),
            { hearingId });
        REQUIRE(saved);
        QList<int> cameras;
        while (saved->next())
            cameras << saved->value(1).toInt();
        CHECK(cameras == QList<int> { 0, 1 });
    }
    // To look at it: HATTAMA_TEST_SCREENSHOTS=DIR saves the live setup page there.
    if (const QString shots = qEnvironmentVariable("HATTAMA_TEST_SCREENSHOTS"); !shots.isEmpty())
        window.grab().save(shots + QStringLiteral("/setup-live.png"));

    // Record: no question asked (the check passed); the monitor hands the devices over.
    {
        DialogAnswerer unexpected(QStringLiteral("confirmReject"));
        QTest::keyClick(workspace->editor()->textEdit(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        REQUIRE(workspace->state() == RecorderState::Recording);
        CHECK_FALSE(unexpected.answered);
    }
    CHECK_FALSE(bridge->isMonitoring());
    const qint64 shownBefore
        = workspace->findChild<ui::CameraPreview *>(QStringLiteral("hearingCamera_0"))->framesShown();
    // The recording's own previews keep the hearing page's tile moving.
    auto *tile = workspace->findChild<ui::CameraPreview *>(QStringLiteral("hearingCamera_0"));
    CHECK(QTest::qWaitFor([&] { return tile->framesShown() >= shownBefore + 3; }, kWaitMs));
    REQUIRE(waitForSegments(*bridge, 1, 1));
    {
        DialogAnswerer answer(QStringLiteral("confirmAccept"));
        QTest::keyClick(workspace->editor()->textEdit(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    }
    CHECK(workspace->state() == RecorderState::Stopped);
    CHECK(QFile::exists(archive + QLatin1Char('/') + hearingId + QStringLiteral("/media/part-01/seg-00001.mkv")));
    const QJsonArray audio = test::recordedAudioTracks(demo.hearingDir());
    REQUIRE(audio.size() == 2);
    CHECK_FALSE(audio[0].toObject().contains(QStringLiteral("camera")));
    CHECK(audio[1].toObject().value(QStringLiteral("camera")).toInt() == 1);
}

TEST_CASE("destroying the window while recording stops the recording and keeps what was recorded")
{
    DemoWorkspace demo;
    REQUIRE(demo.window->openHearing(demo.hearingId));
    demo.window->recorderBridge()->record();
    REQUIRE(demo.window->workspace()->state() == RecorderState::Recording);
    REQUIRE(waitForSegments(*demo.window->recorderBridge(), 1, 1));
    demo.window.reset();
    // The recording was closed properly: the hearing ended, its manifest closed, nothing to recover.
    auto status = demo.db->exec(QStringLiteral("SELECT status FROM hearings WHERE id = ?"), { demo.hearingId });
    REQUIRE(status);
    REQUIRE(status->next());
    CHECK(status->value(0).toString() == QStringLiteral("ended"));
    const auto verify
        = test::runHattama({ QStringLiteral("verify"), demo.hearingDir() }, test::isolatedEnvironment(demo.dir.path()));
    INFO(verify.out.toStdString() << verify.err.toStdString());
    CHECK(verify.exitCode == 0);
}

TEST_CASE("the secretary picks the cameras on the setup page and the courtroom remembers them")
{
    DemoWorkspace demo;
    ui::MainWindow &window = *demo.window;
    listDemoDevices(window);
    REQUIRE(window.openHearing(demo.hearingId));
    ui::SetupPage *setup = window.workspace()->setupPage();
    ui::DevicePanel *panel = setup->devicePanel();
    CHECK(panel->isVisibleTo(&window));
    CHECK(panel->audioCombo()->currentData().toString() == QStringLiteral("demo"));
    CHECK(panel->audioCombo()->currentText() == QStringLiteral("Demo microphones (test tones)"));
    QListWidget *cameras = panel->cameraList();
    REQUIRE(cameras->count() == 4);
    CHECK(cameras->item(0)->checkState() == Qt::Checked); // demo:1 from the configuration
    CHECK(setup->cameraCount() == 1);
    CHECK(setup->cameraPreview(0)->cameraName() == QStringLiteral("Зал")); // the hearing's view name

    // Tick demo camera 3: the monitor reopens with two cameras and both tiles get pictures.
    QListWidgetItem *third = nullptr;
    for (int i = 0; i < cameras->count(); ++i)
        if (cameras->item(i)->data(Qt::UserRole).toString() == QStringLiteral("demo:3"))
            third = cameras->item(i);
    REQUIRE(third);
    third->setCheckState(Qt::Checked);
    REQUIRE(window.recorderBridge()->config().cameras.size() == 2u);
    CHECK(window.recorderBridge()->isMonitoring());
    REQUIRE(setup->cameraCount() == 2);
    CHECK(QTest::qWaitFor([&] { return setup->cameraPreview(1)->framesShown() >= 2; }, 5000));

    // Untick the first: only camera 3 is left, and the courtroom keeps that choice.
    cameras->item(0)->setCheckState(Qt::Unchecked);
    REQUIRE(window.recorderBridge()->config().cameras.size() == 1u);
    CHECK(setup->cameraCount() == 1);
    QSettings settings;
    CHECK(settings.value(QStringLiteral("devices/Зал 1/cameras")).toStringList()
        == QStringList { QStringLiteral("demo:3") });

    // The next hearing in this courtroom opens with it.
    REQUIRE(window.openHearing(demo.hearingId));
    REQUIRE(window.recorderBridge()->config().cameras.size() == 1u);
    CHECK(window.recorderBridge()->config().cameras[0].demo);
    CHECK(window.recorderBridge()->config().cameras[0].name == QStringLiteral("Зал"));
    CHECK(panel->choice().cameraIds == QStringList { QStringLiteral("demo:3") });

    // Recording: the devices cannot be switched.
    window.recorderBridge()->record();
    REQUIRE(window.workspace()->state() == RecorderState::Recording);
    CHECK_FALSE(panel->isEnabled());
    window.recorderBridge()->stop();
}

TEST_CASE("a demo camera without a view name is named in the interface language, and follows a switch")
{
    DemoWorkspace demo;
    ui::MainWindow &window = *demo.window;
    listDemoDevices(window);
    REQUIRE(demo.translations.setLanguage(QStringLiteral("kk")));
    REQUIRE(window.openHearing(demo.hearingId));
    ui::SetupPage *setup = window.workspace()->setupPage();
    QListWidget *cameras = setup->devicePanel()->cameraList();
    // Tick demo camera 2: the hearing names only camera 1 («Зал»).
    for (int i = 0; i < cameras->count(); ++i)
        if (cameras->item(i)->data(Qt::UserRole).toString() == QStringLiteral("demo:2"))
            cameras->item(i)->setCheckState(Qt::Checked);
    REQUIRE(setup->cameraCount() == 2);
    CHECK(setup->cameraPreview(0)->cameraName() == QStringLiteral("Зал"));
    CHECK(setup->cameraPreview(1)->cameraName() == QStringLiteral("Демо камера 2"));
    // The test picture carries the same name (FFmpeg drawtext), not an English one.
    REQUIRE(window.recorderBridge()->config().cameras.size() == 2u);
    CHECK(window.recorderBridge()->config().cameras[1].name == QStringLiteral("Демо камера 2"));
    auto *recordingPreview = window.workspace()->findChild<ui::CameraPreview *>(QStringLiteral("hearingCamera_1"));
    REQUIRE(recordingPreview);
    CHECK(recordingPreview->cameraName() == QStringLiteral("Демо камера 2"));

    // A live switch to Russian renames it; the devices reopen with the new name.
    REQUIRE(demo.translations.setLanguage(QStringLiteral("ru")));
    CHECK(QTest::qWaitFor([&] { return setup->cameraPreview(1)->cameraName() == QStringLiteral("Демо-камера 2"); },
        kWaitMs));
    CHECK(setup->cameraPreview(0)->cameraName() == QStringLiteral("Зал"));
    CHECK(window.recorderBridge()->config().cameras[1].name == QStringLiteral("Демо-камера 2"));
    CHECK(window.recorderBridge()->isMonitoring());
    CHECK(QTest::qWaitFor([&] { return setup->cameraPreview(1)->framesShown() >= 1; }, kWaitMs));
    REQUIRE(demo.translations.setLanguage(QStringLiteral("en")));
}

TEST_CASE("the control bar says when the sound is lost and the recording goes on")
{
    DemoWorkspace demo;
    test::AudioPlug plug; // the audio interface, with a cable the test can pull
    demo.window->setRecorderConfigProvider([&plug](const HearingRecord &record, const QString &hearingDir) {
        RecorderConfig config = demoConfig(record, hearingDir);
        config.audioSourceFactory = plug.factory();
        return config;
    });
    REQUIRE(demo.window->openHearing(demo.hearingId));
    ui::HearingWorkspace *workspace = demo.window->workspace();
    demo.window->recorderBridge()->record();
    REQUIRE(workspace->state() == RecorderState::Recording);
    auto *sound = workspace->controlBar()->findChild<QLabel *>(QStringLiteral("overrunsLabel"));
    REQUIRE(sound);
    REQUIRE(waitForSegments(*demo.window->recorderBridge(), 1, 1));
    plug.setPlugged(false);
    CHECK(QTest::qWaitFor([sound] { return sound->text().startsWith(QStringLiteral("NO SOUND")); }, 6000));
    CHECK(workspace->state() == RecorderState::Recording); // nothing stopped
    plug.setPlugged(true);
    CHECK(QTest::qWaitFor([sound] { return sound->text().startsWith(QStringLiteral("Audio overruns")); }, 4000));
    REQUIRE(waitForSegments(*demo.window->recorderBridge(), 3, 1)); // a third part, with sound again
    demo.window->recorderBridge()->stop();
    CHECK(workspace->state() == RecorderState::Stopped);
    CHECK(QFile::exists(demo.hearingDir() + QStringLiteral("/media/part-03/seg-00001.mkv")));
}

TEST_CASE("the secretary goes back to the hearings list and to the open hearing while it records")
{
    DemoWorkspace demo;
    ui::MainWindow &window = *demo.window;
    auto *listAction = window.findChild<QAction *>(QStringLiteral("hearingsListAction"));
    auto *hearingAction = window.findChild<QAction *>(QStringLiteral("openHearingAction"));
    REQUIRE(listAction);
    REQUIRE(hearingAction);
    CHECK_FALSE(hearingAction->isEnabled()); // no hearing open yet
    REQUIRE(window.openHearing(demo.hearingId));
    CHECK(hearingAction->isEnabled());
    ui::RecorderBridge *bridge = window.recorderBridge();
    CHECK(bridge->isMonitoring());

    // To the list: the devices rest; back: they are live again.
    listAction->trigger();
    CHECK(window.hearingsPanel()->isVisible());
    CHECK_FALSE(bridge->isMonitoring());
    hearingAction->trigger();
    CHECK(window.workspace()->isVisible());
    CHECK(bridge->isMonitoring());

    // Recording: the list shows the hearing live, the recording goes on, and back again.
    bridge->record();
    REQUIRE(window.workspace()->state() == RecorderState::Recording);
    listAction->trigger();
    CHECK(window.hearingsPanel()->isVisible());
    CHECK(bridge->isRecording());
    QTreeWidget *list = window.hearingsPanel()->view();
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(4) == QStringLiteral("recording")); // the live status, in words
    REQUIRE(waitForHearingTime(*bridge, 1200));
    hearingAction->trigger();
    CHECK(window.workspace()->isVisible());
    CHECK(window.workspace()->state() == RecorderState::Recording);
    CHECK(window.workspace()->controlBar()->elapsedText() != QStringLiteral("00:00:00"));
    bridge->stop();
}

TEST_CASE("the workspace warns and then stops cleanly at the disk threshold hattama record uses")
{
    DemoWorkspace demo;
    // The one setting both read: stop below 600 MB (`hattama record` reads it the same way,
    // tests/session/DiskPolicyTest.cpp); a fake file system stands in for a filling disk.
    DiskPolicy policy;
    policy.stopBelowBytes = 600LL * 1024 * 1024;
    {
        QSettings settings;
        policy.save(settings);
    }
    auto freeBytes = std::make_shared<std::atomic<qint64>>(500'000LL * 1024 * 1024);
    REQUIRE(demo.window->openHearing(demo.hearingId));
    ui::RecorderBridge *bridge = demo.window->recorderBridge();
    RecordingSession *session = bridge->session();
    CHECK(session->diskPolicy().stopBelowBytes == DiskPolicy::fromSettings(QSettings()).stopBelowBytes);
    CHECK(session->diskPolicy().stopBelowBytes == policy.stopBelowBytes);
    session->setSpaceProbe([freeBytes](const QString &) -> Result<DiskSpaceMonitor::Space> {
        return DiskSpaceMonitor::Space { freeBytes->load(), 1'000'000LL * 1024 * 1024 };
    });
    session->setDiskCheckIntervalMs(100);
    ui::HearingWorkspace *workspace = demo.window->workspace();
    bridge->record();
    REQUIRE(workspace->state() == RecorderState::Recording);
    REQUIRE(waitForSegments(*bridge, 1, 1));

    // 10 MB above the threshold: a warning, the recording goes on.
    auto *diskLabel = workspace->controlBar()->findChild<QLabel *>(QStringLiteral("diskHoursLabel"));
    REQUIRE(diskLabel);
    freeBytes->store(610LL * 1024 * 1024);
    REQUIRE(QTest::qWaitFor([&] { return session->status().diskWarning; }, kWaitMs));
    CHECK(workspace->state() == RecorderState::Recording);
    CHECK(QTest::qWaitFor([&] { return !diskLabel->styleSheet().isEmpty(); }, kWaitMs));

    // Below it: the recording stops by itself, the secretary is told why, the folder is closed.
    DialogAnswerer answer(QStringLiteral("none"));
    freeBytes->store(590LL * 1024 * 1024);
    REQUIRE(QTest::qWaitFor([&] { return workspace->state() == RecorderState::Stopped; }, kWaitMs));
    CHECK(session->status().stopReason == RecordingStopReason::DiskFull);
    CHECK(QTest::qWaitFor([&] { return answer.answered; }, kWaitMs));
    CHECK(answer.text.contains(QStringLiteral("almost full")));
    auto status = demo.db->exec(QStringLiteral("SELECT status FROM hearings WHERE id = ?"), { demo.hearingId });
    REQUIRE(status);
    REQUIRE(status->next());
    CHECK(status->value(0).toString() == QStringLiteral("ended"));
    const auto verify
        = test::runHattama({ QStringLiteral("verify"), demo.hearingDir() }, test::isolatedEnvironment(demo.dir.path()));
    INFO(verify.out.toStdString() << verify.err.toStdString());
    CHECK(verify.exitCode == 0);
    const auto report = HearingVerifier::withDefaultSteps().verify(demo.hearingDir());
    REQUIRE(report);
    CHECK(report->intact());
    CHECK(report->summary.closed);
}
