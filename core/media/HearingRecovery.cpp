#include "media/HearingRecovery.h"

#include "media/DurableFiles.h"
#include "media/HearingFolder.h"
#include "media/MediaProbe.h"
#include "media/SegmentManifest.h"
#include "media/SegmentRemuxer.h"
#include "util/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSet>

namespace hattama {

namespace {

using Kind = RecoveryAction::Kind;

bool isBeingRecorded(const QString &hearingDir)
{
    const QString lockPath = QDir(hearingDir).filePath(HearingFolder::lockFileName());
    if (!QFileInfo::exists(lockPath))
        return false;
    QLockFile lock(lockPath);
    if (lock.tryLock(0)) {
        lock.unlock(); // stale (its process is gone): removed
        return false;
    }
    return lock.error() == QLockFile::LockFailedError;
}

QStringList listedPaths(const QList<ManifestEntry> &entries)
{
    QStringList paths;
    for (const ManifestEntry &entry : entries) {
        if (entry.type == ManifestEntry::Type::Segment)
            paths << entry.path;
    }
    return paths;
}

bool sortsBefore(const QString &a, const QString &b)
{
    const int partA = HearingFolder::partOfPath(a);
    const int partB = HearingFolder::partOfPath(b);
    return partA != partB ? partA < partB : a < b;
}

QJsonObject readRecordingJson(const QString &hearingDir, bool *exists)
{
    QFile file(QDir(hearingDir).filePath(HearingFolder::recordingJsonName()));
    *exists = file.exists();
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Where part `part` starts on the hearing clock, from recording.json "parts": [{"part": n,
// "startMs": …}] (or "number"/"index" for n, or the array position); 0 when unknown.
qint64 partStartMs(const QJsonObject &recording, int part)
{
    const QJsonArray parts = recording.value(QStringLiteral("parts")).toArray();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QJsonObject object = parts.at(i).toObject();
        int number = static_cast<int>(i) + 1;
        for (const char *key : { "part", "number", "index" }) {
            if (object.contains(QLatin1String(key)))
                number = object.value(QLatin1String(key)).toInt();
        }
        if (number == part)
            return static_cast<qint64>(object.value(QStringLiteral("startMs")).toDouble());
    }
    return 0;
}

Status writeJsonAtomically(const QString &path, const QJsonObject &object)
{
    const QString temporary = path + QStringLiteral(".tmp");
    QFile file(temporary);
    const QByteArray data = QJsonDocument(object).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size() || !file.flush())
        return Error::of(ErrorCode::FileUnwritable, { temporary, file.errorString() });
    file.close();
    if (Status synced = DurableFiles::syncFile(temporary); !synced)
        return synced;
    if (Status replaced = DurableFiles::replaceFile(temporary, path); !replaced)
        return replaced;
    return DurableFiles::syncDirectory(QFileInfo(path).absolutePath());
}

} // namespace

QStringList HearingRecovery::reasonsToRecover(const QString &hearingDir)
{
    QStringList reasons;
    if (!QFileInfo(hearingDir).isDir() || isBeingRecorded(hearingDir))
        return reasons;
    const QString manifestPath = QDir(hearingDir).filePath(SegmentManifest::fileName());
    const QStringList media = HearingFolder::mediaFiles(hearingDir);
    QStringList listed;
    bool closed = false;
    bool recordingExists = false;
    const QJsonObject recording = readRecordingJson(hearingDir, &recordingExists);
    if (!QFileInfo::exists(manifestPath)) {
        for (const QString &file : media) {
            if (HearingFolder::isSegmentFile(file)) {
                reasons << QStringLiteral("segments but no manifest");
                break;
            }
        }
    } else if (Result<ManifestContents> contents = SegmentManifest::read(manifestPath); contents) {
        if (!contents->tornTail.isEmpty())
            reasons << QStringLiteral("manifest line %1 is incomplete").arg(contents->tornLineNumber);
        listed = listedPaths(contents->entries);
        closed = !contents->entries.isEmpty() && contents->entries.constLast().type == ManifestEntry::Type::Close;
        if (!closed)
            reasons << QStringLiteral("manifest not closed");
    }
    const bool closedForGood = closed && HearingFolder::recordingClosed(recording).value_or(true);
    for (const QString &file : media) {
        if (HearingFolder::isRecoveryTemporary(file))
            reasons << QStringLiteral("%1 is left from an interrupted recovery").arg(file);
        else if (HearingFolder::isSegmentFile(file) && !listed.contains(file) && !closedForGood)
            reasons << QStringLiteral("%1 is not closed").arg(file);
    }
    if (recordingExists && !HearingFolder::recordingClosed(recording).value_or(true))
        reasons << QStringLiteral("recording.json says not closed");
    return reasons;
}

QList<RecoveryNeed> HearingRecovery::findHearingsNeedingRecovery(const QString &archiveDir, int maxDepth)
{
    QList<RecoveryNeed> needs;
    QList<QPair<QString, int>> pending { { QFileInfo(archiveDir).absoluteFilePath(), 0 } };
    while (!pending.isEmpty()) {
        const auto [dir, depth] = pending.takeFirst();
        const QDir folder(dir);
        const bool isHearing = folder.exists(SegmentManifest::fileName())
            || folder.exists(HearingFolder::recordingJsonName()) || folder.exists(HearingFolder::mediaFolderName());
        if (isHearing) {
            const QStringList reasons = reasonsToRecover(dir);
            if (!reasons.isEmpty())
                needs.append({ dir, reasons });
            continue;
        }
        if (depth >= maxDepth)
            continue;
        for (const QString &child : folder.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            pending.append({ folder.filePath(child), depth + 1 });
    }
    return needs;
}

Result<RecoveryReport> HearingRecovery::recover(const QString &hearingDirIn)
{
    const QFileInfo dirInfo(hearingDirIn);
    if (!dirInfo.isDir() || !QDir(hearingDirIn).isReadable())
        return Error::of(ErrorCode::FolderUnreadable, { hearingDirIn });
    if (!dirInfo.isWritable())
        return Error::of(ErrorCode::FolderUnwritable, { hearingDirIn });
    const QString hearingDir = dirInfo.absoluteFilePath();
    const QDir root(hearingDir);

    QLockFile lock(root.filePath(HearingFolder::lockFileName()));
    if (!lock.tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString app;
        lock.getLockInfo(&pid, &host, &app);
        return Error::of(ErrorCode::RecoveryWhileRecording, { hearingDir, QString::number(pid) });
    }

    RecoveryReport report;
    report.hearingDir = hearingDir;
    const QString manifestPath = root.filePath(SegmentManifest::fileName());
    const QStringList media = HearingFolder::mediaFiles(hearingDir);

    if (!QFileInfo::exists(manifestPath)) {
        bool hasSegments = false;
        for (const QString &file : media)
            hasSegments = hasSegments || HearingFolder::isSegmentFile(file);
        if (!hasSegments)
            return Error::of(ErrorCode::NothingToRecover, { hearingDir });
        report.actions.append({ Kind::ManifestCreated, SegmentManifest::fileName(), 0, 0, 0,
            QStringLiteral("started a manifest for the segments found") });
    } else {
        Result<ManifestContents> contents = SegmentManifest::read(manifestPath);
        if (!contents)
            return contents.error();
        if (const QList<ManifestChainProblem> problems = SegmentManifest::checkChain(*contents); !problems.isEmpty()) {
            return Error::of(ErrorCode::SegmentAltered, { problems.constFirst().message, hearingDir });
        }
        if (!contents->tornTail.isEmpty()) {
            QFile file(manifestPath);
            if (!file.resize(contents->validBytes))
                return Error::of(ErrorCode::FileUnwritable, { manifestPath, file.errorString() });
            if (Status synced = DurableFiles::syncFile(manifestPath); !synced)
                return synced.error();
            report.actions.append({ Kind::DroppedTornLine, SegmentManifest::fileName(), contents->tornLineNumber,
                contents->tornTail.size(), 0,
                QStringLiteral("dropped the incomplete manifest line %1 (%2 bytes)")
                    .arg(contents->tornLineNumber)
                    .arg(contents->tornTail.size()) });
        }
    }

    Result<SegmentManifest> opened = SegmentManifest::openOrCreate(hearingDir);
    if (!opened)
        return opened.error();
    SegmentManifest &manifest = *opened;

    for (const QString &file : media) {
        if (!HearingFolder::isRecoveryTemporary(file))
            continue;
        if (!QFile::remove(root.filePath(file)))
            return Error::of(ErrorCode::FileRemoveFailed, { root.filePath(file) });
        report.actions.append({ Kind::RemovedTemporary, file, 0, 0, 0, QStringLiteral("removed %1").arg(file) });
    }

    bool recordingExists = false;
    QJsonObject recording = readRecordingJson(hearingDir, &recordingExists);

    // Closed for good: the manifest ends with a close line and recording.json does not say a
    // later part was being recorded. Then an unlisted segment was added, not cut off.
    const bool closedForGood = manifest.isClosed() && HearingFolder::recordingClosed(recording).value_or(true);
    QStringList listed = listedPaths(manifest.entries());
    for (const QString &file : media) {
        if (!HearingFolder::isSegmentFile(file) || listed.contains(file))
            continue;
        if (closedForGood) {
            report.actions.append({ Kind::SkippedExtra, file, 0, 0, 0,
                QStringLiteral("%1 is not listed although the recording was closed: left alone").arg(file) });
            continue;
        }
        if (!listed.isEmpty() && sortsBefore(file, listed.constLast())) {
            report.actions.append({ Kind::SkippedOutOfOrder, file, 0, 0, 0,
                QStringLiteral("%1 is not listed but comes before the listed %2: left alone")
                    .arg(file, listed.constLast()) });
            continue;
        }
        const QString path = root.filePath(file);
        const QString temporary = root.filePath(HearingFolder::recoveryTemporaryOf(file));
        const qint64 bytesBefore = QFileInfo(path).size();
        Result<RemuxResult> remuxed = SegmentRemuxer::remux(path, temporary);
        if (!remuxed) {
            QFile::remove(temporary);
            if (remuxed.error().code == ExitCode::Environment)
                return remuxed.error();
            const QString damaged = path + QStringLiteral(".damaged");
            if (Status moved = DurableFiles::replaceFile(path, damaged); !moved)
                return moved.error();
            report.actions.append({ Kind::UnrecoverableSegment, file, 0, bytesBefore, 0,
                QStringLiteral("%1: %2; kept as %1.damaged").arg(file, remuxed.error().message) });
            continue;
        }
        if (Status synced = DurableFiles::syncFile(temporary); !synced)
            return synced.error();
        if (Status replaced = DurableFiles::replaceFile(temporary, path); !replaced)
            return replaced.error();
        if (Status synced = DurableFiles::syncDirectory(QFileInfo(path).absolutePath()); !synced)
            return synced.error();

        Result<MediaInfo> info = MediaProbe::probe(path);
        const qint64 durationMs = info ? info->durationMs : 0;
        const int part = std::max(1, HearingFolder::partOfPath(file));
        qint64 startMs = partStartMs(recording, part);
        for (const ManifestEntry &entry : manifest.entries()) {
            if (entry.type == ManifestEntry::Type::Segment && entry.part == part)
                startMs = entry.startMs + entry.durationMs;
        }
        if (Status appended = manifest.appendSegment(file, part, startMs, durationMs); !appended)
            return appended.error();
        listed << file;
        report.actions.append({ Kind::RecoveredSegment, file, 0, QFileInfo(path).size(), durationMs,
            QStringLiteral("recovered %1: %2 ms, %3 packets (%4 bytes before, %5 after)")
                .arg(file)
                .arg(durationMs)
                .arg(remuxed->packetsCopied)
                .arg(bytesBefore)
                .arg(QFileInfo(path).size()) });
    }

    if (!manifest.isClosed()) {
        if (Status closed = manifest.close(QStringLiteral("recover")); !closed)
            return closed.error();
        report.actions.append({ Kind::ClosedManifest, SegmentManifest::fileName(),
            static_cast<int>(manifest.entries().size()), 0, 0, QStringLiteral("closed the manifest") });
    }

    if (HearingFolder::recordingClosed(recording) != true) {
        if (!recordingExists)
            recording.insert(QStringLiteral("hearingId"), manifest.hearingId());
        recording.insert(QStringLiteral("closed"), true);
        if (recording.contains(QStringLiteral("state"))) // the recorder's own field
            recording.insert(QStringLiteral("state"), QStringLiteral("stopped"));
        recording.insert(QStringLiteral("closedBy"), QStringLiteral("recover"));
        recording.insert(QStringLiteral("recoveredAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (Status written = writeJsonAtomically(root.filePath(HearingFolder::recordingJsonName()), recording);
            !written)
            return written.error();
        report.actions.append({ Kind::MarkedRecordingClosed, HearingFolder::recordingJsonName(), 0, 0, 0,
            QStringLiteral("marked the recording closed in recording.json") });
    }

    report.segmentsListed = manifest.segmentCount();
    for (const RecoveryAction &action : std::as_const(report.actions))
        qCInfo(lcMedia).noquote() << "recover" << hearingDir << ":" << action.message;
    if (report.nothingToDo())
        qCInfo(lcMedia) << "recover" << hearingDir << ": nothing to do";
    return report;
}

} // namespace hattama
