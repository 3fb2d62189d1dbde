#include "protocol/ProtocolDraft.h"

#include "media/SegmentManifest.h"
#include "protocol/HtmlWriter.h"
#include "protocol/OdtWriter.h"
#include "protocol/PdfWriter.h"
#include "protocol/ProtocolVersionStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace hattama::protocol {

Result<ProtocolDraft> buildProtocolDraft(
    const ProtocolInput &input, const QString &hearingDir, const ProtocolBuilder::Options &options)
{
    auto built = ProtocolBuilder::build(input, options);
    if (!built.ok())
        return built.error();
    ProtocolDraft draft;
    draft.document = *built;
    draft.inputHash = input.snapshotHash();
    auto latest = ProtocolVersionStore(hearingDir).latest(options.language, draft.document.kind);
    if (!latest.ok())
        return latest.error();
    if (*latest) {
        draft.previous = **latest;
        draft.merge = regenerate(*draft.previous, draft.document, draft.inputHash);
        draft.document = draft.merge.document;
    }
    return draft;
}

QString protocolFormatId(ProtocolFormat format)
{
    switch (format) {
    case ProtocolFormat::Pdf:
        return QStringLiteral("pdf");
    case ProtocolFormat::Odt:
        return QStringLiteral("odt");
    case ProtocolFormat::Html:
        return QStringLiteral("html");
    }
    return {};
}

std::optional<ProtocolFormat> protocolFormatFromId(const QString &id)
{
    for (ProtocolFormat format : { ProtocolFormat::Pdf, ProtocolFormat::Odt, ProtocolFormat::Html })
        if (protocolFormatId(format) == id)
            return format;
    return std::nullopt;
}

Status writeProtocolFile(const ProtocolDocument &document, ProtocolFormat format, const QString &path)
{
    QSaveFile file(path); // a temporary file renamed over path on commit: never half-written
    if (!file.open(QIODevice::WriteOnly))
        return Error::of(ErrorCode::FileUnwritable, { path, file.errorString() });
    if (format == ProtocolFormat::Pdf) {
        if (Status status = PdfWriter::write(document, &file); !status.ok()) {
            file.cancelWriting();
            return status;
        }
    } else {
        const QByteArray bytes
            = format == ProtocolFormat::Odt ? OdtWriter::write(document) : HtmlWriter::write(document);
        if (file.write(bytes) != bytes.size()) {
            file.cancelWriting();
            return Error::of(ErrorCode::FileUnwritable, { path, file.errorString() });
        }
    }
    if (!file.commit())
        return Error::of(ErrorCode::FileUnwritable, { path, file.errorString() });
    return {};
}

std::optional<RecordingSegment> recordingSegmentAt(const QString &hearingDir, qint64 timeMs)
{
    const QString path = QDir(hearingDir).filePath(SegmentManifest::fileName());
    if (timeMs < 0 || !QFileInfo::exists(path))
        return std::nullopt;
    const auto contents = SegmentManifest::read(path);
    if (!contents.ok())
        return std::nullopt;
    for (const ManifestEntry &entry : contents->entries) {
        if (entry.parsed && entry.type == ManifestEntry::Type::Segment && timeMs >= entry.startMs
            && timeMs < entry.startMs + entry.durationMs)
            return RecordingSegment { entry.path, entry.startMs, entry.durationMs };
    }
    return std::nullopt;
}

} // namespace hattama::protocol
