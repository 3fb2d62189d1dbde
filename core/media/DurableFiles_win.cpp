#include "media/DurableFiles.h"

#include <QDir>

#include <windows.h>

namespace hattama::DurableFiles {

namespace {
QString lastErrorText()
{
    return QStringLiteral("Windows error %1").arg(static_cast<qulonglong>(GetLastError()));
}
} // namespace

Status syncFile(const QString &path)
{
    const std::wstring native = QDir::toNativeSeparators(path).toStdWString();
    HANDLE handle = CreateFileW(native.c_str(), GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
        nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return Error::of(ErrorCode::FileSyncFailed, { path, lastErrorText() });
    const BOOL ok = FlushFileBuffers(handle);
    const QString error = ok ? QString() : lastErrorText();
    CloseHandle(handle);
    if (!ok)
        return Error::of(ErrorCode::FileSyncFailed, { path, error });
    return {};
}

Status syncDirectory(const QString &)
{
    // NTFS journals metadata; a renamed or created entry is durable once the file is flushed.
    return {};
}

Status replaceFile(const QString &from, const QString &to)
{
    const std::wstring nativeFrom = QDir::toNativeSeparators(from).toStdWString();
    const std::wstring nativeTo = QDir::toNativeSeparators(to).toStdWString();
    if (!MoveFileExW(nativeFrom.c_str(), nativeTo.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return Error::of(ErrorCode::FileRenameFailed, { from, to, lastErrorText() });
    return {};
}

Result<std::unique_ptr<GrowingFile>> GrowingFile::create(const QString &path)
{
    const std::wstring native = QDir::toNativeSeparators(path).toStdWString();
    HANDLE handle = CreateFileW(native.c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
        nullptr, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        if (GetLastError() == ERROR_DISK_FULL)
            return Error::of(ErrorCode::DiskFull, { path });
        return Error::of(ErrorCode::FileUnwritable, { path, lastErrorText() });
    }
    return std::unique_ptr<GrowingFile>(new GrowingFile(path, reinterpret_cast<qintptr>(handle)));
}

GrowingFile::~GrowingFile()
{
    if (m_handle != -1)
        CloseHandle(reinterpret_cast<HANDLE>(m_handle));
}

Status GrowingFile::syncData()
{
    if (!FlushFileBuffers(reinterpret_cast<HANDLE>(m_handle)))
        return Error::of(ErrorCode::FileSyncFailed, { m_path, lastErrorText() });
    return {};
}

} // namespace hattama::DurableFiles
