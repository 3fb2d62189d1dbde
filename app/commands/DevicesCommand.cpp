#include "commands/CommandFactories.h"

namespace hattama::cli {

Command devicesCommand()
{
    Command command;
    command.name = QStringLiteral("devices");
    command.summary = QT_TRANSLATE_NOOP("Command", "List audio inputs (with channel counts), cameras and demo sources.");
    command.synopsis = "devices [--json]";
    // Not built yet: --help marks it so and running it exits 2.
    return command;
}

} // namespace hattama::cli
