#include "store/migrations.h"

#include "store/database.h"

#include <exception>

namespace lots {

void migrate(Database &db, const QList<Migration> &migrations) {
    int previous = 0;
    for (const Migration &m : migrations) {
        if (m.version <= previous) {
            throw StoreException(StoreError::Sql,
                                 QStringLiteral("migration versions must increase: %1 after %2")
                                     .arg(m.version)
                                     .arg(previous));
        }
        previous = m.version;
    }
    const int last = previous;

    int current = db.userVersion();
    if (current > last) {
        throw StoreException(StoreError::SchemaTooNew,
                             QStringLiteral("database schema version %1, this build knows up to %2")
                                 .arg(current)
                                 .arg(last));
    }
    if (current == last)
        return;

    Transaction tx(db);         // BEGIN IMMEDIATE: no other writer can migrate concurrently
    current = db.userVersion(); // read again under the write lock
    if (current > last) {
        throw StoreException(StoreError::SchemaTooNew,
                             QStringLiteral("database schema version %1, this build knows up to %2")
                                 .arg(current)
                                 .arg(last));
    }
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        try {
            if (m.sql)
                db.exec(m.sql);
            if (m.code)
                m.code(db);
        } catch (const std::exception &e) {
            // tx rolls back while this exception leaves the function: the old schema stays.
            throw StoreException(StoreError::MigrationFailed,
                                 QStringLiteral("migration to schema version %1 failed: %2")
                                     .arg(m.version)
                                     .arg(QString::fromUtf8(e.what())));
        }
    }
    try {
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(last);
        db.exec(setVersion.constData());
        tx.commit();
    } catch (const std::exception &e) {
        throw StoreException(StoreError::MigrationFailed,
                             QStringLiteral("committing schema version %1 failed: %2")
                                 .arg(last)
                                 .arg(QString::fromUtf8(e.what())));
    }
}

} // namespace lots
