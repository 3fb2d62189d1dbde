#pragma once

#include <QString>
#include <QVariantMap>

namespace hattama::protocol {

struct ProtocolInput;

// What a hearing's recording is, as its media manifest (manifest.jsonl) lists it: the closed
// segments only, so what the protocol states is what `hattama verify` checks. Read from the
// hearing folder; a folder without a manifest, or a manifest without segments, has no recording.
struct RecordingSummary {
    int parts = 0; // uninterrupted recording runs (a recess or a restart begins a new one)
    int segments = 0;
    qint64 durationMs = 0; // recorded time, all parts together (recesses not counted)
    qint64 endMs = 0; // where the last closed segment ends on the hearing clock
    QString manifestHeadHash; // the "entry" hash of the manifest's last line

    bool present() const { return segments > 0 && !manifestHeadHash.isEmpty(); }

    // Only reads the files; an unreadable manifest reads as no recording.
    static RecordingSummary read(const QString &hearingDir);

    // ru «1 часть», «2 части», «5 частей»; kk «2 бөлік».
    static QString partsPhrase(int parts, const QString &lang);
    // The template names about the recording (docs/protocol-templates.md): has_recording,
    // manifest_hash, recording_parts, recording_parts_phrase, recording_duration.
    static QVariantMap templateContext(const ProtocolInput &input, const QString &lang);
};

} // namespace hattama::protocol
