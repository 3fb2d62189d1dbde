#include "commands/CommandFactories.h"

namespace hattama::cli {

Command hearingCommand()
{
    Command command;
    command.name = QStringLiteral("hearing");
    command.summary = QT_TRANSLATE_NOOP("Command", "Import, list and show hearings.");
    command.synopsis = "hearing import FILE.json | list | show ID [--json]";
    // Not built yet: --help marks it so and running it exits 2.
    return command;
}

} // namespace hattama::cli
