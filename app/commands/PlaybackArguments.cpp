#include "commands/PlaybackArguments.h"

#include "playback/PlaybackTime.h"
#include "util/ErrorText.h"
#include "util/ExitCode.h"

#include <QDir>
#include <QFileInfo>

namespace hattama::cli {

Result<HearingTimeline> openRecording(const QString &target, const GlobalOptions &global)
{
    if (QFileInfo(target).isDir())
        return HearingTimeline::open(QFileInfo(target).absoluteFilePath());
    if (target.isEmpty() || target.contains(QLatin1Char('/')) || target.contains(QLatin1Char('\\')))
        return Error::of(ErrorCode::HearingFolderNotFound, { target });
    const QString inArchive = QDir(global.archiveDir).filePath(target);
    if (!QFileInfo(inArchive).isDir())
        return Error::of(ErrorCode::HearingNotFoundAnywhere, { target, QDir::toNativeSeparators(global.archiveDir) });
    return HearingTimeline::open(inArchive);
}

Result<qint64> hearingTimeArgument(const QString &text)
{
    const std::optional<qint64> ms = parseHearingTime(text);
    if (!ms)
        return Error::of(ErrorCode::PlaybackBadTime, { text });
    return *ms;
}

Status checkInRecording(const HearingTimeline &timeline, qint64 hearingMs)
{
    if (hearingMs < timeline.startMs() || hearingMs > timeline.endMs())
        return Error::of(ErrorCode::PlaybackTimeOutside,
            { hattama::formatHearingTime(hearingMs, true), hattama::formatHearingTime(timeline.startMs(), true),
                hattama::formatHearingTime(timeline.endMs(), true) });
    return {};
}

Result<QList<int>> microphoneList(const QString &text, int count)
{
    QList<int> list;
    for (const QString &piece : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList bounds = piece.trimmed().split(QLatin1Char('-'));
        bool firstOk = false;
        bool lastOk = false;
        const int first = bounds.first().toInt(&firstOk);
        const int last = bounds.size() == 2 ? bounds.last().toInt(&lastOk) : first;
        if (!firstOk || (bounds.size() == 2 && !lastOk) || bounds.size() > 2 || last < first)
            return Error::of(ErrorCode::PlaybackMicrophoneUnknown, { piece.trimmed(), QString::number(count) });
        for (int microphone = first; microphone <= last; ++microphone) {
            if (microphone < 1 || microphone > count)
                return Error::of(ErrorCode::PlaybackMicrophoneUnknown, { QString::number(microphone), QString::number(count) });
            if (!list.contains(microphone))
                list << microphone;
        }
    }
    return list;
}

int reportError(CommandContext &ctx, const Command &command, const Error &error)
{
    ctx.err << QCoreApplication::translate("Command", "hattama %1: %2").arg(command.name, ErrorText::text(error)) << '\n';
    return toInt(error.code);
}

} // namespace hattama::cli
