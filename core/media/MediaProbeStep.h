#pragma once

#include "media/VerificationStep.h"

namespace hattama {

// Opens every intact segment with libavformat for the summary: duration and tracks.
class MediaProbeStep : public VerificationStep {
public:
    QString name() const override { return QStringLiteral("media-probe"); }
    void run(VerificationContext &context, VerificationReport &report) override;
};

} // namespace hattama
