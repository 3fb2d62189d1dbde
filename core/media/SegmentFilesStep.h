#pragma once

#include "media/VerificationStep.h"

namespace hattama {

// Hashes every listed segment (missing, altered, swapped) and finds segment files the
// manifest does not list (extra, or unclosed after a crash).
class SegmentFilesStep : public VerificationStep {
public:
    QString name() const override { return QStringLiteral("segment-files"); }
    void run(VerificationContext &context, VerificationReport &report) override;
};

} // namespace hattama
