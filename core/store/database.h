#pragma once

#include "crypto/secure_bytes.h"
#include "store/store_error.h"

#include <QByteArray>
#include <QString>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace lots {

// A prepared statement. Bind indexes are 1-based, column indexes 0-based.
// All failures throw StoreException.
class Statement {
public:
    Statement() = default;
    Statement(sqlite3 *db, const char *sql);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, const QString &value); // null QString binds NULL
    Statement &bind(int index, const QByteArray &value); // blob; null binds NULL
    Statement &bindText(int index, const QByteArray &utf8); // text from UTF-8 bytes
    Statement &bindNull(int index);

    bool step();  // true while a row is available
    void reset(); // reset and clear bindings for reuse
    void run();   // step once expecting no row, then reset

    bool isNull(int column) const;
    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray textUtf8(int column) const;
    QByteArray blob(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

// One open SQLCipher database. Opening classifies a bad file into a distinct StoreError
// and writes nothing to a file it refuses.
class Database {
public:
    enum class Mode { OpenExisting, Create };
    static constexpr int PageSize = 4096;
    static constexpr int SaltSize = 16;

    // expectedSalt: the first 16 bytes recorded in the key file when the database was
    // created (empty when creating). Throws StoreException.
    static std::unique_ptr<Database> open(const QString &path, const SecureBytes &key, Mode mode,
                                          const QByteArray &expectedSalt = {});
    ~Database();

    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }
    QByteArray fileSalt() const; // first 16 bytes of the file (SQLCipher's random salt)

    void exec(const char *sql);
    Statement prepare(const char *sql);
    int userVersion();
    qint64 lastInsertRowId() const;
    int changes() const;
    // Values read back after open, for tests and diagnostics (pragma name -> value).
    QString pragma(const char *name);

private:
    Database() = default;
    sqlite3 *m_db = nullptr;
    QString m_path;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back in the destructor unless committed.
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace lots
