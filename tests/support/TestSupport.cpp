#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

#include <chrono>
#include <thread>

namespace hattama::test {

QProcessEnvironment isolatedEnvironment(const QString &homeDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QDir().mkpath(homeDir);
    env.insert(QStringLiteral("HOME"), homeDir);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), homeDir + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), homeDir + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), homeDir + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("HATTAMA_ARCHIVE"));
    // Not the computer's /etc/hattama/hattama.conf: a test that wants one writes it here.
    env.insert(QStringLiteral("HATTAMA_SYSTEM_CONFIG"), homeDir + QStringLiteral("/system/hattama.conf"));
    return env;
}

QStringList helpSection(const QString &help, const QString &heading)
{
    QStringList lines;
    bool inside = false;
    for (const QString &line : help.split(QLatin1Char('\n'))) {
        if (line == heading) {
            inside = true;
            continue;
        }
        if (inside && line.trimmed().isEmpty())
            break;
        if (inside)
            lines << line.trimmed();
    }
    return lines;
}

ProcessResult runProgram(const QString &program, const QStringList &args, int timeoutMs, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    ProcessResult result;
    if (!process.waitForStarted(10'000)) {
        result.err = QStringLiteral("could not start %1: %2").arg(program, process.errorString());
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out after %1 ms\n").arg(timeoutMs);
    }
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = result.crashed ? -1 : process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err += QString::fromUtf8(process.readAllStandardError());
    return result;
}

QJsonObject probeMedia(const QString &file)
{
    const auto result = runProgram(QStringLiteral("ffprobe"),
        { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_streams"), QStringLiteral("-show_format"),
            QStringLiteral("-of"), QStringLiteral("json"), file });
    REQUIRE(result.exitCode == 0);
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

QJsonArray recordedAudioTracks(const QString &hearingDir)
{
    QFile file(QDir(hearingDir).filePath(QStringLiteral("recording.json")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QStringLiteral("tracks"))
        .toObject()
        .value(QStringLiteral("audio"))
        .toArray();
}

ProcessResult runHattama(const QStringList &args, const QProcessEnvironment &env, int timeoutMs)
{
    return runProgram(hattamaBinary(), args, timeoutMs, env);
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs, const std::function<void()> &step)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        if (step)
            step();
        if (condition())
            return true;
        if (timer.elapsed() > timeoutMs)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(5)); // the polling interval
    }
}

QString hattamaBinary()
{
    return QStringLiteral(HATTAMA_BINARY);
}

QString sourceDir()
{
    return QStringLiteral(HATTAMA_SOURCE_DIR);
}

} // namespace hattama::test
