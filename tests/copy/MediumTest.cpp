// The party's copy on its medium: the ISO image and the disc through the real xorriso, the
// SHA256SUMS/copy.json/README.txt proof checked with the real sha256sum. Read back with
// xorriso -indev … -find / -extract, sha256sum -c, and the image's own bytes.
#include "copy/CopyManifest.h"
#include "copy/CopyReadme.h"
#include "copy/IsoWriter.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <sys/mount.h>
#include <unistd.h>

#include <thread>

using namespace hattama;
using hattama::test::runProgram;

namespace {

// A long Cyrillic name (over the 64 characters of plain Joliet) and some nesting.
const QStringList kFiles = {
    QStringLiteral("index.html"),
    QStringLiteral("media/part-01/Камера 1 — зал судебного заседания № 3, общий план.mp4"),
    QStringLiteral("media/part-01/Микрофон 2 Петрова А. С., истец — дорожка с полным выступлением.webm"),
    QStringLiteral("media/part-02/Қатысушы Сейтқали Н. Б. — жауапкер.webm"),
    QStringLiteral("protocol/protocol.pdf"),
};

void writeFile(const QString &path, qint64 bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
    REQUIRE(file.write(data) == bytes);
}

// A copy folder with the names above and some hundred KiB in each file.
QString makeCopyFolder(const QString &root)
{
    const QString folder = root + QStringLiteral("/copy");
    for (const QString &name : kFiles)
        writeFile(folder + QLatin1Char('/') + name, 100 * 1024 + name.size());
    return folder;
}

// A copy folder with one sparse file of the size (no disk used for it).
QString makeSparseFolder(const QString &root, const QString &name, qint64 bytes)
{
    const QString folder = root + QStringLiteral("/copy");
    QDir().mkpath(folder);
    QFile file(folder + QLatin1Char('/') + name);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize(bytes));
    return folder;
}

// The file paths xorriso lists in an image or on a disc, without the leading '/'.
QStringList listedFiles(const QString &drive)
{
    const auto listed = runProgram(QStringLiteral("xorriso"),
        { QStringLiteral("-local_charset"), QStringLiteral("UTF-8"), QStringLiteral("-indev"), drive,
            QStringLiteral("-find"), QStringLiteral("/"), QStringLiteral("-type"), QStringLiteral("f"),
            QStringLiteral("--") });
    REQUIRE(listed.exitCode == 0);
    QStringList files;
    static const QRegularExpression quoted(QStringLiteral("^'/(.*)'$"), QRegularExpression::MultilineOption);
    auto it = quoted.globalMatch(listed.out);
    while (it.hasNext())
        files << it.next().captured(1);
    files.sort();
    return files;
}

QStringList filesUnder(const QString &folder)
{
    QStringList files;
    const auto list = CopyManifest::hashFolder(folder);
    REQUIRE(list.ok());
    for (const CopyFile &f : *list)
        files << f.path;
    files.sort();
    return files;
}

// A tmpfs of sizeKib mounted at dir (root only: CI and the developers' machines run as root).
struct TmpfsMount {
    QString dir;
    bool mounted = false;
    TmpfsMount(const QString &where, int sizeKib, bool readOnly)
        : dir(where)
    {
        QDir().mkpath(dir);
        const QByteArray options = "size=" + QByteArray::number(sizeKib) + "k";
        mounted
            = ::mount("tmpfs", dir.toLocal8Bit().constData(), "tmpfs", readOnly ? MS_RDONLY : 0, options.constData())
            == 0;
    }
    ~TmpfsMount()
    {
        if (mounted)
            ::umount(dir.toLocal8Bit().constData());
    }
};

} // namespace

TEST_CASE("an ISO image holds every file with its Cyrillic name, level 3, Joliet and Rock Ridge", "[copy][iso]")
{
    QTemporaryDir temp;
    const QString folder = makeCopyFolder(temp.path());
    const QString iso = temp.filePath(QStringLiteral("Копия 2-1234-2026.iso"));
    IsoWriter writer;
    writer.setVolumeId(QStringLiteral("2-1234/2026"));
    QList<int> progress;
    writer.setProgressHandler([&](int percent) { progress << percent; });

    const Status written = writer.writeImage(folder, iso);
    INFO((written ? QString() : written.error().text()).toStdString());
    REQUIRE(written.ok());
    REQUIRE(QFileInfo(iso).isFile());
    CHECK_FALSE(QFileInfo::exists(iso + QStringLiteral(".part")));
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(progress.last() == 100);
    CHECK(std::is_sorted(progress.begin(), progress.end()));

    // The same files, by their Rock Ridge names.
    CHECK(listedFiles(QStringLiteral("stdio:") + iso) == filesUnder(folder));

    // Byte for byte: extracted and checked against the folder's SHA256SUMS.
    const auto sums = CopyManifest::write(folder, {});
    REQUIRE(sums.ok());
    const QString out = temp.filePath(QStringLiteral("extracted"));
    const auto extracted = runProgram(QStringLiteral("xorriso"),
        { QStringLiteral("-osirrox"), QStringLiteral("on"), QStringLiteral("-local_charset"), QStringLiteral("UTF-8"),
            QStringLiteral("-indev"), QStringLiteral("stdio:") + iso, QStringLiteral("-extract"), QStringLiteral("/"),
            out });
    REQUIRE(extracted.exitCode == 0);
    QFile::copy(folder + QStringLiteral("/SHA256SUMS"), out + QStringLiteral("/SHA256SUMS.folder"));
    const auto checked = runProgram(QStringLiteral("sh"),
        { QStringLiteral("-c"), QStringLiteral("cd \"$0\" && grep -v 'copy.json$' SHA256SUMS.folder | sha256sum -c -"),
            out });
    INFO(checked.out.toStdString() + checked.err.toStdString());
    CHECK(checked.exitCode == 0);
    CHECK(checked.out.count(QStringLiteral(": OK")) == kFiles.size());

    // The volume descriptors: primary at block 16, Joliet (UCS-2 level 3, "%/E") at block 17,
    // the volume id made of the case number.
    QFile image(iso);
    REQUIRE(image.open(QIODevice::ReadOnly));
    REQUIRE(image.seek(16 * 2048));
    const QByteArray primary = image.read(2048);
    CHECK(primary.mid(1, 5) == "CD001");
    CHECK(primary.at(0) == 1);
    CHECK(primary.mid(40, 32).trimmed() == "2_1234_2026");
    const QByteArray joliet = image.read(2048);
    CHECK(joliet.at(0) == 2);
    CHECK(joliet.mid(88, 3) == "%/E");
    // Rock Ridge: its extension reference ("RRIP_1991A") in the root folder's entry.
    REQUIRE(image.seek(0));
    CHECK(image.read(128 * 2048).contains("RRIP_1991A"));
}

TEST_CASE("a file over 4 GiB is allowed in the image (level 3)", "[copy][iso]")
{
    QTemporaryDir temp;
    const qint64 bigBytes = 4LL * 1024 * 1024 * 1024 + 1024 * 1024;
    const QString folder = makeSparseFolder(temp.path(), QStringLiteral("Камера 1 — весь день.mp4"), bigBytes);

    IsoWriter writer;
    const Result<qint64> size = writer.imageSizeBytes(folder);
    INFO((size ? QString() : size.error().text()).toStdString());
    REQUIRE(size.ok());
    CHECK(*size > bigBytes);
    CHECK(*size < bigBytes + 4 * 1024 * 1024);
    CHECK(writer.lastArguments().join(QLatin1Char(' ')).contains(QStringLiteral("iso_9660_level=3")));
}

TEST_CASE("cancel while writing the image leaves nothing behind", "[copy][iso]")
{
    QTemporaryDir temp;
    // 3 GiB: the image takes a while to write; sparse, so the folder takes no disk.
    const QString folder = makeSparseFolder(temp.path(), QStringLiteral("большой.bin"), 3LL * 1024 * 1024 * 1024);
    const QString iso = temp.filePath(QStringLiteral("copy.iso"));
    const QString part = iso + QStringLiteral(".part");

    IsoWriter writer;
    Status result;
    std::thread worker([&] { result = writer.writeImage(folder, iso); });
    const bool writing = test::waitUntil([&] { return QFileInfo(part).size() > 8 * 1024 * 1024; }, 120'000);
    writer.cancel();
    worker.join();
    REQUIRE(writing);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == ErrorCode::CopyCancelled);
    CHECK_FALSE(QFileInfo::exists(part));
    CHECK_FALSE(QFileInfo::exists(iso));
}

// Writes the image of a copy folder (extraBytes more in one file) onto a tmpfs of sizeKib and
// expects it refused with the code, naming the tmpfs folder, and nothing left on it.
void expectRefusedOnTmpfs(int sizeKib, bool readOnly, qint64 extraBytes, ErrorCode expected)
{
    if (::geteuid() != 0) {
        WARN("needs root to mount a tmpfs; skipped");
        return;
    }
    QTemporaryDir temp;
    const QString folder = makeCopyFolder(temp.path());
    if (extraBytes > 0)
        writeFile(folder + QStringLiteral("/media/part-03/Камера 2.mp4"), extraBytes);
    TmpfsMount target(temp.filePath(QStringLiteral("target")), sizeKib, readOnly);
    REQUIRE(target.mounted);

    IsoWriter writer;
    const Status written = writer.writeImage(folder, target.dir + QStringLiteral("/copy.iso"));
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().kind == expected);
    CHECK(written.error().args.value(0) == target.dir);
    CHECK(QDir(target.dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

TEST_CASE("no room on the target: refused before writing, nothing left", "[copy][iso]")
{
    expectRefusedOnTmpfs(1024, false, 3 * 1024 * 1024, ErrorCode::DiskSpaceTooLow);
}

TEST_CASE("a read-only target: refused naming the folder, nothing left", "[copy][iso]")
{
    expectRefusedOnTmpfs(8192, true, 0, ErrorCode::FolderUnwritable);
}

TEST_CASE("without xorriso: a clear error naming the program and its package", "[copy][iso]")
{
    QTemporaryDir temp;
    const QString folder = makeCopyFolder(temp.path());
    IsoWriter writer(temp.filePath(QStringLiteral("no-such-dir/xorriso")));
    const QString iso = temp.filePath(QStringLiteral("copy.iso"));
    const Status written = writer.writeImage(folder, iso);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().kind == ErrorCode::CopyToolMissing);
    CHECK(written.error().args.value(1) == QStringLiteral("xorriso"));
    CHECK_FALSE(QFileInfo::exists(iso + QStringLiteral(".part")));
    CHECK_FALSE(QFileInfo::exists(iso));
}

TEST_CASE("burn to xorriso's stdio: pseudo-drive writes the disc and reads it back", "[copy][disc]")
{
    QTemporaryDir temp;
    const QString folder = makeCopyFolder(temp.path());
    const QString drive = QStringLiteral("stdio:") + temp.filePath(QStringLiteral("disc.img"));
    IsoWriter writer;
    QList<int> progress;
    writer.setProgressHandler([&](int percent) { progress << percent; });

    const Status burnt = writer.burn(folder, drive);
    INFO((burnt ? QString() : burnt.error().text()).toStdString());
    REQUIRE(burnt.ok());
    // Read back in a run of its own: every block, the session's and every file's MD5.
    CHECK(writer.lastArguments().contains(QStringLiteral("-indev")));
    CHECK(writer.lastArguments().contains(QStringLiteral("-check_media")));
    CHECK(writer.lastArguments().contains(QStringLiteral("-check_md5_r")));
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(progress.last() == 100);
    CHECK(listedFiles(drive) == filesUnder(folder));

    // A written disc is not written over.
    const Status again = writer.burn(folder, drive);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == ErrorCode::CopyBurnFailed);
    CHECK(again.error().args.value(0) == drive);
}

TEST_CASE("a disc that does not read back as it was written fails verification, its stdio: file removed",
    "[copy][disc]")
{
    QTemporaryDir temp;
    const QString folder = makeCopyFolder(temp.path());
    // A file with a marker in its middle; the "drive" changes one byte of it once written.
    const QByteArray marker = "HATTAMA-DISC-MARKER-7f1c2a9e";
    {
        QFile file(folder + QStringLiteral("/media/part-01/Микрофон 1.webm"));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(64 * 1024, 'a') + marker + QByteArray(64 * 1024, 'b'));
    }
    const QString disc = temp.filePath(QStringLiteral("disc.img"));
    const QString xorriso = temp.filePath(QStringLiteral("xorriso"));
    {
        // The real xorriso; after the write run, one byte of the written file flips on the "disc".
        QFile script(xorriso);
        REQUIRE(script.open(QIODevice::WriteOnly));
        script.write(QStringLiteral("#!/bin/sh\n"
                                    "xorriso \"$@\"; rc=$?\n"
                                    "case \" $* \" in *\" -commit \"*)\n"
                                    "  at=$(grep -obUaF '%1' '%2' | head -n 1 | cut -d: -f1)\n"
                                    "  printf Z | dd of='%2' bs=1 seek=\"$at\" conv=notrunc 2>/dev/null ;;\n"
                                    "esac\n"
                                    "exit $rc\n")
                         .arg(QString::fromLatin1(marker), disc)
                         .toUtf8());
        script.close();
        REQUIRE(script.setPermissions(script.permissions() | QFileDevice::ExeOwner));
    }
    IsoWriter writer(xorriso);

    const Status burnt = writer.burn(folder, QStringLiteral("stdio:") + disc);
    REQUIRE_FALSE(burnt.ok());
    INFO(burnt.error().text().toStdString());
    CHECK(burnt.error().kind == ErrorCode::CopyVerifyFailed);
    CHECK(burnt.error().args.value(1).contains(QStringLiteral("Микрофон 1.webm: MD5 mismatch")));
    CHECK_FALSE(QFileInfo::exists(disc));
}

TEST_CASE("a drive that cannot be acquired or written: CopyBurnFailed naming it, nothing left", "[copy][disc]")
{
    QTemporaryDir temp;
    const QString folder = makeCopyFolder(temp.path());
    IsoWriter writer;
    // No such drive, no folder for the pseudo-drive's file (found before writing), a "drive"
    // that cannot be opened for writing (a folder: found when writing).
    const QString missing = QStringLiteral("stdio:") + temp.filePath(QStringLiteral("no-such-dir/disc.img"));
    for (const QString &drive : { missing, QStringLiteral("/dev/no-such-drive") }) {
        const Status checked = writer.checkDrive(drive);
        REQUIRE_FALSE(checked.ok());
        CHECK(checked.error().kind == ErrorCode::CopyBurnFailed);
    }
    for (const QString &drive : { missing, QStringLiteral("/dev/no-such-drive"), QStringLiteral("stdio:") + temp.path() }) {
        INFO(drive.toStdString());
        const Status burnt = writer.burn(folder, drive);
        REQUIRE_FALSE(burnt.ok());
        INFO(burnt.error().text().toStdString());
        CHECK(burnt.error().kind == ErrorCode::CopyBurnFailed);
        CHECK(burnt.error().args.value(0) == drive);
        CHECK_FALSE(burnt.error().args.value(1).isEmpty());
    }
    CHECK_FALSE(QFileInfo::exists(temp.filePath(QStringLiteral("no-such-dir"))));
    CHECK(QDir(temp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot) == QStringList { QStringLiteral("copy") });
}

TEST_CASE("SHA256SUMS and copy.json: sha256sum -c passes on the copy and names a changed file", "[copy][sums]")
{
    QTemporaryDir temp;
    const QString folder = makeCopyFolder(temp.path());
    ReadmeFacts facts;
    facts.caseNumber = QStringLiteral("2-1234/2026");
    facts.court = QStringLiteral("Специализированный межрайонный экономический суд города Астаны");
    facts.hearingDate = QStringLiteral("23.11.2026 10:15");
    facts.recipient = QStringLiteral("Петрова А. С., истец");
    facts.issuedBy = QStringLiteral("Ахметова Д. К., секретарь судебного заседания");
    facts.issuedAt = QStringLiteral("30.11.2026 11:20");
    REQUIRE(CopyReadme::write(folder, facts).ok());

    CopyDescription description;
    description.hearingId = QStringLiteral("7f1c2a9e");
    description.caseNumber = facts.caseNumber;
    description.language = QStringLiteral("ru");
    description.recipient = facts.recipient;
    description.issuedBy = facts.issuedBy;
    description.issuedAt = QDateTime(QDate(2026, 11, 30), QTime(11, 20), Qt::OffsetFromUTC, 5 * 3600);
    description.excluded = QJsonArray { QJsonObject { { QStringLiteral("startMs"), 8000 },
        { QStringLiteral("endMs"), 10000 }, { QStringLiteral("kind"), QStringLiteral("sealed") },
        { QStringLiteral("reason"), QStringLiteral("тайна усыновления") } } };
    const auto listed = CopyManifest::write(folder, description);
    REQUIRE(listed.ok());
    CHECK(listed->size() == kFiles.size() + 2); // + README.txt, copy.json

    const auto check = [&] {
        return runProgram(QStringLiteral("sh"),
            { QStringLiteral("-c"), QStringLiteral("cd \"$0\" && LC_ALL=C sha256sum -c SHA256SUMS"), folder });
    };
    const auto passed = check();
    INFO(passed.out.toStdString() + passed.err.toStdString());
    CHECK(passed.exitCode == 0);
    CHECK(passed.out.count(QStringLiteral(": OK")) == kFiles.size() + 2);
    CHECK(passed.out.contains(kFiles[1] + QStringLiteral(": OK")));
    CHECK(passed.out.contains(QStringLiteral("copy.json: OK")));
    CHECK(passed.out.contains(QStringLiteral("README.txt: OK")));

    // copy.json: the description and every other file's SHA-256, as sha256sum sees them.
    QFile jsonFile(folder + QStringLiteral("/copy.json"));
    REQUIRE(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(jsonFile.readAll()).object();
    CHECK(json.value(QStringLiteral("format")).toString() == QStringLiteral("hattama-copy-manifest"));
    CHECK(json.value(QStringLiteral("recipient")).toString() == facts.recipient);
    CHECK(json.value(QStringLiteral("issuedAt")).toString() == QStringLiteral("2026-11-30T11:20:00.000+05:00"));
    CHECK(json.value(QStringLiteral("excluded")).toArray().first().toObject().value(QStringLiteral("reason")).toString()
        == QStringLiteral("тайна усыновления"));
    const QJsonArray files = json.value(QStringLiteral("files")).toArray();
    CHECK(files.size() == kFiles.size() + 1);
    for (const auto &value : files) {
        const QJsonObject file = value.toObject();
        const auto sum = runProgram(
            QStringLiteral("sha256sum"), { folder + QLatin1Char('/') + file.value(QStringLiteral("path")).toString() });
        CHECK(sum.out.left(64) == file.value(QStringLiteral("sha256")).toString());
    }

    // One changed byte: named, and the check fails.
    QFile media(folder + QLatin1Char('/') + kFiles[2]);
    REQUIRE(media.open(QIODevice::ReadWrite));
    REQUIRE(media.seek(1000));
    const char original = media.read(1).at(0);
    REQUIRE(media.seek(1000));
    media.write(QByteArray(1, static_cast<char>(original ^ 0x5a)));
    media.close();
    const auto failed = check();
    CHECK(failed.exitCode == 1);
    CHECK(failed.out.contains(kFiles[2] + QStringLiteral(": FAILED")));
}

TEST_CASE("README.txt: Russian, Kazakh and English, how to check the copy and the signature", "[copy][sums]")
{
    QTemporaryDir temp;
    ReadmeFacts facts;
    facts.caseNumber = QStringLiteral("2-1234/2026");
    facts.recipient = QStringLiteral("Петрова А. С., истец");
    REQUIRE(CopyReadme::write(temp.path(), facts).ok());
    QFile file(temp.filePath(QStringLiteral("README.txt")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.count("\r\n") == bytes.count("\n"));
    const QString text = QString::fromUtf8(bytes);
    CHECK(text.contains(QStringLiteral("КАК ПРОВЕРИТЬ, ЧТО КОПИЯ НЕ ИЗМЕНЕНА")));
    CHECK(text.contains(QStringLiteral("КӨШІРМЕНІҢ ӨЗГЕРТІЛМЕГЕНІН ҚАЛАЙ ТЕКСЕРУГЕ БОЛАДЫ")));
    CHECK(text.contains(QStringLiteral("HOW TO CHECK THAT THE COPY IS UNALTERED")));
    CHECK(text.count(QStringLiteral("sha256sum -c SHA256SUMS")) == 3);
    CHECK(text.count(QStringLiteral(
              "openssl cms -verify -binary -inform DER -in protocol/protocol.pdf.p7s -content protocol/protocol.pdf"))
        == 3);
    CHECK(text.count(QStringLiteral("Петрова А. С., истец")) == 3);
    CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("%\\d"))));
}
