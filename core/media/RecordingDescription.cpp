#include "media/RecordingDescription.h"

#include "media/DurableFiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace hattama::RecordingDescription {

QJsonObject tracks(const QList<AudioTrack> &audio, const std::vector<CameraSpec> &cameras, const RecorderConfig &config)
{
    QJsonArray audioTracks;
    QJsonArray videoTracks;
    int stream = 0;
    for (const AudioTrack &track : audio) {
        QJsonObject audioTrack {
            { QStringLiteral("stream"), stream++ },
            { QStringLiteral("channel"), track.channel },
            { QStringLiteral("deviceChannel"), track.deviceChannel },
            { QStringLiteral("title"), track.title },
            { QStringLiteral("role"), track.role },
            { QStringLiteral("sampleRateHz"), config.sampleRateHz },
            { QStringLiteral("codec"),
                config.audio.codec == AudioCodec::Flac ? QStringLiteral("flac") : QStringLiteral("opus") },
            { QStringLiteral("language"), config.language },
            { QStringLiteral("source"), track.source },
        };
        if (track.camera > 0 && track.camera <= int(cameras.size()))
            audioTrack.insert(QStringLiteral("camera"), track.camera);
        audioTracks.append(audioTrack);
    }
    for (const CameraSpec &spec : cameras) {
        videoTracks.append(QJsonObject {
            { QStringLiteral("stream"), stream++ },
            { QStringLiteral("name"), spec.name },
            { QStringLiteral("widthPx"), spec.widthPx },
            { QStringLiteral("heightPx"), spec.heightPx },
            { QStringLiteral("frameRate"), spec.frameRate },
            { QStringLiteral("codec"), QStringLiteral("h264") },
            { QStringLiteral("source"),
                spec.demo ? QStringLiteral("demo") : spec.inputFormat + QLatin1Char(':') + spec.url },
        });
    }
    return QJsonObject { { QStringLiteral("audio"), audioTracks }, { QStringLiteral("video"), videoTracks } };
}

QString state(bool finished, bool closed)
{
    return !finished ? QStringLiteral("recording") : closed ? QStringLiteral("stopped") : QStringLiteral("failed");
}

Status write(const QString &hearingDir, const QJsonObject &description)
{
    const QString path = QDir(hearingDir).filePath(QStringLiteral("recording.json"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::of(ErrorCode::FileUnwritable, { path, file.errorString() });
    file.write(QJsonDocument(description).toJson(QJsonDocument::Indented));
    if (!file.flush() || !file.commit())
        return Error::of(ErrorCode::FileUnwritable, { path, file.errorString() });
    (void)DurableFiles::restrictFile(path);
    (void)DurableFiles::syncFile(path);
    (void)DurableFiles::syncDirectory(hearingDir);
    return {};
}

} // namespace hattama::RecordingDescription
