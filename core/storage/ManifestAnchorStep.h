#pragma once

#include "media/VerificationStep.h"

namespace hattama {

class Database;

// `hattama verify` with the database: compares the folder's manifest with the heads anchored
// in the audit log as the recording went (AuditManifestAnchor). Every anchored head must still
// be in the manifest, line for line: fewer lines is a cut-off tail (or a removed close line),
// another hash at an anchored line is a rewritten chain. Runs after the manifest step.
class ManifestAnchorStep : public VerificationStep {
public:
    explicit ManifestAnchorStep(Database &db)
        : m_db(db)
    {
    }
    QString name() const override { return QStringLiteral("manifest-anchor"); }
    void run(VerificationContext &context, VerificationReport &report) override;

private:
    Database &m_db;
};

} // namespace hattama
