#pragma once

#include "media/MediaProbe.h"
#include "media/SegmentManifest.h"

#include <QList>
#include <QString>

namespace hattama {

// One thing verification found. kind says what, subject names the segment (relative path)
// or the manifest line; message is English for logs; the command line translates by kind.
struct VerificationFinding {
    enum class Kind {
        ManifestMissing, // no manifest.jsonl
        ManifestTorn, // last line incomplete (crash): run recover
        ManifestLine, // a line is malformed, altered, or does not chain (lineNumber)
        ManifestNotClosed, // recording.json says closed, the manifest has no close line
        SegmentMissing, // listed, not on disk
        SegmentAltered, // listed, content differs from its hash
        SegmentSwapped, // listed, holds the content listed for otherPath
        SegmentOutOfOrder, // listed after a later segment (part/start time go back)
        SegmentExtra, // on disk, not listed, and the manifest is closed
        SegmentUnclosed, // on disk, not listed, manifest open: cut off by a crash
        SegmentUnreadable, // hash matches but libavformat cannot read it
        RecordingOpen, // warning: the recording is not closed (still recording or crashed)
        UnexpectedFile, // warning: a non-segment file under media/
        SegmentSizeWrong, // listed with a size that is not the file's (otherPath unused)
        PartMismatch, // recording.json's part (segments, durationMs) differs from the manifest
        RecordingInProgress, // warning: a live recorder holds the folder; only closed segments checked
        SegmentBeingRecorded, // warning: the segment a live recorder is writing (not yet listed)
        RecoveredLoss, // warning: recover closed the recording after a crash; what was lost where
        NotAnchored, // warning: the database holds no anchor of this manifest
        AnchorAhead, // the database anchored more manifest lines than the folder holds (tail cut off)
        AnchorDiffers, // a manifest line differs from what the database anchored (chain rewritten)
    };
    enum class Severity { Error, Warning };

    Kind kind = Kind::ManifestMissing;
    Severity severity = Severity::Error;
    QString subject; // segment path relative to the hearing folder, or the manifest file name
    int lineNumber = 0; // manifest line, when the finding concerns one
    QString otherPath; // SegmentSwapped: whose content it holds
    QString message; // English
    ManifestChainProblem::Kind chainProblem = ManifestChainProblem::Kind::Malformed; // ManifestLine: which fault
    // Figures the command line puts into its wording: SegmentSizeWrong (listed, on disk bytes),
    // PartMismatch (part, segments in recording.json, in the manifest, ms in recording.json, in
    // the manifest), RecoveredLoss (at ms, lost ms or -1), AnchorAhead (anchored lines, lines),
    // AnchorDiffers (line).
    QList<qint64> figures = {};
};

struct VerificationSummary {
    QString hearingId;
    int parts = 0;
    int segments = 0;
    int manifestLines = 0;
    qint64 totalDurationMs = 0; // sum of the probed segment durations
    bool closed = false;
    bool live = false; // a recorder is writing into the folder right now
    QList<MediaTrack> tracks; // of the first segment
};

struct VerificationReport {
    QString hearingDir;
    QStringList stepsRun;
    QList<VerificationFinding> findings;
    VerificationSummary summary;

    bool intact() const
    {
        for (const VerificationFinding &finding : findings) {
            if (finding.severity == VerificationFinding::Severity::Error)
                return false;
        }
        return true;
    }
    void add(VerificationFinding finding) { findings.append(std::move(finding)); }
};

} // namespace hattama
