#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace hattama {

// The court's time zone. Every time the program shows or prints is the court's time, whatever
// zone the computer itself runs on (a courtroom PC may run on UTC). Kazakhstan: UTC+5.
// A court setting: "court/timeZone" in the settings, an IANA id («Asia/Almaty») or an offset
// («UTC+05:00»); UTC+5 when unset or not understood.
class CourtTime {
public:
    static constexpr int kDefaultOffsetSeconds = 5 * 3600;
    static QString settingKey() { return QStringLiteral("court/timeZone"); }

    static QTimeZone zone();
    // Now, in the court's zone.
    static QDateTime now();
    // The same moment in the court's zone (invalid stays invalid).
    static QDateTime toCourt(const QDateTime &time);
    // Today's date in the court.
    static QDate today();
};

} // namespace hattama
