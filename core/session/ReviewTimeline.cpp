#include "session/ReviewTimeline.h"

#include "storage/HearingRepository.h"

#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcReviewTimeline, "hattama.session")

namespace hattama {

Result<HearingTimeline> openReviewTimeline(const QString &hearingDir, Database *db, const QString &lang)
{
    auto timeline = HearingTimeline::open(hearingDir);
    if (!timeline || !db)
        return timeline;
    // The archive keeps each hearing in a folder named by its ID; recording.json names it too.
    const QString folderId = QFileInfo(hearingDir).fileName();
    auto record = HearingRepository(*db).load(folderId);
    if (!record && !timeline->hearingId().isEmpty() && timeline->hearingId() != folderId)
        record = HearingRepository(*db).load(timeline->hearingId());
    if (!record) {
        qCInfo(lcReviewTimeline) << "review of" << hearingDir << "without the hearing's names and entries:"
                                 << record.error().text();
        return timeline;
    }
    timeline->applyHearing(*record, lang);
    return timeline;
}

} // namespace hattama
