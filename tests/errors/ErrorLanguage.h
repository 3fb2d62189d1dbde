#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace hattama::test {

// The Latin-letter words of three or more letters left in text once the error's arguments
// (paths, device names, details from libraries), paths and file names, commands and options to
// type ("hattama verify …", "--archive") and the allowed proper names (PostgreSQL, SQLite,
// JSON, FFmpeg, PortAudio, PDF, DejaVu, ISO, UTC, Hattama) are taken out. Empty: no English left.
QStringList englishWords(const QString &text, const Error &error);

// Whether text has Cyrillic letters.
bool hasCyrillic(const QString &text);

} // namespace hattama::test
