#include "media/FileSync.h"

#include <windows.h>

namespace hattama {

namespace {
bool flushPath(const QString &path, DWORD flags)
{
    HANDLE handle = CreateFileW(reinterpret_cast<const wchar_t *>(path.utf16()), GENERIC_WRITE,
        FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING, flags, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return false;
    const bool ok = FlushFileBuffers(handle) != 0;
    CloseHandle(handle);
    return ok;
}
} // namespace

bool syncFile(const QString &path)
{
    return flushPath(path, FILE_ATTRIBUTE_NORMAL);
}

bool syncDirectory(const QString &)
{
    return true; // NTFS journals directory entries; FlushFileBuffers on a folder needs backup rights
}

} // namespace hattama
