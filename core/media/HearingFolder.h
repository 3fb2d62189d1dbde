#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QJsonObject;

namespace hattama {

// The documented layout of one hearing folder (docs/manifest.md):
//   <hearingDir>/recording.json, <hearingDir>/manifest.jsonl,
//   <hearingDir>/media/part-NN/seg-NNNNN.mkv
class HearingFolder {
public:
    static QString recordingJsonName() { return QStringLiteral("recording.json"); }
    static QString mediaFolderName() { return QStringLiteral("media"); }
    static QString lockFileName() { return QStringLiteral("recording.lock"); }

    // "media/part-01/seg-00001.mkv" for part 1, segment 1.
    static QString segmentPath(int part, int segment);
    // The part number of "media/part-NN/…", or 0.
    static int partOfPath(const QString &relativePath);
    // Recording order of two paths under media/: by part, then by name.
    static bool sortsBefore(const QString &a, const QString &b);

    // Every file under media/, relative to hearingDir, '/' separated, sorted by part and name.
    static QStringList mediaFiles(const QString &hearingDir);
    // Whether a file under media/ is a segment (a .mkv file), as opposed to e.g. a temporary file.
    static bool isSegmentFile(const QString &relativePath);
    // A temporary file of an interrupted recovery remux ("….mkv.recover-tmp").
    static bool isRecoveryTemporary(const QString &relativePath);
    static QString recoveryTemporaryOf(const QString &relativePath);

    // Whether recording.json says the recording is closed: its "closed" (true/false), else its
    // "state" ("recording" means open, any other state closed); nullopt when it says neither.
    static std::optional<bool> recordingClosed(const QJsonObject &recording);
    // Whether recording.json vouches that the recorder (or recover) closed the manifest:
    // "closed": true, or "state": "stopped". The manifest must then end with a close line.
    static bool recordingSaysClosed(const QJsonObject &recording);
    // The number of entry `index` (0-based) of recording.json's "parts": its "part", "number"
    // or "index", else its position + 1.
    static int partNumber(const QJsonObject &part, qsizetype index);
    // recording.json of the folder, or an empty object when absent or unreadable.
    static QJsonObject readRecordingJson(const QString &hearingDir, bool *exists = nullptr);

    // Whether a live recorder holds the folder's recording.lock (a stale lock of a dead
    // process does not count and is removed).
    static bool isBeingRecorded(const QString &hearingDir);
};

} // namespace hattama
