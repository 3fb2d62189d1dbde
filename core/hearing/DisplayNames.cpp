#include "hearing/DisplayNames.h"

#include "hearing/Role.h"

#include <QCoreApplication>

namespace hattama {

QString categoryDisplayName(CaseCategory category)
{
    switch (category) {
    case CaseCategory::Criminal:
        return QCoreApplication::translate("HearingNames", "criminal");
    case CaseCategory::Civil:
        return QCoreApplication::translate("HearingNames", "civil");
    case CaseCategory::Administrative:
        return QCoreApplication::translate("HearingNames", "administrative");
    }
    return {};
}

QString statusDisplayName(HearingStatus status)
{
    switch (status) {
    case HearingStatus::Scheduled:
        return QCoreApplication::translate("HearingNames", "scheduled");
    case HearingStatus::Live:
        return QCoreApplication::translate("HearingNames", "recording");
    case HearingStatus::Recess:
        return QCoreApplication::translate("HearingNames", "recess");
    case HearingStatus::Ended:
        return QCoreApplication::translate("HearingNames", "ended");
    case HearingStatus::ProtocolDraft:
        return QCoreApplication::translate("HearingNames", "protocol draft");
    case HearingStatus::Signed:
        return QCoreApplication::translate("HearingNames", "signed");
    case HearingStatus::Issued:
        return QCoreApplication::translate("HearingNames", "issued");
    case HearingStatus::Archived:
        return QCoreApplication::translate("HearingNames", "archived");
    }
    return {};
}

namespace {
QString joined(const QString &role, const Participant &participant)
{
    if (participant.fullName.isEmpty())
        return role;
    if (role.isEmpty())
        return participant.fullName;
    return role + QStringLiteral(" — ") + participant.fullName;
}
} // namespace

QString participantDisplayName(const Participant &participant, const QString &lang)
{
    return joined(roleName(participant.role, lang), participant);
}

QString participantDisplayName(const Participant &participant, const QString &lang, CaseCategory category)
{
    return joined(roleName(participant.role, lang, category), participant);
}

} // namespace hattama
