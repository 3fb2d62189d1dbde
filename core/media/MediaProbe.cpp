#include "media/MediaProbe.h"

#include "capture/FfmpegPtr.h"

#include <QFile>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
}

#include <algorithm>
#include <limits>
#include <memory>
#include <vector>

namespace hattama {

namespace {

QString metadata(AVDictionary *dictionary, const char *key)
{
    const AVDictionaryEntry *entry = av_dict_get(dictionary, key, nullptr, 0);
    return entry ? QString::fromUtf8(entry->value) : QString();
}

// Earliest timestamp (µs) among the first packets of every stream; AV_NOPTS_VALUE if none.
int64_t earliestTimestampUs(AVFormatContext *input)
{
    constexpr int kMaxPackets = 256;
    ff::PacketPtr packet(av_packet_alloc());
    std::vector<bool> seen(input->nb_streams, false);
    unsigned seenCount = 0;
    int64_t earliest = AV_NOPTS_VALUE;
    for (int n = 0; n < kMaxPackets && seenCount < input->nb_streams && av_read_frame(input, packet.get()) >= 0; ++n) {
        const int64_t pts = packet->pts != AV_NOPTS_VALUE ? packet->pts : packet->dts;
        if (pts != AV_NOPTS_VALUE) {
            const int64_t us = av_rescale_q(pts, input->streams[packet->stream_index]->time_base, AV_TIME_BASE_Q);
            earliest = earliest == AV_NOPTS_VALUE ? us : std::min(earliest, us);
        }
        if (!seen[packet->stream_index]) {
            seen[packet->stream_index] = true;
            ++seenCount;
        }
        av_packet_unref(packet.get());
    }
    return earliest;
}

} // namespace

Result<MediaInfo> MediaProbe::probe(const QString &path, bool scanPackets)
{
    AVFormatContext *raw = nullptr;
    const int opened = avformat_open_input(&raw, QFile::encodeName(path).constData(), nullptr, nullptr);
    if (opened < 0)
        return Error::of(ErrorCode::MediaUnreadable, { path, ff::errorText(opened) });
    ff::InputContextPtr input(raw);

    MediaInfo info;
    info.formatName = QString::fromUtf8(input->iformat->name);
    for (unsigned i = 0; i < input->nb_streams; ++i) {
        const AVStream *stream = input->streams[i];
        const AVCodecParameters *par = stream->codecpar;
        MediaTrack track;
        const char *typeName = av_get_media_type_string(par->codec_type);
        track.type = typeName ? QString::fromLatin1(typeName) : QStringLiteral("unknown");
        track.codec = QString::fromLatin1(avcodec_get_name(par->codec_id));
        track.title = metadata(stream->metadata, "title");
        track.language = metadata(stream->metadata, "language");
        if (par->codec_type == AVMEDIA_TYPE_AUDIO) {
            track.channels = par->ch_layout.nb_channels;
            track.sampleRateHz = par->sample_rate;
        } else if (par->codec_type == AVMEDIA_TYPE_VIDEO) {
            track.width = par->width;
            track.height = par->height;
        }
        info.tracks.append(track);
    }
    if (input->nb_streams == 0)
        return Error::of(ErrorCode::MediaEmpty, { path });

    if (!scanPackets && input->duration != AV_NOPTS_VALUE && input->duration > 0) {
        int64_t duration = input->duration;
        // Matroska's Duration is the end time of the segment, not its length: a segment whose
        // timestamps start on the hearing clock at 20 s and lasts 10 s says 30 s. The start is
        // the earliest timestamp of the first cluster (a few packets, no decoding).
        if (info.formatName.startsWith(QLatin1String("matroska"))) {
            const int64_t startUs = earliestTimestampUs(input.get());
            if (startUs > 0 && startUs < duration)
                duration -= startUs;
        }
        info.durationMs = av_rescale(duration, 1000, AV_TIME_BASE);
        return info;
    }

    // Duration from the packets themselves: per stream, first pts to last pts + duration.
    std::vector<int64_t> firstMs(input->nb_streams, std::numeric_limits<int64_t>::max());
    std::vector<int64_t> endMs(input->nb_streams, std::numeric_limits<int64_t>::min());
    ff::PacketPtr packet(av_packet_alloc());
    while (av_read_frame(input.get(), packet.get()) >= 0) {
        const AVStream *stream = input->streams[packet->stream_index];
        const int64_t pts = packet->pts != AV_NOPTS_VALUE ? packet->pts : packet->dts;
        if (pts != AV_NOPTS_VALUE && !(packet->flags & AV_PKT_FLAG_CORRUPT)) {
            const AVRational ms { 1, 1000 };
            const int64_t start = av_rescale_q(pts, stream->time_base, ms);
            const int64_t end = av_rescale_q(pts + std::max<int64_t>(packet->duration, 0), stream->time_base, ms);
            firstMs[packet->stream_index] = std::min(firstMs[packet->stream_index], start);
            endMs[packet->stream_index] = std::max(endMs[packet->stream_index], end);
            ++info.packetCount;
        }
        av_packet_unref(packet.get());
    }
    for (unsigned i = 0; i < input->nb_streams; ++i) {
        if (endMs[i] > firstMs[i])
            info.durationMs = std::max<qint64>(info.durationMs, endMs[i] - firstMs[i]);
    }
    return info;
}

} // namespace hattama
