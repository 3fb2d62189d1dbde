#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

#include <functional>

// Readable Catch2 messages for Qt strings.
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template <>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList &value)
    {
        return "[" + value.join(QStringLiteral(" | ")).toStdString() + "]";
    }
};
} // namespace Catch

namespace hattama::test {

struct ProcessResult {
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

// The environment every test process gets: HOME, XDG folders and settings inside homeDir,
// English messages unless a test says otherwise.
QProcessEnvironment isolatedEnvironment(const QString &homeDir);

// Runs the built hattama binary with args and waits (timeoutMs) for it to finish.
ProcessResult runHattama(const QStringList &args, const QProcessEnvironment &env, int timeoutMs = 60'000);

// Runs any program (ffprobe, openssl, …).
ProcessResult runProgram(const QString &program, const QStringList &args, int timeoutMs = 60'000,
                         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

// ffprobe's -show_streams -show_format of a media file, as JSON (fails the test if it cannot).
QJsonObject probeMedia(const QString &file);

// The microphone tracks ("tracks"."audio") of a hearing folder's recording.json (fails the
// test if it cannot be read).
QJsonArray recordedAudioTracks(const QString &hearingDir);

// Waits until condition() holds: polls it every few milliseconds, running step() (e.g. the
// recorder's service()) before each look. The timeout only bounds a failure; it is never the
// thing waited for. Returns whether the condition came true.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 30'000, const std::function<void()> &step = {});

// The trimmed lines of a --help section ("Commands:", "Environment:", …) up to the blank line
// that ends it.
QStringList helpSection(const QString &help, const QString &heading);

QString hattamaBinary();
QString sourceDir();

} // namespace hattama::test
