#include "store/database.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <cstring>

namespace lots {

namespace {

constexpr int KdfIter = 64000; // explicit even though raw keys skip the KDF
constexpr char PlainSqliteHeader[] = "SQLite format 3"; // followed by a NUL: 16 bytes

StoreError errorFromCode(int extendedCode) {
    switch (extendedCode & 0xff) {
    case SQLITE_FULL:
        return StoreError::DiskFull;
    case SQLITE_READONLY:
        return StoreError::ReadOnly;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PROTOCOL:
        return StoreError::Io;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return StoreError::Damaged;
    default:
        return StoreError::Sql;
    }
}

QString sqliteDetail(sqlite3 *db, int rc, const char *what) {
    const char *msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    return QStringLiteral("%1: %2 (SQLite code %3)")
        .arg(QString::fromUtf8(what), QString::fromUtf8(msg))
        .arg(db ? sqlite3_extended_errcode(db) : rc);
}

[[noreturn]] void throwSqlite(sqlite3 *db, int rc, const char *what) {
    const int ext = db ? sqlite3_extended_errcode(db) : rc;
    throw StoreException(errorFromCode(ext), sqliteDetail(db, rc, what));
}

// Runs one statement and returns the first column of the first row (empty if none).
// Returns the SQLite result code through *rcOut instead of throwing when rcOut is set.
QByteArray queryOne(sqlite3 *db, const char *sql, int *rcOut = nullptr) {
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    QByteArray value;
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            const auto *text = sqlite3_column_text(stmt, 0);
            value = QByteArray(reinterpret_cast<const char *>(text), sqlite3_column_bytes(stmt, 0));
            rc = SQLITE_OK;
        } else if (rc == SQLITE_DONE) {
            rc = SQLITE_OK;
        }
    }
    if (rc != SQLITE_OK) {
        // Capture the message before finalize can overwrite it.
        const int ext = sqlite3_extended_errcode(db);
        const QString detail = sqliteDetail(db, rc, sql);
        sqlite3_finalize(stmt);
        if (rcOut) {
            *rcOut = ext;
            return {};
        }
        throw StoreException(errorFromCode(ext), detail);
    }
    sqlite3_finalize(stmt);
    if (rcOut)
        *rcOut = SQLITE_OK;
    return value;
}

// Reads the page count recorded in the database header through a separate read-only,
// immutable connection (no locks, no -wal/-shm created). writable_schema makes SQLite
// skip its "header says more pages than the file has" check so the count can be read.
// Returns -1 if it cannot be read.
qint64 headerPageCount(const QString &path, const SecureBytes &keyString) {
    QByteArray uri = QUrl::fromLocalFile(path).toEncoded();
    uri += "?immutable=1";
    sqlite3 *db = nullptr;
    qint64 count = -1;
    if (sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) ==
            SQLITE_OK &&
        sqlite3_key(db, keyString.data(), static_cast<int>(keyString.size())) == SQLITE_OK) {
        int rc = SQLITE_OK;
        queryOne(db, "PRAGMA cipher_page_size = 4096", &rc);
        if (rc == SQLITE_OK)
            queryOne(db, "PRAGMA cipher_use_hmac = ON", &rc);
        if (rc == SQLITE_OK)
            queryOne(db, "PRAGMA writable_schema = ON", &rc);
        if (rc == SQLITE_OK) {
            const QByteArray value = queryOne(db, "PRAGMA page_count", &rc);
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (rc == SQLITE_OK && ok)
                count = n;
        }
    }
    sqlite3_close_v2(db);
    return count;
}

// Checks that can be made on the raw bytes, before SQLite reads anything.
void precheckExisting(const QString &path, const QByteArray &expectedSalt) {
    QFileInfo info(path);
    if (!info.exists())
        throw StoreException(StoreError::Missing,
                             QStringLiteral("no database file at %1").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw StoreException(info.isReadable() ? StoreError::Io : StoreError::ReadOnly,
                             QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    }
    const qint64 size = file.size();
    const QByteArray head = file.read(Database::SaltSize);
    file.close();
    if (head.size() == Database::SaltSize &&
        std::memcmp(head.constData(), PlainSqliteHeader, sizeof PlainSqliteHeader) == 0) {
        throw StoreException(StoreError::NotLotsDatabase,
                             QStringLiteral("%1 is an unencrypted SQLite file").arg(path));
    }
    if (!expectedSalt.isEmpty() && head.size() == Database::SaltSize && head != expectedSalt) {
        throw StoreException(
            StoreError::NotLotsDatabase,
            QStringLiteral("%1 does not carry the salt recorded in the key file").arg(path));
    }
    if (size < Database::PageSize || size % Database::PageSize != 0) {
        throw StoreException(StoreError::Truncated,
                             QStringLiteral("%1 is %2 bytes, not a whole number of %3-byte pages")
                                 .arg(path)
                                 .arg(size)
                                 .arg(Database::PageSize));
    }
}

} // namespace

// ---------------------------------------------------------------------------------- Statement

Statement::Statement(sqlite3 *db, const char *sql)
    : m_db(db) {
    const int rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        const int ext = sqlite3_extended_errcode(db);
        const QString detail = sqliteDetail(db, rc, sql);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        throw StoreException(errorFromCode(ext), detail);
    }
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt) {
    other.m_db = nullptr;
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        other.m_db = nullptr;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

static void checkBind(sqlite3 *db, int rc) {
    if (rc != SQLITE_OK)
        throwSqlite(db, rc, "bind");
}

Statement &Statement::bind(int index, qint64 value) {
    checkBind(m_db, sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, const QString &value) {
    if (value.isNull())
        return bindNull(index);
    return bindText(index, value.toUtf8());
}

Statement &Statement::bind(int index, const QByteArray &value) {
    if (value.isNull())
        return bindNull(index);
    checkBind(m_db, sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()),
                                      SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bindText(int index, const QByteArray &utf8) {
    if (utf8.isNull())
        return bindNull(index);
    checkBind(m_db, sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()),
                                      SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bindNull(int index) {
    checkBind(m_db, sqlite3_bind_null(m_stmt, index));
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const int ext = sqlite3_extended_errcode(m_db);
    const QString detail = sqliteDetail(m_db, rc, sqlite3_sql(m_stmt));
    sqlite3_reset(m_stmt);
    throw StoreException(errorFromCode(ext), detail);
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

void Statement::run() {
    bool row = false;
    try {
        row = step();
    } catch (...) {
        sqlite3_clear_bindings(m_stmt);
        throw;
    }
    reset();
    if (row) {
        throw StoreException(StoreError::Sql,
                             QStringLiteral("statement returned a row where none was expected: %1")
                                 .arg(QString::fromUtf8(sqlite3_sql(m_stmt))));
    }
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const {
    const auto *p = sqlite3_column_text(m_stmt, column);
    if (!p)
        return QString();
    return QString::fromUtf8(reinterpret_cast<const char *>(p),
                             sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::textUtf8(int column) const {
    const auto *p = sqlite3_column_text(m_stmt, column);
    if (!p)
        return QByteArray();
    return QByteArray(reinterpret_cast<const char *>(p), sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const {
    if (sqlite3_column_type(m_stmt, column) == SQLITE_NULL)
        return QByteArray();
    const void *p = sqlite3_column_blob(m_stmt, column);
    const int n = sqlite3_column_bytes(m_stmt, column);
    if (!p || n == 0)
        return QByteArray(""); // an empty blob, distinct from NULL
    return QByteArray(static_cast<const char *>(p), n);
}

// ----------------------------------------------------------------------------------- Database

std::unique_ptr<Database> Database::open(const QString &path, const SecureBytes &key, Mode mode,
                                         const QByteArray &expectedSalt) {
    if (key.size() != 32) {
        throw StoreException(
            StoreError::WrongKey,
            QStringLiteral("the database key must be 32 bytes, got %1").arg(key.size()));
    }
    if (mode == Mode::OpenExisting) {
        precheckExisting(path, expectedSalt);
    } else {
        QFileInfo info(path);
        if (info.exists() && info.size() > 0) {
            throw StoreException(StoreError::Io,
                                 QStringLiteral("refusing to create a database over the existing "
                                                "file %1")
                                     .arg(path));
        }
        // A -wal/-shm without its database is an orphan of an earlier database; SQLite would
        // otherwise try to replay it into the new one.
        for (const char *suffix : {"-wal", "-shm", "-journal"}) {
            const QString side = path + QLatin1String(suffix);
            if (QFileInfo::exists(side) && !QFile::remove(side)) {
                throw StoreException(StoreError::Io,
                                     QStringLiteral("cannot remove the stale %1").arg(side));
            }
        }
    }

    // "x'<64 hex>'": SQLCipher's raw-key form, built only in secure memory.
    SecureBytes keyString(2 + 64 + 1);
    {
        const SecureBytes hex = key.toHex();
        keyString.data()[0] = 'x';
        keyString.data()[1] = '\'';
        std::memcpy(keyString.data() + 2, hex.data(), hex.size());
        keyString.data()[2 + 64] = '\'';
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    const QByteArray nativePath = QFile::encodeName(path);
    int flags = SQLITE_OPEN_READWRITE;
    if (mode == Mode::Create)
        flags |= SQLITE_OPEN_CREATE;
    int rc = sqlite3_open_v2(nativePath.constData(), &db->m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        throwSqlite(db->m_db, rc, "open");
    sqlite3_extended_result_codes(db->m_db, 1);
    sqlite3_busy_timeout(db->m_db, 5000);
    if (sqlite3_db_readonly(db->m_db, "main") == 1) {
        throw StoreException(StoreError::ReadOnly,
                             QStringLiteral("%1 can only be opened read-only").arg(path));
    }
    rc = sqlite3_key(db->m_db, keyString.data(), static_cast<int>(keyString.size()));
    if (rc != SQLITE_OK)
        throwSqlite(db->m_db, rc, "sqlite3_key");

    if (queryOne(db->m_db, "PRAGMA cipher_version").isEmpty()) {
        throw StoreException(StoreError::NotSqlCipher,
                             QStringLiteral("the linked SQLite library has no encryption"));
    }
    // Codec settings must be in place before the first page is read.
    db->exec("PRAGMA cipher_page_size = 4096");
    db->exec("PRAGMA kdf_iter = 64000");
    db->exec("PRAGMA cipher_use_hmac = ON");

    if (mode == Mode::OpenExisting) {
        // The first read decrypts and authenticates page 1.
        queryOne(db->m_db, "SELECT count(*) FROM sqlite_master", &rc);
        if ((rc & 0xff) == SQLITE_NOTADB) {
            // The salt (if known) matched, so the file is ours: a failing page 1 means damage.
            // Without a salt to compare we cannot tell a wrong key from a damaged page 1.
            throw StoreException(expectedSalt.isEmpty() ? StoreError::WrongKey
                                                        : StoreError::Damaged,
                                 sqliteDetail(db->m_db, rc, "first read"));
        }
        if ((rc & 0xff) == SQLITE_CORRUPT) {
            const QString detail = sqliteDetail(db->m_db, rc, "first read");
            const qint64 filePages = QFileInfo(path).size() / PageSize;
            const qint64 headerPages = headerPageCount(path, keyString);
            if (headerPages > filePages) {
                throw StoreException(StoreError::Truncated,
                                     QStringLiteral("%1: header says %2 pages, file has %3")
                                         .arg(path)
                                         .arg(headerPages)
                                         .arg(filePages));
            }
            throw StoreException(StoreError::Damaged, detail);
        }
        if (rc != SQLITE_OK)
            throw StoreException(errorFromCode(rc), sqliteDetail(db->m_db, rc, "first read"));

        const QByteArray check = queryOne(db->m_db, "PRAGMA quick_check", &rc);
        if (rc != SQLITE_OK || check != "ok") {
            const qint64 filePages = QFileInfo(path).size() / PageSize;
            const qint64 headerPages = headerPageCount(path, keyString);
            throw StoreException(
                headerPages > filePages ? StoreError::Truncated : StoreError::Damaged,
                rc != SQLITE_OK
                    ? sqliteDetail(db->m_db, rc, "quick_check")
                    : QStringLiteral("quick_check: %1").arg(QString::fromUtf8(check.left(500))));
        }
    }

    if (queryOne(db->m_db, "PRAGMA journal_mode = WAL") != "wal") {
        throw StoreException(StoreError::Io, QStringLiteral("%1: cannot switch to WAL").arg(path));
    }
    db->exec("PRAGMA synchronous = FULL");
    db->exec("PRAGMA temp_store = MEMORY");
    db->exec("PRAGMA foreign_keys = ON");
    db->exec("PRAGMA secure_delete = ON");

    struct Expected {
        const char *name;
        const char *value;
    };
    static constexpr Expected expected[] = {
        {"cipher_page_size", "4096"}, {"kdf_iter", "64000"},  {"cipher_use_hmac", "1"},
        {"journal_mode", "wal"},      {"synchronous", "2"},   {"temp_store", "2"},
        {"foreign_keys", "1"},        {"secure_delete", "1"},
    };
    static_assert(KdfIter == 64000);
    for (const auto &e : expected) {
        const QString actual = db->pragma(e.name);
        if (actual != QLatin1String(e.value)) {
            throw StoreException(StoreError::Sql,
                                 QStringLiteral("PRAGMA %1 is %2 after open, expected %3")
                                     .arg(QLatin1String(e.name), actual, QLatin1String(e.value)));
        }
    }
    return db;
}

Database::~Database() {
    if (m_db)
        sqlite3_close_v2(m_db);
}

QByteArray Database::fileSalt() const {
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(SaltSize);
}

void Database::exec(const char *sql) {
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const int ext = sqlite3_extended_errcode(m_db);
        const QString detail =
            QStringLiteral("%1: %2 (SQLite code %3)")
                .arg(QString::fromUtf8(sql), QString::fromUtf8(err ? err : sqlite3_errstr(rc)))
                .arg(ext);
        sqlite3_free(err);
        throw StoreException(errorFromCode(ext), detail);
    }
}

Statement Database::prepare(const char *sql) {
    return Statement(m_db, sql);
}

int Database::userVersion() {
    return queryOne(m_db, "PRAGMA user_version").toInt();
}

qint64 Database::lastInsertRowId() const {
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const {
    return sqlite3_changes(m_db);
}

QString Database::pragma(const char *name) {
    const QByteArray sql = QByteArray("PRAGMA ") + name;
    return QString::fromUtf8(queryOne(m_db, sql.constData()));
}

// -------------------------------------------------------------------------------- Transaction

Transaction::Transaction(Database &db)
    : m_db(db) {
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (!m_done && !sqlite3_get_autocommit(m_db.handle()))
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace lots
