#pragma once

#include <QString>

#include <optional>

namespace hattama {

// Hearing times as people write them: "HH:MM:SS", "HH:MM:SS.mmm", "MM:SS" or seconds ("75.5").
std::optional<qint64> parseHearingTime(const QString &text);
// "01:02:03" or, with milliseconds, "01:02:03.456".
QString formatHearingTime(qint64 ms, bool withMilliseconds = false);

} // namespace hattama
