#include "media/DiskReserve.h"

#include "media/DurableFiles.h"
#include "util/Logging.h"

#include <QFile>
#include <QFileInfo>

namespace hattama {

Status DiskReserve::create(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::of(ErrorCode::FileUnwritable, { path, file.errorString() });
    (void)DurableFiles::restrictFile(path);
    const QByteArray block(1 << 20, '\0');
    for (qint64 written = 0; written < bytes;) {
        const qint64 chunk = std::min<qint64>(block.size(), bytes - written);
        if (file.write(block.constData(), chunk) != chunk || !file.flush()) {
            file.close();
            QFile::remove(path);
            return Error::of(ErrorCode::DiskFull, { path });
        }
        written += chunk;
    }
    file.close();
    if (Status synced = DurableFiles::syncFile(path); !synced) {
        QFile::remove(path);
        return synced;
    }
    std::lock_guard lock(m_mutex);
    m_path = path;
    return {};
}

bool DiskReserve::held() const
{
    std::lock_guard lock(m_mutex);
    return !m_path.isEmpty();
}

bool DiskReserve::release()
{
    std::lock_guard lock(m_mutex);
    if (m_path.isEmpty())
        return false;
    const QString path = std::exchange(m_path, QString());
    if (!QFile::remove(path)) {
        qCWarning(lcMedia) << "cannot remove the disk reserve" << path;
        return false;
    }
    (void)DurableFiles::syncDirectory(QFileInfo(path).absolutePath());
    qCInfo(lcMedia) << "disk reserve" << path << "given back";
    return true;
}

} // namespace hattama
