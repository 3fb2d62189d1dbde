#include "media/HearingFolder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>

#include <algorithm>

namespace hattama {

QString HearingFolder::segmentPath(int part, int segment)
{
    return QStringLiteral("media/part-%1/seg-%2.mkv")
        .arg(part, 2, 10, QLatin1Char('0'))
        .arg(segment, 5, 10, QLatin1Char('0'));
}

int HearingFolder::partOfPath(const QString &relativePath)
{
    static const QRegularExpression pattern(QStringLiteral("^media/part-(\\d+)/"));
    const QRegularExpressionMatch match = pattern.match(relativePath);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QStringList HearingFolder::mediaFiles(const QString &hearingDir)
{
    QStringList files;
    const QDir root(hearingDir);
    QDirIterator it(
        root.filePath(mediaFolderName()), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << root.relativeFilePath(it.next());
    std::sort(files.begin(), files.end(), sortsBefore);
    return files;
}

bool HearingFolder::sortsBefore(const QString &a, const QString &b)
{
    const int partA = partOfPath(a);
    const int partB = partOfPath(b);
    return partA != partB ? partA < partB : a < b;
}

bool HearingFolder::isSegmentFile(const QString &relativePath)
{
    return relativePath.endsWith(QLatin1String(".mkv"));
}

bool HearingFolder::isRecoveryTemporary(const QString &relativePath)
{
    return relativePath.endsWith(QLatin1String(".mkv.recover-tmp"));
}

QString HearingFolder::recoveryTemporaryOf(const QString &relativePath)
{
    return relativePath + QStringLiteral(".recover-tmp");
}

std::optional<bool> HearingFolder::recordingClosed(const QJsonObject &recording)
{
    if (recording.contains(QStringLiteral("closed")))
        return recording.value(QStringLiteral("closed")).toBool();
    if (recording.contains(QStringLiteral("state")))
        return recording.value(QStringLiteral("state")).toString() != QLatin1String("recording");
    return std::nullopt;
}

bool HearingFolder::recordingSaysClosed(const QJsonObject &recording)
{
    return recording.value(QStringLiteral("closed")).toBool(false)
        || recording.value(QStringLiteral("state")).toString() == QLatin1String("stopped");
}

int HearingFolder::partNumber(const QJsonObject &part, qsizetype index)
{
    int number = static_cast<int>(index) + 1;
    for (const char *key : { "part", "number", "index" }) {
        if (part.contains(QLatin1String(key)))
            number = part.value(QLatin1String(key)).toInt();
    }
    return number;
}

QJsonObject HearingFolder::readRecordingJson(const QString &hearingDir, bool *exists)
{
    QFile file(QDir(hearingDir).filePath(recordingJsonName()));
    if (exists)
        *exists = file.exists();
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool HearingFolder::isBeingRecorded(const QString &hearingDir)
{
    const QString lockPath = QDir(hearingDir).filePath(lockFileName());
    if (!QFileInfo::exists(lockPath))
        return false;
    QLockFile lock(lockPath);
    if (lock.tryLock(0)) {
        lock.unlock(); // stale (its process is gone): removed
        return false;
    }
    return lock.error() == QLockFile::LockFailedError;
}

} // namespace hattama
