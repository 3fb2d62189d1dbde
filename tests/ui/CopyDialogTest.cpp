// The «Issue copy…» dialog, offscreen, on a real SQLite archive with a real demo recording
// (2 cameras, 2 microphones, 2 s segments): the copy it makes is read back (sha256sum -c,
// ffprobe, the issuance log in the database), a cancel right after the start leaves nothing
// behind and no log row, and an existing target is refused without starting.
#include "TestSupport.h"

#include "hearings/CopyDialog.h"

#include "capture/CameraSpec.h"
#include "copy/CopyIssuance.h"
#include "hearing/HearingJson.h"
#include "media/Recorder.h"
#include "storage/Database.h"
#include "storage/HearingRepository.h"
#include "util/Translations.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace hattama;
using hattama::ui::CopyDialog;

namespace {

struct Fixture {
    QTemporaryDir dir;
    Translations translations;
    std::unique_ptr<Database> db;
    QString archive;
    QString hearingId;

    Fixture()
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        REQUIRE(translations.setLanguage(QStringLiteral("en")));
        archive = dir.path() + QStringLiteral("/archive");
        auto opened = Database::open(QString(), archive);
        REQUIRE(opened);
        db = std::move(*opened);
        QFile file(test::sourceDir() + QStringLiteral("/docs/samples/hearing-sample.json"));
        REQUIRE(file.open(QIODevice::ReadOnly));
        auto record = HearingJson::parse(file.readAll());
        REQUIRE(record);
        auto saved = HearingRepository(*db).save(*record);
        REQUIRE(saved);
        hearingId = saved->hearingId;
        record4s(archive + QLatin1Char('/') + hearingId);
    }
    ~Fixture() { translations.setLanguage(QStringLiteral("en")); }

    // A demo recording of 4 s, as the recorder makes it for the window.
    static void record4s(const QString &hearingDir)
    {
        RecorderConfig config;
        config.hearingDir = hearingDir;
        config.title = QStringLiteral("copy dialog");
        config.demoAudio = true;
        config.demoMicrophones = 2;
        for (int camera = 1; camera <= 2; ++camera)
            config.cameras.push_back(CameraSpec::demoCamera(camera, 320, 180, 25));
        config.video.widthPx = 320;
        config.video.heightPx = 180;
        config.video.frameRate = 25;
        config.video.preset = QStringLiteral("ultrafast");
        config.segmentDurationMs = 2000;
        Recorder recorder(config);
        REQUIRE(recorder.start());
        REQUIRE(test::waitUntil([&] { return recorder.status().partTimeMs >= 4000; }, 120'000, [&] { recorder.service(); }));
        REQUIRE(recorder.stop());
    }
};

template<typename T> T *child(QWidget &parent, const char *name)
{
    auto *found = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

void fill(CopyDialog &dialog, const QString &target)
{
    child<QLineEdit>(dialog, "copyRecipientName")->setText(QStringLiteral("Петрова Анна Сергеевна"));
    child<QLineEdit>(dialog, "copyRecipientRole")->setText(QStringLiteral("истец"));
    child<QLineEdit>(dialog, "copyTarget")->setText(target);
}

void processEvents()
{
    QCoreApplication::processEvents();
}

// The copy has ended (made, failed or cancelled): the Cancel button is Close again.
bool ended(CopyDialog &dialog)
{
    return child<QPushButton>(dialog, "copyCancelButton")->text() == QStringLiteral("Close");
}

} // namespace

TEST_CASE("the copy dialog makes a copy that checks out and logs it, and a cancel leaves nothing", "[copy][ui]")
{
    Fixture fixture;
    const QString target = fixture.dir.path() + QStringLiteral("/Копия Петровой");

    SECTION("a copy to a folder: sha256sum -c passes, the media are H.264 + AAC, the log names the recipient")
    {
        CopyDialog dialog(*fixture.db, fixture.archive, fixture.hearingId);
        dialog.show();
        fill(dialog, target);
        auto *issue = child<QPushButton>(dialog, "copyIssueButton");
        REQUIRE(issue->isEnabled());
        QTest::mouseClick(issue, Qt::LeftButton);
        REQUIRE(test::waitUntil([&] { return ended(dialog); }, 180'000, processEvents));
        INFO(child<QLabel>(dialog, "copyStatus")->text().toStdString());
        CHECK(child<QProgressBar>(dialog, "copyProgress")->value() == 1000);
        CHECK(child<QLabel>(dialog, "copyStatus")->text().startsWith(QStringLiteral("The copy is ready")));

        const test::ProcessResult sums = test::runProgram(QStringLiteral("bash"),
            { QStringLiteral("-c"), QStringLiteral("cd \"$1\" && sha256sum -c --strict SHA256SUMS"), QStringLiteral("sums"),
                target });
        INFO(sums.out.toStdString() + sums.err.toStdString());
        CHECK(sums.exitCode == 0);
        const QStringList cameras = QDir(target + QStringLiteral("/media/part-01")).entryList({ QStringLiteral("*.mp4") });
        REQUIRE(cameras.size() == 2);
        const QJsonObject probed = test::probeMedia(target + QStringLiteral("/media/part-01/") + cameras.first());
        QStringList codecs;
        for (const QJsonValue &stream : probed.value(QStringLiteral("streams")).toArray())
            codecs << stream.toObject().value(QStringLiteral("codec_name")).toString();
        CHECK(codecs == QStringList { QStringLiteral("h264"), QStringLiteral("aac") });
        CHECK(probed.value(QStringLiteral("format")).toObject().value(QStringLiteral("duration")).toString().toDouble()
            == Approx(4.0).margin(0.1));

        auto copies = CopyIssuance::list(*fixture.db, fixture.hearingId);
        REQUIRE(copies);
        REQUIRE(copies->size() == 1);
        CHECK(copies->first().recipient == QStringLiteral("Петрова Анна Сергеевна, истец"));
        CHECK(copies->first().medium == QStringLiteral("folder"));
        CHECK(copies->first().target == target);
        CHECK(copies->first().sumsSha256.size() == 64);

        // The same target again: refused, the copy already there is kept as it was.
        fill(dialog, target);
        QTest::mouseClick(issue, Qt::LeftButton);
        REQUIRE(test::waitUntil([&] { return ended(dialog); }, 60'000, processEvents));
        CHECK(child<QLabel>(dialog, "copyStatus")->text().contains(QStringLiteral("already exists")));
        CHECK(CopyIssuance::list(*fixture.db, fixture.hearingId)->size() == 1);
        CHECK(test::runProgram(QStringLiteral("bash"),
                  { QStringLiteral("-c"), QStringLiteral("cd \"$1\" && sha256sum -c --quiet SHA256SUMS"),
                      QStringLiteral("sums"), target })
                  .exitCode
            == 0);
    }

    SECTION("Cancel right after the start: nothing is left beside the target, nothing is logged")
    {
        CopyDialog dialog(*fixture.db, fixture.archive, fixture.hearingId);
        dialog.show();
        fill(dialog, target);
        QTest::mouseClick(child<QPushButton>(dialog, "copyIssueButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(dialog, "copyCancelButton"), Qt::LeftButton);
        CHECK(dialog.isVisible()); // the dialog stays until the copy has stopped
        INFO(child<QLabel>(dialog, "copyStatus")->text().toStdString());
        REQUIRE(test::waitUntil([&] { return ended(dialog); }, 180'000, processEvents));
        CHECK(child<QLabel>(dialog, "copyStatus")->text().contains(QStringLiteral("cancel"), Qt::CaseInsensitive));
        CHECK_FALSE(QFileInfo::exists(target));
        CHECK(QDir(fixture.dir.path()).entryList({ QStringLiteral(".*hattama-partial") }, QDir::AllEntries | QDir::Hidden).isEmpty());
        CHECK(CopyIssuance::list(*fixture.db, fixture.hearingId)->isEmpty());
    }
}
