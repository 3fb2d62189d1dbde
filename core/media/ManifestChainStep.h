#pragma once

#include "media/VerificationStep.h"

namespace hattama {

// Reads manifest.jsonl: torn last line, malformed/altered/unchained lines, order of the
// listed segments, and whether recording.json and the manifest agree that it is closed.
class ManifestChainStep : public VerificationStep {
public:
    QString name() const override { return QStringLiteral("manifest-chain"); }
    void run(VerificationContext &context, VerificationReport &report) override;
};

} // namespace hattama
