#include "session_test_util.h"

#include "domain/case_service.h"
#include "journal/journal.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/session.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTest>

using namespace lots;
using namespace lots::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

SetupRequest request(const QString &name = u"Unit 7 laptop"_s, Role role = Role::Police) {
    SetupRequest r;
    r.role = role;
    r.deviceName = name;
    r.kdf = KdfParams::fastForTests();
    return r;
}

} // namespace

class TestSession : public QObject {
    Q_OBJECT

private:
    int m_n = 0;
    DataDir newDir() { return DataDir{sessionScratch(u"session%1"_s.arg(++m_n))}; }

private slots:
    void rolesRoundTrip() {
        for (Role r : {Role::Police, Role::HealthCare, Role::SocialServices, Role::Prosecutor,
                       Role::MigrationAgency, Role::RegionalCoordinator, Role::Other}) {
            QVERIFY(!roleKey(r).isEmpty());
            QCOMPARE(roleFromKey(roleKey(r)), std::optional<Role>(r));
        }
        QCOMPARE(roleKey(Role::HealthCare), u"health-care"_s);
        QCOMPARE(roleKey(Role::Police), u"police"_s);
        QVERIFY(!roleFromKey(u"Police"_s).has_value());
        QVERIFY(!roleFromKey(QString()).has_value());
    }

    void setupThenUnlock() {
        const DataDir dir = newDir();
        QCOMPARE(dir.status(), DataDirStatus::NeedsSetup);
        QString deviceId;
        QByteArray publicKey;
        {
            Session::Outcome out = Session::setup(dir, passcode("246813"), request());
            QVERIFY2(out.session, qPrintable(out.message));
            QVERIFY(out.message.isEmpty());
            QCOMPARE(out.unlock.status, UnlockStatus::Unlocked);
            QVERIFY(out.unlock.dataKey.isEmpty());
            Session &s = *out.session;
            deviceId = s.device().deviceId;
            publicKey = s.device().publicKey;
            QCOMPARE(deviceId.size(), 36);
            QCOMPARE(publicKey.size(), 32);
            QCOMPARE(s.device().name, u"Unit 7 laptop"_s);
            QCOMPARE(s.device().role, Role::Police);
            // The enrolment is the first journal event.
            const QList<Event> events = s.journal().allEvents();
            QCOMPARE(events.size(), 1);
            QCOMPARE(events.at(0).type, u"device.enrolled"_s);
            QCOMPARE(events.at(0).caseId, QString());
            const QJsonObject payload = events.at(0).payloadObject();
            QCOMPARE(payload.value(u"name"_s).toString(), u"Unit 7 laptop"_s);
            QCOMPARE(payload.value(u"role"_s).toString(), u"police"_s);
            QCOMPARE(QByteArray::fromBase64(payload.value(u"publicKey"_s).toString().toLatin1()),
                     publicKey);
            QCOMPARE(payload.value(u"deviceId"_s).toString(), deviceId);
            QVERIFY(s.journal().verify().ok);
            QCOMPARE(s.database().userVersion(), schemaMigrations().constLast().version);
        }
        QCOMPARE(dir.status(), DataDirStatus::Locked);
        QVERIFY(QFileInfo::exists(dir.keyFile()));
        QVERIFY(QFileInfo::exists(dir.database()));

        Session::Outcome out = Session::unlock(dir, passcode("246813"));
        QVERIFY2(out.session, qPrintable(out.message));
        QCOMPARE(out.unlock.status, UnlockStatus::Unlocked);
        QVERIFY(out.unlock.dataKey.isEmpty()); // the key never leaves the session
        QCOMPARE(out.session->device().deviceId, deviceId);
        QCOMPARE(out.session->device().publicKey, publicKey);
        QCOMPARE(out.session->device().name, u"Unit 7 laptop"_s);
        QCOMPARE(out.session->device().role, Role::Police);
        QCOMPARE(out.session->journal().count(), 1);
    }

    void setupRefusesBadInputAndWritesNothing() {
        const DataDir dir = newDir();
        Session::Outcome out = Session::setup(dir, passcode("123"), request());
        QVERIFY(!out.session);
        QVERIFY(!out.message.isEmpty());
        QCOMPARE(dir.status(), DataDirStatus::NeedsSetup);
        QVERIFY(!QFileInfo::exists(dir.keyFile()));

        out = Session::setup(dir, passcode("246813"), request(u"   "_s));
        QVERIFY(!out.session);
        QVERIFY(!out.message.isEmpty());
        QCOMPARE(dir.status(), DataDirStatus::NeedsSetup);

        // A set-up directory is not set up again.
        QVERIFY(Session::setup(dir, passcode("246813"), request()).session);
        const QByteArray keyBefore = fileHash(dir.keyFile());
        out = Session::setup(dir, passcode("999999"), request(u"Other"_s));
        QVERIFY(!out.session);
        QVERIFY(!out.message.isEmpty());
        QCOMPARE(fileHash(dir.keyFile()), keyBefore);
        QVERIFY(Session::unlock(dir, passcode("246813")).session);
    }

    void wrongPasscodeLeavesTheDatabaseAlone() {
        const DataDir dir = newDir();
        QVERIFY(Session::setup(dir, passcode("246813"), request()).session);
        const QByteArray dbBefore = fileHash(dir.database());
        QVERIFY(!dbBefore.isEmpty());
        const QStringList filesBefore = QDir(dir.path).entryList(QDir::Files);

        Session::Outcome out = Session::unlock(dir, passcode("135792"));
        QVERIFY(!out.session);
        QCOMPARE(out.unlock.status, UnlockStatus::WrongPasscode);
        QVERIFY(!out.message.isEmpty());
        QCOMPARE(out.message, out.unlock.message);
        QCOMPARE(out.unlock.triesLeft, Vault::MaxFailures - 1);
        QVERIFY(out.unlock.dataKey.isEmpty());
        QCOMPARE(fileHash(dir.database()), dbBefore);
        QCOMPARE(QDir(dir.path).entryList(QDir::Files), filesBefore);
        QCOMPARE(dir.status(), DataDirStatus::Locked);

        out = Session::unlock(dir, passcode("246813"));
        QVERIFY2(out.session, qPrintable(out.message));
    }

    void missingDatabaseIsReported() {
        const DataDir dir = newDir();
        QVERIFY(Session::setup(dir, passcode("246813"), request()).session);
        QVERIFY(QFile::remove(dir.database()));
        QCOMPARE(dir.status(), DataDirStatus::Damaged);
        Session::Outcome out = Session::unlock(dir, passcode("246813"));
        QVERIFY(!out.session);
        QCOMPARE(out.unlock.status, UnlockStatus::Unlocked); // the key was right
        QCOMPARE(out.storeError, StoreError::Missing);
        QCOMPARE(out.message, describe(StoreError::Missing));
        QVERIFY(!QFileInfo::exists(dir.database())); // nothing was created
    }

    void missingKeyFileIsReported() {
        const DataDir dir = newDir();
        QVERIFY(Session::setup(dir, passcode("246813"), request()).session);
        const QByteArray dbBefore = fileHash(dir.database());
        QVERIFY(QFile::remove(dir.keyFile()));
        QCOMPARE(dir.status(), DataDirStatus::Damaged);
        Session::Outcome out = Session::unlock(dir, passcode("246813"));
        QVERIFY(!out.session);
        QCOMPARE(out.unlock.status, UnlockStatus::NoKeyFile);
        QVERIFY(!out.message.isEmpty());
        QCOMPARE(fileHash(dir.database()), dbBefore);
        QVERIFY(!QFileInfo::exists(dir.keyFile()));
    }

    void anotherInstallationsDatabaseIsRefused() {
        const DataDir a = newDir();
        const DataDir b = newDir();
        QVERIFY(Session::setup(a, passcode("246813"), request()).session);
        QVERIFY(Session::setup(b, passcode("246813"), request()).session);
        QFile::remove(a.database());
        QVERIFY(QFile::copy(b.database(), a.database()));
        const QByteArray before = fileHash(a.database());
        Session::Outcome out = Session::unlock(a, passcode("246813"));
        QVERIFY(!out.session);
        QVERIFY(out.storeError != StoreError::None);
        QVERIFY(!out.message.isEmpty());
        QCOMPARE(fileHash(a.database()), before);
    }

    void casesThroughSession() {
        const DataDir dir = newDir();
        QString id;
        {
            Session::Outcome out = Session::setup(dir, passcode("246813"), request());
            QVERIFY(out.session);
            CaseService &cases = out.session->cases();
            id = cases.openCase(1'700'000'000'000, u"AMN-2026-1"_s);
            cases.openCase(1'700'000'100'000, QString());
            cases.amendReference(id, u"AMN-2026-2"_s);
            QCOMPARE(cases.count(), 2);
            QCOMPARE(cases.list().first().caseId, id); // amended last
        }
        Session::Outcome out = Session::unlock(dir, passcode("246813"));
        QVERIFY(out.session);
        CaseService &cases = out.session->cases();
        QCOMPARE(cases.count(), 2);
        const std::optional<CaseSummary> c = cases.get(id);
        QVERIFY(c.has_value());
        QCOMPARE(c->reference, u"AMN-2026-2"_s);
        QCOMPARE(c->eventCount, 2);
        QCOMPARE(c->openedByDevice, out.session->device().deviceId);
        QCOMPARE(out.session->journal().count(), 4);
        QVERIFY(out.session->journal().verify().ok);
    }

    void changePasscode() {
        const DataDir dir = newDir();
        Session::Outcome out = Session::setup(dir, passcode("246813"), request());
        QVERIFY(out.session);
        Session &s = *out.session;
        // Database and WAL bytes, with the session open (nothing else writes meanwhile).
        auto dbState = [&dir] {
            return fileHash(dir.database()) + fileHash(dir.database() + u"-wal"_s);
        };
        const QByteArray dbBefore = dbState();

        UnlockResult r =
            s.changePasscode(passcode("111111"), passcode("97531864"), KdfParams::fastForTests());
        QCOMPARE(r.status, UnlockStatus::WrongPasscode);
        QVERIFY(!r.message.isEmpty());

        r = s.changePasscode(passcode("246813"), passcode("12"), KdfParams::fastForTests());
        QVERIFY(r.status != UnlockStatus::Unlocked);
        QVERIFY(!r.message.isEmpty());

        r = s.changePasscode(passcode("246813"), passcode("97531864"), KdfParams::fastForTests());
        QCOMPARE(r.status, UnlockStatus::Unlocked);
        QVERIFY(r.dataKey.isEmpty());
        QCOMPARE(dbState(), dbBefore); // the database was not touched
        out.session.reset();

        QCOMPARE(Session::unlock(dir, passcode("246813")).unlock.status,
                 UnlockStatus::WrongPasscode);
        Session::Outcome again = Session::unlock(dir, passcode("97531864"));
        QVERIFY2(again.session, qPrintable(again.message));
        QCOMPARE(again.session->journal().count(), 1);
    }

    void notSetUpAndWiped() {
        const DataDir dir = newDir();
        Session::Outcome out = Session::unlock(dir, passcode("246813"));
        QVERIFY(!out.session);
        QVERIFY(!out.message.isEmpty());
        QVERIFY(!QDir(dir.path).exists() || QDir(dir.path).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
