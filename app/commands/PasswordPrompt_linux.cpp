#include "commands/PasswordPrompt.h"

#include <termios.h>
#include <unistd.h>

#include <cstdio>

namespace hattama::cli {

std::optional<QByteArray> promptPassword(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    const QByteArray text = prompt.toLocal8Bit();
    (void)!write(STDERR_FILENO, text.constData(), static_cast<size_t>(text.size()));
    termios saved {};
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    quiet.c_lflag |= ECHONL;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    QByteArray password;
    char c = 0;
    while (read(STDIN_FILENO, &c, 1) == 1 && c != '\n' && c != '\r')
        password.append(c);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    return password;
}

} // namespace hattama::cli
