#pragma once

#include <QString>
#include <QTimeZone>
#include <QVariant>

namespace hattama {

// Settings a court's IT department sets once for every user of a computer, in the system
// configuration file (INI, /etc/hattama/hattama.conf on Linux; docs/install.md). The file is
// read first, as the defaults; a key set in the user's own settings (QSettings) wins over it.
// Nothing here writes the system file.
class SystemConfig {
public:
    // Keys, the same in the system file and in the user's settings.
    static constexpr const char *kArchivePath = "archive/path";          // archive folder
    static constexpr const char *kDatabaseUrl = "database/url";          // as --db
    static constexpr const char *kTrustedCaDir = "signing/trustedCaDir"; // CA certificates (PEM)
    static constexpr const char *kCourtTimeZone = "court/timeZone";      // IANA id or UTC+05:00

    // $HATTAMA_SYSTEM_CONFIG when set (tests, a second installation), else the path the build
    // chose (CMake HATTAMA_SYSTEM_CONFIG_PATH, default /etc/hattama/hattama.conf).
    static QString path();
    // The path the build chose, whatever the environment says (for documentation).
    static QString defaultPath();

    // The user's setting for key, else the system file's, else defaultValue.
    static QVariant value(const char *key, const QVariant &defaultValue = {});
    // The same as a string, trimmed; empty when neither sets it.
    static QString text(const char *key);

    // The court's time zone: court/timeZone as an IANA id ("Asia/Almaty") or an offset
    // ("UTC+05:00"); UTC+05:00, the one time zone of Kazakhstan, when unset or not valid.
    static QTimeZone courtTimeZone();
};

} // namespace hattama
