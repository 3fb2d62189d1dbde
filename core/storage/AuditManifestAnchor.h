#pragma once

#include "media/ManifestAnchor.h"
#include "storage/DatabaseLocation.h"

#include <QList>

namespace hattama {

class Database;

// Anchors a hearing's manifest in the database's hash-chained audit log: one row per head
// (action "recording.manifest", object "recording:<hearing id>", details
// {"genesis":hex,"lines":n,"segments":k,"head":hex,"closed":bool}). verify compares the folder
// with these rows (ManifestAnchorStep): whoever cuts off the manifest's tail or recomputes its
// chain in the folder cannot also rewrite the audit chain unnoticed.
//
// anchor() opens its own connection on the calling thread (the recorder's closing thread, or
// the owner's), so one object serves every thread.
class AuditManifestAnchor : public ManifestAnchor {
public:
    explicit AuditManifestAnchor(DatabaseLocation location)
        : m_location(std::move(location))
    {
    }

    Status anchor(const ManifestHead &head) override;
    // The same row through an open connection (recover, tests).
    static Status anchor(Database &db, const ManifestHead &head);

    // Every anchored head of the hearing, oldest first. Rows whose details are not of the
    // documented shape are skipped (the audit chain's own check covers their integrity).
    static Result<QList<ManifestHead>> anchors(Database &db, const QString &hearingId);

    static QString action() { return QStringLiteral("recording.manifest"); }
    static QString object(const QString &hearingId) { return QStringLiteral("recording:") + hearingId; }

private:
    DatabaseLocation m_location;
};

} // namespace hattama
