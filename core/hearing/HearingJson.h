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

    // Parses and validates. Errors are usage errors (exit 2) whose message starts with the
    // JSON path of the bad field, e.g. "participants[2].role: unknown role \"judje\" ...".
    // Participants get placeholder ids -1, -2, … that audio channels and entry speakers refer
    // to; HearingRepository::save maps them to stored ids.
    static Result<HearingRecord> parse(const QByteArray &json);
    static QByteArray write(const HearingRecord &record);
};

} // namespace hattama
