#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace hattama::cli {

// Reads a password from the terminal without echoing it, after printing prompt to it.
// nullopt when standard input is not a terminal (nothing to ask on). Platform code:
// PasswordPrompt_linux.cpp (termios), PasswordPrompt_win.cpp (console mode).
std::optional<QByteArray> promptPassword(const QString &prompt);

} // namespace hattama::cli
