#pragma once

// A real SQLCipher database with the application schema, a device identity and a journal,
// for the journal and domain tests (no vault needed: the key is random).

#include "crypto/secure_bytes.h"
#include "domain/case_list_projection.h"
#include "journal/device_identity.h"
#include "journal/journal.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <memory>

namespace lots::test {

inline QString scratchDir(const QString &sub) {
    QString base = qEnvironmentVariable("LOTS_TEST_SCRATCH");
    if (base.isEmpty())
        base = QDir::tempPath() + QStringLiteral("/lots-test");
    const QString path = base + QLatin1Char('/') + sub;
    QDir(path).removeRecursively();
    QDir().mkpath(path);
    return path;
}

struct TestStore {
    QString path;
    SecureBytes key;
    std::unique_ptr<Database> db;
    std::unique_ptr<DeviceIdentity> identity;
    std::unique_ptr<CaseListProjection> cases;
    std::unique_ptr<Journal> journal;

    // Creates a new database at path.
    static std::unique_ptr<TestStore> create(const QString &path, Journal::Clock clock = {}) {
        auto s = std::make_unique<TestStore>();
        s->path = path;
        s->key = SecureBytes::random(32);
        s->db = Database::open(path, s->key, Database::Mode::Create);
        migrate(*s->db, schemaMigrations());
        s->identity = DeviceIdentity::create(*s->db, QStringLiteral("Test device"),
                                             QStringLiteral("police"), 1000);
        s->startJournal(std::move(clock));
        return s;
    }

    void startJournal(Journal::Clock clock = {}) {
        journal = std::make_unique<Journal>(*db, *identity, std::move(clock));
        cases = std::make_unique<CaseListProjection>();
        journal->addProjection(cases.get());
    }

    // Closes everything, keeping path and key.
    void close() {
        journal.reset();
        cases.reset();
        identity.reset();
        db.reset();
    }

    void reopen(Journal::Clock clock = {}) {
        db = Database::open(path, key, Database::Mode::OpenExisting);
        migrate(*db, schemaMigrations());
        identity = DeviceIdentity::load(*db);
        startJournal(std::move(clock));
    }

    ~TestStore() { close(); }
};

} // namespace lots::test
