#include "crypto/vault.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

#include <sqlite3.h>

using namespace lots;

namespace {

QByteArray fileHash(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

qint64 fileSize(const QString &path) {
    return QFileInfo(path).size();
}

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT

private:
    QString m_dir;
    int m_counter = 0;

    QString newPath() { return m_dir + QStringLiteral("/db%1.db").arg(++m_counter); }

    // A closed, checkpointed Lots database with ~10 pages of data. Returns its salt.
    QByteArray makeDatabase(const QString &path, const SecureBytes &key) {
        auto db = Database::open(path, key, Database::Mode::Create);
        db->exec("CREATE TABLE t(id INTEGER PRIMARY KEY, v BLOB)");
        auto ins = db->prepare("INSERT INTO t(v) VALUES (?)");
        for (int i = 0; i < 10; ++i) {
            ins.bind(1, QByteArray(3000, char('a' + i))).run();
        }
        db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        const QByteArray salt = db->fileSalt();
        db.reset();
        return salt;
    }

    StoreError openError(const QString &path, const SecureBytes &key, const QByteArray &salt = {}) {
        try {
            Database::open(path, key, Database::Mode::OpenExisting, salt);
        } catch (const StoreException &e) {
            qInfo("%s", e.what());
            return e.code();
        }
        return StoreError::None;
    }

    // Opens the refused file and checks the bytes did not change.
    void expectRefused(const QString &path, const SecureBytes &key, const QByteArray &salt,
                       StoreError expected) {
        const QByteArray before = fileHash(path);
        const qint64 sizeBefore = fileSize(path);
        QCOMPARE(openError(path, key, salt), expected);
        QCOMPARE(fileSize(path), sizeBefore);
        QCOMPARE(fileHash(path), before);
        // and a second attempt says the same thing (nothing was "repaired" in between)
        QCOMPARE(openError(path, key, salt), expected);
        QCOMPARE(fileHash(path), before);
    }

private slots:
    void initTestCase() {
        m_dir = qEnvironmentVariable("LOTS_TEST_SCRATCH");
        QVERIFY(!m_dir.isEmpty());
        QDir(m_dir).removeRecursively();
        QVERIFY(QDir().mkpath(m_dir));
    }

    void createAndReopenWithSameKey() {
        const QString path = newPath();
        const SecureBytes key = SecureBytes::random(32);
        const QByteArray salt = makeDatabase(path, key);
        QCOMPARE(salt.size(), Database::SaltSize);
        QVERIFY(!salt.startsWith("SQLite format 3"));
        QCOMPARE(fileSize(path) % Database::PageSize, 0);

        auto db = Database::open(path, key, Database::Mode::OpenExisting, salt);
        auto st = db->prepare("SELECT count(*), sum(length(v)) FROM t");
        QVERIFY(st.step());
        QCOMPARE(st.int64(0), 10);
        QCOMPARE(st.int64(1), 30000);
        QCOMPARE(db->fileSalt(), salt);
        // the file holds no plaintext of what was stored
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains(QByteArray(64, 'a')));
        QVERIFY(!bytes.contains("CREATE TABLE"));
    }

    void createRefusesExistingFile() {
        const QString path = newPath();
        const SecureBytes key = SecureBytes::random(32);
        makeDatabase(path, key);
        const QByteArray before = fileHash(path);
        QVERIFY_THROWS_EXCEPTION(StoreException, Database::open(path, key, Database::Mode::Create));
        QCOMPARE(fileHash(path), before);
    }

    void everyPragmaVerifiedAfterOpen_data() {
        QTest::addColumn<bool>("create");
        QTest::newRow("create") << true;
        QTest::newRow("reopen") << false;
    }
    void everyPragmaVerifiedAfterOpen() {
        QFETCH(bool, create);
        const QString path = newPath();
        const SecureBytes key = SecureBytes::random(32);
        std::unique_ptr<Database> db;
        if (create) {
            db = Database::open(path, key, Database::Mode::Create);
            // the salt is on disk at once (setup records it in the key file right away)
            const QByteArray salt = db->fileSalt();
            QCOMPARE(salt.size(), Database::SaltSize);
            QVERIFY(salt != QByteArray(Database::SaltSize, '\0'));
            db.reset();
            db = Database::open(path, key, Database::Mode::OpenExisting, salt);
            QCOMPARE(db->fileSalt(), salt);
        } else {
            const QByteArray salt = makeDatabase(path, key);
            db = Database::open(path, key, Database::Mode::OpenExisting, salt);
        }
        QVERIFY(!db->pragma("cipher_version").isEmpty());
        QCOMPARE(db->pragma("cipher_page_size"), QStringLiteral("4096"));
        QCOMPARE(db->pragma("page_size"), QStringLiteral("4096"));
        QCOMPARE(db->pragma("kdf_iter"), QStringLiteral("64000"));
        QCOMPARE(db->pragma("cipher_use_hmac"), QStringLiteral("1"));
        QCOMPARE(db->pragma("journal_mode"), QStringLiteral("wal"));
        QCOMPARE(db->pragma("synchronous"), QStringLiteral("2"));
        QCOMPARE(db->pragma("temp_store"), QStringLiteral("2"));
        QCOMPARE(db->pragma("foreign_keys"), QStringLiteral("1"));
        QCOMPARE(db->pragma("secure_delete"), QStringLiteral("1"));
        // foreign keys really are enforced
        db->exec("CREATE TABLE p(id INTEGER PRIMARY KEY);"
                 "CREATE TABLE c(id INTEGER PRIMARY KEY, p INTEGER NOT NULL REFERENCES p(id))");
        try {
            db->exec("INSERT INTO c(p) VALUES (42)");
            QFAIL("foreign key not enforced");
        } catch (const StoreException &e) {
            QCOMPARE(e.code(), StoreError::Sql);
        }
    }

    void wrongKeyIsRefusedAndFileUnchanged() {
        const QString path = newPath();
        const SecureBytes key = SecureBytes::random(32);
        const QByteArray salt = makeDatabase(path, key);
        const SecureBytes other = SecureBytes::random(32);
        // Without a recorded salt a failing page 1 can only mean the wrong key.
        expectRefused(path, other, {}, StoreError::WrongKey);
        // With the salt matching, the file is ours; SQLCipher cannot tell a wrong key from a
        // damaged page 1 (both fail the HMAC), so it is reported as damage. (In the app the
        // key comes out of an authenticated key file, and another key file has another salt.)
        expectRefused(path, other, salt, StoreError::Damaged);
        // still opens with the right key
        QVERIFY(Database::open(path, key, Database::Mode::OpenExisting, salt));
    }

    void keyOfWrongSizeIsRefused() {
        const QString path = newPath();
        QCOMPARE(openError(path, SecureBytes::random(16)), StoreError::WrongKey);
        QVERIFY(!QFile::exists(path));
    }

    void missingFile() {
        const QString path = newPath();
        QCOMPARE(openError(path, SecureBytes::random(32), QByteArray(16, 'x')),
                 StoreError::Missing);
        QVERIFY(!QFile::exists(path)); // OpenExisting never creates
    }

    void emptyFileIsTruncated() {
        const QString path = newPath();
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        expectRefused(path, SecureBytes::random(32), QByteArray(16, 'x'), StoreError::Truncated);
        QCOMPARE(fileSize(path), 0);
    }

    void plaintextSqliteFile() {
        const QString path = newPath();
        {
            sqlite3 *raw = nullptr;
            QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &raw,
                                     SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr),
                     SQLITE_OK);
            QCOMPARE(sqlite3_exec(raw,
                                  "PRAGMA page_size=4096; CREATE TABLE x(a); "
                                  "INSERT INTO x VALUES ('secret')",
                                  nullptr, nullptr, nullptr),
                     SQLITE_OK);
            sqlite3_close(raw);
        }
        QVERIFY(fileHash(path).size() > 0);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(16) == QByteArray("SQLite format 3\0", 16));
        f.close();
        expectRefused(path, SecureBytes::random(32), QByteArray(16, 'x'),
                      StoreError::NotLotsDatabase);
        expectRefused(path, SecureBytes::random(32), {}, StoreError::NotLotsDatabase);
    }

    void randomBytesFile() {
        const QString path = newPath();
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const SecureBytes junk = SecureBytes::random(10 * 4096);
        f.write(reinterpret_cast<const char *>(junk.data()), qint64(junk.size()));
        f.close();
        expectRefused(path, SecureBytes::random(32), QByteArray(16, '\x01'),
                      StoreError::NotLotsDatabase);
        // without a salt to compare, all SQLCipher can say is that the key does not fit
        expectRefused(path, SecureBytes::random(32), {}, StoreError::WrongKey);
    }

    void anotherLotsDatabase() {
        const SecureBytes key = SecureBytes::random(32);
        const QString mine = newPath();
        const QByteArray mySalt = makeDatabase(mine, key);
        const QString theirs = newPath();
        const QByteArray theirSalt = makeDatabase(theirs, SecureBytes::random(32));
        QVERIFY(mySalt != theirSalt);
        // the other installation's database put where mine should be
        expectRefused(theirs, key, mySalt, StoreError::NotLotsDatabase);
        // even with the same key (a copy made with another key file), the salt tells them apart
        const QString sameKey = newPath();
        makeDatabase(sameKey, key);
        expectRefused(sameKey, key, mySalt, StoreError::NotLotsDatabase);
    }

    void truncatedNotPageAligned() {
        const SecureBytes key = SecureBytes::random(32);
        const QString path = newPath();
        const QByteArray salt = makeDatabase(path, key);
        QVERIFY(QFile::resize(path, fileSize(path) - 1000));
        expectRefused(path, key, salt, StoreError::Truncated);
    }

    void truncatedPageAligned() {
        const SecureBytes key = SecureBytes::random(32);
        const QString path = newPath();
        const QByteArray salt = makeDatabase(path, key);
        QVERIFY(fileSize(path) >= 6 * Database::PageSize);
        QVERIFY(QFile::resize(path, fileSize(path) - 3 * Database::PageSize));
        expectRefused(path, key, salt, StoreError::Truncated);
    }

    void truncatedPageAlignedInAnAwkwardPath() {
        // The page-count probe opens the file through a URI: spaces, non-ASCII, '#' and '?'
        // in the path must survive the encoding.
        const SecureBytes key = SecureBytes::random(32);
        const QString dir = m_dir + QStringLiteral("/mapp med å ö #1?");
        QVERIFY(QDir().mkpath(dir));
        const QString path = dir + QStringLiteral("/lots #2?x=1.db");
        const QByteArray salt = makeDatabase(path, key);
        QVERIFY(Database::open(path, key, Database::Mode::OpenExisting, salt));
        QVERIFY(QFile::resize(path, fileSize(path) - 2 * Database::PageSize));
        expectRefused(path, key, salt, StoreError::Truncated);
    }

    void flippedByteInPage_data() {
        QTest::addColumn<int>("page");
        QTest::newRow("page 1") << 1;
        QTest::newRow("page 3") << 3;
        QTest::newRow("last page") << -1;
    }
    void flippedByteInPage() {
        QFETCH(int, page);
        const SecureBytes key = SecureBytes::random(32);
        const QString path = newPath();
        const QByteArray salt = makeDatabase(path, key);
        const qint64 pages = fileSize(path) / Database::PageSize;
        const qint64 index = page > 0 ? page - 1 : pages - 1;
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 offset = index * Database::PageSize + 100;
        QVERIFY(f.seek(offset));
        char c = 0;
        QVERIFY(f.getChar(&c));
        QVERIFY(f.seek(offset));
        QVERIFY(f.putChar(char(c ^ 0x01)));
        f.close();
        expectRefused(path, key, salt, StoreError::Damaged);
    }

    void diskFullAndReadOnlyAreMapped() {
        auto db = Database::open(newPath(), SecureBytes::random(32), Database::Mode::Create);
        db->exec("CREATE TABLE big(v BLOB)");
        const qint64 pages = db->pragma("page_count").toLongLong();
        db->exec(
            QByteArray("PRAGMA max_page_count = " + QByteArray::number(pages + 2)).constData());
        auto ins = db->prepare("INSERT INTO big VALUES (?)");
        try {
            for (int i = 0; i < 10; ++i)
                ins.bind(1, QByteArray(4000, 'x')).run();
            QFAIL("no SQLITE_FULL");
        } catch (const StoreException &e) {
            QCOMPARE(e.code(), StoreError::DiskFull);
        }
        db->exec("PRAGMA query_only = ON");
        try {
            db->exec("DELETE FROM big");
            QFAIL("no SQLITE_READONLY");
        } catch (const StoreException &e) {
            QCOMPARE(e.code(), StoreError::ReadOnly);
        }
    }

    void committedDataSurvivesACrashBeforeCheckpoint() {
        // Copy the files while the connection is still open (as after a crash): the -wal holds
        // the last commits, and reopening replays them.
        const SecureBytes key = SecureBytes::random(32);
        const QString path = newPath();
        const QString crashed = newPath();
        auto db = Database::open(path, key, Database::Mode::Create);
        db->exec("PRAGMA wal_autocheckpoint = 0");
        db->exec("CREATE TABLE t(x)");
        {
            Transaction tx(*db);
            db->exec("INSERT INTO t VALUES ('committed')");
            tx.commit();
        }
        QVERIFY(fileSize(path + QStringLiteral("-wal")) > 0);
        QVERIFY(QFile::copy(path, crashed));
        QVERIFY(QFile::copy(path + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
        const QByteArray salt = db->fileSalt();
        db.reset();
        auto reopened = Database::open(crashed, key, Database::Mode::OpenExisting, salt);
        auto st = reopened->prepare("SELECT x FROM t");
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("committed"));
    }

    void createRemovesOrphanedWal() {
        const SecureBytes key = SecureBytes::random(32);
        const QString old = newPath();
        auto db = Database::open(old, key, Database::Mode::Create);
        db->exec("PRAGMA wal_autocheckpoint = 0; CREATE TABLE t(x); INSERT INTO t VALUES (1)");
        const QString path = newPath();
        QVERIFY(QFile::copy(old + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
        db.reset();
        auto fresh = Database::open(path, SecureBytes::random(32), Database::Mode::Create);
        fresh->exec("CREATE TABLE n(y)");
        QCOMPARE(fresh->pragma("quick_check"), QStringLiteral("ok"));
    }

    void everyErrorHasItsOwnMessage() {
        const QList<StoreError> all{StoreError::Missing,      StoreError::NotLotsDatabase,
                                    StoreError::Truncated,    StoreError::Damaged,
                                    StoreError::WrongKey,     StoreError::NotSqlCipher,
                                    StoreError::SchemaTooNew, StoreError::MigrationFailed,
                                    StoreError::DiskFull,     StoreError::ReadOnly,
                                    StoreError::Io,           StoreError::Sql};
        QSet<QString> seen;
        for (StoreError e : all) {
            const QString text = describe(e);
            QVERIFY(text.size() > 40);
            QVERIFY(text.endsWith(QLatin1Char('.')));
            seen.insert(text);
        }
        QCOMPARE(seen.size(), all.size());
        QVERIFY(describe(StoreError::None).isEmpty());
    }

    void keyFileAndDatabaseUntouchedOnRefusal_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("expected");
        QTest::newRow("missing") << QStringLiteral("missing") << int(StoreError::Missing);
        QTest::newRow("plaintext")
            << QStringLiteral("plaintext") << int(StoreError::NotLotsDatabase);
        QTest::newRow("random") << QStringLiteral("random") << int(StoreError::NotLotsDatabase);
        QTest::newRow("other lots db")
            << QStringLiteral("other") << int(StoreError::NotLotsDatabase);
        QTest::newRow("truncated unaligned") << QStringLiteral("cut") << int(StoreError::Truncated);
        QTest::newRow("truncated aligned")
            << QStringLiteral("cutpages") << int(StoreError::Truncated);
        QTest::newRow("flipped byte") << QStringLiteral("flip") << int(StoreError::Damaged);
    }
    void keyFileAndDatabaseUntouchedOnRefusal() {
        QFETCH(QString, kind);
        QFETCH(int, expected);
        const QString dir = m_dir + QStringLiteral("/install-") + kind;
        QDir(dir).removeRecursively();
        QVERIFY(QDir().mkpath(dir));
        const QString keyPath = dir + QStringLiteral("/lots.key");
        const QString dbPath = dir + QStringLiteral("/lots.db");
        QByteArray code("246810");
        const SecureBytes passcode = SecureBytes::takeFrom(code);
        QString error;
        {
            Vault vault(keyPath);
            const SecureBytes key = vault.create(passcode, KdfParams::fastForTests(), &error);
            QCOMPARE(key.size(), std::size_t(32));
            QVERIFY(vault.setDatabaseSalt(makeDatabase(dbPath, key), &error));
        }
        if (kind == QStringLiteral("missing")) {
            QVERIFY(QFile::remove(dbPath));
        } else if (kind == QStringLiteral("plaintext")) {
            QVERIFY(QFile::remove(dbPath));
            sqlite3 *raw = nullptr;
            sqlite3_open(QFile::encodeName(dbPath).constData(), &raw);
            sqlite3_exec(raw, "CREATE TABLE x(a)", nullptr, nullptr, nullptr);
            sqlite3_close(raw);
        } else if (kind == QStringLiteral("random")) {
            QFile f(dbPath);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            const SecureBytes junk = SecureBytes::random(8 * 4096);
            f.write(reinterpret_cast<const char *>(junk.data()), qint64(junk.size()));
        } else if (kind == QStringLiteral("other")) {
            QVERIFY(QFile::remove(dbPath));
            makeDatabase(dbPath, SecureBytes::random(32));
        } else if (kind == QStringLiteral("cut")) {
            QVERIFY(QFile::resize(dbPath, fileSize(dbPath) - 100));
        } else if (kind == QStringLiteral("cutpages")) {
            QVERIFY(QFile::resize(dbPath, fileSize(dbPath) - 2 * Database::PageSize));
        } else if (kind == QStringLiteral("flip")) {
            QFile f(dbPath);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(2 * Database::PageSize + 500));
            char c = 0;
            QVERIFY(f.getChar(&c));
            QVERIFY(f.seek(2 * Database::PageSize + 500));
            QVERIFY(f.putChar(char(c ^ 0x40)));
        }
        const QByteArray keyBefore = fileHash(keyPath);
        const QByteArray dbBefore = fileHash(dbPath);

        Vault vault(keyPath);
        const UnlockResult unlocked = vault.unlock(passcode, 1'780'000'000'000);
        QCOMPARE(unlocked.status, UnlockStatus::Unlocked);
        QCOMPARE(openError(dbPath, unlocked.dataKey, vault.databaseSalt()), StoreError(expected));
        QCOMPARE(fileHash(keyPath), keyBefore);
        QCOMPARE(fileHash(dbPath), dbBefore);
        if (kind == QStringLiteral("missing"))
            QVERIFY(!QFile::exists(dbPath));
        QVERIFY(!QFile::exists(dbPath + QStringLiteral("-journal")));
    }

    void statementsBindAndRead() {
        const SecureBytes key = SecureBytes::random(32);
        auto db = Database::open(newPath(), key, Database::Mode::Create);
        db->exec("CREATE TABLE v(i INTEGER, t TEXT, b BLOB)");
        auto ins = db->prepare("INSERT INTO v VALUES (?, ?, ?)");
        ins.bind(1, qint64(1) << 40)
            .bind(2, QStringLiteral("Åsa ø 東"))
            .bind(3, QByteArray("\0\1\2", 3));
        ins.run();
        QCOMPARE(db->lastInsertRowId(), 1);
        QCOMPARE(db->changes(), 1);
        ins.bind(1, qint64(-5)).bind(2, QString()).bind(3, QByteArray());
        ins.run();
        ins.bindNull(1).bind(2, QStringLiteral("")).bind(3, QByteArray(""));
        ins.run();
        ins.bind(1, qint64(7)).bindText(2, QByteArrayLiteral("utf8 \xc3\xa5")).bindNull(3);
        ins.run();

        auto sel = db->prepare("SELECT i, t, b FROM v ORDER BY rowid");
        QVERIFY(sel.step());
        QCOMPARE(sel.int64(0), qint64(1) << 40);
        QCOMPARE(sel.text(1), QStringLiteral("Åsa ø 東"));
        QCOMPARE(sel.blob(2), QByteArray("\0\1\2", 3));
        QVERIFY(sel.step());
        QCOMPARE(sel.int64(0), -5);
        QVERIFY(sel.isNull(1));
        QVERIFY(sel.isNull(2));
        QVERIFY(sel.text(1).isNull());
        QVERIFY(sel.blob(2).isNull());
        QVERIFY(sel.step());
        QVERIFY(sel.isNull(0));
        QVERIFY(!sel.isNull(1));
        QVERIFY(!sel.isNull(2));
        QVERIFY(sel.text(1).isEmpty());
        QVERIFY(!sel.blob(2).isNull());
        QVERIFY(sel.blob(2).isEmpty());
        QVERIFY(sel.step());
        QCOMPARE(sel.textUtf8(1), QByteArrayLiteral("utf8 \xc3\xa5"));
        QCOMPARE(sel.text(1), QStringLiteral("utf8 å"));
        QVERIFY(!sel.step());

        // reuse after reset: bindings are cleared
        sel.reset();
        QVERIFY(sel.step());
        QCOMPARE(sel.int64(0), qint64(1) << 40);
        sel.reset();

        auto byId = db->prepare("SELECT count(*) FROM v WHERE i = ?");
        for (qint64 i : {qint64(7), qint64(-5), qint64(99)}) {
            byId.bind(1, i);
            QVERIFY(byId.step());
            QCOMPARE(byId.int64(0), i == 99 ? 0 : 1);
            byId.reset();
        }
        // a moved-from statement is empty; the moved-to one works
        Statement moved = std::move(byId);
        moved.bind(1, qint64(7));
        QVERIFY(moved.step());
        QCOMPARE(moved.int64(0), 1);
    }

    void sqlErrorsThrow() {
        auto db = Database::open(newPath(), SecureBytes::random(32), Database::Mode::Create);
        try {
            db->prepare("SELEC nonsense");
            QFAIL("no exception");
        } catch (const StoreException &e) {
            QCOMPARE(e.code(), StoreError::Sql);
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("syntax")));
        }
        db->exec("CREATE TABLE u(x UNIQUE)");
        auto ins = db->prepare("INSERT INTO u VALUES (?)");
        ins.bind(1, qint64(1)).run();
        ins.bind(1, qint64(1));
        QVERIFY_THROWS_EXCEPTION(StoreException, ins.run());
        // the statement is usable again after the failure
        ins.bind(1, qint64(2)).run();
        QCOMPARE(db->prepare("SELECT count(*) FROM u").step(), true);
        // run() on a statement that yields a row is a programming error
        auto sel = db->prepare("SELECT 1");
        QVERIFY_THROWS_EXCEPTION(StoreException, sel.run());
    }

    void transactionCommitAndRollback() {
        const SecureBytes key = SecureBytes::random(32);
        const QString path = newPath();
        {
            auto db = Database::open(path, key, Database::Mode::Create);
            db->exec("CREATE TABLE t(x)");
            {
                Transaction tx(*db);
                db->exec("INSERT INTO t VALUES (1)");
                tx.commit();
            }
            {
                Transaction tx(*db); // not committed: rolled back
                db->exec("INSERT INTO t VALUES (2)");
            }
            try {
                Transaction tx(*db);
                db->exec("INSERT INTO t VALUES (3)");
                throw StoreException(StoreError::Io, QStringLiteral("simulated"));
            } catch (const StoreException &) {
            }
            auto st = db->prepare("SELECT group_concat(x) FROM t");
            QVERIFY(st.step());
            QCOMPARE(st.text(0), QStringLiteral("1"));
            // BEGIN IMMEDIATE: the write lock is taken at once
            Transaction tx(*db);
            auto other = Database::open(path, key, Database::Mode::OpenExisting);
            sqlite3_busy_timeout(other->handle(), 0);
            try {
                other->exec("BEGIN IMMEDIATE");
                QFAIL("second writer got the lock");
            } catch (const StoreException &e) {
                QCOMPARE(e.code(), StoreError::Sql); // SQLITE_BUSY
            }
        }
        // committed data survives a reopen
        auto db = Database::open(path, key, Database::Mode::OpenExisting);
        auto st = db->prepare("SELECT count(*) FROM t");
        QVERIFY(st.step());
        QCOMPARE(st.int64(0), 1);
    }

    void userVersion() {
        auto db = Database::open(newPath(), SecureBytes::random(32), Database::Mode::Create);
        QCOMPARE(db->userVersion(), 0);
        db->exec("PRAGMA user_version = 7");
        QCOMPARE(db->userVersion(), 7);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
