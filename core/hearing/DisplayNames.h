#pragma once

#include "hearing/HearingModel.h"
#include "hearing/HearingStatus.h"

#include <QString>

namespace hattama {

// Names shown to people, in the interface language (translated through the "HearingNames"
// context). Stored data keeps the stable ids (categoryId(), statusId()).
QString categoryDisplayName(CaseCategory category);
QString statusDisplayName(HearingStatus status);
// «Судья — Ахметов А.Б.»: the role in lang (ru, kk; see roleName) and the name; either alone
// when the other is empty.
QString participantDisplayName(const Participant &participant, const QString &lang);
// The same with the role named as the law names it in that kind of proceeding (roleName).
QString participantDisplayName(const Participant &participant, const QString &lang, CaseCategory category);

} // namespace hattama
