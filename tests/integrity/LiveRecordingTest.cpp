// The real recorder (hattama record, demo sources) against the evidence rules: the manifest's
// head anchored in the database and checked by verify, verify during a recording, permissions
// whatever the umask, and a full disk closed cleanly in place.
#include "IntegrityFixture.h"
#include "TestSupport.h"

#include "storage/AuditManifestAnchor.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace hattama;
using namespace hattama::test;

namespace {

const QStringList kSmallRecording { QStringLiteral("--demo"), QStringLiteral("--mics"), QStringLiteral("1"),
    QStringLiteral("--cameras"), QStringLiteral("1"), QStringLiteral("--video-size"), QStringLiteral("160x120"),
    QStringLiteral("--segment"), QStringLiteral("1"), QStringLiteral("--min-free"), QStringLiteral("0") };

QList<QByteArray> rechain(const QList<QByteArray> &lines)
{
    QList<QByteArray> out;
    QByteArray prev(64, '0');
    for (const QByteArray &line : lines) {
        QByteArray body = line.left(line.lastIndexOf(R"(,"entry":")"));
        body = body.left(body.indexOf(R"("prev":")")) + R"("prev":")" + prev + "\"}";
        const QByteArray entry = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
        body.chop(1);
        out << body + R"(,"entry":")" + entry + "\"}";
        prev = entry;
    }
    return out;
}

int segmentLines(const QString &hearing)
{
    QFile file(hearing + QStringLiteral("/manifest.jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return static_cast<int>(file.readAll().count("\"type\":\"segment\""));
}

int mode(const QString &path)
{
    struct stat info {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 07777);
}

} // namespace

TEST_CASE("record with a database: verify finds a cut-off end and a recomputed chain by the anchors")
{
    QTemporaryDir tmp;
    const QString archive = tmp.filePath(QStringLiteral("archive"));
    {
        auto db = Database::open(DatabaseLocation::sqlite(archive + QStringLiteral("/hattama.sqlite")));
        REQUIRE(db.ok());
    }
    const QString hearing = archive + QStringLiteral("/2-77-26");
    const auto env = isolatedEnvironment(tmp.filePath(QStringLiteral("home")));
    const auto recorded = runHattama(QStringList { QStringLiteral("record"), QStringLiteral("--out"), hearing,
                                         QStringLiteral("--duration"), QStringLiteral("4") }
            + kSmallRecording,
        env, 120'000);
    INFO(recorded.out.toStdString() << recorded.err.toStdString());
    REQUIRE(recorded.exitCode == 0);

    // One anchor per closed segment and one for the close line, in the audit log.
    QList<QByteArray> lines = manifestLines(hearing);
    {
        auto db = Database::open(DatabaseLocation::sqlite(archive + QStringLiteral("/hattama.sqlite")));
        REQUIRE(db.ok());
        const auto anchors = AuditManifestAnchor::anchors(**db, QStringLiteral("2-77-26"));
        REQUIRE(anchors.ok());
        REQUIRE(anchors->size() == lines.size() - 1);
        CHECK(anchors->constLast().closed);
        CHECK(anchors->constLast().lines == lines.size());
    }
    const auto intact = runHattama({ QStringLiteral("verify"), hearing }, env);
    INFO(intact.out.toStdString() << intact.err.toStdString());
    REQUIRE(intact.exitCode == 0);
    CHECK(intact.out.contains(QLatin1String("Audit log: ")));
    REQUIRE(lines.size() >= 5);

    QString expected;
    SECTION("the last segment, its line and the close line removed; the folder made consistent again")
    {
        const QJsonObject last = QJsonDocument::fromJson(lines.at(lines.size() - 2)).object();
        REQUIRE(QFile::remove(hearing + QLatin1Char('/') + last.value(QStringLiteral("path")).toString()));
        lines.removeAt(lines.size() - 2);
        QByteArray close = lines.takeLast();
        const int segments = static_cast<int>(lines.size()) - 1;
        close.replace(QByteArray(R"("segments":)") + QByteArray::number(segments + 1),
            QByteArray(R"("segments":)") + QByteArray::number(segments));
        close.replace(QByteArray(R"("seq":)") + QByteArray::number(lines.size() + 2),
            QByteArray(R"("seq":)") + QByteArray::number(lines.size() + 1));
        lines << close;
        writeManifestLines(hearing, rechain(lines));
        // recording.json edited to match: the folder alone has nothing left to show.
        QJsonObject recording = QJsonDocument::fromJson(readAll(hearing + QStringLiteral("/recording.json"))).object();
        QJsonArray parts = recording.value(QStringLiteral("parts")).toArray();
        QJsonObject part = parts.at(0).toObject();
        part.remove(QStringLiteral("segments"));
        part.remove(QStringLiteral("durationMs"));
        parts[0] = part;
        recording.insert(QStringLiteral("parts"), parts);
        writeAll(hearing + QStringLiteral("/recording.json"), QJsonDocument(recording).toJson());

        const QString copy = tmp.filePath(QStringLiteral("copy"));
        REQUIRE(runProgram(QStringLiteral("cp"), { QStringLiteral("-a"), hearing, copy }).exitCode == 0);
        const auto alone = runHattama({ QStringLiteral("verify"), copy }, env);
        INFO(alone.out.toStdString());
        CHECK(alone.exitCode == 0); // the limit of the folder alone, and verify says it
        CHECK(alone.out.contains(QLatin1String(
            "Anchors: no database beside this folder: the folder alone cannot show a cut-off end or a rewritten hash "
            "chain")));
        expected = QStringLiteral("ERROR: the database anchored %1 manifest lines (%2 segments), the folder holds %3: "
                                  "the end of the recording was cut off")
                       .arg(lines.size() + 1)
                       .arg(segments + 1)
                       .arg(lines.size());
    }
    SECTION("a duration changed by a millisecond and the chain recomputed")
    {
        QByteArray &line = lines[1];
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        const qint64 durationMs = object.value(QStringLiteral("durationMs")).toInteger();
        line.replace(QByteArray(R"("durationMs":)") + QByteArray::number(durationMs),
            QByteArray(R"("durationMs":)") + QByteArray::number(durationMs + 1));
        writeManifestLines(hearing, rechain(lines));
        expected = QStringLiteral(
            "ERROR: manifest line 2 is not the one the database anchored: the hash chain was rewritten");
    }
    const auto result = runHattama({ QStringLiteral("verify"), hearing }, env);
    INFO(result.out.toStdString() << result.err.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.out.contains(expected));
}

TEST_CASE("verify during a recording checks what is closed and says the recording is in progress")
{
    QTemporaryDir tmp;
    const QString hearing = tmp.filePath(QStringLiteral("h"));
    QProcess recorder;
    recorder.setProcessEnvironment(isolatedEnvironment(tmp.filePath(QStringLiteral("home"))));
    recorder.start(hattamaBinary(),
        QStringList { QStringLiteral("record"), QStringLiteral("--out"), hearing, QStringLiteral("--duration"),
            QStringLiteral("120") }
            + kSmallRecording);
    REQUIRE(recorder.waitForStarted());
    REQUIRE(waitUntil([&] { return segmentLines(hearing) >= 2 || recorder.state() == QProcess::NotRunning; }, 60'000));
    REQUIRE(recorder.state() == QProcess::Running);

    const auto result = runHattama({ QStringLiteral("verify"), hearing }, isolatedEnvironment(tmp.filePath(QStringLiteral("home"))));
    recorder.terminate();
    REQUIRE(recorder.waitForFinished(60'000));
    INFO(result.out.toStdString() << result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QLatin1String(
        "warning: the recording is in progress: the closed segments are checked, the one being recorded is not")));
    CHECK(result.out.contains(QLatin1String("Result: intact so far.")));
    CHECK_FALSE(result.out.contains(QLatin1String("ERROR")));
    CHECK(recorder.exitCode() == 0);
}

TEST_CASE("a recording and its database are never world-readable, whatever the umask")
{
    QTemporaryDir tmp;
    const QString archive = tmp.filePath(QStringLiteral("archive"));
    QDir().mkpath(archive);
    const auto env = isolatedEnvironment(tmp.filePath(QStringLiteral("home")));
    const QString hattama = hattamaBinary();
    // umask 000: what the process creates would be 0666/0777 unless it sets the modes itself.
    const QString script = QStringLiteral(
        "umask 000 && \"$0\" --archive \"$1\" hearing list >/dev/null && "
        "exec \"$0\" --archive \"$1\" record --out \"$1/h\" --duration 2 %1")
                               .arg(kSmallRecording.join(QLatin1Char(' ')));
    const auto recorded
        = runProgram(QStringLiteral("sh"), { QStringLiteral("-c"), script, hattama, archive }, 120'000, env);
    INFO(recorded.out.toStdString() << recorded.err.toStdString());
    REQUIRE(recorded.exitCode == 0);

    int files = 0;
    QDirIterator it(archive, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        INFO(path.toStdString());
        if (info.fileName().startsWith(QLatin1String("hattama.sqlite")))
            CHECK(mode(path) == 0600);
        else if (info.isDir())
            CHECK(mode(path) == 0750);
        else
            CHECK(mode(path) == 0640);
        ++files;
    }
    CHECK(files >= 6); // database, h/, recording.json, manifest, media/, part-01/, segments
}

TEST_CASE("a full disk closes the failing segment as far as it got, and the folder verifies in place")
{
    // A small file system of its own: tmpfs in a private mount namespace (as root, or as a user
    // where user namespaces are allowed). Filled so that the recording runs out of room soon.
    QTemporaryDir tmp;
    const QString mountPoint = tmp.filePath(QStringLiteral("small"));
    QDir().mkpath(mountPoint);
    const auto env = isolatedEnvironment(tmp.filePath(QStringLiteral("home")));
    const QString script = QStringLiteral(R"(
        set -u
        mount -t tmpfs -o size=24m tmpfs "$1" || exit 77
        head -c 20971520 /dev/zero > "$1/filler"
        "$0" record --out "$1/h" --demo --mics 1 --cameras 1 --video-size 640x360 --preset ultrafast \
             --audio-codec flac --segment 2 --duration 300 --min-free 0 > "$1/record.out" 2> "$1/record.err"
        echo "record=$?"
        cat "$1/record.err"
        "$0" verify "$1/h"; echo "verify=$?"
        "$0" recover "$1/h"; echo "recover=$?"
        ls -la "$1/h"
    )");
    const auto result = runProgram(QStringLiteral("unshare"),
        { QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"), script, hattamaBinary(), mountPoint },
        240'000, env);
    INFO(result.out.toStdString() << result.err.toStdString());
    if (result.exitCode == 77 || result.err.contains(QLatin1String("unshare failed"))) {
        WARN("no private tmpfs here (user namespaces not allowed): the full-disk test did not run");
        return;
    }
    REQUIRE(result.out.contains(QLatin1String("record=3")));
    // The user is told where the recording was closed.
    CHECK(result.out.contains(QLatin1String("the disk ran full while writing")));
    CHECK(result.out.contains(QLatin1String("is closed at")));
    // Closed in place: verify passes, recover has nothing to do.
    CHECK(result.out.contains(QLatin1String("Result: intact.")));
    CHECK(result.out.contains(QLatin1String("verify=0")));
    CHECK(result.out.contains(QLatin1String("Nothing to do")));
    CHECK(result.out.contains(QLatin1String("recover=0")));
    CHECK_FALSE(result.out.contains(QLatin1String("disk-reserve.bin")));
}
