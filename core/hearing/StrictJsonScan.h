#pragma once

#include "util/Result.h"

#include <QByteArray>

#include <optional>

namespace hattama {

// What QJsonDocument lets through silently, found on the raw text of a hearing file before it
// is read: a key given twice in one object (QJsonDocument keeps the last), a NUL character or
// half of a UTF-16 surrogate pair in a string (escaped or encoded), and a string longer than
// maxStringLength UTF-16 units. Each is an import error (exit 2) naming the JSON path in the
// form HearingJson uses ("participants[2].channel"; "(document)" for the top level). Runs
// without recursion, so nesting depth costs no stack. Text that is not JSON at all is
// refused as ImportNotJson (QJsonDocument normally reports it first).
class StrictJsonScan {
public:
    static std::optional<Error> check(const QByteArray &json, qsizetype maxStringLength);
};

} // namespace hattama
