#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace hattama {

// Where a hearing's manifest stands: its last line's "entry" hash and how many lines and
// segments lead to it. Kept outside the folder (the database's audit chain), it lets verify
// find a cut-off tail or a recomputed chain that the folder alone cannot show.
struct ManifestHead {
    QString hearingId; // the manifest header's "hearing"
    QByteArray genesisHex; // "entry" of the header line: which manifest of that hearing
    int lines = 0;
    int segments = 0;
    QByteArray entryHex; // "entry" of line `lines`
    bool closed = false; // line `lines` is a close line
};

// Receives the manifest's head after every line the recorder (or recover) appends: each closed
// segment, each close line. Called on the segment writer's closing thread or the owner's thread;
// an implementation opens its own resources per call (a database connection per thread).
// A failure is logged by the caller and never stops a recording: the folder stays the record.
class ManifestAnchor {
public:
    virtual ~ManifestAnchor() = default;
    virtual Status anchor(const ManifestHead &head) = 0;
};

} // namespace hattama
