#include "capture/StderrSilencer.h"

#include <QtGlobal>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace hattama {

StderrSilencer::StderrSilencer()
{
    if (qEnvironmentVariableIntValue("HATTAMA_PORTAUDIO_VERBOSE") != 0)
        return;
    const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (null < 0)
        return;
    std::fflush(stderr);
    m_savedFd = ::dup(STDERR_FILENO);
    if (m_savedFd >= 0)
        ::dup2(null, STDERR_FILENO);
    ::close(null);
}

StderrSilencer::~StderrSilencer()
{
    if (m_savedFd < 0)
        return;
    std::fflush(stderr);
    ::dup2(m_savedFd, STDERR_FILENO);
    ::close(m_savedFd);
}

} // namespace hattama
