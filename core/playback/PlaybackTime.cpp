#include "playback/PlaybackTime.h"

#include <QRegularExpression>

namespace hattama {

std::optional<qint64> parseHearingTime(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(?:(?:(\d+):)?(\d{1,2}):)?(\d+)(?:[.,](\d{1,3}))?\s*$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 hours = match.captured(1).toLongLong();
    const qint64 minutes = match.captured(2).toLongLong();
    const qint64 seconds = match.captured(3).toLongLong();
    const bool hasMinutes = !match.captured(2).isEmpty();
    if (hasMinutes && (minutes > 59 || seconds > 59))
        return std::nullopt;
    QString fraction = match.captured(4);
    while (fraction.size() < 3)
        fraction += QLatin1Char('0');
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction.toLongLong();
}

QString formatHearingTime(qint64 ms, bool withMilliseconds)
{
    const bool negative = ms < 0;
    ms = negative ? -ms : ms;
    QString text = QStringLiteral("%1%2:%3:%4")
                       .arg(negative ? QStringLiteral("-") : QString())
                       .arg(ms / 3'600'000, 2, 10, QLatin1Char('0'))
                       .arg((ms / 60'000) % 60, 2, 10, QLatin1Char('0'))
                       .arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'));
    if (withMilliseconds)
        text += QStringLiteral(".%1").arg(ms % 1000, 3, 10, QLatin1Char('0'));
    return text;
}

} // namespace hattama
