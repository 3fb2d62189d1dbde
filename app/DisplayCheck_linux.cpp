#include "DisplayCheck.h"

#include <QtGlobal>

namespace hattama {

namespace {

QString variable(const char *name)
{
    return QStringLiteral("%1=%2").arg(QLatin1String(name), qEnvironmentVariable(name));
}

// The platform Qt will try first: QT_QPA_PLATFORM's first choice ("xcb;wayland"), or Qt's own
// pick on Linux (wayland in a Wayland session, xcb otherwise).
QString platform()
{
    const QString chosen = qEnvironmentVariable("QT_QPA_PLATFORM").section(QLatin1Char(';'), 0, 0);
    if (!chosen.isEmpty())
        return chosen.section(QLatin1Char(':'), 0, 0);
    if (!qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return QStringLiteral("wayland");
    return QStringLiteral("xcb");
}

} // namespace

bool DisplayCheck::available(QString *setting)
{
    const QString name = platform();
    bool ok = true;
    if (name == QLatin1String("xcb"))
        ok = !qEnvironmentVariableIsEmpty("DISPLAY");
    else if (name.startsWith(QLatin1String("wayland")))
        ok = !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    // offscreen, minimal, vnc, eglfs, linuxfb…: no display variable to look at.
    if (!ok && setting)
        *setting = DisplayCheck::setting();
    return ok;
}

QString DisplayCheck::setting()
{
    return platform().startsWith(QLatin1String("wayland")) ? variable("WAYLAND_DISPLAY") : variable("DISPLAY");
}

} // namespace hattama
