#include "commands/PasswordPrompt.h"

#include <windows.h>

namespace hattama::cli {

std::optional<QByteArray> promptPassword(const QString &prompt)
{
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (GetFileType(input) != FILE_TYPE_CHAR || !GetConsoleMode(input, &mode))
        return std::nullopt;
    const std::wstring text = prompt.toStdWString();
    DWORD written = 0;
    WriteConsoleW(GetStdHandle(STD_ERROR_HANDLE), text.c_str(), static_cast<DWORD>(text.size()), &written, nullptr);
    SetConsoleMode(input, mode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT));
    wchar_t buffer[512];
    DWORD read = 0;
    ReadConsoleW(input, buffer, 511, &read, nullptr);
    SetConsoleMode(input, mode);
    WriteConsoleW(GetStdHandle(STD_ERROR_HANDLE), L"\r\n", 2, &written, nullptr);
    QString password = QString::fromWCharArray(buffer, static_cast<int>(read));
    while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    return password.toUtf8();
}

} // namespace hattama::cli
