#pragma once

#include "media/SegmentManifest.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hattama {

// One thing recovery did (or could not do). kind decides how the command line words it.
struct RecoveryAction {
    enum class Kind {
        ManifestCreated, // media but no manifest: started one
        DroppedTornLine, // removed an incomplete last manifest line (lineNumber, bytes)
        RemovedTemporary, // removed a temporary file of an interrupted recovery
        RecoveredSegment, // remuxed and listed an unclosed segment (durationMs, bytes)
        UnrecoverableSegment, // nothing readable: renamed to <name>.damaged, not listed
        SkippedOutOfOrder, // unlisted segment before the last listed one: left alone
        SkippedExtra, // unlisted segment although the recording is closed for good: left alone
        ClosedManifest, // appended the close line
        MarkedRecordingClosed, // set "closed": true in recording.json
        LostAtCrash, // what the crash cut off: atMs (hearing clock), durationMs lost (-1: unknown)
        NotSealed, // nothing recoverable, or media are symbolic links: the manifest is left open
    };
    Kind kind = Kind::RecoveredSegment;
    QString subject; // relative path or file name
    int lineNumber = 0;
    qint64 bytes = 0;
    qint64 durationMs = 0;
    QString message; // English, for the log
    qint64 atMs = 0; // LostAtCrash: where the recovered media end on the hearing clock
};

struct RecoveryReport {
    QString hearingDir;
    QList<RecoveryAction> actions;
    int segmentsListed = 0; // segments in the manifest afterwards

    bool nothingToDo() const { return actions.isEmpty(); }
    int count(RecoveryAction::Kind kind) const
    {
        int n = 0;
        for (const RecoveryAction &action : actions)
            n += action.kind == kind ? 1 : 0;
        return n;
    }
    // Recovery failed when it had to leave a segment out of order, or nothing playable is left.
    bool failed() const
    {
        return count(RecoveryAction::Kind::SkippedOutOfOrder) > 0 || count(RecoveryAction::Kind::SkippedExtra) > 0
            || count(RecoveryAction::Kind::NotSealed) > 0 || segmentsListed == 0;
    }
};

// A hearing that needs recovery, with the reasons (English).
struct RecoveryNeed {
    QString hearingDir;
    QStringList reasons;
};

// `hattama recover`: closes a hearing cut off by kill -9 or a power cut so that everything
// before the cut plays and verifies. Idempotent. Refuses a hearing that a live recorder holds
// (its recording.lock), and a manifest whose chain is broken (that is tampering, not a crash).
class HearingRecovery {
public:
    // Fails with an environment error when the folder cannot be read or written, or is being
    // recorded; with a failure when the manifest chain is broken.
    static Result<RecoveryReport> recover(const QString &hearingDir);

    // Makes the unlisted segment `relativePath` whole (remuxes what libavformat can read of it
    // in place) and appends it to the manifest at startMs: RecoveredSegment. When nothing is
    // readable it is renamed <name>.damaged: UnrecoverableSegment. Also used by the recorder
    // to close a segment cut short by a full disk.
    static Result<RecoveryAction> salvageSegment(SegmentManifest &manifest, const QString &relativePath, qint64 startMs);

    // Why hearingDir needs recovery; empty when it does not (or when it is being recorded).
    static QStringList reasonsToRecover(const QString &hearingDir);

    // For the application at start: every hearing folder under archiveDir (down to maxDepth
    // levels) that needs recovery.
    static QList<RecoveryNeed> findHearingsNeedingRecovery(const QString &archiveDir, int maxDepth = 3);
};

} // namespace hattama
