#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace hattama {

// Renders an Error in the current user-interface language (the translators that
// util/Translations installed: ru, kk, or none for English): what is wrong and what to do,
// with the error's arguments. The GUI and the command line show errors only through it;
// logs keep Error::message/hint, which are English. A Generic error has no translation and
// shows its English text.
class ErrorText {
public:
    static QString message(const Error &error);
    static QString hint(const Error &error); // empty when there is nothing to suggest
    // "message (hint)", or the message alone.
    static QString text(const Error &error);

    // The English wording of a code with its arguments (what Error::of stores).
    static QString englishMessage(ErrorCode code, const QStringList &args);
    static QString englishHint(ErrorCode code, const QStringList &args);

    // The stable name of a code, e.g. "DiskFull".
    static QString codeName(ErrorCode code);

    // Replaces %1…%9 in pattern with args (a missing argument leaves the marker), one pass, so
    // a '%' inside an argument is never taken for a marker.
    static QString fill(const QString &pattern, const QStringList &args);
};

} // namespace hattama
