#pragma once

#include <QString>
#include <stdexcept>

namespace lots {

// Every way opening or writing the store can fail, each with its own user message.
enum class StoreError {
    None,
    Missing,         // no database file where the key file says there is one
    NotLotsDatabase, // plain SQLite, another program's file, or another device's database
    Truncated,       // shorter than it was written
    Damaged,         // a page fails its authentication (a flipped byte)
    WrongKey,        // key file and database do not belong together
    NotSqlCipher,    // linked against plain SQLite by mistake: refuse to write plaintext
    SchemaTooNew,    // written by a newer Lots
    MigrationFailed, // schema upgrade failed; the old schema is kept
    DiskFull,
    ReadOnly,
    Io,
    Sql,             // programming error (bad SQL); message has the SQLite text
};

// A translated sentence for the user: what happened and what to do.
QString describe(StoreError error);

class StoreException : public std::runtime_error {
public:
    StoreException(StoreError code, const QString &detail)
        : std::runtime_error(detail.toStdString()), m_code(code) {}
    StoreError code() const { return m_code; }

private:
    StoreError m_code;
};

} // namespace lots
