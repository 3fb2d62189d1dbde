#include "playback/ClipWriter.h"

#include "playback/CameraReader.h"
#include "playback/MicrophoneReader.h"
#include "playback/Mp4Writer.h"
#include "playback/PlaybackTime.h"

#include <QDir>
#include <QFile>
#include <QPainter>

#include <cmath>

namespace hattama {

namespace {

QSize evenSize(QSize size)
{
    return QSize(std::max(2, size.width() & ~1), std::max(2, size.height() & ~1));
}

} // namespace

ClipWriter::ClipWriter(HearingTimeline timeline)
    : m_timeline(std::move(timeline))
{
}

Status ClipWriter::check(const ClipRequest &request) const
{
    const QString range0 = formatHearingTime(m_timeline.startMs(), true);
    const QString range1 = formatHearingTime(m_timeline.endMs(), true);
    for (const qint64 at : { request.fromHearingMs, request.toHearingMs }) {
        if (at < m_timeline.startMs() || at > m_timeline.endMs())
            return Error::of(ErrorCode::PlaybackTimeOutside, { formatHearingTime(at, true), range0, range1 });
    }
    if (m_timeline.playTimeOf(request.toHearingMs) <= m_timeline.playTimeOf(request.fromHearingMs))
        return Error::of(ErrorCode::ClipEmptyRange,
            { formatHearingTime(request.fromHearingMs, true), formatHearingTime(request.toHearingMs, true) });
    const int cameras = static_cast<int>(m_timeline.cameras().size());
    if (request.camera < 0 || request.camera > cameras || cameras == 0)
        return Error::of(ErrorCode::PlaybackCameraUnknown, { QString::number(request.camera), QString::number(cameras) });
    const int microphones = static_cast<int>(m_timeline.microphones().size());
    for (const QList<int> &list : { request.mix.solo, request.mix.muted }) {
        for (int microphone : list) {
            if (microphone < 1 || microphone > microphones)
                return Error::of(ErrorCode::PlaybackMicrophoneUnknown,
                    { QString::number(microphone), QString::number(microphones) });
        }
    }
    return {};
}

Status ClipWriter::write(const ClipRequest &request) const
{
    if (const Status checked = check(request); !checked)
        return checked;
    QList<int> cameras;
    if (request.camera == 0) {
        for (int c = 0; c < m_timeline.cameras().size(); ++c)
            cameras << c;
    } else {
        cameras << request.camera - 1;
    }
    const TimelineCamera &first = m_timeline.cameras()[cameras.first()];
    const int frameRate = first.frameRate;
    QSize size = request.size.isValid() ? request.size : QSize(first.widthPx, first.heightPx);
    if (size.isEmpty())
        size = QSize(1280, 720);
    size = evenSize(size);
    const int columns = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(cameras.size()))));
    const int rows = static_cast<int>((cameras.size() + columns - 1) / columns);
    const QSize cell(size.width() / columns, size.height() / rows);

    const qint64 startPlayMs = m_timeline.playTimeOf(request.fromHearingMs);
    const qint64 endPlayMs = m_timeline.playTimeOf(request.toHearingMs);
    const int rateHz = m_timeline.sampleRateHz();

    const QString tempPath = request.outputPath + QStringLiteral(".part");
    Mp4Writer clip(request.outputPath);
    Status written = [&]() -> Status {
        Mp4Settings settings;
        settings.size = size;
        settings.frameRate = frameRate;
        settings.sampleRateHz = rateHz;
        if (const Status opened = clip.open(tempPath, settings); !opened)
            return opened;
        std::vector<std::unique_ptr<CameraReader>> readers;
        std::vector<std::optional<CameraPicture>> shown(static_cast<std::size_t>(cameras.size()));
        std::vector<std::optional<CameraPicture>> coming(static_cast<std::size_t>(cameras.size()));
        for (int camera : cameras) {
            readers.push_back(std::make_unique<CameraReader>(m_timeline, camera));
            if (const Status sought = readers.back()->seek(startPlayMs); !sought)
                return sought;
        }
        MicrophoneReader microphones(m_timeline);
        if (const Status sought = microphones.seek(startPlayMs); !sought)
            return sought;
        const qint64 frames = std::max<qint64>(1, std::llround(static_cast<double>(endPlayMs - startPlayMs) * frameRate / 1000.0));
        const qint64 endSample = endPlayMs * rateHz / 1000;
        std::vector<std::vector<float>> perMicrophone;
        std::vector<float> mixed;
        QImage canvas(size, QImage::Format_RGB32);
        for (qint64 n = 0; n < frames; ++n) {
            const qint64 atPlayMs = startPlayMs + n * 1000 / frameRate;
            // Each camera: the last picture starting at or before this output frame.
            for (std::size_t i = 0; i < readers.size(); ++i) {
                for (;;) {
                    if (!coming[i]) {
                        auto picture = readers[i]->next();
                        if (!picture)
                            return picture.error();
                        if (!picture->has_value())
                            break;
                        coming[i] = std::move(*picture);
                    }
                    if (shown[i] && coming[i]->playMs > atPlayMs)
                        break;
                    shown[i] = std::move(coming[i]);
                    coming[i].reset();
                }
            }
            canvas.fill(Qt::black);
            {
                QPainter painter(&canvas);
                for (std::size_t i = 0; i < readers.size(); ++i) {
                    if (!shown[i])
                        continue;
                    const int column = static_cast<int>(i) % columns;
                    const int row = static_cast<int>(i) / columns;
                    painter.drawImage(QPoint(column * cell.width(), row * cell.height()),
                        pictureImage(shown[i]->frame.get(), cell));
                }
            }
            if (const Status pictured = clip.writePicture(canvas, n); !pictured)
                return pictured;
            // The sound up to the next output frame.
            const qint64 untilSample = std::min(endSample, (startPlayMs * rateHz + (n + 1) * rateHz * 1000 / frameRate) / 1000);
            while (microphones.playSample() < untilSample) {
                auto read = microphones.read(perMicrophone, static_cast<int>(untilSample - microphones.playSample()));
                if (!read)
                    return read.error();
                if (*read == 0)
                    break;
                request.mix.mix(perMicrophone, mixed);
                if (const Status sounded = clip.writeAudio(mixed); !sounded)
                    return sounded;
            }
        }
        return clip.finish(tempPath);
    }();
    if (!written)
        QFile::remove(tempPath);
    return written;
}

} // namespace hattama
