#include "signature/SignatureSettings.h"

#include "util/SystemConfig.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace hattama::signature {

QString SignatureSettings::trustFolder(const QString &explicitDir, const QString &archiveDir)
{
    QString folder = explicitDir.trimmed();
    if (folder.isEmpty())
        folder = QSettings().value(QString::fromLatin1(kUserTrustDir)).toString().trimmed();
    if (folder.isEmpty())
        folder = SystemConfig::text(SystemConfig::kTrustedCaDir);
    if (folder.isEmpty())
        folder = QDir(archiveDir).filePath(QStringLiteral("trust"));
    return QFileInfo(folder).absoluteFilePath();
}

QString SignatureSettings::ocspUrl(const QString &explicitUrl)
{
    if (!explicitUrl.isEmpty())
        return explicitUrl;
    return QSettings().value(QString::fromLatin1(kOcspUrl)).toString().trimmed();
}

QString SignatureSettings::tsaUrl()
{
    return QSettings().value(QString::fromLatin1(kTsaUrl)).toString().trimmed();
}

} // namespace hattama::signature
