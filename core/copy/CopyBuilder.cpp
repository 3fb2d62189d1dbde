#include "copy/CopyBuilder.h"

#include "copy/CompactProgram.h"
#include "copy/CopyData.h"
#include "copy/CopyManifest.h"
#include "copy/CopyMedia.h"
#include "copy/CopyReadme.h"
#include "copy/IsoWriter.h"
#include "copy/WholeFile.h"
#include "media/HearingVerifier.h"
#include "protocol/HtmlWriter.h"
#include "protocol/ProtocolVersionStore.h"
#include "signature/SignedProtocol.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <thread>

namespace hattama {

namespace {

constexpr qint64 kShortestPartMs = 100; // a piece between two passages shorter than this is dropped
constexpr qint64 kMixBytesPerSecond = 64'000 / 8; // CopyMedia: AAC 64 kbit/s
constexpr qint64 kSlackBytes = 8 * 1024 * 1024;

QString partFolder(int number)
{
    return QStringLiteral("media/part-%1").arg(number, 2, 10, QLatin1Char('0'));
}

// A file name part: the name as it is, without the characters Windows or a disc refuses.
QString fileNamePart(QString text)
{
    static const QString refused = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : text)
        if (refused.contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('_');
    return text.trimmed();
}

// The hidden work folder beside a target: ".NAME.hattama-partial".
QString partialBeside(const QString &target)
{
    const QFileInfo info(target);
    return info.absoluteDir().filePath(QStringLiteral(".%1.hattama-partial").arg(info.fileName()));
}

qint64 bytesOfOverlap(const TimelineSegment &segment, qint64 fromMs, qint64 toMs)
{
    const qint64 overlap = std::min(toMs, segment.endMs()) - std::max(fromMs, segment.startMs);
    if (overlap <= 0 || segment.durationMs <= 0)
        return 0;
    return QFileInfo(segment.path).size() * overlap / segment.durationMs;
}

Status copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        return Error::of(ErrorCode::CopyMediaFailed, { to, QStringLiteral("cannot copy %1").arg(from) });
    return {};
}

} // namespace

QString copyProfileId(CopyProfile profile)
{
    return profile == CopyProfile::Compact ? QStringLiteral("compact") : QStringLiteral("full");
}

QString copyMediumId(CopyMedium medium)
{
    switch (medium) {
    case CopyMedium::Iso:
        return QStringLiteral("iso");
    case CopyMedium::Disc:
        return QStringLiteral("disc");
    case CopyMedium::Folder:
        break;
    }
    return QStringLiteral("folder");
}

CopyBuilder::CopyBuilder(CopyRequest request)
    : m_request(std::move(request))
{
}

QList<CopyPassage> CopyBuilder::passages(const QList<TimelineEntry> &entries, qint64 endMs)
{
    QList<TimelineEntry> sorted = entries;
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const TimelineEntry &a, const TimelineEntry &b) { return a.hearingTimeMs < b.hearingTimeMs; });
    QList<CopyPassage> list;
    std::optional<CopyPassage> sealed;
    std::optional<CopyPassage> offRecord;
    for (const TimelineEntry &entry : sorted) {
        if (entry.deleted)
            continue;
        auto open = [&entry](std::optional<CopyPassage> &passage, const QString &kind) {
            if (!passage)
                passage = CopyPassage { entry.hearingTimeMs, 0, kind, entry.text.trimmed() };
        };
        auto close = [&entry, &list](std::optional<CopyPassage> &passage) {
            if (passage && entry.hearingTimeMs > passage->startMs) {
                passage->endMs = entry.hearingTimeMs;
                list << *passage;
            }
            passage.reset();
        };
        switch (entry.kind) {
        case EntryKind::SealedStart:
            open(sealed, QStringLiteral("sealed"));
            break;
        case EntryKind::SealedEnd:
            close(sealed);
            break;
        case EntryKind::OffRecordStart:
            open(offRecord, QStringLiteral("off_record"));
            break;
        case EntryKind::OffRecordEnd:
            close(offRecord);
            break;
        default:
            break;
        }
    }
    for (std::optional<CopyPassage> *open : { &sealed, &offRecord })
        if (*open && endMs > (*open)->startMs) {
            (*open)->endMs = endMs;
            list << **open;
        }
    std::sort(list.begin(), list.end(), [](const CopyPassage &a, const CopyPassage &b) { return a.startMs < b.startMs; });
    return list;
}

QList<CopyPart> CopyBuilder::parts(const HearingTimeline &timeline, const QList<CopyPassage> &excluded)
{
    // The recording parts on the hearing clock.
    QList<CopyPart> recorded;
    for (const TimelineSegment &segment : timeline.segments()) {
        if (!recorded.isEmpty() && recorded.last().recordingPart == segment.part) {
            recorded.last().endMs = std::max(recorded.last().endMs, segment.endMs());
            continue;
        }
        recorded << CopyPart { 0, segment.startMs, segment.endMs(), segment.part };
    }
    QList<CopyPart> list;
    for (const CopyPart &part : recorded) {
        QList<CopyPart> pieces { part };
        for (const CopyPassage &passage : excluded) {
            QList<CopyPart> next;
            for (const CopyPart &piece : pieces) {
                if (passage.endMs <= piece.startMs || passage.startMs >= piece.endMs) {
                    next << piece;
                    continue;
                }
                if (passage.startMs > piece.startMs)
                    next << CopyPart { 0, piece.startMs, passage.startMs, piece.recordingPart };
                if (passage.endMs < piece.endMs)
                    next << CopyPart { 0, passage.endMs, piece.endMs, piece.recordingPart };
            }
            pieces = next;
        }
        for (const CopyPart &piece : pieces)
            if (piece.endMs - piece.startMs >= kShortestPartMs)
                list << piece;
    }
    for (qsizetype i = 0; i < list.size(); ++i)
        list[i].number = int(i) + 1;
    return list;
}

Result<CopyPlan> CopyBuilder::plan() const
{
    auto timeline = HearingTimeline::open(m_request.hearingDir);
    if (!timeline)
        return timeline.error();
    if (timeline->stillRecording())
        return Error::of(ErrorCode::CopyHearingRecording, { QDir::toNativeSeparators(m_request.hearingDir) });
    CopyPlan plan;
    const QList<CopyPassage> all
        = m_request.record ? passages(m_request.record->entries, timeline->endMs()) : QList<CopyPassage> {};
    if (m_request.includeSealed)
        plan.sealedIncluded = all;
    else
        plan.excluded = all;
    plan.parts = parts(*timeline, plan.excluded);

    qint64 bytes = kSlackBytes;
    for (const CopyPart &part : plan.parts) {
        for (const TimelineSegment &segment : timeline->segments())
            if (segment.part == part.recordingPart)
                bytes += bytesOfOverlap(segment, part.startMs, part.endMs);
        if (!timeline->microphones().isEmpty())
            bytes += kMixBytesPerSecond * (part.endMs - part.startMs) / 1000 * std::max<qsizetype>(1, timeline->cameras().size());
    }
    for (const QString &name : { QStringLiteral("index.html"), QStringLiteral("player.js"), QStringLiteral("style.css") })
        bytes += QFileInfo(QDir(m_request.pageDir.isEmpty() ? QStringLiteral(":/copy") : m_request.pageDir).filePath(name)).size();
    if (const QList<int> versions = signature::SignedProtocol::signedVersions(m_request.hearingDir); !versions.isEmpty())
        for (const QFileInfo &file :
            QDir(signature::SignedProtocol::versionFolder(m_request.hearingDir, versions.last())).entryInfoList(QDir::Files))
            bytes += file.size();
    plan.estimatedBytes = bytes;
    // An image is written beside the folder it is made of; a disc is burnt from a folder in
    // the temporary folder, so only the image needs twice the room on its disk.
    plan.neededBytes = m_request.medium == CopyMedium::Iso ? 2 * bytes : bytes;
    return plan;
}

Status CopyBuilder::checkTarget(const CopyPlan &plan) const
{
    const bool disc = m_request.medium == CopyMedium::Disc;
    const QString target = disc ? QDir::temp().filePath(QStringLiteral("hattama-copy")) : m_request.target;
    if (!disc && QFileInfo::exists(target))
        return Error::of(ErrorCode::CopyTargetExists, { QDir::toNativeSeparators(target) });
    const QString parent = QFileInfo(target).absolutePath();
    const QFileInfo parentInfo(parent);
    if (!parentInfo.isDir() || !parentInfo.isWritable())
        return Error::of(ErrorCode::FolderUnwritable, { QDir::toNativeSeparators(parent) });
    QStorageInfo storage(parent);
    storage.refresh();
    if (storage.isReadOnly())
        return Error::of(ErrorCode::FolderUnwritable, { QDir::toNativeSeparators(parent) });
    const qint64 freeBytes = storage.bytesAvailable();
    const qint64 mb = 1024 * 1024;
    if (freeBytes >= 0 && freeBytes < plan.neededBytes)
        return Error::of(ErrorCode::DiskSpaceTooLow,
            { QDir::toNativeSeparators(parent), QString::number(freeBytes / mb),
                QString::number((plan.neededBytes + mb - 1) / mb) });
    return {};
}

Result<CopyOutcome> CopyBuilder::build(
    const std::function<void(double fraction, const QString &step)> &progress, const std::atomic_bool *cancel)
{
    auto report = [&progress](double fraction, const QString &step) {
        if (progress)
            progress(std::clamp(fraction, 0.0, 1.0), step);
    };
    auto stopped = [cancel] { return cancel && cancel->load(); };

    auto plan = this->plan();
    if (!plan)
        return plan.error();
    if (Status target = checkTarget(*plan); !target)
        return target.error();
    if (Status tools = CopyMedia::toolsPresent(); !tools)
        return tools.error();
    // The drive before the copy is made: no drive, or a disc that is not blank, is said at once.
    if (m_request.medium == CopyMedium::Disc)
        if (Status drive = IsoWriter().checkDrive(m_request.target); !drive)
            return drive.error();
    auto timeline = HearingTimeline::open(m_request.hearingDir);
    if (!timeline)
        return timeline.error();
    if (m_request.record)
        timeline->applyHearing(*m_request.record, m_request.language);

    // The recording must be as it was recorded: the same check as `hattama verify`.
    report(0.0, QStringLiteral("verify"));
    {
        HearingVerifier verifier = HearingVerifier::withDefaultSteps();
        verifier.setProgress([&](const QString &, int done, int total) {
            if (total > 0)
                report(0.15 * done / total, QStringLiteral("verify"));
        });
        auto verified = verifier.verify(m_request.hearingDir);
        if (!verified)
            return verified.error();
        if (!verified->intact()) {
            QStringList problems;
            for (const VerificationFinding &finding : verified->findings)
                if (finding.severity == VerificationFinding::Severity::Error)
                    problems << (finding.subject.isEmpty() ? finding.message : finding.subject + QStringLiteral(": ") + finding.message);
            return Error::of(ErrorCode::CopyHearingAltered,
                { QDir::toNativeSeparators(m_request.hearingDir), problems.mid(0, 3).join(QStringLiteral("; ")) });
        }
    }
    if (stopped())
        return Error::of(ErrorCode::CopyCancelled, { QDir::toNativeSeparators(m_request.target) });

    // Everything is made in a hidden folder beside the target, renamed when complete.
    const bool toFolder = m_request.medium == CopyMedium::Folder;
    QTemporaryDir discFolder(QDir::temp().filePath(QStringLiteral("hattama-copy-XXXXXX")));
    const QString folder = m_request.medium == CopyMedium::Disc ? discFolder.path() + QStringLiteral("/copy")
        : toFolder                                              ? partialBeside(m_request.target)
                                                                : partialBeside(m_request.target + QStringLiteral(".folder"));
    QDir(folder).removeRecursively();
    if (!QDir().mkpath(folder))
        return Error::of(ErrorCode::FolderUnwritable, { QDir::toNativeSeparators(QFileInfo(folder).absolutePath()) });
    struct Cleanup {
        QString path;
        ~Cleanup()
        {
            if (!path.isEmpty())
                QDir(path).removeRecursively();
        }
    } cleanup { folder };

    QTemporaryDir work(QDir::temp().filePath(QStringLiteral("hattama-copy-work-XXXXXX")));
    if (!work.isValid())
        return Error::of(ErrorCode::FolderUnwritable, { QDir::toNativeSeparators(QDir::tempPath()) });

    CopyDataFiles files;
    CopyMedia media(*timeline, work.path(), cancel);
    if (Status probed = media.probe(); !probed)
        return probed.error();
    const qsizetype cameras = timeline->cameras().size();
    const qsizetype microphones = timeline->microphones().size();
    const bool compact = m_request.profile == CopyProfile::Compact;
    const double partShare = 0.75 / double(std::max<qsizetype>(1, plan->parts.size()));
    for (qsizetype index = 0; index < plan->parts.size(); ++index) {
        const CopyPart &part = plan->parts.at(index);
        const double partStart = 0.15 + partShare * double(index);
        const QString relative = partFolder(part.number);
        if (!QDir(folder).mkpath(relative))
            return Error::of(ErrorCode::FolderUnwritable, { QDir::toNativeSeparators(QDir(folder).filePath(relative)) });
        CopyDataFiles::Part partFiles;
        CopyPartFiles outputs;
        if (compact) {
            report(partStart, QStringLiteral("program"));
            copy::CompactRequest request;
            request.hearingFolder = m_request.hearingDir;
            // The camera of each microphone as the hearing keeps it now (the secretary may have
            // corrected it after the recording); without one, recording.json's.
            if (m_request.record)
                for (const AudioChannel &channel : m_request.record->audioChannels)
                    if (channel.camera > 0)
                        request.cameraOfChannel.insert(channel.channel, channel.camera);
            for (const CopyPassage &passage : plan->excluded)
                request.excludedMs << qMakePair(passage.startMs, passage.endMs);
            // The program of this part alone.
            request.fromMs = part.startMs;
            request.toMs = part.endMs;
            const QString name = relative + QLatin1Char('/') + CopyData::programFileName(m_request.language);
            request.outputFile = QDir(folder).filePath(name);
            auto written = copy::writeCompactProgram(request, {}, cancel);
            if (!written)
                return written.error();
            partFiles.cameras.insert(QStringLiteral("program"), name);
        } else {
            for (int camera = 0; camera < cameras; ++camera) {
                const QString name = relative + QLatin1Char('/')
                    + fileNamePart(CopyData::cameraFileName(camera + 1, m_request.language)) + QStringLiteral(".mp4");
                outputs.cameras << QDir(folder).filePath(name);
                partFiles.cameras.insert(QStringLiteral("cam%1").arg(camera + 1), name);
            }
        }
        for (int microphone = 0; microphone < microphones; ++microphone) {
            const TimelineMicrophone &mic = timeline->microphones().at(microphone);
            const QString name = relative + QLatin1Char('/')
                + fileNamePart(CopyData::microphoneFileName(mic.channel, CopyData::microphoneName(m_request.record, mic), m_request.language))
                + media.audioExtension();
            outputs.microphones << QDir(folder).filePath(name);
            partFiles.microphones.insert(QStringLiteral("mic%1").arg(mic.channel), name);
        }
        const double mediaStart = compact ? partStart + partShare / 2 : partStart;
        const double mediaShare = compact ? partShare / 2 : partShare;
        if (Status written = media.writePart(part.recordingPart, part.startMs, part.endMs, outputs,
                [&](double fraction) { report(mediaStart + mediaShare * fraction, QStringLiteral("media")); });
            !written)
            return written.error();
        files.parts << partFiles;
    }

    // The protocol: the latest signed version with its signatures, else the latest saved one
    // as HTML, said to be unsigned.
    report(0.9, QStringLiteral("protocol"));
    {
        const QList<int> signedVersions = signature::SignedProtocol::signedVersions(m_request.hearingDir);
        protocol::ProtocolVersionStore store(m_request.hearingDir);
        std::optional<protocol::ProtocolVersion> version;
        if (!signedVersions.isEmpty()) {
            auto loaded = store.load(signedVersions.last());
            if (loaded)
                version = *loaded;
            const QString from = signature::SignedProtocol::versionFolder(m_request.hearingDir, signedVersions.last());
            QDir(folder).mkpath(QStringLiteral("protocol"));
            for (const QString &name : { signature::SignedProtocol::pdfName(),
                     signature::SignedProtocol::signatureOf(signature::SignedProtocol::pdfName()),
                     signature::SignedProtocol::sealName(),
                     signature::SignedProtocol::signatureOf(signature::SignedProtocol::sealName()) }) {
                if (!QFileInfo::exists(QDir(from).filePath(name)))
                    continue;
                if (Status copied = copyFile(QDir(from).filePath(name), QDir(folder).filePath(QStringLiteral("protocol/") + name));
                    !copied)
                    return copied.error();
                files.protocol.insert(name, QStringLiteral("protocol/") + name);
            }
            files.protocolSigned = files.protocol.contains(signature::SignedProtocol::signatureOf(signature::SignedProtocol::pdfName()));
        } else {
            auto latest = store.latest(m_request.language);
            if (latest && *latest)
                version = **latest;
        }
        if (version) {
            QDir(folder).mkpath(QStringLiteral("protocol"));
            if (Status written = writeWholeFile(QDir(folder).filePath(QStringLiteral("protocol/protocol.html")),
                    protocol::HtmlWriter::write(version->document));
                !written)
                return written.error();
            files.protocol.insert(QStringLiteral("html"), QStringLiteral("protocol/protocol.html"));
        }
    }

    // The page, data.js, README.txt, then the proof over all of it.
    const QDateTime issuedAt = m_request.issuedAt.isValid() ? m_request.issuedAt : QDateTime::currentDateTime();
    const QString pageDir = m_request.pageDir.isEmpty() ? QStringLiteral(":/copy") : m_request.pageDir;
    for (const QString &name : { QStringLiteral("index.html"), QStringLiteral("player.js"), QStringLiteral("style.css") }) {
        if (Status copied = copyFile(QDir(pageDir).filePath(name), QDir(folder).filePath(name)); !copied)
            return copied.error();
        QFile(QDir(folder).filePath(name)).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    }
    CopyDataInput data { *timeline, m_request.record, *plan, files, m_request.language, m_request.recipient,
        m_request.issuedBy, issuedAt, copyProfileId(m_request.profile) };
    if (Status written = writeWholeFile(QDir(folder).filePath(QStringLiteral("data.js")), CopyData::script(data)); !written)
        return written.error();
    if (Status written = CopyReadme::write(folder, CopyData::readmeFacts(data)); !written)
        return written.error();
    CopyDescription description = CopyData::description(data);
    auto listed = CopyManifest::write(folder, description);
    if (!listed)
        return listed.error();
    CopyOutcome outcome;
    outcome.plan = *plan;
    if (m_request.sign) {
        QFile json(QDir(folder).filePath(CopyManifest::kJsonName));
        if (!json.open(QIODevice::ReadOnly))
            return Error::of(ErrorCode::FileUnreadable, { json.fileName(), json.errorString() });
        auto signature = m_request.sign(json.readAll());
        if (!signature)
            return signature.error();
        if (Status written = writeWholeFile(QDir(folder).filePath(CopyManifest::kJsonName + QStringLiteral(".p7s")), *signature);
            !written)
            return written.error();
        outcome.signedManifest = true;
    }
    {
        QFile sums(QDir(folder).filePath(CopyManifest::kSumsName));
        if (!sums.open(QIODevice::ReadOnly))
            return Error::of(ErrorCode::FileUnreadable, { sums.fileName(), sums.errorString() });
        outcome.sumsSha256Hex = QCryptographicHash::hash(sums.readAll(), QCryptographicHash::Sha256).toHex();
    }
    for (const CopyFile &file : *listed)
        outcome.bytes += file.sizeBytes;
    outcome.files = int(listed->size());
    if (stopped())
        return Error::of(ErrorCode::CopyCancelled, { QDir::toNativeSeparators(m_request.target) });

    // Into place.
    report(0.95, QStringLiteral("medium"));
    switch (m_request.medium) {
    case CopyMedium::Folder:
        if (!QDir().rename(folder, m_request.target))
            return Error::of(ErrorCode::FolderUnwritable, { QDir::toNativeSeparators(m_request.target) });
        cleanup.path.clear();
        break;
    case CopyMedium::Iso:
    case CopyMedium::Disc: {
        IsoWriter writer;
        writer.setVolumeId(CopyData::volumeId(data));
        writer.setProgressHandler([&report](int percent) { report(0.95 + 0.05 * percent / 100.0, QStringLiteral("medium")); });
        std::atomic_bool finished { false };
        // The writer is stopped from here when the copy is cancelled.
        std::thread watcher([&] {
            while (!finished.load()) {
                if (stopped()) {
                    writer.cancel();
                    return;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        });
        const Status written = m_request.medium == CopyMedium::Iso ? writer.writeImage(folder, m_request.target)
                                                                   : writer.burn(folder, m_request.target);
        finished.store(true);
        watcher.join();
        if (!written)
            return written.error();
        break;
    }
    }
    outcome.target = m_request.target;
    report(1.0, QStringLiteral("done"));
    return outcome;
}

} // namespace hattama
