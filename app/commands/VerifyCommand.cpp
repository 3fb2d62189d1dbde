#include "commands/CommandFactories.h"

namespace hattama::cli {

Command verifyCommand()
{
    Command command;
    command.name = QStringLiteral("verify");
    command.summary = QT_TRANSLATE_NOOP("Command", "Check a hearing folder: the media hash chain, then the signatures.");
    command.synopsis = "verify DIR";
    // Not built yet: --help marks it so and running it exits 2.
    return command;
}

} // namespace hattama::cli
