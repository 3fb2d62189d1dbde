#pragma once

#include "media/VerificationStep.h"

#include <QJsonObject>

namespace hattama {

// Reads manifest.jsonl: torn last line, malformed/altered/unchained lines, order of the
// listed segments, whether recording.json and the manifest agree that it is closed and on
// each part's segments and duration, and what recover reported lost after a crash.
class ManifestChainStep : public VerificationStep {
public:
    QString name() const override { return QStringLiteral("manifest-chain"); }
    void run(VerificationContext &context, VerificationReport &report) override;

private:
    static void checkParts(const QJsonObject &recording, const ManifestContents &contents, VerificationReport &report);
};

} // namespace hattama
