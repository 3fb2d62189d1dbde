#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace hattama {

// One line of <hearingDir>/manifest.jsonl, as read back. See docs/manifest.md for the format.
struct ManifestEntry {
    enum class Type { Header, Segment, Close, Unknown };

    int lineNumber = 0; // 1-based line in the file
    QByteArray rawLine; // the bytes of the line without its '\n'
    bool parsed = false; // false: not a JSON object of the documented shape
    QString problem; // why it did not parse (English)

    qint64 seq = 0;
    Type type = Type::Unknown;
    QByteArray prevHex; // "prev": entry hash of the previous line (64 zeros on line 1)
    QByteArray entryHex; // "entry": as written in the line
    QByteArray computedEntryHex; // SHA-256 of the line with its ,"entry":"…" field removed

    // Header (line 1)
    int version = 0;
    QString hearingId;
    // Segment
    int part = 0;
    QString path; // relative to the hearing folder, '/' separated
    qint64 sizeBytes = 0;
    qint64 startMs = 0;
    qint64 durationMs = 0;
    QByteArray sha256Hex;
    // Close
    int segmentCount = 0;
    QString closedBy;
    qint64 lostAtMs = -1; // close by recover: where the recovered media end (hearing clock), else -1
    qint64 lostMs = -1; // close by recover: about how much was lost there, -1 when unknown
};

// What recovery could not save at the end of a crashed recording: from atMs on the hearing
// clock, about lostMs (-1: unknown). Goes into the close line that recover writes.
struct ManifestLoss {
    qint64 atMs = 0;
    qint64 lostMs = -1;
};

// What is in a manifest file: complete lines, and the torn tail a power cut may leave.
struct ManifestContents {
    QList<ManifestEntry> entries; // every complete line, in file order
    qint64 validBytes = 0; // bytes up to and including the last complete line's '\n'
    QByteArray tornTail; // bytes after the last complete line (empty when none)
    int tornLineNumber = 0; // line number the torn tail would have had
};

// A problem of the chain itself, found by SegmentManifest::checkChain().
struct ManifestChainProblem {
    enum class Kind {
        HeaderMissing, // the file is empty
        Malformed, // not a line of the documented shape
        Altered, // content does not match its "entry" hash
        NotChained, // "prev" is not the previous line's "entry" (removed, inserted, reordered)
        WrongSequence, // "seq" is not the line number
        NotHeader, // line 1 is not the header
        SecondHeader, // a header after line 1
        DuplicateSegment, // a segment listed twice (path)
    };
    Kind kind = Kind::Malformed;
    int lineNumber = 0;
    QString message; // English, names the line and what is wrong
    QString path; // DuplicateSegment: the segment
};

// The append-only, hash-chained list of closed segments of one hearing
// (<hearingDir>/manifest.jsonl). Line 1 is a header (the genesis of the chain); each later
// line lists one closed segment with its SHA-256, or marks the recording closed, and carries
// the hash of the line before it. Every append fsyncs the segment, the manifest and the folders.
//
// Not thread-safe: one writer (the segment writer thread, or recovery) owns the object.
class SegmentManifest {
public:
    static constexpr int kFormatVersion = 1;
    static QString fileName() { return QStringLiteral("manifest.jsonl"); }

    // Opens the manifest of hearingDir, creating it (with its header line) when absent.
    // hearingId goes into the header of a new manifest; empty: "hearingId" of recording.json,
    // else the folder's name. Fails when the folder is missing (environment), when the
    // manifest's last line is torn (run recovery first) or its chain is broken (failed).
    static Result<SegmentManifest> openOrCreate(const QString &hearingDir, const QString &hearingId = {});

    // Hashes the closed segment file (relative to the hearing folder, e.g.
    // "media/part-01/seg-00001.mkv") and appends its line. startMs: the segment's start on the
    // hearing clock; durationMs: its length. fsyncs the segment, its folder, the manifest and
    // the hearing folder before returning. A segment can be listed once.
    Status appendSegment(const QString &relativePath, int part, qint64 startMs, qint64 durationMs);

    // Appends a "close" line: the recording ended (cleanly, or closed by recovery). More
    // segments may follow later (a new part after a recess); the last line decides.
    // loss: recover's account of what a crash cut off ("lostAtMs", "lostMs" in the line).
    Status close(const QString &closedBy = QStringLiteral("recorder"), std::optional<ManifestLoss> loss = {});

    QString hearingDir() const { return m_hearingDir; }
    QString manifestPath() const;
    QString hearingId() const { return m_hearingId; }
    const QList<ManifestEntry> &entries() const { return m_entries; }
    int segmentCount() const;
    bool isClosed() const; // the last line is a close line
    bool contains(const QString &relativePath) const;
    QByteArray lastEntryHex() const;
    int syncCount() const { return m_syncCount; } // fsync calls made by this object

    // Reading and checking without opening for append (used by verify and recover).
    // Fails only when the file cannot be read.
    static Result<ManifestContents> read(const QString &manifestPath);
    // Sequence numbers, prev/entry hashes and line shapes; empty when the chain is intact.
    static QList<ManifestChainProblem> checkChain(const ManifestContents &contents);

    // Hex SHA-256 of a file's bytes (what `sha256sum FILE` prints). Fails when unreadable.
    static Result<QByteArray> sha256OfFile(const QString &path);
    // Parses one line (without '\n'). Always returns an entry; parsed tells whether it held.
    static ManifestEntry parseLine(const QByteArray &line, int lineNumber);

private:
    SegmentManifest() = default;
    Status appendLine(const QByteArray &body);

    QString m_hearingDir;
    QString m_hearingId;
    QList<ManifestEntry> m_entries;
    int m_syncCount = 0;
};

} // namespace hattama
