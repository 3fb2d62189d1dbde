// The workflow as the GUI drives it: a hearing opened in the main window, recorded from the
// demo devices (two microphones, one camera) with a recess taken by its shortcut, stopped; then
// the timeline (database and workspace list), the audit rows and the protocol are read back.
#include "SessionTestSupport.h"
#include "WorkflowTestSupport.h"

#include "AudioPlug.h"
#include "DialogAnswerer.h"

#include "main/MainWindow.h"
#include "protocol/ProtocolEditor.h"
#include "protocol/ProtocolWindow.h"
#include "workspace/EntryEditor.h"
#include "workspace/EntryListModel.h"
#include "workspace/HearingSession.h"
#include "workspace/HearingWorkspace.h"
#include "workspace/RecorderBridge.h"
#include "workspace/RecordingControlBar.h"

#include "media/RecorderConfig.h"
#include "protocol/DateForms.h"
#include "protocol/HearingToProtocol.h"
#include "protocol/ProtocolBuilder.h"
#include "protocol/RecordingSummary.h"
#include "session/HearingWorkflow.h"
#include "storage/HearingRepository.h"
#include "util/Translations.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QTest>
#include <QTextBrowser>

#include <utility>

using namespace hattama;

namespace {

constexpr int kWaitMs = 20'000;

// Two demo microphones and one small demo camera (SessionTestSupport), titled by the case.
RecorderConfig demoConfig(const HearingRecord &record, const QString &hearingDir)
{
    RecorderConfig config = test::smallDemoConfig(hearingDir);
    config.title = record.hearing.caseInfo.number;
    return config;
}

// Waits until the recorder's hearing clock reaches timeMs.
bool waitForHearingTime(ui::RecorderBridge *bridge, qint64 timeMs)
{
    return QTest::qWaitFor([&] { return bridge->hearingTimeMs() >= timeMs; }, kWaitMs);
}

} // namespace

TEST_CASE("workflow: a hearing recorded in the GUI has its recess in the timeline and its recording in the protocol")
{
    test::WorkflowArchive archive;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, archive.dir.path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, archive.dir.path());
    Translations translations;
    REQUIRE(translations.setLanguage(QStringLiteral("en")));
    const QString hearingId = archive.addHearing(QStringLiteral("2-900/2026"));
    ui::MainWindow window(archive.archive, translations);
    window.setDatabase(archive.db.get());
    window.setRecorderConfigProvider(demoConfig);
    window.resize(1366, 768);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.openHearing(hearingId));
    ui::HearingWorkspace *workspace = window.workspace();
    ui::RecorderBridge *bridge = window.recorderBridge();
    REQUIRE(bridge);
    QLineEdit *note = workspace->editor()->textEdit();
    QApplication::setActiveWindow(&window);

    // Record (Ctrl+Shift+R; the pre-flight question, if any, answered yes), a recess
    // (Ctrl+Shift+B), resume (Ctrl+Shift+U), stop (Ctrl+Shift+E, confirmed).
    {
        DialogAnswerer answer(QStringLiteral("confirmAccept"));
        QTest::keyClick(note, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        REQUIRE(QTest::qWaitFor([&] { return workspace->state() == RecorderState::Recording; }, kWaitMs));
    }
    REQUIRE(waitForHearingTime(bridge, 1500));
    QApplication::setActiveWindow(&window); // back from the pre-flight question
    REQUIRE(QTest::qWaitForWindowActive(&window));
    const qint64 beforeRecess = bridge->hearingTimeMs();
    QTest::keyClick(note, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(workspace->state() == RecorderState::Recess);
    const qint64 afterRecess = bridge->hearingTimeMs();
    REQUIRE(waitForHearingTime(bridge, afterRecess + 1000)); // the hearing clock runs on through a recess
    const qint64 beforeResume = bridge->hearingTimeMs();
    QTest::keyClick(note, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(workspace->state() == RecorderState::Recording);
    const qint64 afterResume = bridge->hearingTimeMs();
    REQUIRE(waitForHearingTime(bridge, afterResume + 1500));
    {
        DialogAnswerer answer(QStringLiteral("confirmAccept"));
        QTest::keyClick(note, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK(answer.answered);
    }
    REQUIRE(workspace->state() == RecorderState::Stopped);

    // The timeline in SQLite: the recording events and the recess at their hearing times.
    const QStringList entries = archive.entries(hearingId);
    INFO(entries.join(QLatin1Char(' ')).toStdString());
    REQUIRE(entries.size() == 4);
    CHECK(entries.at(0).startsWith(QLatin1String("recording_started@")));
    const auto timeOf = [&](int index, const QString &kind) {
        const QStringList parts = entries.at(index).split(QLatin1Char('@'));
        REQUIRE(parts.size() == 2);
        CHECK(parts.at(0) == kind);
        return parts.at(1).toLongLong();
    };
    // Each at the hearing time the recorder had when the shortcut was pressed.
    const qint64 recessAt = timeOf(1, QStringLiteral("recess_start"));
    CHECK(recessAt >= beforeRecess);
    CHECK(recessAt <= afterRecess);
    const qint64 resumedAt = timeOf(2, QStringLiteral("recess_end"));
    CHECK(resumedAt >= beforeResume);
    CHECK(resumedAt <= afterResume);
    CHECK(entries.at(3).startsWith(QLatin1String("recording_stopped@")));
    CHECK(archive.status(hearingId) == QStringLiteral("ended"));
    const QList<QJsonObject> audit = archive.statusAudit(hearingId);
    REQUIRE(audit.size() == 4); // scheduled → live → recess → live → ended
    CHECK(audit.at(1).value(QLatin1String("to")).toString() == QStringLiteral("recess"));
    CHECK(audit.at(1).value(QLatin1String("hearingTimeMs")).toInteger() == recessAt);

    // The workspace's list shows the recess the moment it was taken.
    bool recessListed = false;
    for (const auto &entry : workspace->entryModel()->entries())
        recessListed
            = recessListed || (entry.hearingTimeMs == recessAt && entry.text == QStringLiteral("Объявлен перерыв."));
    CHECK(recessListed);

    // The recording as the manifest lists it: two parts (before and after the recess).
    const protocol::RecordingSummary recording = protocol::RecordingSummary::read(archive.hearingDir(hearingId));
    CHECK(recording.parts == 2);
    CHECK(recording.durationMs >= 2500);
    CHECK(recording.manifestHeadHash.size() == 64);

    // The protocol states the recording (parts, duration, manifest head) and the recess with its time.
    auto record = HearingRepository(*archive.db).load(hearingId);
    REQUIRE(record);
    const auto input = protocol::protocolInputFromHearing(*record, recording);
    for (const QString &lang : { QStringLiteral("ru"), QStringLiteral("kk") }) {
        protocol::ProtocolBuilder::Options options;
        options.language = lang;
        auto document = protocol::ProtocolBuilder::build(input, options);
        REQUIRE(document);
        const QString text = document->textLines().join(QLatin1Char('\n'));
        INFO(text.toStdString());
        const QString duration = protocol::DateForms::duration(recording.durationMs, lang);
        const QString recessCode = protocol::DateForms::timeCode(recessAt);
        if (lang == QLatin1String("ru")) {
            CHECK(text.contains(QStringLiteral("В ходе судебного заседания велась аудио-, видеозапись: 2 части, общая "
                                               "продолжительность записи %1;")
                                    .arg(duration)));
            CHECK_FALSE(text.contains(QStringLiteral("не велась")));
            CHECK(text.contains(QStringLiteral("[%1] Объявлен перерыв.").arg(recessCode)));
            CHECK(text.contains(QStringLiteral("[%1] Судебное заседание продолжено после перерыва.")
                                    .arg(protocol::DateForms::timeCode(resumedAt))));
            CHECK(text.contains(QStringLiteral("Начата аудио-, видеозапись судебного заседания.")));
        } else {
            CHECK(text.contains(QStringLiteral(
                "Сот отырысының барысында аудио-, бейнежазба жүргізілді: 2 бөлік, жазбаның жалпы ұзақтығы %1;")
                                    .arg(duration)));
            CHECK(text.contains(QStringLiteral("[%1] Үзіліс жарияланды.").arg(recessCode)));
        }
        CHECK(text.contains(recording.manifestHeadHash));
    }

    // The protocol window (Ctrl+Shift+P's window) shows the same line.
    ui::ProtocolWindow *protocolWindow = window.openProtocol(hearingId);
    REQUIRE(protocolWindow);
    const QString shown = protocolWindow->editor()->view()->toPlainText();
    INFO(shown.toStdString());
    CHECK(shown.contains(QStringLiteral("велась аудио-, видеозапись: 2 части")));
    CHECK(shown.contains(QStringLiteral("Объявлен перерыв.")));

    // Opened again, the ended hearing cannot be recorded again: Record is off.
    protocolWindow->close();
    REQUIRE(window.openHearing(hearingId));
    CHECK_FALSE(window.workspace()->controlBar()->recorderAvailable());
    CHECK_FALSE(window.session()->mayRecord());
}

TEST_CASE("workflow: sound lost and back while recording in the GUI reach the timeline at their times")
{
    test::WorkflowArchive archive;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, archive.dir.path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, archive.dir.path());
    Translations translations;
    REQUIRE(translations.setLanguage(QStringLiteral("en")));
    const QString hearingId = archive.addHearing(QStringLiteral("2-901/2026"), QStringLiteral("kk"));
    ui::MainWindow window(archive.archive, translations);
    window.setDatabase(archive.db.get());
    test::AudioPlug plug; // the audio interface, with a cable the test can pull
    window.setRecorderConfigProvider([&plug](const HearingRecord &record, const QString &hearingDir) {
        RecorderConfig config = demoConfig(record, hearingDir);
        config.audioSourceFactory = plug.factory();
        return config;
    });
    REQUIRE(window.openHearing(hearingId));
    ui::HearingWorkspace *workspace = window.workspace();
    ui::HearingSession *session = window.session();
    ui::RecorderBridge *bridge = window.recorderBridge();
    REQUIRE(session);
    REQUIRE(bridge);

    // The recording session reports what happens; the hearing's workflow follows it.
    bridge->record();
    REQUIRE(workspace->state() == RecorderState::Recording);
    REQUIRE(waitForHearingTime(bridge, 1500));
    const qint64 beforeLost = bridge->hearingTimeMs();
    plug.setPlugged(false);
    REQUIRE(QTest::qWaitFor([&] { return archive.entries(hearingId).size() == 2; }, kWaitMs));
    const qint64 afterLost = bridge->hearingTimeMs();
    REQUIRE(waitForHearingTime(bridge, afterLost + 1000)); // the cameras go on meanwhile
    plug.setPlugged(true);
    REQUIRE(QTest::qWaitFor([&] { return archive.entries(hearingId).size() == 3; }, kWaitMs));
    bridge->stop();
    REQUIRE(workspace->state() == RecorderState::Stopped);

    const QStringList entries = archive.entries(hearingId);
    REQUIRE(entries.size() == 4);
    CHECK(entries[0] == QStringLiteral("recording_started@0"));
    REQUIRE(entries[1].startsWith(QStringLiteral("sound_lost@")));
    const qint64 lostAt = entries[1].section(QLatin1Char('@'), 1).toLongLong();
    CHECK(lostAt >= beforeLost - 1000); // the sound stops being delivered a moment before it is noticed
    CHECK(lostAt <= afterLost);
    CHECK(entries[2].startsWith(QStringLiteral("sound_restored@")));
    CHECK(entries[2].section(QLatin1Char('@'), 1).toLongLong() > lostAt);
    CHECK(entries[3].startsWith(QStringLiteral("recording_stopped@")));
    CHECK(archive.status(hearingId) == QStringLiteral("ended"));
    // The list shows them in the protocol language (Kazakh here).
    QStringList texts;
    for (const auto &entry : workspace->entryModel()->entries())
        texts << entry.text;
    CHECK(texts.contains(QStringLiteral("Дыбыс жазу үзілді: микрофондардан дыбыс келмейді, бейнежазба жалғасуда.")));
    CHECK(texts.contains(QStringLiteral("Дыбыс жазу қалпына келтірілді.")));

    // A refused step is reported, not stored: a resume without a recess after the end.
    const Status refused = session->workflow()->onResumed(10'000);
    REQUIRE_FALSE(refused.ok());
    CHECK(archive.entries(hearingId).size() == 4);
}
