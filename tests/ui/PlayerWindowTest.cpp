// The judge's player, offscreen, on a real demo recording in a real SQLite archive: opened from
// a protocol time code, a microphone soloed by its key (the sound heard checked for that
// microphone's tone), an entry of the list clicked, playing across segment boundaries, the
// keys in the shortcut list. The sound goes to the system clock's tap (no sound card).
#include "MediaAnalysis.h"
#include "PlaybackFixture.h"
#include "TestSupport.h"

#include "common/ShortcutsOverlay.h"
#include "hearings/HearingsPanel.h"
#include "main/MainWindow.h"
#include "protocol/ProtocolEditor.h"
#include "protocol/ProtocolWindow.h"
#include "review/MicrophoneStrip.h"
#include "review/PlayerCameraView.h"
#include "review/PlayerWindow.h"

#include "hearing/HearingJson.h"
#include "playback/CameraReader.h"
#include "playback/PlaybackEngine.h"
#include "playback/SystemClockOutput.h"
#include "storage/Database.h"
#include "storage/HearingRepository.h"
#include "storage/TimelineRepository.h"
#include "util/Translations.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDate>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using namespace hattama;
using hattama::ui::MainWindow;
using hattama::ui::PlayerWindow;

namespace {

constexpr qint64 kFrameMs = 1000 / test::DemoRecording::kFrameRate;
constexpr qint64 kFirstEntryMs = 2300;
constexpr qint64 kSecondEntryMs = 8500; // in part 2, after the recess

// docs/samples/hearing-sample.json as a record scheduled for today (today's list shows it).
HearingRecord sampleForToday()
{
    QFile sample(test::sourceDir() + QStringLiteral("/docs/samples/hearing-sample.json"));
    REQUIRE(sample.open(QIODevice::ReadOnly));
    auto record = HearingJson::parse(sample.readAll());
    REQUIRE(record);
    record->hearing.scheduledStart.setDate(QDate::currentDate());
    return *record;
}

struct Heard {
    std::vector<float> samples;
};

bool waitFor(const std::function<bool()> &condition)
{
    return test::waitUntil(condition, 60'000, [] { QCoreApplication::processEvents(); });
}

// The sample hearing imported into a fresh archive, recorded by the demo recorder, with two
// entries inside the recording; the player's sound goes to heard.
struct Fixture {
    QTemporaryDir dir;
    Translations translations;
    std::unique_ptr<Database> db;
    std::unique_ptr<MainWindow> window;
    QString hearingId;
    std::shared_ptr<Heard> heard = std::make_shared<Heard>();

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
        window->setPlaybackOutputFactory([listener = heard] {
            auto output = std::make_unique<SystemClockOutput>();
            output->setTap([listener](const float *samples, qint64 frames) {
                listener->samples.insert(listener->samples.end(), samples, samples + frames);
            });
            return output;
        });
        window->resize(1366, 768);
        window->show();
        QString error;
        hearingId = window->createHearing(sampleForToday(), &error);
        INFO(error.toStdString());
        REQUIRE_FALSE(hearingId.isEmpty());
        test::recordDemoHearing(hearingDir());
        TimelineRepository entries(*db);
        for (const auto &[ms, text] : { std::pair { kFirstEntryMs, QStringLiteral("First entry inside the recording") },
                 std::pair { kSecondEntryMs, QStringLiteral("Second entry, after the recess") } }) {
            TimelineEntry entry;
            entry.hearingId = hearingId;
            entry.hearingTimeMs = ms;
            entry.kind = EntryKind::Note;
            entry.text = text;
            REQUIRE(entries.add(entry));
        }
    }
    ~Fixture()
    {
        window.reset();
        translations.setLanguage(QStringLiteral("en"));
    }
    QString archiveDir() const { return dir.path() + QStringLiteral("/archive"); }
    QString hearingDir() const { return archiveDir() + QLatin1Char('/') + hearingId; }
};

// Every camera shows the picture of hearingMs (the frame that starts at or before it).
void checkPicturesAt(PlayerWindow *player, qint64 hearingMs)
{
    for (int camera = 0; camera < test::DemoRecording::kCameras; ++camera) {
        const CameraPicture *picture = player->engine().picture(camera);
        REQUIRE(picture);
        INFO("camera " << camera + 1 << " shows " << picture->hearingMs << " for " << hearingMs);
        CHECK(picture->hearingMs <= hearingMs);
        CHECK(picture->hearingMs > hearingMs - kFrameMs);
        CHECK(waitFor([&] { return player->cameraViews().at(camera)->pictureHearingMs() == picture->hearingMs; }));
        CHECK_FALSE(player->cameraViews().at(camera)->picture().isNull());
    }
}

} // namespace

TEST_CASE("the player opens at a protocol time code, solos a microphone by key and goes to a clicked entry")
{
    Fixture f;

    // A time code in the protocol window opens the player at that moment.
    ui::ProtocolWindow *protocol = f.window->openProtocol(f.hearingId);
    REQUIRE(protocol);
    protocol->editor()->activateLink(QUrl(QStringLiteral("hattama://hearing/%1?t=%2").arg(f.hearingId).arg(kFirstEntryMs)));
    PlayerWindow *player = f.window->playerWindow();
    REQUIRE(player);
    REQUIRE(player->isVisible());
    CHECK(player->windowTitle().contains(QStringLiteral("2-1234/2026")));
    REQUIRE(waitFor([&] { return player->engine().settled(); }));
    CHECK(player->engine().positionHearingMs() == kFirstEntryMs);
    checkPicturesAt(player, kFirstEntryMs);
    CHECK(player->engine().usesSystemClock());
    CHECK(player->clockNote().contains(QStringLiteral("No sound device")));

    // The microphones by participant and role from the channel map, the cameras by view.
    REQUIRE(player->microphoneStrips().size() == test::DemoRecording::kMicrophones);
    INFO(player->microphoneStrips().at(0)->name().toStdString());
    CHECK(player->microphoneStrips().at(0)->name().contains(QStringLiteral("Әбілқасымова")));
    CHECK(player->cameraViews().at(0)->cameraName() == QStringLiteral("Судья"));
    // The entries in the list and on the timeline.
    QListWidget *list = player->entryList();
    REQUIRE(list->count() == player->timeline().entries().size());

    // Key 2: only microphone 2 is heard (its demo tone is 500 Hz, microphone 1's 400 Hz).
    QApplication::setActiveWindow(player);
    REQUIRE(QTest::qWaitForWindowActive(player));
    QTest::keyClick(player, Qt::Key_2);
    CHECK(player->engine().mix().solo == QList<int> { 2 });
    CHECK(player->microphoneStrips().at(1)->isSoloed());
    CHECK_FALSE(player->microphoneStrips().at(0)->isSoloed());
    f.heard->samples.clear();
    QTest::keyClick(player, Qt::Key_Space);
    REQUIRE(player->engine().isPlaying());
    const int rate = player->timeline().sampleRateHz();
    REQUIRE(waitFor([&] { return f.heard->samples.size() >= std::size_t(rate / 2); }));
    QTest::keyClick(player, Qt::Key_K);
    CHECK_FALSE(player->engine().isPlaying());
    // 2.3 s to 2.55 s: between the beeps.
    const std::vector<float> window(f.heard->samples.begin(), f.heard->samples.begin() + rate / 4);
    CHECK(test::dominantFrequency(window, rate, 250.0, 900.0) == Approx(500.0).margin(3.0));
    // Key 0: every microphone again.
    QTest::keyClick(player, Qt::Key_0);
    CHECK(player->engine().mix().solo.isEmpty());

    // Playing goes on across segment boundaries (every half second) with the pictures following.
    const qint64 from = player->engine().positionHearingMs();
    QTest::keyClick(player, Qt::Key_L);
    REQUIRE(waitFor([&] {
        const CameraPicture *picture = player->engine().picture(0);
        return picture && picture->hearingMs >= from + 1100;
    }));
    QTest::keyClick(player, Qt::Key_K);
    CHECK(player->engine().lastError().isEmpty());

    // An entry of the list clicked: the player goes to it (after the recess, in part 2).
    QListWidgetItem *second = nullptr;
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->text().contains(QStringLiteral("Second entry")))
            second = list->item(row);
    REQUIRE(second);
    list->scrollToItem(second);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(second).center());
    REQUIRE(waitFor([&] { return player->engine().settled(); }));
    CHECK(std::abs(player->engine().positionHearingMs() - kSecondEntryMs) <= kFrameMs);
    checkPicturesAt(player, kSecondEntryMs);

    // Ctrl+Left: the entry before it; Ctrl+G with a time outside the recording says so.
    QTest::keyClick(player, Qt::Key_Left, Qt::ControlModifier);
    REQUIRE(waitFor([&] { return player->engine().settled(); }));
    CHECK(player->engine().positionHearingMs() == kFirstEntryMs);
    CHECK_FALSE(player->goToTime(QStringLiteral("05:00:00")));
    CHECK(player->statusBar()->currentMessage().contains(QStringLiteral("outside the recording")));
    CHECK(player->goToTime(QStringLiteral("00:00:04")));
    REQUIRE(waitFor([&] { return player->engine().settled(); }));
    checkPicturesAt(player, 4000);

    // Shift+Right: one frame on; J and L: slower and faster.
    QTest::keyClick(player, Qt::Key_Right, Qt::ShiftModifier);
    REQUIRE(waitFor([&] { return player->engine().settled(); }));
    checkPicturesAt(player, 4000 + kFrameMs);
    QTest::keyClick(player, Qt::Key_J);
    CHECK(player->engine().speed() == Approx(0.75));
    QTest::keyClick(player, Qt::Key_L); // paused: plays
    CHECK(player->engine().isPlaying());
    QTest::keyClick(player, Qt::Key_L); // playing: faster
    CHECK(player->engine().speed() == Approx(1.0));
    QTest::keyClick(player, Qt::Key_K);
    CHECK_FALSE(player->engine().isPlaying());

    // The keys are in the shortcut list.
    const QStringList rows = player->shortcutsOverlay()->rows();
    INFO(rows.join(QLatin1Char('\n')).toStdString());
    for (const QString &row : { QStringLiteral("Play or pause\tSpace"), QStringLiteral("Slower\tJ"),
             QStringLiteral("Back 5 seconds\tLeft"), QStringLiteral("One frame forward (paused)\tShift+Right"),
             QStringLiteral("Next entry\tCtrl+Right"), QStringLiteral("Go to time…\tCtrl+G"),
             QStringLiteral("Hear only that microphone\t1…9") })
        CHECK(rows.contains(row));

    // Clicking a camera enlarges it; clicking it again goes back to the grid.
    QTest::mouseClick(player->cameraViews().at(1), Qt::LeftButton);
    CHECK(player->enlargedCamera() == 1);
    CHECK(waitFor([&] { return player->cameraViews().at(1)->width() > 2 * player->cameraViews().at(0)->width(); }));
    QTest::mouseClick(player->cameraViews().at(1), Qt::LeftButton);
    CHECK(player->enlargedCamera() == -1);
}

TEST_CASE("the hearings list plays the selected hearing's recording")
{
    Fixture f;
    QTreeWidget *view = f.window->hearingsPanel()->view();
    REQUIRE(view->topLevelItemCount() == 1);
    view->setCurrentItem(view->topLevelItem(0));
    auto *button = f.window->hearingsPanel()->findChild<QPushButton *>(QStringLiteral("hearingsPlayButton"));
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    PlayerWindow *player = f.window->playerWindow();
    REQUIRE(player);
    REQUIRE(waitFor([&] { return player->engine().settled(); }));
    checkPicturesAt(player, player->timeline().startMs());
}
