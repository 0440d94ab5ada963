// Drives the real lots-cli binary. Most data directories are made with the core API and
// KdfParams::fastForTests() (the KDF parameters live in the key file, so the CLI unlocks
// them quickly); one test runs "init" itself, with the standard KDF.
#include "crypto/vault.h"
#include "journal/journal.h"
#include "store/database.h"
#include "store/session.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace lots;
using namespace Qt::StringLiterals;

namespace {

const char *const Passcode = "24681357";

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// env: extra variables; LOTS_PASSCODE is removed unless given here.
Run cli(const QStringList &args, const QByteArray &input = {},
        const QList<std::pair<QString, QString>> &env = {}) {
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(u"LOTS_PASSCODE"_s);
    e.remove(u"LOTS_NEW_PASSCODE"_s);
    e.remove(u"LOTS_DATA_DIR"_s);
    for (const auto &[k, v] : env)
        e.insert(k, v);
    p.setProcessEnvironment(e);
    p.start(QString::fromUtf8(LOTS_CLI_PATH), args);
    if (!p.waitForStarted(10000))
        return {};
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

const QList<std::pair<QString, QString>> withPasscode = {{u"LOTS_PASSCODE"_s, u"24681357"_s}};

QString scratch(const QString &sub) {
    const QString path = qEnvironmentVariable("LOTS_TEST_SCRATCH") + u'/' + sub;
    QDir(path).removeRecursively();
    return path;
}

QByteArray fileHash(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

SecureBytes secret(const char *text) {
    QByteArray b(text);
    return SecureBytes::takeFrom(b);
}

// A set-up data dir with the fast KDF, closed.
DataDir fastDir(const QString &name) {
    const DataDir dir{scratch(name)};
    SetupRequest request;
    request.role = Role::HealthCare;
    request.deviceName = u"CLI test device"_s;
    request.kdf = KdfParams::fastForTests();
    Session::Outcome out = Session::setup(dir, secret(Passcode), request);
    if (!out.session)
        qFatal("setup failed: %s", qPrintable(out.message));
    return dir;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void usageErrors() {
        QCOMPARE(cli({}).exitCode, 1);
        QCOMPARE(cli({u"frobnicate"_s}).exitCode, 1);
        QCOMPARE(cli({u"--help"_s}).exitCode, 0);
        const QString dir = scratch(u"usage"_s);
        QCOMPARE(cli({u"--data-dir"_s, dir, u"init"_s, u"--role"_s, u"pilot"_s, u"--device-name"_s,
                      u"x"_s},
                     {}, withPasscode)
                     .exitCode,
                 1);
        QCOMPARE(
            cli({u"--data-dir"_s, dir, u"case"_s, u"list"_s, u"--limit"_s, u"many"_s}).exitCode, 1);
        QVERIFY(!QDir(dir).exists());
        // Not set up yet.
        const Run r = cli({u"--data-dir"_s, dir, u"case"_s, u"list"_s}, {}, withPasscode);
        QCOMPARE(r.exitCode, 6);
        QVERIFY(!r.err.isEmpty());
    }

    void initWithTheStandardKdf() {
        const QString dir = scratch(u"init"_s);
        const QStringList init = {u"--data-dir"_s, dir,         u"init"_s,
                                  u"--role"_s,     u"police"_s, u"--device-name"_s,
                                  u"Patrol 12"_s};
        // A weak passcode is refused before anything is written.
        Run r = cli(init, "1234\n");
        QCOMPARE(r.exitCode, 5);
        QVERIFY(!QFile::exists(dir + u"/lots.key"_s));

        r = cli(init, QByteArray(Passcode) + '\n'); // passcode on the first line of stdin
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"deviceName"_s).toString(), u"Patrol 12"_s);
        QCOMPARE(o.value(u"role"_s).toString(), u"police"_s);
        QCOMPARE(o.value(u"deviceId"_s).toString().size(), 36);
        QCOMPARE(o.value(u"publicKey"_s).toString().size(), 64);
        QVERIFY(QFile::exists(dir + u"/lots.key"_s));
        QVERIFY(QFile::exists(dir + u"/lots.db"_s));

        QCOMPARE(cli(init, {}, withPasscode).exitCode, 6); // already set up

        r = cli({u"--data-dir"_s, dir, u"export"_s}, {}, withPasscode);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray events = r.json().value(u"events"_s).toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).toObject().value(u"type"_s).toString(), u"device.enrolled"_s);
        QCOMPARE(r.json().value(u"deviceId"_s).toString(), o.value(u"deviceId"_s).toString());
    }

    void casesEventsExportVerify() {
        const DataDir dir = fastDir(u"flow"_s);
        const QStringList base = {u"--data-dir"_s, dir.path};
        const QByteArray stdinPass = QByteArray(Passcode) + '\n';

        Run r =
            cli(base + QStringList{u"case"_s, u"new"_s, u"--reference"_s, u"K-77/26"_s}, stdinPass);
        QCOMPARE(r.exitCode, 0);
        const QString caseId = r.json().value(u"caseId"_s).toString();
        QCOMPARE(caseId.size(), 36);
        QCOMPARE(r.json().value(u"reference"_s).toString(), u"K-77/26"_s);

        r = cli(base + QStringList{u"case"_s, u"new"_s}, {}, withPasscode);
        QCOMPARE(r.exitCode, 0);

        r = cli(base + QStringList{u"case"_s, u"list"_s}, stdinPass);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"count"_s).toInt(), 2);
        QJsonArray cases = r.json().value(u"cases"_s).toArray();
        QCOMPARE(cases.size(), 2);
        QCOMPARE(cases.at(1).toObject().value(u"caseId"_s).toString(), caseId); // older
        r = cli(base +
                    QStringList{u"case"_s, u"list"_s, u"--limit"_s, u"1"_s, u"--offset"_s, u"1"_s},
                stdinPass);
        QCOMPARE(r.json().value(u"cases"_s).toArray().size(), 1);
        QCOMPARE(r.json().value(u"cases"_s).toArray().at(0).toObject().value(u"caseId"_s),
                 QJsonValue(caseId));

        // event add: JSON on stdin, passcode only from the environment.
        const QStringList add = base + QStringList{u"event"_s, u"add"_s};
        QJsonObject note{{u"caseId"_s, caseId},
                         {u"type"_s, u"note.added"_s},
                         {u"payload"_s, QJsonObject{{u"text"_s, u"Met at the bus station"_s}}}};
        const QByteArray noteJson = QJsonDocument(note).toJson();
        r = cli(add, noteJson, withPasscode);
        QCOMPARE(r.exitCode, 0);
        const QString noteId = r.json().value(u"eventId"_s).toString();
        QCOMPARE(r.json().value(u"type"_s).toString(), u"note.added"_s);
        QCOMPARE(r.json().value(u"payload"_s).toObject().value(u"text"_s).toString(),
                 u"Met at the bus station"_s);
        QCOMPARE(r.json().value(u"signature"_s).toString().size(), 128);

        QCOMPARE(cli(add, QByteArray(Passcode) + '\n' + noteJson).exitCode, 2); // no env
        QCOMPARE(cli(add, "{not json", withPasscode).exitCode, 5);
        QCOMPARE(cli(add, "[1]", withPasscode).exitCode, 5);
        QCOMPARE(cli(add, R"({"caseId":"nope","type":"note.added","payload":{}})", withPasscode)
                     .exitCode,
                 5);
        QCOMPARE(cli(add, R"({"type":"","payload":{}})", withPasscode).exitCode, 5);
        QCOMPARE(cli(add, R"({"type":"x","payload":{},"extra":1})", withPasscode).exitCode, 5);

        QJsonObject fix = note;
        fix.insert(u"payload"_s, QJsonObject{{u"text"_s, u"Met at the train station"_s}});
        fix.insert(u"amends"_s, noteId);
        r = cli(add, QJsonDocument(fix).toJson(), withPasscode);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"amends"_s).toString(), noteId);
        fix.insert(u"amends"_s, u"00000000-0000-0000-0000-000000000000"_s);
        QCOMPARE(cli(add, QJsonDocument(fix).toJson(), withPasscode).exitCode, 5);

        // A device-level event with a position.
        r = cli(add,
                R"({"type":"device.checked","payload":{"ok":true},)"
                R"("position":{"latitude":59.33,"longitude":18.06,"source":"manual"}})",
                withPasscode);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"position"_s).toObject().value(u"latitude"_s).toDouble(), 59.33);

        r = cli(base + QStringList{u"export"_s}, stdinPass);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray events = r.json().value(u"events"_s).toArray();
        QStringList types;
        for (const QJsonValue &v : events)
            types << v.toObject().value(u"type"_s).toString();
        QCOMPARE(types, (QStringList{u"device.enrolled"_s, u"case.opened"_s, u"case.opened"_s,
                                     u"note.added"_s, u"note.added"_s, u"device.checked"_s}));
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QJsonObject e = events.at(i).toObject();
            QCOMPARE(e.value(u"deviceSeq"_s).toInteger(), i + 1);
            if (i > 0)
                QCOMPARE(e.value(u"prevHash"_s), events.at(i - 1).toObject().value(u"hash"_s));
        }
        QCOMPARE(events.at(4).toObject().value(u"amends"_s).toString(), noteId);

        r = cli(base + QStringList{u"verify"_s}, stdinPass);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"ok"_s).toBool(), true);
        QCOMPARE(r.json().value(u"eventsChecked"_s).toInteger(), 6);

        // A wrong passcode: exit 2, the database untouched.
        const QByteArray before = fileHash(dir.database());
        r = cli(base + QStringList{u"case"_s, u"list"_s}, "97979797\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(fileHash(dir.database()), before);
    }

    void tamperedDatabaseFailsVerify() {
        const DataDir dir = fastDir(u"tamper"_s);
        const QStringList base = {u"--data-dir"_s, dir.path};
        for (int i = 0; i < 3; ++i)
            QCOMPARE(cli(base + QStringList{u"case"_s, u"new"_s, u"--reference"_s, u"R%1"_s.arg(i)},
                         {}, withPasscode)
                         .exitCode,
                     0);
        const QJsonArray events = cli(base + QStringList{u"export"_s}, {}, withPasscode)
                                      .json()
                                      .value(u"events"_s)
                                      .toArray();
        QCOMPARE(events.size(), 4);
        const QString target = events.at(2).toObject().value(u"eventId"_s).toString();

        // An attacker with the key edits one payload byte.
        {
            Vault vault(dir.keyFile());
            UnlockResult u = vault.unlock(secret(Passcode), QDateTime::currentMSecsSinceEpoch());
            QCOMPARE(u.status, UnlockStatus::Unlocked);
            auto db = Database::open(dir.database(), u.dataKey, Database::Mode::OpenExisting,
                                     vault.databaseSalt());
            db->exec("DROP TRIGGER events_no_update");
            Statement q = db->prepare("UPDATE events SET payload = replace(payload, 'R1', 'R7') "
                                      "WHERE event_id = ?");
            q.bind(1, target).run();
            QCOMPARE(db->changes(), 1);
        }
        const Run r = cli(base + QStringList{u"verify"_s}, {}, withPasscode);
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.json().value(u"ok"_s).toBool(), false);
        QCOMPARE(r.json().value(u"firstBadEventId"_s).toString(), target);
        QCOMPARE(r.json().value(u"firstBadLocalSeq"_s).toInteger(), 3);
        QVERIFY(r.err.contains(target.toUtf8()));
    }

    void missingDatabaseIsAStoreError() {
        const DataDir dir = fastDir(u"missing"_s);
        QVERIFY(QFile::remove(dir.database()));
        const Run r = cli({u"--data-dir"_s, dir.path, u"verify"_s}, {}, withPasscode);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!r.err.isEmpty());
    }

    void passcodeChange() {
        const DataDir dir = fastDir(u"passcode"_s);
        const QStringList base = {u"--data-dir"_s, dir.path};
        QCOMPARE(cli(base + QStringList{u"passcode"_s, u"change"_s}, "24681357\n12\n").exitCode,
                 5); // policy
        QCOMPARE(
            cli(base + QStringList{u"passcode"_s, u"change"_s}, "11112222\n86428642\n").exitCode,
            2); // wrong old passcode
        const Run r = cli(base + QStringList{u"passcode"_s, u"change"_s}, "24681357\n86428642\n");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(cli(base + QStringList{u"verify"_s}, "24681357\n").exitCode, 2);
        QCOMPARE(cli(base + QStringList{u"verify"_s}, "86428642\n").exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
