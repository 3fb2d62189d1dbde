#pragma once

#include "hearing/HearingModel.h"
#include "playback/HearingTimeline.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace hattama {

enum class CopyProfile { Full, Compact };
QString copyProfileId(CopyProfile profile); // "full", "compact"

// Where a copy goes: a folder (a USB stick, a folder to hand over), an ISO image, a disc.
enum class CopyMedium { Folder, Iso, Disc };
QString copyMediumId(CopyMedium medium); // "folder", "iso", "disc"

// A passage left out of a copy: a closed session (sealed) or off the record, with the words
// of the entry that began it.
struct CopyPassage {
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString kind; // "sealed" | "off_record"
    QString reason;
};

// One piece of media on the copy: a recording part, or the piece of it between left-out passages.
struct CopyPart {
    int number = 0; // 1-based, the folder media/part-NN
    qint64 startMs = 0; // hearing time, [startMs, endMs)
    qint64 endMs = 0;
    int recordingPart = 0;
};

struct CopyRequest {
    QString hearingDir;
    // Names, roles, entries, the left-out passages; without it the copy has the recording only.
    std::optional<HearingRecord> record;
    CopyMedium medium = CopyMedium::Folder;
    QString target; // the folder, or the .iso file, to make; for a disc the drive
    QString recipient; // "NAME, ROLE"
    QString issuedBy; // "NAME, ROLE"
    QString language = QStringLiteral("ru"); // ru | kk: the page, data.js, file names
    CopyProfile profile = CopyProfile::Full;
    bool includeSealed = false; // the court's own archive copy: nothing is left out
    // Signs copy.json (detached CMS, DER) as copy.json.p7s; empty: the copy is not signed.
    std::function<Result<QByteArray>(const QByteArray &content)> sign;
    QDateTime issuedAt; // invalid: now
    QString pageDir; // the page's files; empty: the built-in ones (":/copy")
};

// What a copy will be, before anything is written.
struct CopyPlan {
    QList<CopyPassage> excluded; // left out (empty with includeSealed)
    QList<CopyPassage> sealedIncluded; // kept on the court's own copy
    QList<CopyPart> parts;
    qint64 estimatedBytes = 0; // the copy's files
    qint64 neededBytes = 0; // on the target's disk while building (an image needs the folder too)
};

struct CopyOutcome {
    QString target;
    qint64 bytes = 0;
    int files = 0;
    QByteArray sumsSha256Hex; // SHA-256 of SHA256SUMS: names this copy in the issuance log
    bool signedManifest = false;
    CopyPlan plan;
};

// Makes a party's copy of a hearing (docs/party-copy.md): the media cut from the segments
// (H.264 copied; only the pictures around a left-out passage re-encoded), per-microphone
// audio, the protocol and its signatures, data.js, SHA256SUMS, copy.json and its signature,
// README.txt; into a folder, an ISO image (IsoWriter) or onto a disc. Built in a temporary
// folder beside the target and renamed when complete: a failure or a cancel leaves nothing.
// Synchronous: the command and the dialog run it on a worker thread. Needs the ffmpeg and
// ffprobe programs (Debian package ffmpeg), and xorriso for an image or a disc.
class CopyBuilder {
public:
    explicit CopyBuilder(CopyRequest request);

    // The parts and passages, the size; refuses a hearing still being recorded. Writes nothing.
    Result<CopyPlan> plan() const;
    // The target's problems: it exists, it cannot be written, too little free space.
    Status checkTarget(const CopyPlan &plan) const;
    // plan(), checkTarget(), the verification of the recording, then the copy.
    // progress: 0…1 and what is being done; cancel: checked throughout (CopyCancelled).
    Result<CopyOutcome> build(const std::function<void(double fraction, const QString &step)> &progress,
        const std::atomic_bool *cancel);

    // The passages an entry list leaves out: sealed_start…sealed_end, off_record_start…off_record_end
    // (one not closed lasts to endMs).
    static QList<CopyPassage> passages(const QList<TimelineEntry> &entries, qint64 endMs);
    // The copy's parts: each recording part with the passages taken out.
    static QList<CopyPart> parts(const HearingTimeline &timeline, const QList<CopyPassage> &excluded);

private:
    CopyRequest m_request;
};

} // namespace hattama
