#include "store/database.h"
#include "store/migrations.h"

#include <QDir>
#include <QTest>

#include <stdexcept>

using namespace lots;

namespace {

QStringList tables(Database &db) {
    QStringList names;
    auto st = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    while (st.step())
        names << st.text(0);
    return names;
}

qint64 count(Database &db, const char *sql) {
    auto st = db.prepare(sql);
    if (!st.step())
        return -1;
    return st.int64(0);
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT

private:
    QString m_dir;
    int m_counter = 0;
    int m_codeRuns = 0;

    std::unique_ptr<Database> newDb(QString *pathOut = nullptr) {
        const QString path = m_dir + QStringLiteral("/m%1.db").arg(++m_counter);
        if (pathOut)
            *pathOut = path;
        return Database::open(path, m_key, Database::Mode::Create);
    }

    QList<Migration> baseMigrations() {
        return {
            {1, "CREATE TABLE person(id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
                "CREATE INDEX person_name ON person(name);"},
            {2, "ALTER TABLE person ADD COLUMN born INTEGER",
             [this](Database &db) {
                 ++m_codeRuns;
                 db.exec("INSERT INTO person(name, born) VALUES ('Ada', 1815)");
             }},
        };
    }

    SecureBytes m_key = SecureBytes::random(32);

private slots:
    void initTestCase() {
        m_dir = qEnvironmentVariable("LOTS_TEST_SCRATCH");
        QVERIFY(!m_dir.isEmpty());
        QDir(m_dir).removeRecursively();
        QVERIFY(QDir().mkpath(m_dir));
    }

    void appliesAllStepsAndSetsVersion() {
        QString path;
        auto db = newDb(&path);
        m_codeRuns = 0;
        migrate(*db, baseMigrations());
        QCOMPARE(db->userVersion(), 2);
        QCOMPARE(tables(*db), QStringList{QStringLiteral("person")});
        QCOMPARE(count(*db, "SELECT count(*) FROM person WHERE born = 1815"), 1);
        QCOMPARE(m_codeRuns, 1);
        db.reset();
        // persisted
        auto again = Database::open(path, m_key, Database::Mode::OpenExisting);
        QCOMPARE(again->userVersion(), 2);
    }

    void rerunIsNoOp() {
        auto db = newDb();
        m_codeRuns = 0;
        migrate(*db, baseMigrations());
        migrate(*db, baseMigrations());
        migrate(*db, baseMigrations());
        QCOMPARE(m_codeRuns, 1);
        QCOMPARE(db->userVersion(), 2);
        QCOMPARE(count(*db, "SELECT count(*) FROM person"), 1);
    }

    void onlyPendingStepsRun() {
        auto db = newDb();
        m_codeRuns = 0;
        migrate(*db, baseMigrations().mid(0, 1));
        QCOMPARE(db->userVersion(), 1);
        QCOMPARE(m_codeRuns, 0);
        db->exec("INSERT INTO person(name) VALUES ('Grace')");
        auto list = baseMigrations();
        list.append({3, "CREATE TABLE note(id INTEGER PRIMARY KEY, person INTEGER REFERENCES "
                        "person(id), body TEXT)"});
        migrate(*db, list);
        QCOMPARE(db->userVersion(), 3);
        QCOMPARE(m_codeRuns, 1);
        QCOMPARE(count(*db, "SELECT count(*) FROM person"), 2);
        QCOMPARE(tables(*db), (QStringList{QStringLiteral("note"), QStringLiteral("person")}));
    }

    void failingStepLeavesOldSchemaAndData_data() {
        QTest::addColumn<bool>("failInCode");
        QTest::newRow("bad sql") << false;
        QTest::newRow("code step throws") << true;
    }
    void failingStepLeavesOldSchemaAndData() {
        QFETCH(bool, failInCode);
        QString path;
        auto db = newDb(&path);
        migrate(*db, baseMigrations());
        db->exec("INSERT INTO person(name, born) VALUES ('Grace', 1906)");

        auto list = baseMigrations();
        list.append({3, "CREATE TABLE evidence(id INTEGER PRIMARY KEY);"
                        "UPDATE person SET name = 'changed'"});
        if (failInCode) {
            list.append({4, "CREATE TABLE other(x)", [](Database &d) {
                             d.exec("DELETE FROM person");
                             throw std::runtime_error("data step failed");
                         }});
        } else {
            list.append({4, "CREATE TABLE other(x); CREATE TABLE broken(;"});
        }
        list.append({5, "CREATE TABLE never(x)"});

        try {
            migrate(*db, list);
            QFAIL("migration did not fail");
        } catch (const StoreException &e) {
            QCOMPARE(e.code(), StoreError::MigrationFailed);
            const QString what = QString::fromUtf8(e.what());
            QVERIFY2(what.contains(QStringLiteral("version 4")), e.what());
        }
        auto check = [&](Database &d) {
            QCOMPARE(d.userVersion(), 2);
            QCOMPARE(tables(d), QStringList{QStringLiteral("person")});
            QCOMPARE(count(d, "SELECT count(*) FROM person"), 2);
            QCOMPARE(count(d, "SELECT count(*) FROM person WHERE name = 'changed'"), 0);
        };
        check(*db);
        // still writable: no transaction left open
        db->exec("INSERT INTO person(name) VALUES ('Hedy')");
        db->exec("DELETE FROM person WHERE name = 'Hedy'");
        db.reset();
        auto reopened = Database::open(path, m_key, Database::Mode::OpenExisting);
        check(*reopened);

        // a corrected list then applies
        list[3] = {4, "CREATE TABLE other(x)"};
        migrate(*reopened, list);
        QCOMPARE(reopened->userVersion(), 5);
    }

    void tooNewVersionRefused() {
        auto db = newDb();
        migrate(*db, baseMigrations());
        db->exec("PRAGMA user_version = 7");
        try {
            migrate(*db, baseMigrations());
            QFAIL("too-new schema accepted");
        } catch (const StoreException &e) {
            QCOMPARE(e.code(), StoreError::SchemaTooNew);
        }
        QCOMPARE(db->userVersion(), 7);
        QCOMPARE(tables(*db), QStringList{QStringLiteral("person")});
    }

    void versionsMustIncrease() {
        auto db = newDb();
        const QList<Migration> bad{{2, "CREATE TABLE a(x)"}, {1, "CREATE TABLE b(x)"}};
        QVERIFY_THROWS_EXCEPTION(StoreException, migrate(*db, bad));
        QCOMPARE(db->userVersion(), 0);
        QVERIFY(tables(*db).isEmpty());
    }

    void nullSqlWithCodeOnly() {
        auto db = newDb();
        int runs = 0;
        migrate(*db, {{1, nullptr, [&](Database &d) {
                           ++runs;
                           d.exec("CREATE TABLE c(x)");
                       }}});
        QCOMPARE(runs, 1);
        QCOMPARE(db->userVersion(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
