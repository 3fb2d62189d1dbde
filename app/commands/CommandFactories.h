#pragma once

#include "commands/Command.h"

namespace hattama::cli {

// One factory per subcommand, each in its own XCommand.cpp.
Command devicesCommand();
Command recordCommand();
Command recoverCommand();
Command verifyCommand();
Command hearingCommand();
Command protocolCommand();
Command clipCommand();
Command frameCommand();
Command playCommand();
Command signCommand();
Command remarksCommand();
Command copyCommand();

} // namespace hattama::cli
