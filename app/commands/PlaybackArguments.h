#pragma once

#include "commands/Command.h"

#include "playback/HearingTimeline.h"

namespace hattama::cli {

// What clip, frame and play share: the hearing's recording (a folder with recording.json, or
// a hearing ID in the archive), hearing times and microphone lists.
Result<HearingTimeline> openRecording(const QString &target, const GlobalOptions &global);
Result<qint64> hearingTimeArgument(const QString &text);
// The time must lie inside the recording (else PlaybackTimeOutside naming its range, exit 2).
Status checkInRecording(const HearingTimeline &timeline, qint64 hearingMs);
// "1,3-4" → {1, 3, 4}, each between 1 and count.
Result<QList<int>> microphoneList(const QString &text, int count);
// Prints "hattama NAME: <error in the user's language>" and returns its exit code.
int reportError(CommandContext &ctx, const Command &command, const Error &error);

} // namespace hattama::cli
