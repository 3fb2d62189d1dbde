#pragma once

#include "media/VerificationReport.h"
#include "media/VerificationStep.h"
#include "util/Result.h"

#include <functional>
#include <memory>
#include <vector>

namespace hattama {

// `hattama verify`: runs its steps over one hearing folder and collects one report.
// Default steps: manifest chain, segment files, media probe. Signatures and the audit log
// come as further steps (addStep).
class HearingVerifier {
public:
    static HearingVerifier withDefaultSteps();

    void addStep(std::unique_ptr<VerificationStep> step);

    // Optional: called during verify() with (step name, done, total), e.g. per hashed segment.
    using Progress = std::function<void(const QString &step, int done, int total)>;
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // The report (intact() or the findings). Fails (environment) only when the folder or a
    // file in it cannot be read at all.
    Result<VerificationReport> verify(const QString &hearingDir) const;

private:
    std::vector<std::unique_ptr<VerificationStep>> m_steps;
    Progress m_progress;
};

} // namespace hattama
