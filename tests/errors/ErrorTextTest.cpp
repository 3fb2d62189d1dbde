// Core errors as the user reads them: each produced for real (a device that is not there, a
// disk below the stop threshold, a database that cannot be reached, a malformed hearing
// file), rendered through ErrorText with the Russian and Kazakh catalogues loaded the way the
// application loads them (util/Translations), and checked for English words left over.
#include "ErrorLanguage.h"
#include "TestSupport.h"

#include "capture/PortAudioSource.h"
#include "hearing/HearingJson.h"
#include "media/DeviceChoice.h"
#include "media/DiskSpaceMonitor.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "util/ErrorCatalogue.h"
#include "util/ErrorText.h"
#include "util/Translations.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace hattama;
using namespace hattama::test;

namespace {

struct Produced {
    const char *what;
    Error error;
};

// The errors of the four kinds the issue names, made by the code that reports them.
QList<Produced> produceErrors(const QString &tempDir)
{
    QList<Produced> errors;

    // Device missing: a courtroom's remembered devices that are not plugged in.
    RecorderConfig config;
    DeviceInventory inventory;
    AudioInputDevice present;
    present.name = QStringLiteral("Focusrite USB");
    present.portAudioIndex = 3;
    inventory.audioInputs << present;
    DeviceChoice choice;
    choice.audioName = QStringLiteral("Behringer UMC404HD");
    choice.extraAudioNames << QStringLiteral("Zoom F6");
    choice.cameraIds << QStringLiteral("/dev/video7");
    const QList<Error> missing = chooseDevices(config, inventory, choice);
    REQUIRE(missing.size() == 3);
    for (const Error &problem : missing) {
        const char *what = problem.kind == ErrorCode::AudioInputNotConnected ? "audio input not connected"
            : problem.kind == ErrorCode::CameraNotConnected                  ? "camera not connected"
                                                                             : "extra audio input not connected";
        errors << Produced { what, problem };
    }
    auto opened = PortAudioSource::open(QStringLiteral("no-such-microphone-xyz"), {}, 48000, 2.0, false);
    REQUIRE_FALSE(opened.ok());
    errors << Produced { "PortAudio input not found", opened.error() };

    // Disk full: a probe that reports 100 MB free under a 512 MB stop threshold.
    DiskSpaceMonitor disk(tempDir, 100'000'000, DiskSpaceThresholds {}, [](const QString &) {
        return Result<DiskSpaceMonitor::Space>(DiskSpaceMonitor::Space { 100LL << 20, 1LL << 40 });
    });
    auto status = disk.check();
    REQUIRE(status.ok());
    REQUIRE(status->level == DiskSpaceLevel::Stop);
    errors << Produced { "disk too low before recording", disk.spaceError(*status, false) };
    errors << Produced { "disk full while recording", disk.spaceError(*status, true) };
    errors << Produced { "disk full on write",
        Error::of(ErrorCode::DiskFull, { tempDir + QStringLiteral("/seg.mkv") }) };
    DiskSpaceMonitor unknown(tempDir, 1, {}, [](const QString &folder) -> Result<DiskSpaceMonitor::Space> {
        return Error::of(ErrorCode::DiskSpaceUnknown, { folder });
    });
    auto unknownStatus = unknown.check();
    REQUIRE_FALSE(unknownStatus.ok());
    errors << Produced { "disk space unknown", unknownStatus.error() };

    // Database unreachable: nothing listens on port 1; an SQLite file under /proc.
    auto server = DatabaseLocation::resolve(QStringLiteral("postgresql://court@127.0.0.1:1/hattama_archive"), {});
    REQUIRE(server.ok());
    auto serverDb = Database::open(*server);
    REQUIRE_FALSE(serverDb.ok());
    errors << Produced { "PostgreSQL unreachable", serverDb.error() };
    auto fileDb = Database::open(DatabaseLocation::sqlite(QStringLiteral("/proc/hattama-none/hattama.sqlite")));
    REQUIRE_FALSE(fileDb.ok());
    errors << Produced { "SQLite path unwritable", fileDb.error() };

    // Bad import: malformed JSON, and a well-formed file with a field missing.
    auto malformed = HearingJson::parse("{\n  \"court\": {\n    \"name_ru\": \"Суд\",,\n");
    REQUIRE_FALSE(malformed.ok());
    errors << Produced { "import: not JSON", malformed.error() };
    auto incomplete = HearingJson::parse(R"({"court": {"name_ru": "Суд"}, "case": {"category": "civil"}})");
    REQUIRE_FALSE(incomplete.ok());
    errors << Produced { "import: field missing", incomplete.error() };
    auto wrongType = HearingJson::parse(R"({"court": 5})");
    REQUIRE_FALSE(wrongType.ok());
    errors << Produced { "import: wrong type", wrongType.error() };
    return errors;
}

} // namespace

TEST_CASE("errors: device, disk, database and import errors carry their codes and arguments")
{
    QTemporaryDir dir;
    const QList<Produced> errors = produceErrors(dir.path());
    const auto find = [&](const char *what) {
        for (const Produced &p : errors)
            if (QLatin1String(p.what) == QLatin1String(what))
                return p.error;
        FAIL("no error " << what);
        return Error();
    };
    CHECK(find("audio input not connected").kind == ErrorCode::AudioInputNotConnected);
    CHECK(find("audio input not connected").args == QStringList { QStringLiteral("Behringer UMC404HD") });
    CHECK(find("camera not connected").args == QStringList { QStringLiteral("/dev/video7") });
    CHECK(find("extra audio input not connected").kind == ErrorCode::ExtraAudioInputNotConnected);
    CHECK(find("extra audio input not connected").args == QStringList { QStringLiteral("Zoom F6") });
    const ErrorCode portAudio = find("PortAudio input not found").kind;
    CHECK((portAudio == ErrorCode::AudioInputMissing || portAudio == ErrorCode::AudioSystemUnavailable));
    CHECK(find("PortAudio input not found").code == ExitCode::Environment);
    CHECK(find("disk too low before recording").kind == ErrorCode::DiskSpaceTooLow);
    CHECK(find("disk too low before recording").args.mid(1)
        == QStringList { QStringLiteral("100"), QStringLiteral("512") });
    CHECK(find("disk full while recording").kind == ErrorCode::DiskFullStopped);
    CHECK(find("disk full while recording").code == ExitCode::Environment);
    const ErrorCode server = find("PostgreSQL unreachable").kind;
    CHECK((server == ErrorCode::DatabaseServerUnreachable || server == ErrorCode::DatabaseDriverMissing));
    CHECK(find("PostgreSQL unreachable").code == ExitCode::Environment);
    CHECK(find("SQLite path unwritable").kind == ErrorCode::DatabaseFolderUncreatable);
    CHECK(find("import: not JSON").kind == ErrorCode::ImportNotJson);
    CHECK(find("import: not JSON").args.first() == QStringLiteral("3")); // the line
    CHECK(find("import: not JSON").code == ExitCode::Usage);
    CHECK(find("import: field missing").kind == ErrorCode::ImportFieldMissing);
    CHECK(find("import: wrong type").kind == ErrorCode::ImportFieldType);
    CHECK(find("import: wrong type").message == QStringLiteral("court: must be an object, not a number"));
}

TEST_CASE("errors: the Russian and Kazakh texts of real errors hold no English words")
{
    QTemporaryDir dir;
    const QList<Produced> errors = produceErrors(dir.path());
    Translations translations;
    for (const char *language : { "ru", "kk" }) {
        INFO(language);
        REQUIRE(translations.setLanguage(QString::fromLatin1(language)));
        for (const Produced &produced : errors) {
            INFO(produced.what);
            const QString message = ErrorText::message(produced.error);
            const QString hint = ErrorText::hint(produced.error);
            INFO(message.toStdString() << " / " << hint.toStdString());
            CHECK(hasCyrillic(message));
            CHECK_FALSE(hint.isEmpty());
            CHECK(hasCyrillic(hint));
            CHECK(englishWords(message, produced.error).isEmpty());
            CHECK(englishWords(hint, produced.error).isEmpty());
            CHECK(message != produced.error.message); // rendered, not the log's English
        }
    }
    // The log keeps English whatever the language.
    for (const Produced &produced : errors)
        CHECK_FALSE(hasCyrillic(QString(produced.error.message).remove(QStringLiteral("Суд"))));
    REQUIRE(translations.setLanguage(QStringLiteral("en")));
}

TEST_CASE("errors: the English rendering is the English message and hint")
{
    QTemporaryDir dir;
    const QList<Produced> errors = produceErrors(dir.path());
    Translations translations;
    REQUIRE(translations.setLanguage(QStringLiteral("kk")));
    REQUIRE(translations.setLanguage(QStringLiteral("en")));
    for (const Produced &produced : errors) {
        INFO(produced.what);
        CHECK(ErrorText::message(produced.error) == produced.error.message);
        CHECK(ErrorText::hint(produced.error) == produced.error.hint);
        CHECK(ErrorText::text(produced.error) == produced.error.text());
        CHECK_FALSE(hasCyrillic(ErrorText::hint(produced.error)));
    }
    const Error full = Error::of(ErrorCode::DiskFullStopped, { QStringLiteral("/srv/h1"), QStringLiteral("90") });
    CHECK(ErrorText::message(full)
        == QStringLiteral("the disk of /srv/h1 is almost full (90 MB free): recording stopped, everything recorded so "
                          "far is closed and kept"));
}

TEST_CASE("errors: every code has Russian and Kazakh wording and an exit status")
{
    Translations translations;
    for (const char *language : { "ru", "kk" }) {
        INFO(language);
        REQUIRE(translations.setLanguage(QString::fromLatin1(language)));
        for (const ErrorCatalogueEntry &entry : ErrorCatalogue::entries()) {
            if (entry.code == ErrorCode::Generic)
                continue;
            INFO(entry.name);
            const QString message = QCoreApplication::translate("ErrorText", entry.message);
            CHECK(message != QString::fromUtf8(entry.message));
            CHECK(hasCyrillic(message));
            CHECK(*entry.hint);
            CHECK(hasCyrillic(QCoreApplication::translate("ErrorText", entry.hint)));
            CHECK(entry.exit != ExitCode::Ok);
            // Every argument marker of the English wording is kept by the translation.
            for (int i = 1; i <= 9; ++i) {
                const QString marker = QStringLiteral("%%1").arg(i);
                CHECK(QString::fromUtf8(entry.message).contains(marker) == message.contains(marker));
            }
            // Rendered with placeholder arguments: no English beyond them.
            QStringList args;
            for (int i = 1; i <= 5; ++i)
                args << QStringLiteral("ARG%1").arg(i);
            const Error error = Error::of(entry.code, args);
            INFO(ErrorText::text(error).toStdString());
            const QStringList words = englishWords(ErrorText::message(error), error);
            CHECK(words.isEmpty());
        }
    }
    REQUIRE(translations.setLanguage(QStringLiteral("en")));
    CHECK(ErrorText::codeName(ErrorCode::DiskFull) == QStringLiteral("DiskFull"));
    CHECK(ErrorText::fill(QStringLiteral("%1 of %2 (%3)"), { QStringLiteral("50%"), QStringLiteral("%1") })
        == QStringLiteral("50% of %1 (%3)"));
}
