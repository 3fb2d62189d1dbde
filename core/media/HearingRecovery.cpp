#include "media/HearingRecovery.h"

#include "media/DurableFiles.h"
#include "media/HearingFolder.h"
#include "media/MediaProbe.h"
#include "media/SegmentManifest.h"
#include "media/SegmentRemuxer.h"
#include "util/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
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

QStringList listedPaths(const QList<ManifestEntry> &entries)
{
    QStringList paths;
    for (const ManifestEntry &entry : entries) {
        if (entry.type == ManifestEntry::Type::Segment)
            paths << entry.path;
    }
    return paths;
}

// Part `part` of recording.json "parts": [{"part": n, "startMs": …}] (or "number"/"index" for
// n, or the array position); empty when unknown.
QJsonObject partOf(const QJsonObject &recording, int part)
{
    const QJsonArray parts = recording.value(QStringLiteral("parts")).toArray();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QJsonObject object = parts.at(i).toObject();
        if (HearingFolder::partNumber(object, i) == part)
            return object;
    }
    return {};
}

// Where part `part` starts on the hearing clock; 0 when unknown.
qint64 partStartMs(const QJsonObject &recording, int part)
{
    return static_cast<qint64>(partOf(recording, part).value(QStringLiteral("startMs")).toDouble());
}

// Symbolic links under media/ (a part folder or a segment pointing elsewhere): what they hold
// is not the recording, so recover neither follows nor seals them.
QStringList symbolicLinks(const QString &hearingDir)
{
    QStringList links;
    const QDir root(hearingDir);
    const QString media = root.filePath(HearingFolder::mediaFolderName());
    if (QFileInfo(media).isSymLink())
        links << HearingFolder::mediaFolderName();
    QDirIterator it(media, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (info.isSymLink())
            links << root.relativeFilePath(info.filePath());
    }
    links.sort();
    return links;
}

// Where the recovered media end on the hearing clock, and about how much was lost after that:
// the crash came after the newest write into the part's files (lastWrite), the part began at
// "startedAt" (wall clock) of recording.json. lostMs is -1 when either is unknown.
ManifestLoss estimateLoss(const SegmentManifest &manifest, const QJsonObject &recording, const QDateTime &lastWrite)
{
    ManifestLoss loss;
    int part = 0;
    qint64 partStart = 0;
    for (const ManifestEntry &entry : manifest.entries()) {
        if (entry.type != ManifestEntry::Type::Segment)
            continue;
        loss.atMs = std::max(loss.atMs, entry.startMs + entry.durationMs);
        part = entry.part;
    }
    const QJsonObject partObject = partOf(recording, part);
    partStart = static_cast<qint64>(partObject.value(QStringLiteral("startMs")).toDouble());
    const QDateTime startedAt
        = QDateTime::fromString(partObject.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
    if (startedAt.isValid() && lastWrite.isValid()) {
        const qint64 writtenUpToMs = partStart + startedAt.msecsTo(lastWrite);
        loss.lostMs = std::max<qint64>(0, writtenUpToMs - loss.atMs);
    }
    return loss;
}

Status writeJsonAtomically(const QString &path, const QJsonObject &object)
{
    const QString temporary = path + QStringLiteral(".tmp");
    QFile file(temporary);
    const QByteArray data = QJsonDocument(object).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size() || !file.flush())
        return Error::of(ErrorCode::FileUnwritable, { temporary, file.errorString() });
    file.close();
    if (Status restricted = DurableFiles::restrictFile(temporary); !restricted)
        return restricted;
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
    if (!QFileInfo(hearingDir).isDir() || HearingFolder::isBeingRecorded(hearingDir))
        return reasons;
    const QString manifestPath = QDir(hearingDir).filePath(SegmentManifest::fileName());
    const QStringList media = HearingFolder::mediaFiles(hearingDir);
    QStringList listed;
    bool closed = false;
    bool recordingExists = false;
    const QJsonObject recording = HearingFolder::readRecordingJson(hearingDir, &recordingExists);
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
    QJsonObject recording = HearingFolder::readRecordingJson(hearingDir, &recordingExists);
    const QStringList links = symbolicLinks(hearingDir);
    // The crash came after the newest write into the media (read before remuxing rewrites them).
    QDateTime lastWrite;
    for (const QString &file : media) {
        const QDateTime modified = QFileInfo(root.filePath(file)).lastModified().toUTC();
        if (HearingFolder::isSegmentFile(file) && (!lastWrite.isValid() || modified > lastWrite))
            lastWrite = modified;
    }

    // Closed for good: the manifest ends with a close line and recording.json does not say a
    // later part was being recorded. Then an unlisted segment was added, not cut off.
    const bool closedForGood = manifest.isClosed() && HearingFolder::recordingClosed(recording).value_or(true);
    QStringList listed = listedPaths(manifest.entries());
    for (const QString &file : media) {
        if (!HearingFolder::isSegmentFile(file) || listed.contains(file) || links.contains(file))
            continue;
        if (closedForGood) {
            report.actions.append({ Kind::SkippedExtra, file, 0, 0, 0,
                QStringLiteral("%1 is not listed although the recording was closed: left alone").arg(file) });
            continue;
        }
        if (!listed.isEmpty() && HearingFolder::sortsBefore(file, listed.constLast())) {
            report.actions.append({ Kind::SkippedOutOfOrder, file, 0, 0, 0,
                QStringLiteral("%1 is not listed but comes before the listed %2: left alone")
                    .arg(file, listed.constLast()) });
            continue;
        }
        const int part = std::max(1, HearingFolder::partOfPath(file));
        qint64 startMs = partStartMs(recording, part);
        for (const ManifestEntry &entry : manifest.entries()) {
            if (entry.type == ManifestEntry::Type::Segment && entry.part == part)
                startMs = entry.startMs + entry.durationMs;
        }
        Result<RecoveryAction> salvaged = salvageSegment(manifest, file, startMs);
        if (!salvaged)
            return salvaged.error();
        if (salvaged->kind == Kind::RecoveredSegment)
            listed << file;
        report.actions.append(*salvaged);
    }

    // Never seal what could not be recovered: with nothing listed, or media that are links to
    // elsewhere, a close line would vouch for an empty or foreign hearing for good.
    QString refusal;
    if (!links.isEmpty())
        refusal = QStringLiteral("%1 is a symbolic link, not a recorded file").arg(links.constFirst());
    else if (manifest.segmentCount() == 0)
        refusal = QStringLiteral("no segment could be recovered");
    if (!refusal.isEmpty()) {
        report.actions.append({ Kind::NotSealed, links.isEmpty() ? QString() : links.constFirst(), 0, 0, 0,
            QStringLiteral("not closed: %1").arg(refusal) });
    } else if (!manifest.isClosed()) {
        const ManifestLoss loss = estimateLoss(manifest, recording, lastWrite);
        if (Status closed = manifest.close(QStringLiteral("recover"), loss); !closed)
            return closed.error();
        report.actions.append({ Kind::ClosedManifest, SegmentManifest::fileName(),
            static_cast<int>(manifest.entries().size()), 0, 0, QStringLiteral("closed the manifest") });
        RecoveryAction lost { Kind::LostAtCrash, SegmentManifest::fileName(), 0, 0, loss.lostMs,
            QStringLiteral("recovered after a crash: %1 ms lost at %2 ms").arg(loss.lostMs).arg(loss.atMs) };
        lost.atMs = loss.atMs;
        report.actions.append(lost);
    }

    if (refusal.isEmpty() && HearingFolder::recordingClosed(recording) != true) {
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

Result<RecoveryAction> HearingRecovery::salvageSegment(
    SegmentManifest &manifest, const QString &file, qint64 startMs)
{
    const QDir root(manifest.hearingDir());
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
        return RecoveryAction { Kind::UnrecoverableSegment, file, 0, bytesBefore, 0,
            QStringLiteral("%1: %2; kept as %1.damaged").arg(file, remuxed.error().message) };
    }
    if (Status restricted = DurableFiles::restrictFile(temporary); !restricted)
        return restricted.error();
    if (Status synced = DurableFiles::syncFile(temporary); !synced)
        return synced.error();
    if (Status replaced = DurableFiles::replaceFile(temporary, path); !replaced)
        return replaced.error();
    if (Status synced = DurableFiles::syncDirectory(QFileInfo(path).absolutePath()); !synced)
        return synced.error();

    Result<MediaInfo> info = MediaProbe::probe(path);
    const qint64 durationMs = info ? info->durationMs : 0;
    const int part = std::max(1, HearingFolder::partOfPath(file));
    if (Status appended = manifest.appendSegment(file, part, startMs, durationMs); !appended)
        return appended.error();
    return RecoveryAction { Kind::RecoveredSegment, file, 0, QFileInfo(path).size(), durationMs,
        QStringLiteral("recovered %1: %2 ms, %3 packets (%4 bytes before, %5 after)")
            .arg(file)
            .arg(durationMs)
            .arg(remuxed->packetsCopied)
            .arg(bytesBefore)
            .arg(QFileInfo(path).size()) };
}

} // namespace hattama
