#include "session/DiskPolicy.h"

#include <QSettings>

namespace hattama {

namespace {
const QString kWarnKey = QStringLiteral("recording/diskWarnHours");
const QString kStopKey = QStringLiteral("recording/diskStopMb");
} // namespace

DiskPolicy DiskPolicy::fromSettings(const QSettings &settings)
{
    DiskPolicy policy;
    bool ok = false;
    const double warn = settings.value(kWarnKey).toDouble(&ok);
    if (ok && warn >= 0)
        policy.warnBelowHours = warn;
    const qint64 stopMb = settings.value(kStopKey).toLongLong(&ok);
    if (ok && stopMb > 0)
        policy.stopBelowBytes = stopMb * 1024 * 1024;
    return policy;
}

void DiskPolicy::save(QSettings &settings) const
{
    settings.setValue(kWarnKey, warnBelowHours);
    settings.setValue(kStopKey, stopBelowBytes / (1024 * 1024));
}

} // namespace hattama
