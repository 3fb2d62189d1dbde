#include "commands/CommandFactories.h"

namespace hattama::cli {

Command recoverCommand()
{
    Command command;
    command.name = QStringLiteral("recover");
    command.summary = QT_TRANSLATE_NOOP("Command", "Finish a hearing cut off by a crash or power loss.");
    command.synopsis = "recover DIR";
    // Not built yet: --help marks it so and running it exits 2.
    return command;
}

} // namespace hattama::cli
