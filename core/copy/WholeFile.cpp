#include "copy/WholeFile.h"

#include <QSaveFile>

namespace hattama {

Status writeWholeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::of(ErrorCode::FileUnwritable, { path, file.errorString() });
    return {};
}

} // namespace hattama
