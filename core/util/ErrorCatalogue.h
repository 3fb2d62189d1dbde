#pragma once

#include "util/ErrorCode.h"
#include "util/ExitCode.h"

#include <QList>

namespace hattama {

// One row per ErrorCode: its stable name, exit status and English wording. The wording is the
// source text of the translations (context "ErrorText"); %1… are the error's arguments.
struct ErrorCatalogueEntry {
    ErrorCode code;
    const char *name; // stable name, e.g. "DiskFull" (logs, docs/errors.md)
    ExitCode exit; // the process exit status for this code
    const char *message; // what is wrong
    const char *hint; // what to do; may be empty
    unsigned termArgs; // bit i set: argument i+1 is a term (or ", "-separated terms) to translate
};

class ErrorCatalogue {
public:
    // The row of a code; Generic's row for a code without one.
    static const ErrorCatalogueEntry &entry(ErrorCode code);
    static QList<ErrorCatalogueEntry> entries();

    // Terms that arguments may carry (JSON value types, hearing statuses), English source texts
    // in context "ErrorTerm": the English wording of a term id, or the id itself when unknown.
    // nullptr for an unknown id.
    static const char *termSource(const QString &id);
};

} // namespace hattama
