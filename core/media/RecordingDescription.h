#pragma once

#include "media/RecorderConfig.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <vector>

namespace hattama {

// recording.json (docs/recording-format.md): what a recording holds — its tracks, its parts
// and its state — rewritten whole each time it changes.
namespace RecordingDescription {

// One recorded microphone: its track's channel, the input's channel it comes from (1-based),
// its title and role, where it comes from ("demo" or the input's name), and the camera that
// shows whoever speaks into it (1-based; 0: none, no "camera" key is written).
struct AudioTrack {
    int channel = 0;
    int deviceChannel = 0;
    QString title;
    QString role;
    QString source;
    int camera = 0;
};

// The "tracks" object: the audio tracks, then the cameras (streams numbered in that order).
QJsonObject tracks(const QList<AudioTrack> &audio, const std::vector<CameraSpec> &cameras, const RecorderConfig &config);

// "recording" until finished; then "stopped" when the manifest got its close line (verify
// vouches for it), else "failed" (recover finishes it).
QString state(bool finished, bool closed);

// Writes <hearingDir>/recording.json atomically, restricted (0640) and synced with its folder.
Status write(const QString &hearingDir, const QJsonObject &description);

} // namespace RecordingDescription
} // namespace hattama
