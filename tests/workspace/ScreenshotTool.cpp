// Renders the workspace in Russian and Kazakh for docs/screenshots: setup, recording and
// the timeline, at 1366×768, fed with demo levels, frames and notes. Not a test.
//   workspace_screenshots OUTDIR [scale]
#include "FakeEntryStore.h"
#include "ScreenshotSupport.h"

#include "workspace/CameraPreview.h"
#include "workspace/ChannelMappingPanel.h"
#include "workspace/DevicePanel.h"
#include "workspace/EntryEditor.h"
#include "workspace/EntryListModel.h"
#include "workspace/HearingWorkspace.h"
#include "hearings/HearingCreateDialog.h"
#include "main/MainWindow.h"
#include "hearing/EventCatalogue.h"
#include "workspace/SetupPage.h"
#include "common/ShortcutsOverlay.h"
#include "workspace/TimelineWidget.h"

#include "hearing/Role.h"
#include "storage/Database.h"
#include "util/Translations.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QStatusBar>
#include <QLineEdit>
#include <QPainter>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QKeyEvent>
#include <QTextStream>

#include <cmath>

using namespace hattama::ui;
using hattama::CameraHealth;
using hattama::ChannelLevel;
using hattama::EntryKind;
using hattama::Participant;
using hattama::RecorderState;
using hattama::RecordingStatus;
using hattama::TimelineEntry;

namespace {

// ids: 1 judge, 2 prosecutor, 3 defender, 4 defendant, 5 witness.
QList<Participant> participantsFor(const QString &lang)
{
    using hattama::Role;
    const bool kk = lang == QLatin1String("kk");
    return { Participant { 1, QStringLiteral("judge"), 1,
                 kk ? QStringLiteral("Әбенова Г.Қ.") : QStringLiteral("Ахметов А.Б."), Role::Judge, true, {} },
        Participant { 2, QStringLiteral("prosecutor"), 2,
            kk ? QStringLiteral("Сұлтанов Ө.") : QStringLiteral("Серикова Д.М."), Role::Prosecutor, true, {} },
        Participant { 3, QStringLiteral("defender"), 3,
            kk ? QStringLiteral("Құрманғали Ү.") : QStringLiteral("Иванов П.С."), Role::Defender, true, {} },
        Participant { 4, QStringLiteral("defendant"), 4,
            kk ? QStringLiteral("Нұрланұлы І.") : QStringLiteral("Омаров Е.К."), Role::Defendant, true, {} },
        Participant { 5, QStringLiteral("witness"), 5, kk ? QStringLiteral("Жұмабаева Һ.") : QStringLiteral("Ким В.А."),
            Role::Witness, true, {} } };
}

QImage demoFrame(int camera, qint64 ms)
{
    QImage image(320, 180, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, 320, 180);
    gradient.setColorAt(0, camera == 0 ? QColor(0x30, 0x50, 0x80) : QColor(0x50, 0x60, 0x40));
    gradient.setColorAt(1, QColor(0x20, 0x20, 0x20));
    painter.fillRect(image.rect(), gradient);
    painter.setPen(Qt::white);
    QFont font = painter.font();
    font.setPixelSize(22);
    painter.setFont(font);
    const qint64 s = ms / 1000;
    painter.drawText(image.rect(), Qt::AlignCenter,
        QStringLiteral("CAM %1\n%2:%3:%4")
            .arg(camera + 1)
            .arg(s / 3600, 2, 10, QLatin1Char('0'))
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0')));
    return image;
}

ChannelLevel noSignal()
{
    ChannelLevel l;
    l.noSignal = true;
    return l;
}

CameraHealth delivering(qint64 frames)
{
    CameraHealth camera;
    camera.framesCaptured = frames;
    camera.connected = true;
    return camera;
}

ChannelLevel level(float rms, bool voice)
{
    ChannelLevel l;
    l.rmsDbfs = rms;
    l.peakDbfs = rms + 7;
    l.voiceActive = voice;
    l.noSignal = false;
    return l;
}

bool save(QWidget *widget, const QString &path)
{
    return hattama::test::saveScreenshot(widget, path);
}

} // namespace

int main(int argc, char **argv)
{
    hattama::test::ScreenshotApp app(argc, argv);
    const QString outDir = app.outDir();
    bool ok = true;

    for (const QString &lang : QStringList { QStringLiteral("ru"), QStringLiteral("kk") }) {
        hattama::Translations translations;
        translations.setLanguage(lang);
        FakeEntryStore repository;
        qint64 nowMs = 0;
        MainWindow window(QDir::tempPath(), translations);
        window.resize(1366, 768);
        window.setRecorderAvailable(true); // pictured as with the recording engine connected
        window.show();
        // Today's hearings from a database with two imported hearings, and the New hearing form.
        QTemporaryDir dbDir;
        auto db = hattama::Database::open(QString(), dbDir.path());
        if (db) {
            window.setDatabase(db->get());
            const QString date = QDate::currentDate().toString(Qt::ISODate);
            const QStringList cases { QStringLiteral("2-1234/2026"), QStringLiteral("1-77/2026") };
            const QStringList categories { QStringLiteral("civil"), QStringLiteral("criminal") };
            for (int i = 0; i < 2; ++i) {
                QFile file(dbDir.path() + QStringLiteral("/h%1.json").arg(i));
                file.open(QIODevice::WriteOnly);
                file.write(QStringLiteral(R"({"format": "hattama-hearing", "version": 1,
                  "court": {"name_ru": "Сарыаркинский районный суд", "name_kk": "Сарыарқа аудандық соты", "city": "Астана"},
                  "courtroom": "%1", "case": {"number": "%2", "category": "%3", "judge": "Әбенова Г.Қ."},
                  "hearing": {"scheduled_start": "%4T%5:00+05:00", "language": "%6", "status": "scheduled"},
                  "participants": [{"key": "judge", "full_name": "Әбенова Г.Қ.", "role": "judge"}]})")
                               .arg(i == 0 ? QStringLiteral("№ 3") : QStringLiteral("№ 5"), cases[i], categories[i],
                                   date, i == 0 ? QStringLiteral("10:00") : QStringLiteral("14:30"), lang)
                               .toUtf8());
                file.close();
                window.importHearingFile(file.fileName());
            }
            window.statusBar()->clearMessage();
            ok &= save(&window, outDir + QStringLiteral("/hearings-%1.png").arg(lang));
            hattama::ui::HearingCreateDialog form(&window);
            form.caseNumberEdit()->setText(QStringLiteral("2-1300/2026"));
            form.findChild<QLineEdit *>(QStringLiteral("createCourt"))
                ->setText(QStringLiteral("Сарыаркинский районный суд"));
            form.judgeEdit()->setText(QStringLiteral("Әбенова Г.Қ."));
            form.addParticipantRow(QStringLiteral("Құрманғали Ү."), hattama::Role::Plaintiff);
            form.addParticipantRow(QStringLiteral("Нұрланұлы І."), hattama::Role::Respondent);
            form.show();
            ok &= save(&form, outDir + QStringLiteral("/new-hearing-%1.png").arg(lang));
            window.setDatabase(nullptr);
        }
        HearingWorkspace *ws = window.openWorkspace();
        ws->setClock([&] { return nowMs; });
        ws->setStore(&repository);
        ws->setParticipants(participantsFor(lang), lang, hattama::CaseCategory::Criminal);
        const QString mic = lang == QLatin1String("kk") ? QStringLiteral("Микрофон %1") : QStringLiteral("Микрофон %1");
        ws->setChannelNames({ mic.arg(1), mic.arg(2), mic.arg(3), mic.arg(4) });
        ws->setCameraNames(
            { lang == QLatin1String("kk") ? QStringLiteral("Зал — жалпы көрініс") : QStringLiteral("Зал — общий план"),
                lang == QLatin1String("kk") ? QStringLiteral("Куә мінбесі") : QStringLiteral("Трибуна свидетеля") });
        // The previews take a frame once their interval has passed on the hearing clock the
        // tool drives, not on the wall clock.
        for (CameraPreview *preview : ws->findChildren<CameraPreview *>())
            preview->setClock([&] { return nowMs; });
        ws->setupPage()->setProtocolLanguage(lang);
        ws->setupPage()->mappingPanel()->setMapping(
            { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("5") });

        // The devices of a typical courtroom PC: an 8-channel USB interface and two cameras.
        hattama::DeviceInventory inventory;
        hattama::AudioInputDevice interface;
        interface.portAudioIndex = 4;
        interface.name = QStringLiteral("Scarlett 18i8 USB: Audio (hw:1,0)");
        interface.hostApi = QStringLiteral("ALSA");
        interface.maxInputChannels = 8;
        hattama::AudioInputDevice builtIn = interface;
        builtIn.portAudioIndex = 0;
        builtIn.name = QStringLiteral("HDA Intel PCH: ALC256 Analog (hw:0,0)");
        builtIn.maxInputChannels = 2;
        inventory.audioInputs << builtIn << interface;
        for (int i = 0; i < 3; ++i) {
            hattama::CameraDevice camera;
            camera.id = QStringLiteral("/dev/video%1").arg(i * 2);
            camera.name = i < 2 ? QStringLiteral("Logitech BRIO") : QStringLiteral("HD Pro Webcam C920");
            camera.backend = QStringLiteral("v4l2");
            inventory.cameras << camera;
        }
        ws->setupPage()->devicePanel()->setInventory(inventory);
        ws->setupPage()->devicePanel()->setChoice(
            { interface.name, {}, { QStringLiteral("/dev/video0"), QStringLiteral("/dev/video2") } });
        ws->setupPage()->setDeviceChoiceVisible(true);

        // Setup: three mics heard, the witness mic silent, one camera without picture.
        RecordingStatus idle;
        idle.diskHoursLeft = 46.5;
        ws->setHealth(idle);
        ws->setLevels({ level(-22, true), level(-35, false), level(-48, false), noSignal() });
        ws->setCameraStatus(0, delivering(10), demoFrame(0, 0));
        ws->runPreflight();
        ws->showSetup();
        ok &= save(&window, outDir + QStringLiteral("/setup-%1.png").arg(lang));

        // Recording: 25 minutes of demo hearing with notes and events.
        RecordingStatus health;
        health.state = RecorderState::Recording;
        health.diskHoursLeft = 46.1;
        ws->setHealth(health);
        const auto speakerAt = [](qint64 t) {
            const qint64 s = (t / 1000) % 240;
            return s < 60 ? 0 : s < 120 ? 1 : s < 170 ? 2 : s < 230 ? 3 : -1;
        };
        for (nowMs = 0; nowMs <= 25 * 60 * 1000; nowMs += 500) {
            QVector<ChannelLevel> levels;
            for (int c = 0; c < 4; ++c) {
                const bool voice = speakerAt(nowMs) == c && (nowMs / 3000) % 5 != 0;
                levels << level(voice ? -18 - float(c * 2) : -55, voice);
            }
            ws->setLevels(levels);
        }
        health.hearingTimeMs = nowMs;
        ws->setHealth(health);
        for (int i = 0; i < 30; ++i) // the defender speaks now
            ws->editor()->setLevels({ level(-60, false), level(-60, false), level(-16, true), level(-60, false) });
        const bool kk = lang == QLatin1String("kk");
        const auto catalogue = hattama::EventCatalogue::shipped();
        const auto event = [&](const char *id) {
            return catalogue ? catalogue->wording(QLatin1String(id), lang, hattama::CaseCategory::Criminal) : QString();
        };
        auto commit = [&](qint64 t, EntryKind kind, const QString &text, qint64 speaker) {
            TimelineEntry e;
            e.hearingTimeMs = t;
            e.kind = kind;
            e.text = text;
            e.speakerParticipantId = speaker;
            ws->entryModel()->commit(e);
        };
        commit(15'000, EntryKind::ProceduralEvent, event("session_opened"), 0);
        commit(75'000, EntryKind::ProceduralEvent, event("rights_explained"), 0);
        commit(130'000, EntryKind::Note,
            kk ? QStringLiteral("Айыптау қорытындысы жарияланды") : QStringLiteral("Оглашено обвинительное заключение"),
            2);
        commit(400'000, EntryKind::Note,
            kk ? QStringLiteral("Сотталушы кінәсін мойындамайды") : QStringLiteral("Подсудимый вину не признаёт"), 4);
        commit(610'000, EntryKind::ProceduralEvent, event("motion_filed"), 3);
        commit(1'210'000, EntryKind::Note,
            kk ? QStringLiteral("Куә Жұмабаева өз көрсетпесін берді") : QStringLiteral("Свидетель Ким дал показания"),
            5);
        commit(1'380'000, EntryKind::Marker, event("marker"), 0);
        commit(1'460'000, EntryKind::Note,
            kk ? QStringLiteral("Қорғаушы сұрақтар қойды") : QStringLiteral("Защитник задал вопросы свидетелю"), 3);
        for (int c = 0; c < 2; ++c)
            ws->setCameraStatus(c, delivering(1000), demoFrame(c, nowMs));
        ws->showHearing();
        ws->timeline()->setMsPerPixel(2500);
        ws->editor()->textEdit()->setFocus();
        // Typed as one key event carrying the text (QTest types ASCII only).
        QKeyEvent typing(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier,
            kk ? QStringLiteral("Қорғаушы өтінішхат мәлімдеді") : QStringLiteral("Защитник заявил ходатайство"));
        QApplication::sendEvent(ws->editor()->textEdit(), &typing);
        ok &= save(&window, outDir + QStringLiteral("/recording-%1.png").arg(lang));

        ws->timeline()->setMsPerPixel(600);
        ok &= save(ws->timeline()->parentWidget(), outDir + QStringLiteral("/timeline-%1.png").arg(lang));

        ws->shortcutsOverlay()->open();
        ok &= save(&window, outDir + QStringLiteral("/shortcuts-%1.png").arg(lang));
        ws->shortcutsOverlay()->hide();
        RecordingStatus stopped;
        stopped.state = RecorderState::Stopped;
        stopped.hearingTimeMs = nowMs;
        stopped.diskHoursLeft = 46.0;
        ws->setHealth(stopped);
        translations.setLanguage(QStringLiteral("en"));
    }
    return ok ? 0 : 1;
}
