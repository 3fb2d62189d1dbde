#pragma once

#include "hearing/HearingModel.h"
#include "hearing/HearingStatus.h"

#include <QString>

namespace hattama {

// Names shown to people, in the interface language (translated through the "HearingNames"
// context). Stored data keeps the stable ids (categoryId(), statusId()).
QString categoryDisplayName(CaseCategory category);
QString statusDisplayName(HearingStatus status);

} // namespace hattama
