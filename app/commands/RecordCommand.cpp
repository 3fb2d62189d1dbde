#include "commands/CommandFactories.h"

namespace hattama::cli {

Command recordCommand()
{
    Command command;
    command.name = QStringLiteral("record");
    command.summary = QT_TRANSLATE_NOOP("Command", "Record a hearing: every microphone on its own track, every camera in sync.");
    command.synopsis = "record --out DIR [--demo] [--mics N] [--cameras N] [--duration S] [device options]";
    // Not built yet: --help marks it so and running it exits 2.
    return command;
}

} // namespace hattama::cli
