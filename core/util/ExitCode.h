#pragma once

namespace hattama {

// Process exit codes shared by every subcommand (docs/command-line.md).
enum class ExitCode : int {
    Ok = 0,          // success
    Failed = 1,      // the operation ran and failed (e.g. verification found tampering)
    Usage = 2,       // bad command line, bad input file, or a feature not built yet
    Environment = 3, // device missing, disk full, database unreachable
};

constexpr int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace hattama
