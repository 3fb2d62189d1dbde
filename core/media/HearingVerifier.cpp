#include "media/HearingVerifier.h"

#include "media/HearingFolder.h"
#include "media/ManifestChainStep.h"
#include "media/MediaProbeStep.h"
#include "media/SegmentFilesStep.h"
#include "util/Logging.h"

#include <QDir>
#include <QFileInfo>

namespace hattama {

HearingVerifier HearingVerifier::withDefaultSteps()
{
    HearingVerifier verifier;
    verifier.addStep(std::make_unique<ManifestChainStep>());
    verifier.addStep(std::make_unique<SegmentFilesStep>());
    verifier.addStep(std::make_unique<MediaProbeStep>());
    return verifier;
}

void HearingVerifier::addStep(std::unique_ptr<VerificationStep> step)
{
    m_steps.push_back(std::move(step));
}

Result<VerificationReport> HearingVerifier::verify(const QString &hearingDir) const
{
    const QFileInfo info(hearingDir);
    if (!info.isDir())
        return Error::of(ErrorCode::NotAFolder, { hearingDir });
    if (!info.isReadable() || !QDir(hearingDir).isReadable())
        return Error::of(ErrorCode::FolderUnreadable, { hearingDir });

    VerificationContext context;
    context.hearingDir = info.absoluteFilePath();
    context.progress = m_progress;
    context.live = HearingFolder::isBeingRecorded(context.hearingDir);
    VerificationReport report;
    report.hearingDir = context.hearingDir;
    report.summary.live = context.live;
    for (const auto &step : m_steps) {
        step->run(context, report);
        report.stepsRun << step->name();
        if (context.environmentProblem)
            return *context.environmentProblem;
    }
    qCInfo(lcMedia) << "verified" << context.hearingDir << (report.intact() ? "intact" : "NOT intact") << "with"
                    << report.findings.size() << "findings";
    for (const VerificationFinding &finding : std::as_const(report.findings))
        qCInfo(lcMedia).noquote() << "verify:" << finding.message;
    return report;
}

} // namespace hattama
