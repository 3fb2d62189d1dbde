#include "hearing/HearingStatus.h"

#include <array>
#include <utility>

namespace hattama {

namespace {
constexpr std::array<std::pair<HearingStatus, const char *>, 8> kStatusIds { {
    { HearingStatus::Scheduled, "scheduled" },
    { HearingStatus::Live, "live" },
    { HearingStatus::Recess, "recess" },
    { HearingStatus::Ended, "ended" },
    { HearingStatus::ProtocolDraft, "protocol_draft" },
    { HearingStatus::Signed, "signed" },
    { HearingStatus::Issued, "issued" },
    { HearingStatus::Archived, "archived" },
} };
} // namespace

QString statusId(HearingStatus status)
{
    for (const auto &[value, id] : kStatusIds) {
        if (value == status)
            return QString::fromLatin1(id);
    }
    return {};
}

std::optional<HearingStatus> statusFromId(const QString &id)
{
    for (const auto &[value, name] : kStatusIds) {
        if (id == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

QList<HearingStatus> nextStatuses(HearingStatus from)
{
    switch (from) {
    case HearingStatus::Scheduled:
        return { HearingStatus::Live };
    case HearingStatus::Live:
        return { HearingStatus::Recess, HearingStatus::Ended };
    case HearingStatus::Recess:
        return { HearingStatus::Live, HearingStatus::Ended };
    case HearingStatus::Ended:
        return { HearingStatus::ProtocolDraft };
    case HearingStatus::ProtocolDraft:
        return { HearingStatus::Signed };
    case HearingStatus::Signed:
        return { HearingStatus::Issued };
    case HearingStatus::Issued:
        return { HearingStatus::Archived };
    case HearingStatus::Archived:
        return {};
    }
    return {};
}

bool canTransition(HearingStatus from, HearingStatus to)
{
    return nextStatuses(from).contains(to);
}

} // namespace hattama
