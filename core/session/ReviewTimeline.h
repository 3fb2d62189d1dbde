#pragma once

#include "playback/HearingTimeline.h"
#include "util/Result.h"

#include <QString>

namespace hattama {

class Database;

// The timeline a reviewer plays: the recording of a hearing folder, with the microphones and
// cameras named from the hearing's channel map (participant and role in lang) and its entries
// as markers when the database (optional) holds the hearing. A folder the database does not
// know still plays, with the names as recorded and no entries.
Result<HearingTimeline> openReviewTimeline(const QString &hearingDir, Database *db, const QString &lang);

} // namespace hattama
