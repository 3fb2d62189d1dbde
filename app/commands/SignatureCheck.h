#pragma once

#include "commands/Command.h"

namespace hattama::cli {

// The signature section of `hattama verify` (docs/signature.md): prints each signed protocol
// version's signers (who, when, chain, revocation) and every problem, naming the file.
// Returns 0 when every signature holds (or there is none), 1 when one does not.
int verifySignatures(CommandContext &ctx, const QString &hearingDir, const QString &trustDir, const QString &ocspUrl);

} // namespace hattama::cli
