#pragma once

#include <QList>
#include <functional>

namespace lots {

class Database;

struct Migration {
    int version;                              // user_version after this step
    const char *sql;                          // may hold several statements; may be null
    std::function<void(Database &)> code = {}; // optional data step, runs after sql
};

// Runs every migration above the current user_version, all in one transaction, then
// sets user_version. On any failure the transaction is rolled back (the old schema is
// intact) and StoreException(MigrationFailed) is thrown. A database whose version is
// above the last migration throws SchemaTooNew.
void migrate(Database &db, const QList<Migration> &migrations);

// The application schema (all areas), in order.
const QList<Migration> &schemaMigrations();

} // namespace lots
