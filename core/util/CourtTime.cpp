#include "util/CourtTime.h"

#include <QSettings>

namespace hattama {

QTimeZone CourtTime::zone()
{
    const QByteArray id = QSettings().value(settingKey()).toString().trimmed().toUtf8();
    if (!id.isEmpty()) {
        const QTimeZone configured(id);
        if (configured.isValid())
            return configured;
    }
    return QTimeZone(kDefaultOffsetSeconds);
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
