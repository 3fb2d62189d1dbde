#include "util/CourtTime.h"

#include "util/SystemConfig.h"

namespace hattama {

QTimeZone CourtTime::zone()
{
    // The user's setting, else /etc/hattama/hattama.conf's, else UTC+5.
    return SystemConfig::courtTimeZone();
}

QDateTime CourtTime::now()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(zone());
}

QDateTime CourtTime::toCourt(const QDateTime &time)
{
    return time.isValid() ? time.toTimeZone(zone()) : QDateTime();
}

QDate CourtTime::today()
{
    return now().date();
}

} // namespace hattama
