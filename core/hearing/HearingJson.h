#pragma once

#include "hearing/HearingModel.h"
#include "util/Result.h"

#include <QByteArray>

namespace hattama {

// The hearing exchange format (docs/hearing-json.md): what a case-management system exports
// and what `hattama hearing show ID --json` writes, so export → import round-trips.
class HearingJson {
public:
    static constexpr const char *kFormat = "hattama-hearing";
    static constexpr int kVersion = 1;
    // Limits (docs/hearing-json.md, «Limits»): a hearing file is at most this many bytes, and
    // each string at most this many characters (UTF-16 units).
    static constexpr qint64 kMaxFileBytes = 32 * 1024 * 1024;
    static constexpr qsizetype kMaxStringLength = 1024 * 1024;
    // The largest time_ms: the largest integer every JSON reader keeps exactly (2^53 - 1).
    static constexpr qint64 kMaxTimeMs = 9'007'199'254'740'991;

    // Parses and validates. Errors are usage errors (exit 2) whose message starts with the
    // JSON path of the bad field, e.g. "participants[2].role: unknown role \"judje\" ...".
    // Participants get placeholder ids -1, -2, … that audio channels and entry speakers refer
    // to; HearingRepository::save maps them to stored ids.
    // Refused as well: duplicated keys, NUL characters and lone surrogates in strings
    // (StrictJsonScan), numbers out of their field's range, an id that is not a usable folder
    // name, and a document or string over the limits above.
    static Result<HearingRecord> parse(const QByteArray &json);
    // The bytes of a hearing file to parse: a regular file (not a device, pipe or folder) of at
    // most kMaxFileBytes, refused before anything is read otherwise.
    static Result<QByteArray> readFile(const QString &path);
    static QByteArray write(const HearingRecord &record);
};

} // namespace hattama
