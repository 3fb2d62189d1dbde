#include "DisplayCheck.h"

namespace hattama {

bool DisplayCheck::available(QString *)
{
    return true; // a Windows session always has a desktop
}

QString DisplayCheck::setting()
{
    return QStringLiteral("Windows desktop");
}

} // namespace hattama
