#include "util/SystemConfig.h"

#include "util/Logging.h"

#include <QFileInfo>
#include <QSettings>

namespace hattama {

QString SystemConfig::path()
{
    const QString configured = qEnvironmentVariable("HATTAMA_SYSTEM_CONFIG");
    return configured.isEmpty() ? defaultPath() : configured;
}

QString SystemConfig::defaultPath()
{
    return QStringLiteral(HATTAMA_SYSTEM_CONFIG_PATH);
}

QVariant SystemConfig::value(const char *key, const QVariant &defaultValue)
{
    const QString name = QString::fromLatin1(key);
    const QSettings user;
    if (user.contains(name))
        return user.value(name);
    const QString file = path();
    if (!QFileInfo::exists(file))
        return defaultValue;
    const QSettings system(file, QSettings::IniFormat);
    if (system.status() != QSettings::NoError) {
        qCWarning(lcApp) << "the system configuration" << file << "cannot be read; its settings are ignored";
        return defaultValue;
    }
    return system.value(name, defaultValue);
}

QString SystemConfig::text(const char *key)
{
    return value(key).toString().trimmed();
}

QTimeZone SystemConfig::courtTimeZone()
{
    const QTimeZone fallback(5 * 3600);
    const QString id = text(kCourtTimeZone);
    if (id.isEmpty())
        return fallback;
    const QTimeZone zone(id.toUtf8());
    if (!zone.isValid()) {
        qCWarning(lcApp) << "court/timeZone" << id << "is not a time zone; using UTC+05:00";
        return fallback;
    }
    return zone;
}

} // namespace hattama
