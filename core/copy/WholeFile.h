#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace hattama {

// Writes a small file of a copy whole or not at all (QSaveFile: a temporary file, renamed
// when complete); FileUnwritable naming the path otherwise.
Status writeWholeFile(const QString &path, const QByteArray &bytes);

} // namespace hattama
