#pragma once

#include "protocol/ProtocolBuilder.h"
#include "protocol/ProtocolDocument.h"
#include "protocol/ProtocolInput.h"
#include "protocol/ProtocolVersion.h"
#include "util/Result.h"

#include <QString>

#include <optional>

namespace hattama::protocol {

// The protocol as its draft reads now: built afresh from the hearing data, with the manual
// edits of the latest draft version in the same language and kind carried over (regenerate()).
// Shared by `hattama protocol` and the protocol window.
struct ProtocolDraft {
    ProtocolDocument document;
    QString inputHash; // the snapshot of the hearing data document was built from
    std::optional<ProtocolVersion> previous; // the latest draft version merged in, if any
    RegenerationResult merge; // what the merge reported; meaningful when previous is set
};

// Builds the protocol of input and merges the latest draft kept in hearingDir/protocol/.
// Errors: those of ProtocolBuilder::build, and a damaged draft version (its edits must not be
// silently lost).
Result<ProtocolDraft> buildProtocolDraft(
    const ProtocolInput &input, const QString &hearingDir, const ProtocolBuilder::Options &options);

enum class ProtocolFormat { Pdf, Odt, Html };

// "pdf", "odt", "html"
QString protocolFormatId(ProtocolFormat format);
std::optional<ProtocolFormat> protocolFormatFromId(const QString &id);

// Writes document as format to path, whole or not at all (a temporary file renamed on
// success). PDF needs a QGuiApplication (fonts). Errors: environment (path not writable).
Status writeProtocolFile(const ProtocolDocument &document, ProtocolFormat format, const QString &path);

// Where a moment of the hearing is in its recording: the closed media segment listed in
// hearingDir/manifest.jsonl whose span holds timeMs.
struct RecordingSegment {
    QString path; // relative to the hearing folder, e.g. "media/part-01/seg-00003.mkv"
    qint64 startMs = 0; // on the hearing clock
    qint64 durationMs = 0;
};
// nullopt when the hearing has no manifest, or no closed segment holds timeMs yet (the
// segment being recorded is listed only once it is closed). Only reads the manifest.
std::optional<RecordingSegment> recordingSegmentAt(const QString &hearingDir, qint64 timeMs);

} // namespace hattama::protocol
