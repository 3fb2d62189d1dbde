#include "util/LogFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QStandardPaths>

#include <cstdio>

namespace hattama {

namespace {

struct LogState {
    QMutex mutex;
    LogFile::Options options;
    QFile file;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

LogState &state()
{
    static LogState s;
    return s;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "critical";
    case QtFatalMsg: return "fatal";
    }
    return "?";
}

void rotateLocked(LogState &s)
{
    s.file.close();
    const QString base = s.options.path;
    QFile::remove(base + QStringLiteral(".%1").arg(s.options.keepFiles));
    for (int i = s.options.keepFiles - 1; i >= 1; --i)
        QFile::rename(base + QStringLiteral(".%1").arg(i), base + QStringLiteral(".%1").arg(i + 1));
    if (s.options.keepFiles > 0)
        QFile::rename(base, base + QStringLiteral(".1"));
    else
        QFile::remove(base);
    s.file.setFileName(base);
    s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogState &s = state();
    const QByteArray line = QStringLiteral("%1 %2 %3: %4\n")
                                .arg(QDateTime::currentDateTime().toString(Qt::ISODateWithMs),
                                     QString::fromLatin1(levelName(type)),
                                     QString::fromLatin1(context.category ? context.category : "default"),
                                     message)
                                .toUtf8();
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            if (s.file.size() + line.size() > s.options.maxBytes)
                rotateLocked(s);
            s.file.write(line);
            s.file.flush();
        }
    }
    if (s.options.echoWarningsToStderr && type != QtDebugMsg && type != QtInfoMsg) {
        std::fputs(line.constData(), stderr);
        std::fflush(stderr);
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

bool LogFile::install(const Options &options)
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    s.options = options;
    if (s.options.path.isEmpty())
        s.options.path = defaultPath();
    if (!QDir().mkpath(QFileInfo(s.options.path).absolutePath()))
        return false;
    s.file.close();
    s.file.setFileName(s.options.path);
    if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return false;
    if (!s.installed) {
        s.previous = qInstallMessageHandler(handler);
        s.installed = true;
    }
    return true;
}

void LogFile::uninstall()
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    if (s.installed) {
        qInstallMessageHandler(s.previous);
        s.installed = false;
    }
    s.file.close();
}

QString LogFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/logs/hattama.log");
}

QString LogFile::currentPath()
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    return s.installed ? s.options.path : QString();
}

} // namespace hattama
