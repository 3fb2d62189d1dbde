#include "copy/IsoWriter.h"

#include "media/DurableFiles.h"
#include "util/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStorageInfo>

namespace hattama {

namespace {

constexpr int kPollMs = 100;
constexpr qint64 kSpaceMarginBytes = 4 * 1024 * 1024; // the file system's own bookkeeping
const QString kPackage = QStringLiteral("xorriso");

// ISO 9660 volume ids: at most 32 of A–Z, 0–9 and '_'.
QString volumeIdOf(const QString &text)
{
    QString id;
    for (const QChar c : text.toUpper()) {
        if (id.size() == 32)
            break;
        const bool plain
            = (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        id += plain ? c : QLatin1Char('_');
    }
    return id.isEmpty() ? QStringLiteral("HATTAMA") : id;
}

// xorriso's own words for why it failed: its last FAILURE or SORRY line, else its last line.
QString failureDetail(const QString &output)
{
    const QStringList lines = output.split(QRegularExpression(QStringLiteral("[\r\n]")), Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (it->contains(QLatin1String(": FAILURE :")) || it->contains(QLatin1String(": SORRY :"))
            || it->contains(QLatin1String(": FATAL :")))
            return it->trimmed();
    }
    return lines.isEmpty() ? QString() : lines.last().trimmed();
}

bool noSpace(const QString &output)
{
    return output.contains(QLatin1String("No space left on device"), Qt::CaseInsensitive);
}

// What a read-back run (-check_media, -check_md5_r) found wrong; empty when the disc reads back
// whole and every checksum recorded while writing matches: every "Media region" readable or
// outside the data ("0 untested", the padding after the session), at least one readable, the
// session's MD5 tag matching ("+ md5_match"), and no file whose contents differ.
QString readBackProblems(const QString &output)
{
    static const QRegularExpression region(
        QStringLiteral(R"(Media region :\s*(\d+)\s*,\s*(\d+)\s*,\s*([+0-])\s*(\S.*))"));
    static const QRegularExpression tag(QStringLiteral(R"(MD5 tag range:\s*(\d+)\s*,\s*(\d+)\s*,\s*(\S+)\s*(\S.*))"));
    static const QRegularExpression file(QStringLiteral(R"(MD5 MISMATCH: '([^\n']*)')"));
    int good = 0;
    int matching = 0;
    QStringList bad;
    for (auto it = region.globalMatch(output); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(3) == QLatin1String("+"))
            ++good;
        else if (m.captured(3) == QLatin1String("-"))
            bad << QStringLiteral("blocks %1+%2: %3").arg(m.captured(1), m.captured(2), m.captured(4).trimmed());
    }
    for (auto it = tag.globalMatch(output); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(3) == QLatin1String("+") && m.captured(4).trimmed() == QLatin1String("md5_match"))
            ++matching;
        else
            bad << QStringLiteral("blocks %1+%2: %3").arg(m.captured(1), m.captured(2), m.captured(4).trimmed());
    }
    for (auto it = file.globalMatch(output); it.hasNext();)
        bad << QStringLiteral("%1: MD5 mismatch").arg(it.next().captured(1));
    if (!bad.isEmpty())
        return bad.join(QStringLiteral("; "));
    if (good == 0)
        return QStringLiteral("the disc could not be read back");
    if (matching == 0)
        return QStringLiteral("no MD5 checksum of the session was found on the disc");
    return {};
}

// The file behind xorriso's stdio: pseudo-drive, or empty for a real drive.
QString stdioFile(const QString &drive)
{
    return drive.startsWith(QLatin1String("stdio:")) ? drive.mid(6) : QString();
}

} // namespace

IsoWriter::IsoWriter(QString program)
    : m_program(std::move(program))
{
}

QStringList IsoWriter::treeArguments(const QString &folder) const
{
    return {
        QStringLiteral("-local_charset"),
        QStringLiteral("UTF-8"),
        QStringLiteral("-joliet"),
        QStringLiteral("on"),
        QStringLiteral("-rockridge"),
        QStringLiteral("on"),
        QStringLiteral("-volid"),
        volumeIdOf(m_volumeId),
        QStringLiteral("-map"),
        QDir(folder).absolutePath(),
        QStringLiteral("/"),
    };
}

namespace {

// Level 3 (files over 4 GiB in several extents), Joliet names up to 103 characters and deep
// paths; for a plain image file also no emulated table of contents, so the image starts at
// block 0 like any .iso.
QStringList compliance(bool imageFile)
{
    QString rules = QStringLiteral("iso_9660_level=3:joliet_long_names:joliet_long_paths");
    if (imageFile)
        rules += QStringLiteral(":no_emul_toc");
    return { QStringLiteral("-compliance"), rules };
}

// Stop at the first error and exit non-zero on it.
const QStringList kStrict = { QStringLiteral("-abort_on"), QStringLiteral("FAILURE"), QStringLiteral("-return_with"),
    QStringLiteral("SORRY"), QStringLiteral("32") };

} // namespace

Status IsoWriter::toolPresent()
{
    const bool found = QFileInfo(m_program).isAbsolute() ? QFileInfo(m_program).isExecutable()
                                                         : !QStandardPaths::findExecutable(m_program).isEmpty();
    if (!found)
        return Error::of(ErrorCode::CopyToolMissing, { m_program, kPackage });
    return {};
}

Result<qint64> IsoWriter::imageSizeBytes(const QString &folder)
{
    if (Status present = toolPresent(); !present)
        return present.error();
    if (!QFileInfo(folder).isDir())
        return Error::of(ErrorCode::FolderMissing, { folder });
    QString output;
    const QStringList arguments = kStrict + QStringList { QStringLiteral("-outdev"), QStringLiteral("stdio:/dev/null") }
        + compliance(true) + treeArguments(folder)
        + QStringList { QStringLiteral("-print_size"), QStringLiteral("-rollback_end") };
    if (Status ran = run(arguments, folder, &output); !ran)
        return ran.error();
    static const QRegularExpression size(QStringLiteral(R"(Image size\s*:\s*(\d+)s)"));
    const auto m = size.match(output);
    if (!m.hasMatch())
        return Error::of(ErrorCode::CopyImageFailed, { folder, failureDetail(output) });
    return m.captured(1).toLongLong() * 2048;
}

Status IsoWriter::writeImage(const QString &folder, const QString &isoPath)
{
    m_cancelled.store(false);
    const QFileInfo target(isoPath);
    const QString targetDir = target.absolutePath();
    if (!QFileInfo(targetDir).isDir())
        return Error::of(ErrorCode::FolderMissing, { targetDir });
    const QString partPath = target.absoluteFilePath() + QStringLiteral(".part");

    // Can the folder be written at all? Made here, so a read-only medium is named as such.
    QFile::remove(partPath);
    {
        QFile probe(partPath);
        if (!probe.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error::of(ErrorCode::FolderUnwritable, { targetDir });
    }
    auto discard = [&](Error error) {
        QFile::remove(partPath);
        return Status(std::move(error));
    };

    const Result<qint64> size = imageSizeBytes(folder);
    if (!size)
        return discard(size.error());
    const qint64 freeBytes = QStorageInfo(targetDir).bytesAvailable();
    if (freeBytes >= 0 && freeBytes < *size + kSpaceMarginBytes) {
        const auto mb = [](qint64 bytes) { return QString::number((bytes + 1024 * 1024 - 1) / (1024 * 1024)); };
        return discard(Error::of(ErrorCode::DiskSpaceTooLow,
            { targetDir, QString::number(freeBytes / (1024 * 1024)), mb(*size + kSpaceMarginBytes) }));
    }

    QString output;
    const QStringList arguments = kStrict
        + QStringList { QStringLiteral("-pacifier"), QStringLiteral("xorriso"), QStringLiteral("-outdev"),
              QStringLiteral("stdio:") + partPath }
        + compliance(true) + treeArguments(folder) + QStringList { QStringLiteral("-commit") };
    if (Status ran = run(arguments, isoPath, &output); !ran) {
        if (ran.error().kind == ErrorCode::CopyImageFailed && noSpace(output))
            return discard(Error::of(ErrorCode::DiskFull, { isoPath }));
        return discard(ran.error());
    }
    if (Status synced = DurableFiles::syncFile(partPath); !synced)
        return discard(synced.error());
    if (Status renamed = DurableFiles::replaceFile(partPath, target.absoluteFilePath()); !renamed)
        return discard(renamed.error());
    (void)DurableFiles::syncDirectory(targetDir); // the image is whole either way; best effort
    if (m_progress)
        m_progress(100);
    qCInfo(lcExport) << "ISO image written:" << isoPath << *size << "bytes";
    return {};
}

Status IsoWriter::checkDrive(const QString &drive)
{
    if (Status present = toolPresent(); !present)
        return present;
    // Only a blank disc: a copy never adds a session to someone else's disc.
    QString status;
    const QStringList probe = kStrict + QStringList { QStringLiteral("-outdev"), drive, QStringLiteral("-toc") };
    if (Status ran = run(probe, drive, &status); !ran)
        return Error::of(ErrorCode::CopyBurnFailed, { drive, ran.error().args.value(1) });
    if (!status.contains(QLatin1String("is blank")))
        return Error::of(ErrorCode::CopyBurnFailed, { drive, QStringLiteral("the disc is not blank") });
    return {};
}

Status IsoWriter::burn(const QString &folder, const QString &drive)
{
    m_cancelled.store(false);
    if (Status present = toolPresent(); !present)
        return present;
    if (!QFileInfo(folder).isDir())
        return Error::of(ErrorCode::FolderMissing, { folder });
    if (Status blank = checkDrive(drive); !blank)
        return blank;

    // A pseudo-drive's file made by this burn is removed again when the burn fails: nothing is
    // left behind. A real disc that failed stays in the drive, and the error says so.
    const QString file = stdioFile(drive);
    const bool fileExisted = file.isEmpty() || QFileInfo::exists(file);
    auto discard = [&](Error error) {
        if (!fileExisted)
            QFile::remove(file);
        return Status(std::move(error));
    };

    // Written with MD5 checksums of the session and of every file (-md5 on), computed from the
    // copy folder while writing ...
    QString output;
    const QStringList write = kStrict
        + QStringList { QStringLiteral("-pacifier"), QStringLiteral("xorriso"), QStringLiteral("-md5"), QStringLiteral("on"),
              QStringLiteral("-dev"), drive }
        + compliance(false) + treeArguments(folder) + QStringList { QStringLiteral("-commit") };
    if (Status ran = run(write, drive, &output); !ran) {
        if (ran.error().kind == ErrorCode::CopyImageFailed)
            return discard(Error::of(ErrorCode::CopyBurnFailed, { drive, ran.error().args.value(1) }));
        return discard(ran.error());
    }

    // ... then the disc is loaded again and read back whole: every block readable
    // (-check_media), the session's checksum tag matching the data read, and every file's
    // contents matching its checksum (-check_md5_r).
    const QStringList verify = kStrict
        + QStringList { QStringLiteral("-md5"), QStringLiteral("on"), QStringLiteral("-indev"), drive,
              QStringLiteral("-check_media"), QStringLiteral("--"), QStringLiteral("-check_md5_r"), QStringLiteral("SORRY"),
              QStringLiteral("/"), QStringLiteral("--") };
    const Status readBack = run(verify, drive, &output);
    if (!readBack && readBack.error().kind == ErrorCode::CopyCancelled)
        return discard(readBack.error());
    if (const QString bad = readBackProblems(output); !bad.isEmpty())
        return discard(Error::of(ErrorCode::CopyVerifyFailed, { drive, bad }));
    if (!readBack)
        return discard(Error::of(ErrorCode::CopyVerifyFailed, { drive, readBack.error().args.value(1) }));
    if (m_progress)
        m_progress(100);
    qCInfo(lcExport) << "disc written and read back, MD5 checksums match:" << drive;
    return {};
}

Status IsoWriter::run(const QStringList &arguments, const QString &target, QString *output)
{
    m_lastArguments = arguments;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_program, arguments);
    if (!process.waitForStarted())
        return Error::of(ErrorCode::CopyToolMissing, { m_program, kPackage });

    static const QRegularExpression writing(QStringLiteral(R"(Writing:\s+\d+s\s+([\d.]+)%)"));
    QByteArray all;
    int lastPercent = -1;
    auto readOutput = [&] {
        const QByteArray chunk = process.readAll();
        if (chunk.isEmpty())
            return;
        all += chunk;
        auto it = writing.globalMatch(QString::fromUtf8(chunk));
        while (it.hasNext()) {
            const int percent = qBound(0, static_cast<int>(it.next().captured(1).toDouble()), 99);
            if (percent != lastPercent && m_progress)
                m_progress(percent);
            lastPercent = percent;
        }
    };
    while (!process.waitForFinished(kPollMs)) {
        readOutput();
        if (m_cancelled.load()) {
            process.kill();
            process.waitForFinished(-1);
            *output = QString::fromUtf8(all);
            qCInfo(lcExport) << "cancelled:" << target;
            return Error::of(ErrorCode::CopyCancelled, { target });
        }
        if (process.state() == QProcess::NotRunning)
            break;
    }
    readOutput();
    *output = QString::fromUtf8(all);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qCWarning(lcExport) << "xorriso failed:" << process.exitCode() << *output;
        return Error::of(ErrorCode::CopyImageFailed, { target, failureDetail(*output) });
    }
    return {};
}

} // namespace hattama
