#include "media/HearingFolder.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonObject>
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
    std::sort(files.begin(), files.end(), [](const QString &a, const QString &b) {
        const int partA = partOfPath(a);
        const int partB = partOfPath(b);
        return partA != partB ? partA < partB : a < b;
    });
    return files;
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

} // namespace hattama
