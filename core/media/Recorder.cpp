#include "media/Recorder.h"

#include "media/AudioInputs.h"
#include "media/AudioWriter.h"
#include "media/CameraPipeline.h"
#include "media/DiskFullClose.h"
#include "media/DiskReserve.h"
#include "media/DiskSpaceMonitor.h"
#include "media/DurableFiles.h"
#include "media/HearingFolder.h"
#include "media/ManifestAnchor.h"
#include "media/RecordingDescription.h"
#include "media/SegmentWriter.h"
#include "util/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QStorageInfo>
#include <QUuid>

#include <chrono>

extern "C" {
#include <libavutil/log.h>
}

namespace hattama {

namespace {
constexpr qint64 kMinReserveBytes = 4LL * 1024 * 1024; // the disk reserve, unless a quarter of the free space is less
} // namespace

struct Recorder::Part {
    // Declared so that the writer is destroyed last: everything else writes into it.
    std::unique_ptr<SegmentWriter> writer;
    int number = 1;
    qint64 startMs = 0;
    std::unique_ptr<AudioSource> audio;
    std::unique_ptr<LevelMeter> levels;
    std::unique_ptr<AudioWriter> audioWriter;
    std::vector<std::unique_ptr<CameraPipeline>> cameras;
    QStringList microphoneTitles;

    ~Part()
    {
        if (audio)
            audio->stop();
        if (audioWriter)
            audioWriter->stop();
        for (auto &camera : cameras)
            camera->finish(0);
        if (writer)
            (void)writer->finish();
    }
};

Recorder::Recorder(RecorderConfig config)
    : m_config(std::move(config))
    , m_clock(m_config.sampleRateHz)
{
    if (m_config.previewFps > 0)
        for (std::size_t i = 0; i < m_config.cameras.size(); ++i)
            m_previews.push_back(std::make_unique<PreviewSlot>(m_config.previewFps));
}

QImage Recorder::previewFrame(int camera, quint64 &sequence) const
{
    if (camera < 0 || static_cast<std::size_t>(camera) >= m_previews.size())
        return {};
    return m_previews[static_cast<std::size_t>(camera)]->takeNewer(sequence);
}

Recorder::~Recorder()
{
    stopAudioProbe();
    if (m_state == RecorderState::Recording || m_state == RecorderState::Recess)
        (void)stop();
}

qint64 Recorder::estimatedBytesPerHour(const RecorderConfig &config, int microphones)
{
    RecordingBudget budget;
    budget.audioTracks = microphones;
    budget.audioBitrateBps = config.audio.codec == AudioCodec::Flac ? 400'000 : config.audio.bitrateBps;
    budget.cameras = int(config.cameras.size());
    budget.videoBitrateBps = int(qint64(config.video.widthPx) * config.video.heightPx * config.video.frameRate / 12);
    return budget.bytesPerHour();
}

QString Recorder::microphoneTitle(int channel1Based, const QString &role)
{
    if (role.trimmed().isEmpty())
        return QStringLiteral("Mic %1").arg(channel1Based);
    return QStringLiteral("Mic %1 \u2014 %2").arg(channel1Based).arg(role.trimmed());
}

Status Recorder::start()
{
    if (m_state != RecorderState::Idle)
        return usageError(QStringLiteral("the recorder was already started"));
    if (av_log_get_level() > AV_LOG_ERROR) // encoder statistics are not for the user's terminal
        av_log_set_level(AV_LOG_ERROR);
    // Never write over an earlier recording (its segments would be replaced under their names).
    const QDir hearing(m_config.hearingDir);
    if (hearing.exists(QStringLiteral("recording.json")) || hearing.exists(QStringLiteral("media")))
        return Error::of(ErrorCode::RecordingExists, { m_config.hearingDir });
    if (Status made = DurableFiles::makeRestrictedPath(m_config.hearingDir); !made)
        return made;
    (void)DurableFiles::restrictDirectory(m_config.hearingDir);
    m_lock = std::make_unique<QLockFile>(QDir(m_config.hearingDir).filePath(HearingFolder::lockFileName()));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0))
        return Error::of(ErrorCode::RecordingInProgress, { m_config.hearingDir });
    (void)DurableFiles::restrictFile(QDir(m_config.hearingDir).filePath(HearingFolder::lockFileName()));
    // Room to close the recording cleanly should the disk run full (DiskReserve).
    m_reserve = std::make_shared<DiskReserve>();
    const int microphones = m_config.demoAudio ? m_config.demoMicrophones
                                               : static_cast<int>(std::max<qsizetype>(1, m_config.channels.size()));
    const qint64 segmentBytes = estimatedBytesPerHour(m_config, microphones) * m_config.segmentDurationMs / 3'600'000;
    // Twice a segment (room for its remuxed copy), but never more than a quarter of what is free.
    const qint64 freeBytes = QStorageInfo(m_config.hearingDir).bytesAvailable();
    const qint64 reserveBytes = std::min(std::max(kMinReserveBytes, 2 * segmentBytes), std::max<qint64>(0, freeBytes / 4));
    if (Status reserved
        = m_reserve->create(QDir(m_config.hearingDir).filePath(DiskReserve::fileName()), reserveBytes);
        !reserved) {
        m_lock->unlock();
        return reserved;
    }
    // The hearing id is the folder's name (the same id as in the database).
    auto manifest = SegmentManifest::openOrCreate(m_config.hearingDir, QFileInfo(m_config.hearingDir).fileName());
    if (!manifest.ok()) {
        m_reserve->release();
        return manifest.error();
    }
    m_manifest.emplace(std::move(*manifest));
    m_description = QJsonObject {
        { QStringLiteral("format"), QStringLiteral("hattama-recording") },
        { QStringLiteral("version"), 1 },
        { QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
        { QStringLiteral("title"), m_config.title },
        { QStringLiteral("segmentDurationMs"), m_config.segmentDurationMs },
    };
    Status started = startPart(0);
    if (!started) {
        // Nothing was recorded: leave the folder as it was (no manifest, no lock).
        if (m_manifest && m_manifest->segmentCount() == 0) {
            m_manifest.reset();
            QFile::remove(QDir(m_config.hearingDir).filePath(SegmentManifest::fileName()));
        }
        m_reserve->release();
        m_lock->unlock();
        m_state = RecorderState::Failed;
        return started;
    }
    m_state = RecorderState::Recording;
    return {};
}

Status Recorder::recess()
{
    if (m_state != RecorderState::Recording)
        return Error::of(ErrorCode::NotRecording);
    stopAudioProbe(); // resume() looks for the input itself
    if (!m_part && m_audioLost) // no part while waiting for sound: the clock ran on
        m_lastPartEndHearingMs += (HearingClock::steadyNowNs() - m_lostSinceNs) / 1'000'000;
    Status ended = endPart();
    m_recessSteadyNs = HearingClock::steadyNowNs();
    m_state = ended ? RecorderState::Recess : RecorderState::Failed;
    (void)writeDescription(false);
    return ended;
}

Status Recorder::resume()
{
    if (m_state != RecorderState::Recess)
        return Error::of(ErrorCode::NotInRecess);
    const qint64 recessMs = (HearingClock::steadyNowNs() - m_recessSteadyNs) / 1'000'000;
    Status started;
    if (m_audioLost) {
        // Still without sound: go on with the cameras (or the clock alone) and keep trying.
        auto audio = openAudio();
        if (audio) {
            m_audioLost = false;
            started = startPart(m_lastPartEndHearingMs + recessMs, std::move(*audio));
        } else if (!m_config.cameras.empty()) {
            started = startPart(m_lastPartEndHearingMs + recessMs, nullptr);
            startAudioProbe();
        } else {
            m_lostSinceNs = m_recessSteadyNs;
            startAudioProbe();
        }
    } else {
        started = startPart(m_lastPartEndHearingMs + recessMs);
    }
    m_state = started ? RecorderState::Recording : RecorderState::Failed;
    return started;
}

Status Recorder::stop()
{
    stopAudioProbe();
    Status result;
    if (m_parts.isEmpty()) // never started: leave nothing behind
        return result;
    if (m_state == RecorderState::Recording)
        result = endPart();
    else if (m_state == RecorderState::Idle)
        return {};
    // A full disk: the reserve gives the room to close the segment that failed as far as it
    // got, to list it and to close the recording in place.
    const bool diskFull = !result && result.error().kind == ErrorCode::DiskFull;
    if (m_reserve)
        m_reserve->release();
    Status salvaged = diskFull ? salvageCutOffSegments() : Status {};
    bool closed = false;
    if ((result || diskFull) && salvaged && m_manifest) {
        Status closing = m_manifest->close();
        closed = closing.ok();
        if (closed)
            anchorManifest();
        else if (result)
            result = closing;
    }
    // "stopped" vouches for the close line (verify checks it); else "failed": run recover.
    m_state = result ? RecorderState::Stopped : RecorderState::Failed;
    Status described = writeDescription(true, closed);
    if (result && !described)
        result = described;
    if (diskFull && closed) {
        qCWarning(lcMedia) << "disk full: the recording is closed at" << m_lastPartEndHearingMs << "ms";
        result = Error::of(ErrorCode::DiskFullClosed,
            { m_config.hearingDir, QString::number(m_lastPartEndHearingMs / 1000.0, 'f', 1),
                result.error().args.value(0) });
    }
    if (m_lock)
        m_lock->unlock();
    return result;
}

Status Recorder::salvageCutOffSegments()
{
    if (!m_manifest)
        return {};
    // The part that failed is the last one; its unlisted segments were cut short by the error.
    const int part = static_cast<int>(m_parts.size());
    const qint64 partStartMs = m_parts.isEmpty() ? 0 : m_parts.last().value(QStringLiteral("startMs")).toInteger();
    return DiskFullClose::closeCutOffSegments(
        *m_manifest, m_config.hearingDir, part, partStartMs, [this](qint64 endMs) {
            anchorManifest();
            if (m_parts.isEmpty())
                return;
            QJsonObject &entry = m_parts.last();
            entry.insert(QStringLiteral("segments"), entry.value(QStringLiteral("segments")).toInt() + 1);
            m_lastPartEndHearingMs = endMs;
            entry.insert(QStringLiteral("durationMs"), endMs - entry.value(QStringLiteral("startMs")).toInteger());
        });
}

void Recorder::anchorManifest()
{
    if (!m_config.manifestAnchor || !m_manifest || m_manifest->entries().isEmpty())
        return;
    ManifestHead head;
    head.hearingId = m_manifest->hearingId();
    head.genesisHex = m_manifest->entries().constFirst().entryHex;
    head.lines = static_cast<int>(m_manifest->entries().size());
    head.segments = m_manifest->segmentCount();
    head.entryHex = m_manifest->lastEntryHex();
    head.closed = m_manifest->isClosed();
    if (Status anchored = m_config.manifestAnchor->anchor(head); !anchored)
        qCWarning(lcMedia) << "manifest head not anchored:" << anchored.error().text();
}

bool Recorder::wantsAudio() const
{
    return configWantsAudio(m_config);
}

Result<std::unique_ptr<AudioSource>> Recorder::openAudio() const
{
    return openAudioInput(m_config);
}

int Recorder::trackChannel(const AudioSource &audio, int track) const
{
    // Tracks are numbered by the device's channel; across several devices, one after another.
    return m_config.extraAudioDevices.isEmpty() ? audio.channelOnSource(track) + 1 : track + 1;
}

Status Recorder::startPart(qint64 hearingStartMs)
{
    // Audio first: its device is the one most likely missing.
    auto audio = openAudio();
    if (!audio)
        return audio.error();
    return startPart(hearingStartMs, std::move(*audio));
}

Status Recorder::startPart(qint64 hearingStartMs, std::unique_ptr<AudioSource> audio)
{
    auto part = std::make_unique<Part>();
    part->number = static_cast<int>(m_parts.size()) + 1;
    part->startMs = hearingStartMs;
    const RecorderConfig &c = m_config;
    part->audio = std::move(audio);
    if (part->audio)
        for (int i = 0; i < part->audio->channelCount(); ++i)
            part->microphoneTitles << microphoneTitle(trackChannel(*part->audio, i), c.channelRoles.value(i));
    const bool hasAudio = part->audio != nullptr;
    m_clock.startPart(hearingStartMs, hasAudio);

    std::vector<StreamDescription> streams;
    if (hasAudio) {
        part->levels = std::make_unique<LevelMeter>(part->audio->channelCount(), c.levels);
        part->audioWriter = std::make_unique<AudioWriter>(*part->audio, m_clock, *part->levels, c.audio,
            c.segmentDurationMs * c.sampleRateHz / 1000, c.maxPartDurationMs * c.sampleRateHz / 1000, 0,
            c.audioEncoderFactory);
        auto described = part->audioWriter->prepare(part->microphoneTitles, c.language);
        if (!described)
            return described.error();
        streams = std::move(*described);
    }
    for (std::size_t i = 0; i < c.cameras.size(); ++i) {
        CameraSpec spec = c.cameras[i];
        if (spec.demo) // burn the hearing time of this part into the picture
            spec = CameraSpec::demoCamera(
                static_cast<int>(i) + 1, spec.widthPx, spec.heightPx, spec.frameRate, hearingStartMs, spec.name);
        VideoEncoding encoding = c.video;
        encoding.widthPx = spec.widthPx;
        encoding.heightPx = spec.heightPx;
        encoding.frameRate = spec.frameRate;
        auto pipeline = std::make_unique<CameraPipeline>(spec, m_clock, encoding,
            c.segmentDurationMs * spec.frameRate / 1000, static_cast<int>(streams.size()), c.cameraSettings);
        if (i < m_previews.size())
            pipeline->setPreview(m_previews[i].get());
        Status opened = pipeline->open();
        if (!opened)
            return opened;
        streams.push_back(pipeline->description(c.language));
        part->cameras.push_back(std::move(pipeline));
    }
    if (streams.empty())
        return Error::of(ErrorCode::NothingToRecord);

    SegmentWriter::Settings settings;
    settings.hearingDir = c.hearingDir;
    settings.part = part->number;
    settings.partStartHearingMs = hearingStartMs;
    settings.segmentDurationMs = c.segmentDurationMs;
    settings.title = c.title;
    // The first write that finds the disk full gives the reserve back at once, so that the
    // segments before it can still close and the manifest take their lines.
    settings.onDiskFull = [reserve = m_reserve] {
        if (reserve)
            reserve->release();
    };
    // Called on the writer's thread, one segment at a time; endPart() joins that thread.
    settings.onSegmentClosed = [this, callback = c.onSegmentClosed](const ClosedSegment &segment) -> Status {
        Status appended
            = m_manifest->appendSegment(segment.relativePath, segment.part, segment.startMs, segment.durationMs);
        if (!appended)
            return appended;
        anchorManifest();
        return callback ? callback(segment) : Status {};
    };
    part->writer = std::make_unique<SegmentWriter>(settings, std::move(streams));

    QJsonObject entry {
        { QStringLiteral("number"), part->number },
        { QStringLiteral("folder"), QStringLiteral("media/part-%1").arg(part->number, 2, 10, QLatin1Char('0')) },
        { QStringLiteral("startMs"), hearingStartMs },
    };
    if (!hasAudio && wantsAudio()) // the cameras alone while the audio input is lost
        entry.insert(QStringLiteral("audio"), QStringLiteral("lost"));
    // The wall clock at the part's time zero (set just below): recover estimates from it how
    // much a crash cut off.
    entry.insert(QStringLiteral("startedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    m_parts.append(entry);
    m_part = std::move(part);
    Status described = writeDescription(false);
    if (!described) {
        m_part.reset();
        return described;
    }

    m_clock.startPart(hearingStartMs, hasAudio); // time zero is now, when everything is open
    for (auto &camera : m_part->cameras)
        camera->start(*m_part->writer);
    if (hasAudio) {
        m_part->audioWriter->start(*m_part->writer);
        Status audioStarted = m_part->audio->start();
        if (!audioStarted) {
            m_part.reset();
            return audioStarted;
        }
    }
    qCInfo(lcMedia) << "part" << m_parts.size() << "started at" << hearingStartMs << "ms";
    return {};
}

Status Recorder::endPart()
{
    if (!m_part)
        return {};
    Part &part = *m_part;
    qint64 endNs = 0;
    if (part.audio) {
        part.audio->stop();
        part.audioWriter->stop();
        endNs = HearingClock::samplesToNs(part.audioWriter->samplesWritten(), m_config.sampleRateHz);
    } else {
        endNs = m_clock.partTimeNs();
        if (m_config.maxPartDurationMs > 0)
            endNs = std::min(endNs, m_config.maxPartDurationMs * 1'000'000);
    }
    for (auto &camera : part.cameras)
        camera->finish(endNs);
    Status written = part.writer->finish();
    const qint64 durationMs = endNs / 1'000'000;
    m_lastPartEndHearingMs = part.startMs + durationMs;
    QJsonObject &entry = m_parts.last();
    entry.insert(QStringLiteral("durationMs"), durationMs);
    entry.insert(QStringLiteral("segments"), part.writer->segmentsClosed());
    if (!written)
        m_error = written.error();
    m_part.reset();
    return written;
}

Status Recorder::writeDescription(bool finished, bool closed)
{
    QJsonObject description = m_description;
    // A part of the cameras alone (audio input lost) does not replace the hearing's tracks.
    if (m_part && (m_part->audio || !wantsAudio())) {
        QList<RecordingDescription::AudioTrack> audio;
        for (int i = 0; i < m_part->microphoneTitles.size(); ++i) {
            audio.append({ trackChannel(*m_part->audio, i), m_part->audio->channelOnSource(i) + 1,
                m_part->microphoneTitles.at(i), m_config.channelRoles.value(i),
                m_config.demoAudio ? QStringLiteral("demo") : m_part->audio->channelSource(i),
                m_config.channelCameras.value(i) });
        }
        std::vector<CameraSpec> cameras;
        for (const auto &camera : m_part->cameras)
            cameras.push_back(camera->spec());
        m_description.insert(QStringLiteral("tracks"), RecordingDescription::tracks(audio, cameras, m_config));
        description.insert(QStringLiteral("tracks"), m_description.value(QStringLiteral("tracks")));
    }
    QJsonArray parts;
    for (const QJsonObject &part : m_parts)
        parts.append(part);
    description.insert(QStringLiteral("parts"), parts);
    description.insert(QStringLiteral("state"), RecordingDescription::state(finished, closed));
    return RecordingDescription::write(m_config.hearingDir, description);
}

bool Recorder::service()
{
    if (m_state != RecorderState::Recording)
        return false;
    const qint64 nowNs = HearingClock::steadyNowNs();
    if (m_part && m_part->audio && audioStalled()) {
        // The part ends where the sound stopped; the hearing clock runs on from there.
        const QString name = m_part->audio->name();
        const qint64 lastSoundNs = m_part->audioWriter->lastProgressSteadyNs();
        qCWarning(lcMedia) << "audio input" << name << "stopped delivering sound; the cameras go on alone and the"
                           << "input is tried again every" << kAudioRetryMs << "ms";
        Status ended = endPart();
        m_audioLost = true;
        ++m_audioLosses;
        m_lostSinceNs = lastSoundNs;
        startAudioProbe();
        if (!ended) {
            m_state = RecorderState::Failed;
            return true;
        }
        if (!m_config.cameras.empty()) {
            Status started = startPart(m_lastPartEndHearingMs + (nowNs - lastSoundNs) / 1'000'000, nullptr);
            if (!started) {
                m_error = started.error();
                m_state = RecorderState::Failed;
            }
        }
        (void)writeDescription(false);
        return true;
    }
    if (!m_audioLost)
        return false;
    // The probe thread opens the input; this thread only takes it over when it is there.
    std::unique_ptr<AudioSource> audio;
    {
        std::lock_guard lock(m_probeMutex);
        audio = std::move(m_probedAudio);
    }
    if (!audio)
        return false; // still not there; the cameras' part goes on
    stopAudioProbe();
    // Sound is back: the cameras' part ends now and a full part begins.
    qint64 startMs = 0;
    if (m_part) {
        Status ended = endPart();
        if (!ended) {
            m_state = RecorderState::Failed;
            return true;
        }
        startMs = m_lastPartEndHearingMs;
    } else {
        startMs = m_lastPartEndHearingMs + (nowNs - m_lostSinceNs) / 1'000'000;
    }
    Status started = startPart(startMs, std::move(audio));
    if (!started) {
        m_error = started.error();
        m_state = RecorderState::Failed;
        return true;
    }
    m_audioLost = false;
    qCInfo(lcMedia) << "audio input is back; part" << m_parts.size() << "records sound again";
    return true;
}

void Recorder::startAudioProbe()
{
    stopAudioProbe();
    m_probeRunning.store(true);
    // Opening a device can take a while (PortAudio scans the system): never on the caller's
    // (the GUI's) thread. Nothing else uses PortAudio while the input is lost.
    m_probe = std::thread([this] {
        while (m_probeRunning.load()) {
            for (int waited = 0; waited < kAudioRetryMs && m_probeRunning.load(); waited += 20)
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            if (!m_probeRunning.load())
                break;
            auto audio = openAudio();
            if (audio && *audio) {
                std::lock_guard lock(m_probeMutex);
                m_probedAudio = std::move(*audio);
                return;
            }
        }
    });
}

void Recorder::stopAudioProbe()
{
    m_probeRunning.store(false);
    if (m_probe.joinable())
        m_probe.join();
    std::lock_guard lock(m_probeMutex);
    m_probedAudio.reset();
}

bool Recorder::needsStop() const
{
    if (!m_part || m_state != RecorderState::Recording)
        return false;
    if (m_part->writer->failed())
        return true;
    if (m_part->audioWriter)
        return m_part->audioWriter->limitReached() || m_part->audioWriter->failed();
    return m_config.maxPartDurationMs > 0 && m_clock.partTimeNs() >= m_config.maxPartDurationMs * 1'000'000;
}

bool Recorder::audioStalled() const
{
    if (!m_part || !m_part->audioWriter || m_part->audioWriter->limitReached() || m_part->audioWriter->failed())
        return false;
    const qint64 idleNs = HearingClock::steadyNowNs() - m_part->audioWriter->lastProgressSteadyNs();
    return idleNs > kAudioStallMs * 1'000'000;
}

RecorderStatus Recorder::status() const
{
    RecorderStatus status;
    status.state = m_state;
    status.part = static_cast<int>(m_parts.size());
    status.error = m_error;
    status.audioLost = m_audioLost;
    status.audioLosses = m_audioLosses;
    if (m_state == RecorderState::Recess)
        status.hearingTimeMs = m_lastPartEndHearingMs + (HearingClock::steadyNowNs() - m_recessSteadyNs) / 1'000'000;
    else if (!m_part && m_audioLost && m_state == RecorderState::Recording)
        status.hearingTimeMs = m_lastPartEndHearingMs + (HearingClock::steadyNowNs() - m_lostSinceNs) / 1'000'000;
    else if (!m_part)
        status.hearingTimeMs = m_lastPartEndHearingMs;
    if (!m_part)
        return status;
    const Part &part = *m_part;
    status.partTimeMs = part.audioWriter ? part.audioWriter->samplesWritten() * 1000 / m_config.sampleRateHz
                                         : m_clock.partTimeNs() / 1'000'000;
    status.hearingTimeMs = part.startMs + status.partTimeMs;
    status.segmentsClosed = part.writer->segmentsClosed();
    status.bytesWritten = part.writer->bytesWritten();
    status.microphoneTitles = part.microphoneTitles;
    if (part.levels)
        for (int i = 0; i < part.levels->channelCount(); ++i)
            status.levels.push_back(part.levels->level(i));
    for (const auto &camera : part.cameras)
        status.cameras.push_back(camera->health());
    if (part.audio) {
        status.audioOverruns = part.audio->overruns();
        status.audioDroppedFrames = part.audio->droppedFrames();
        status.audioDeviceOverflows = part.audio->deviceOverflows();
    }
    status.limitReached = part.audioWriter && part.audioWriter->limitReached();
    if (part.writer->failed()) {
        Status error = part.writer->firstError();
        if (!error)
            status.error = error.error();
    }
    return status;
}

} // namespace hattama
