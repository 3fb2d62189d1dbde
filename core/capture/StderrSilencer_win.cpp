#include "capture/StderrSilencer.h"

#include <QtGlobal>

#include <cstdio>
#include <fcntl.h>
#include <io.h>

namespace hattama {

StderrSilencer::StderrSilencer()
{
    if (qEnvironmentVariableIntValue("HATTAMA_PORTAUDIO_VERBOSE") != 0)
        return;
    const int null = _open("NUL", _O_WRONLY);
    if (null < 0)
        return;
    std::fflush(stderr);
    m_savedFd = _dup(_fileno(stderr));
    if (m_savedFd >= 0)
        _dup2(null, _fileno(stderr));
    _close(null);
}

StderrSilencer::~StderrSilencer()
{
    if (m_savedFd < 0)
        return;
    std::fflush(stderr);
    _dup2(m_savedFd, _fileno(stderr));
    _close(m_savedFd);
}

} // namespace hattama
