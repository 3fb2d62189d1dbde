#include "media/SegmentRemuxer.h"

#include "capture/FfmpegPtr.h"
#include "util/Logging.h"

#include <QFile>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
}

#include <memory>
#include <vector>

namespace hattama {

namespace {

struct OutputCloser {
    void operator()(AVFormatContext *context) const
    {
        if (context && context->pb && !(context->oformat->flags & AVFMT_NOFILE))
            avio_closep(&context->pb);
        avformat_free_context(context);
    }
};

} // namespace

Result<RemuxResult> SegmentRemuxer::remux(const QString &inputPath, const QString &outputPath)
{
    AVFormatContext *rawInput = nullptr;
    int rc = avformat_open_input(&rawInput, QFile::encodeName(inputPath).constData(), nullptr, nullptr);
    if (rc < 0)
        return Error::of(ErrorCode::MediaUnreadable, { inputPath, ff::errorText(rc) });
    ff::InputContextPtr input(rawInput);
    if (input->nb_streams == 0)
        return Error::of(ErrorCode::MediaEmpty, { inputPath });
    // Matroska stores presentation times only; the stream info lets libavformat derive the
    // decoding times the muxer needs. Failure here is not fatal: the packets still copy.
    if ((rc = avformat_find_stream_info(input.get(), nullptr)) < 0)
        qCInfo(lcMedia) << "remux: no stream info for" << inputPath << ":" << ff::errorText(rc);

    AVFormatContext *rawOutput = nullptr;
    rc = avformat_alloc_output_context2(&rawOutput, nullptr, "matroska", QFile::encodeName(outputPath).constData());
    if (rc < 0 || !rawOutput)
        return Error::of(ErrorCode::MediaWriteFailed, { outputPath, ff::errorText(rc) });
    std::unique_ptr<AVFormatContext, OutputCloser> output(rawOutput);
    av_dict_copy(&output->metadata, input->metadata, 0);

    RemuxResult result;
    result.streams = static_cast<int>(input->nb_streams);
    for (unsigned i = 0; i < input->nb_streams; ++i) {
        const AVStream *in = input->streams[i];
        AVStream *out = avformat_new_stream(output.get(), nullptr);
        if (!out)
            return Error::of(ErrorCode::OutOfMemory, { inputPath });
        if ((rc = avcodec_parameters_copy(out->codecpar, in->codecpar)) < 0)
            return Error::of(ErrorCode::MediaUnreadable,
                { inputPath, QStringLiteral("stream %1: %2").arg(i).arg(ff::errorText(rc)) });
        out->codecpar->codec_tag = 0;
        out->time_base = in->time_base;
        out->disposition = in->disposition;
        av_dict_copy(&out->metadata, in->metadata, 0);
    }
    if ((rc = avio_open(&output->pb, QFile::encodeName(outputPath).constData(), AVIO_FLAG_WRITE)) < 0)
        return Error::of(ErrorCode::MediaWriteFailed, { outputPath, ff::errorText(rc) });
    if ((rc = avformat_write_header(output.get(), nullptr)) < 0)
        return Error::of(ErrorCode::MediaWriteFailed, { outputPath, ff::errorText(rc) });

    std::vector<int64_t> lastDts(input->nb_streams, AV_NOPTS_VALUE);
    ff::PacketPtr packet(av_packet_alloc());
    int readError = 0;
    while ((readError = av_read_frame(input.get(), packet.get())) >= 0) {
        const int index = packet->stream_index;
        const bool corrupt = (packet->flags & AV_PKT_FLAG_CORRUPT) != 0;
        // Only real decoding times are compared: Matroska stores presentation times, and with
        // B-frames the first packets have none; their presentation times are not in order.
        const int64_t dts = packet->dts;
        const bool backwards = dts != AV_NOPTS_VALUE && lastDts[index] != AV_NOPTS_VALUE && dts < lastDts[index];
        if (corrupt || backwards || packet->size == 0) {
            ++result.packetsDropped;
            av_packet_unref(packet.get());
            continue;
        }
        if (dts != AV_NOPTS_VALUE)
            lastDts[index] = dts;
        av_packet_rescale_ts(packet.get(), input->streams[index]->time_base, output->streams[index]->time_base);
        packet->pos = -1;
        if ((rc = av_interleaved_write_frame(output.get(), packet.get())) < 0) {
            return rc == AVERROR(ENOSPC) ? Error::of(ErrorCode::DiskFull, { outputPath })
                                         : Error::of(ErrorCode::MediaWriteFailed, { outputPath, ff::errorText(rc) });
        }
        ++result.packetsCopied;
    }
    if (readError != AVERROR_EOF)
        qCInfo(lcMedia) << "remux: reading" << inputPath << "stopped at" << ff::errorText(readError)
                        << "(file cut off)";
    if ((rc = av_write_trailer(output.get())) < 0)
        return Error::of(ErrorCode::MediaWriteFailed, { outputPath, ff::errorText(rc) });
    if ((rc = avio_closep(&output->pb)) < 0)
        return Error::of(ErrorCode::MediaWriteFailed, { outputPath, ff::errorText(rc) });
    if (result.packetsCopied == 0) {
        QFile::remove(outputPath);
        return Error::of(ErrorCode::MediaEmpty, { inputPath });
    }
    qCInfo(lcMedia) << "remuxed" << inputPath << "->" << outputPath << result.packetsCopied << "packets copied,"
                    << result.packetsDropped << "dropped";
    return result;
}

} // namespace hattama
