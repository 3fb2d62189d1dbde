#include "hearing/RecordingStopReason.h"

#include <array>
#include <utility>

namespace hattama {

namespace {
constexpr std::array<std::pair<RecordingStopReason, const char *>, 6> kReasonIds { {
    { RecordingStopReason::None, "none" },
    { RecordingStopReason::Requested, "requested" },
    { RecordingStopReason::DiskFull, "disk_full" },
    { RecordingStopReason::PartLimit, "part_limit" },
    { RecordingStopReason::Failed, "failure" },
    { RecordingStopReason::CutOff, "cut_off" },
} };
} // namespace

QString stopReasonId(RecordingStopReason reason)
{
    for (const auto &[value, id] : kReasonIds)
        if (value == reason)
            return QString::fromLatin1(id);
    return {};
}

std::optional<RecordingStopReason> stopReasonFromId(const QString &id)
{
    for (const auto &[value, name] : kReasonIds)
        if (id == QLatin1String(name))
            return value;
    return std::nullopt;
}

} // namespace hattama
