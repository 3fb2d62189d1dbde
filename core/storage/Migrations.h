#pragma once

#include "util/Result.h"

namespace hattama {

class Database;

// Forward schema migrations. Migration v brings a database at version v-1 to v; each runs
// in its own transaction together with its schema_version row. docs/storage.md lists them.
class Migrations {
public:
    static Status apply(Database &db, int version);
};

} // namespace hattama
