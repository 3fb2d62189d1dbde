#include "copy/CompactProgram.h"

namespace hattama::copy {

// This build has no compact profile: the program video comes with its own change.
Result<CompactReport> writeCompactProgram(const CompactRequest &request,
    const std::function<void(double fraction)> &progress, const std::atomic_bool *cancel)
{
    Q_UNUSED(request);
    Q_UNUSED(progress);
    Q_UNUSED(cancel);
    return Error::of(ErrorCode::CopyProfileUnavailable, { QStringLiteral("compact") });
}

} // namespace hattama::copy
