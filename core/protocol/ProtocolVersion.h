#pragma once

#include "protocol/ProtocolDocument.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace hattama::protocol {

// One saved state of a protocol: its language and kind (inside the document), the hearing
// data it was generated from (ProtocolInput::snapshotHash) and its blocks with any manual
// edits (a block whose text differs from its generatedText).
struct ProtocolVersion {
    int number = 0; // 1, 2, … (v0001.json, v0002.json, …)
    QString inputHash; // generated-from snapshot of the hearing data
    QString createdAtUtc; // ISO 8601, UTC
    QString comment; // e.g. "regenerated after the timeline changed"
    QStringList warnings; // what regeneration reported (kept with the version)
    ProtocolDocument document;

    QJsonObject toJson() const;
    static ProtocolVersion fromJson(const QJsonObject &json);
    int editedBlockCount() const;
    int conflictCount() const;
};

// Regenerating a protocol from changed data without losing manual edits.
struct RegenerationResult {
    ProtocolDocument document;
    bool dataChanged = false; // the hearing data differs from what the previous version was built from
    int keptEdits = 0; // edited blocks carried over
    int conflicts = 0; // of them, blocks whose generated text changed or vanished
    QStringList warnings; // English, one per conflict plus one when the data changed
};

// Merges the manual edits of previous into fresh (a document just generated from data with
// hash freshHash): an edited block keeps its edited text; when its generated text changed or
// its source vanished it is flagged as a conflict (and a vanished one stays at its place).
// Manual blocks stay after the block they followed. Nothing edited is ever dropped.
RegenerationResult regenerate(const ProtocolVersion &previous, const ProtocolDocument &fresh, const QString &freshHash);

} // namespace hattama::protocol
