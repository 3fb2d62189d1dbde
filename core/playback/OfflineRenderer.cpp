#include "playback/OfflineRenderer.h"

#include "playback/CameraReader.h"
#include "playback/MicrophoneReader.h"
#include "playback/TempoFilter.h"

#include <algorithm>
#include <thread>

namespace hattama {

namespace {
PresentedFrame presented(const CameraPicture &picture, qint64 startPlayMs, double speed, const RenderRequest &request)
{
    PresentedFrame frame;
    frame.playMs = picture.playMs;
    frame.hearingMs = picture.hearingMs;
    frame.outputUs = static_cast<qint64>(static_cast<double>(std::max<qint64>(0, picture.playMs - startPlayMs)) * 1000.0 / speed);
    frame.meanLuma = pictureMeanLuma(picture.frame.get());
    if (request.pictures)
        frame.picture = pictureImage(picture.frame.get(), request.pictureSize);
    return frame;
}
} // namespace

OfflineRenderer::OfflineRenderer(HearingTimeline timeline)
    : m_timeline(std::move(timeline))
{
}

Result<RenderResult> OfflineRenderer::render(const RenderRequest &request) const
{
    if (request.speed < 0.5 || request.speed > 2.0)
        return Error::of(ErrorCode::PlaybackSpeedOutOfRange, { QString::number(request.speed) });
    QList<int> cameras = request.cameras;
    if (cameras.isEmpty()) {
        for (int c = 1; c <= m_timeline.cameras().size(); ++c)
            cameras << c;
    }
    for (int camera : cameras) {
        if (camera < 1 || camera > m_timeline.cameras().size())
            return Error::of(ErrorCode::PlaybackCameraUnknown,
                { QString::number(camera), QString::number(m_timeline.cameras().size()) });
    }
    RenderResult result;
    result.sampleRateHz = m_timeline.sampleRateHz();
    result.startPlayMs = m_timeline.playTimeOf(request.fromHearingMs);
    result.endPlayMs = std::min(m_timeline.playLengthMs(), result.startPlayMs + std::max<qint64>(0, request.playDurationMs));
    result.cameras.resize(static_cast<std::size_t>(cameras.size()));

    // Every camera on a worker thread of its own.
    std::vector<std::optional<Error>> cameraErrors(static_cast<std::size_t>(cameras.size()));
    std::vector<std::thread> workers;
    for (qsizetype i = 0; i < cameras.size(); ++i) {
        workers.emplace_back([&, i] {
            const auto slot = static_cast<std::size_t>(i);
            CameraReader reader(m_timeline, cameras[i] - 1);
            if (const Status sought = reader.seek(result.startPlayMs); !sought) {
                cameraErrors[slot] = sought.error();
                return;
            }
            for (;;) {
                auto picture = reader.next();
                if (!picture) {
                    cameraErrors[slot] = picture.error();
                    return;
                }
                if (!picture->has_value() || (*picture)->playMs >= result.endPlayMs)
                    return;
                result.cameras[slot].push_back(presented(**picture, result.startPlayMs, request.speed, request));
            }
        });
    }

    Status audio = [&]() -> Status {
        MicrophoneReader reader(m_timeline);
        if (const Status sought = reader.seek(result.startPlayMs); !sought)
            return sought;
        TempoFilter tempo(result.sampleRateHz, request.speed);
        if (const Status opened = tempo.open(); !opened)
            return opened;
        const qint64 endSample = result.endPlayMs * result.sampleRateHz / 1000;
        std::vector<std::vector<float>> perMicrophone;
        std::vector<float> mixed;
        const int block = result.sampleRateHz / 10;
        while (reader.playSample() < endSample) {
            const auto frames = static_cast<int>(std::min<qint64>(block, endSample - reader.playSample()));
            auto read = reader.read(perMicrophone, frames);
            if (!read)
                return read.error();
            if (*read == 0)
                break;
            request.mix.mix(perMicrophone, mixed);
            if (const Status processed = tempo.process(mixed, result.audio); !processed)
                return processed;
        }
        return tempo.finish(result.audio);
    }();

    for (std::thread &worker : workers)
        worker.join();
    if (!audio)
        return audio.error();
    for (const auto &error : cameraErrors) {
        if (error)
            return *error;
    }
    return result;
}

Result<PresentedFrame> OfflineRenderer::pictureAt(qint64 hearingMs, int camera, QSize size) const
{
    if (camera < 0 || camera >= m_timeline.cameras().size())
        return Error::of(ErrorCode::PlaybackCameraUnknown,
            { QString::number(camera + 1), QString::number(m_timeline.cameras().size()) });
    CameraReader reader(m_timeline, camera);
    const qint64 playMs = m_timeline.playTimeOf(hearingMs);
    if (const Status sought = reader.seek(playMs); !sought)
        return sought.error();
    auto picture = reader.next();
    if (!picture)
        return picture.error();
    if (!picture->has_value())
        return Error::of(ErrorCode::PlaybackTimeOutside, { QString::number(hearingMs), {}, {} });
    RenderRequest request;
    request.pictures = true;
    request.pictureSize = size;
    return presented(**picture, playMs, 1.0, request);
}

} // namespace hattama
