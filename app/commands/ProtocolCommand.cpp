#include "commands/CommandFactories.h"

namespace hattama::cli {

Command protocolCommand()
{
    Command command;
    command.name = QStringLiteral("protocol");
    command.summary = QT_TRANSLATE_NOOP("Command", "Build the hearing protocol in Russian or Kazakh as PDF, ODT or HTML.");
    command.synopsis = "protocol DIR|ID --lang ru|kk --format pdf|odt|html -o FILE";
    // Not built yet: --help marks it so and running it exits 2.
    return command;
}

} // namespace hattama::cli
