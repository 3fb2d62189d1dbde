#pragma once

namespace hattama {

// Sends the process's stderr to the null device while it lives. PortAudio's device scan makes
// ALSA and JACK print dozens of harmless "cannot find card" lines; they would bury the
// command's own output. HATTAMA_PORTAUDIO_VERBOSE=1 keeps them. Platform files:
// StderrSilencer_linux.cpp (dup/dup2), StderrSilencer_win.cpp (_dup/_dup2).
class StderrSilencer {
public:
    StderrSilencer();
    ~StderrSilencer();
    StderrSilencer(const StderrSilencer &) = delete;
    StderrSilencer &operator=(const StderrSilencer &) = delete;

private:
    int m_savedFd = -1;
};

} // namespace hattama
