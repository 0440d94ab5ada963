#include "crypto/vault.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sodium.h>

#include <csignal>
#include <cstring>

#include <sys/resource.h>

using namespace lots;

namespace {

constexpr qint64 T0 = 1'780'000'000'000; // a fixed "now" in epoch ms

SecureBytes pass(const char *text) {
    QByteArray bytes(text);
    return SecureBytes::takeFrom(bytes);
}

QByteArray readAll(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray fileHash(const QString &path) {
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}

QJsonObject readJson(const QString &path) {
    return QJsonDocument::fromJson(readAll(path)).object();
}

void writeAll(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray keyBytes(const SecureBytes &key) {
    return QByteArray(reinterpret_cast<const char *>(key.data()), qsizetype(key.size()));
}

} // namespace

class TestVault : public QObject {
    Q_OBJECT

private:
    QString m_dir;
    int m_counter = 0;
    QString newPath() { return m_dir + QStringLiteral("/k%1/lots.key").arg(++m_counter); }

    // A key file with passcode "246810" and fast parameters; returns the data key bytes.
    QByteArray makeVault(const QString &path) {
        Vault vault(path);
        QString error;
        const SecureBytes key = vault.create(pass("246810"), KdfParams::fastForTests(), &error);
        if (key.size() != 32)
            qFatal("create failed: %s", qPrintable(error));
        return keyBytes(key);
    }

private slots:
    void initTestCase() {
        m_dir = qEnvironmentVariable("LOTS_TEST_SCRATCH");
        QVERIFY(!m_dir.isEmpty());
        QDir(m_dir).removeRecursively();
        QVERIFY(QDir().mkpath(m_dir));
    }

    void createAndUnlock() {
        const QString path = newPath();
        Vault vault(path);
        QVERIFY(!vault.exists());
        QString error;
        const SecureBytes key = vault.create(pass("246810"), KdfParams::fastForTests(), &error);
        QCOMPARE(key.size(), std::size_t(Vault::DataKeySize));
        QVERIFY(error.isEmpty());
        QVERIFY(vault.exists());
        QVERIFY(!vault.isWiped());
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());

        const QJsonObject o = readJson(path);
        QCOMPARE(o.value(QLatin1String("format")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("kdf")).toString(), QStringLiteral("argon2id13"));
        QCOMPARE(quint64(o.value(QLatin1String("opslimit")).toInteger()),
                 KdfParams::fastForTests().opsLimit);
        QCOMPARE(quint64(o.value(QLatin1String("memlimit")).toInteger()),
                 KdfParams::fastForTests().memLimitBytes);
        QCOMPARE(
            QByteArray::fromBase64(o.value(QLatin1String("salt")).toString().toLatin1()).size(),
            16);
        QCOMPARE(
            QByteArray::fromBase64(o.value(QLatin1String("nonce")).toString().toLatin1()).size(),
            24);
        QCOMPARE(QByteArray::fromBase64(o.value(QLatin1String("wrappedKey")).toString().toLatin1())
                     .size(),
                 48);
        QCOMPARE(o.value(QLatin1String("failures")).toInt(), 0);
        QCOMPARE(o.value(QLatin1String("notBefore")).toInteger(), 0);
        QCOMPARE(o.value(QLatin1String("wiped")).toBool(true), false);

        // nothing secret in clear: neither the data key nor the passcode
        const QByteArray file = readAll(path);
        QVERIFY(!file.contains(keyBytes(key)));
        QVERIFY(!file.contains(keyBytes(key).toBase64()));
        QVERIFY(!file.contains(keyBytes(key).toHex()));
        QVERIFY(!file.contains("246810"));

        const UnlockResult r = Vault(path).unlock(pass("246810"), T0);
        QCOMPARE(r.status, UnlockStatus::Unlocked);
        QCOMPARE(keyBytes(r.dataKey), keyBytes(key));
        QCOMPARE(r.failures, 0);
        QVERIFY(r.message.isEmpty());

        // two vaults get different keys
        QVERIFY(makeVault(newPath()) != keyBytes(key));
    }

    void createRefusesToReplaceAKeyFile() {
        const QString path = newPath();
        makeVault(path);
        const QByteArray before = fileHash(path);
        QString error;
        QVERIFY(Vault(path).create(pass("999999"), KdfParams::fastForTests(), &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QCOMPARE(fileHash(path), before);
    }

    void noKeyFile() {
        const UnlockResult r = Vault(newPath()).unlock(pass("246810"), T0);
        QCOMPARE(r.status, UnlockStatus::NoKeyFile);
        QVERIFY(!r.message.isEmpty());
    }

    void wrongPasscodeCountsAndPersists() {
        const QString path = newPath();
        const QByteArray key = makeVault(path);
        UnlockResult r = Vault(path).unlock(pass("111111"), T0);
        QCOMPARE(r.status, UnlockStatus::WrongPasscode);
        QCOMPARE(r.failures, 1);
        QCOMPARE(r.triesLeft, 9);
        QCOMPARE(r.retryAtMsecs, 0);
        QVERIFY(r.dataKey.isEmpty());
        QCOMPARE(r.message, QStringLiteral("Wrong passcode. 9 tries left."));
        QCOMPARE(readJson(path).value(QLatin1String("failures")).toInt(), 1);

        // a new Vault object (a restart) sees the same counter
        r = Vault(path).unlock(pass("222222"), T0 + 1);
        QCOMPARE(r.status, UnlockStatus::WrongPasscode);
        QCOMPARE(r.failures, 2);
        QCOMPARE(r.triesLeft, 8);
        QCOMPARE(readJson(path).value(QLatin1String("failures")).toInt(), 2);

        // the right passcode resets it
        r = Vault(path).unlock(pass("246810"), T0 + 2);
        QCOMPARE(r.status, UnlockStatus::Unlocked);
        QCOMPARE(keyBytes(r.dataKey), key);
        QCOMPARE(readJson(path).value(QLatin1String("failures")).toInt(), 0);
        // ... and a clean unlock leaves the counter at zero and the wrapped key as it was
        const QJsonObject before = readJson(path);
        QCOMPARE(Vault(path).unlock(pass("246810"), T0 + 3).status, UnlockStatus::Unlocked);
        QCOMPARE(readJson(path), before);
    }

    void noFreeTryWhenTheCountCannotBeStored() {
        // A disk too full to store the failure count must not become an oracle that answers
        // right/wrong without counting: the passcode is then not checked at all.
        const QString path = newPath();
        makeVault(path);
        const QByteArray before = fileHash(path);
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        rlimit tiny = old;
        tiny.rlim_cur = 64; // smaller than the key file: every write of it fails (EFBIG)
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &tiny), 0);
        const UnlockResult wrong = Vault(path).unlock(pass("111111"), T0);
        const UnlockResult right = Vault(path).unlock(pass("246810"), T0);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &old), 0);
        QCOMPARE(wrong.status, UnlockStatus::IoError);
        QCOMPARE(right.status, UnlockStatus::IoError);
        QVERIFY(right.dataKey.isEmpty());
        QVERIFY(right.message.contains(QStringLiteral("storage")));
        QCOMPARE(fileHash(path), before);
        // with space again, all is normal and nothing was counted
        const UnlockResult r = Vault(path).unlock(pass("246810"), T0);
        QCOMPARE(r.status, UnlockStatus::Unlocked);
    }

    void unfinishedLastAttemptWipes() {
        // The tenth attempt is stored as a failure before it is checked; if the app was
        // stopped during that check, the next start treats it as wrong.
        const QString path = newPath();
        makeVault(path);
        const QString wrapped = readJson(path).value(QLatin1String("wrappedKey")).toString();
        QJsonObject o = readJson(path);
        o.insert(QLatin1String("failures"), Vault::MaxFailures);
        writeAll(path, QJsonDocument(o).toJson());
        const UnlockResult r = Vault(path).unlock(pass("246810"), T0);
        QCOMPARE(r.status, UnlockStatus::Wiped);
        QVERIFY(r.dataKey.isEmpty());
        QVERIFY(Vault(path).isWiped());
        QVERIFY(!readAll(path).contains(wrapped.toLatin1()));
    }

    void delaysGrowAfterThreeFailures() {
        QCOMPARE(Vault::delayAfterFailures(0), 0);
        QCOMPARE(Vault::delayAfterFailures(1), 0);
        QCOMPARE(Vault::delayAfterFailures(2), 0);
        QCOMPARE(Vault::delayAfterFailures(3), 0);
        QCOMPARE(Vault::delayAfterFailures(4), 30'000);
        for (int n = 4; n + 1 < Vault::MaxFailures; ++n) // 10 wipes: no further delay matters
            QVERIFY(Vault::delayAfterFailures(n + 1) > Vault::delayAfterFailures(n));
    }

    void throttledBeforeNotBefore() {
        const QString path = newPath();
        const QByteArray key = makeVault(path);
        qint64 now = T0;
        for (int i = 1; i <= 3; ++i) {
            const UnlockResult r = Vault(path).unlock(pass("000000"), now);
            QCOMPARE(r.status, UnlockStatus::WrongPasscode);
            QCOMPARE(r.retryAtMsecs, 0); // no delay yet
        }
        UnlockResult r = Vault(path).unlock(pass("000000"), now);
        QCOMPARE(r.status, UnlockStatus::WrongPasscode);
        QCOMPARE(r.failures, 4);
        QCOMPARE(r.retryAtMsecs, now + 30'000);
        QVERIFY2(r.message.contains(QStringLiteral("30 seconds")), qPrintable(r.message));
        QCOMPARE(readJson(path).value(QLatin1String("notBefore")).toInteger(), now + 30'000);

        // even the right passcode is not tried before notBefore, and the file is untouched
        const QByteArray before = fileHash(path);
        r = Vault(path).unlock(pass("246810"), now + 29'999);
        QCOMPARE(r.status, UnlockStatus::Throttled);
        QCOMPARE(r.retryAtMsecs, now + 30'000);
        QCOMPARE(r.failures, 4);
        QVERIFY(r.dataKey.isEmpty());
        QVERIFY2(r.message.contains(QStringLiteral("1 second")), qPrintable(r.message));
        r = Vault(path).unlock(pass("000000"), now + 1000);
        QCOMPARE(r.status, UnlockStatus::Throttled);
        QVERIFY2(r.message.contains(QStringLiteral("29 seconds")), qPrintable(r.message));
        QCOMPARE(fileHash(path), before);
        QCOMPARE(readJson(path).value(QLatin1String("failures")).toInt(), 4);

        // a clock set back by days does not lock out for longer than the rule
        r = Vault(path).unlock(pass("246810"), now - 86'400'000);
        QCOMPARE(r.status, UnlockStatus::Throttled);
        QCOMPARE(r.retryAtMsecs, now - 86'400'000 + 30'000);

        r = Vault(path).unlock(pass("246810"), now + 30'000);
        QCOMPARE(r.status, UnlockStatus::Unlocked);
        QCOMPARE(keyBytes(r.dataKey), key);
        QCOMPARE(readJson(path).value(QLatin1String("notBefore")).toInteger(), 0);
    }

    void warningsInTheLastTriesAndWipe() {
        const QString path = newPath();
        makeVault(path);
        const QString wrappedBefore = readJson(path).value(QLatin1String("wrappedKey")).toString();
        QVERIFY(!wrappedBefore.isEmpty());
        qint64 now = T0;
        for (int failures = 1; failures < Vault::MaxFailures; ++failures) {
            const UnlockResult r = Vault(path).unlock(pass("13579135"), now);
            QCOMPARE(r.status, UnlockStatus::WrongPasscode);
            QCOMPARE(r.failures, failures);
            QCOMPARE(r.triesLeft, Vault::MaxFailures - failures);
            const bool warns = r.message.contains(QStringLiteral("erased"));
            QCOMPARE(warns, r.triesLeft <= Vault::WarnWhenTriesLeft);
            if (r.triesLeft == 3) {
                QVERIFY2(r.message.startsWith(QStringLiteral(
                             "Wrong passcode. 3 tries left before the data on this device is "
                             "erased.")),
                         qPrintable(r.message));
            }
            if (r.triesLeft == 1) {
                QVERIFY2(r.message.startsWith(QStringLiteral(
                             "Wrong passcode. 1 try left before the data on this device is "
                             "erased.")),
                         qPrintable(r.message));
            }
            now += Vault::delayAfterFailures(failures);
        }
        const UnlockResult last = Vault(path).unlock(pass("13579135"), now);
        QCOMPARE(last.status, UnlockStatus::Wiped);
        QCOMPARE(last.triesLeft, 0);
        QVERIFY2(last.message.contains(QStringLiteral("erased")), qPrintable(last.message));

        // the key is gone from the file
        const QByteArray file = readAll(path);
        const QJsonObject o = readJson(path);
        QCOMPARE(o.value(QLatin1String("wiped")).toBool(), true);
        QVERIFY(!o.contains(QLatin1String("wrappedKey")));
        QVERIFY(!o.contains(QLatin1String("salt")));
        QVERIFY(!o.contains(QLatin1String("nonce")));
        QVERIFY(!file.contains(wrappedBefore.toLatin1()));
        QVERIFY(Vault(path).isWiped());

        // even the right passcode gets nothing now, from any new object
        const UnlockResult after = Vault(path).unlock(pass("246810"), now + 365LL * 86'400'000);
        QCOMPARE(after.status, UnlockStatus::Wiped);
        QVERIFY(after.dataKey.isEmpty());
        QVERIFY(!after.message.isEmpty());
        const UnlockResult change = Vault(path).changePasscode(
            pass("246810"), pass("864200"), KdfParams::fastForTests(), now + 365LL * 86'400'000);
        QCOMPARE(change.status, UnlockStatus::Wiped);

        // a wiped key file may be replaced by a new setup
        QString error;
        QCOMPARE(Vault(path).create(pass("864200"), KdfParams::fastForTests(), &error).size(),
                 std::size_t(32));
        QVERIFY(!Vault(path).isWiped());
    }

    void changePasscodeRewraps() {
        const QString path = newPath();
        const QByteArray key = makeVault(path);
        QString error;
        QVERIFY(Vault(path).setDatabaseSalt(QByteArray(16, '\x5a'), &error));
        const QJsonObject before = readJson(path);

        UnlockResult r = Vault(path).changePasscode(pass("246810"), pass("a longer passphrase"),
                                                    KdfParams::fastForTests(), T0);
        QCOMPARE(r.status, UnlockStatus::Unlocked);
        QCOMPARE(keyBytes(r.dataKey), key);
        const QJsonObject after = readJson(path);
        QVERIFY(after.value(QLatin1String("salt")) != before.value(QLatin1String("salt")));
        QVERIFY(after.value(QLatin1String("nonce")) != before.value(QLatin1String("nonce")));
        QVERIFY(after.value(QLatin1String("wrappedKey")) !=
                before.value(QLatin1String("wrappedKey")));
        QCOMPARE(Vault(path).databaseSalt(), QByteArray(16, '\x5a'));

        r = Vault(path).unlock(pass("246810"), T0);
        QCOMPARE(r.status, UnlockStatus::WrongPasscode);
        r = Vault(path).unlock(pass("a longer passphrase"), T0);
        QCOMPARE(r.status, UnlockStatus::Unlocked);
        QCOMPARE(keyBytes(r.dataKey), key);
    }

    void changePasscodeWithWrongOldCountsAsFailure() {
        const QString path = newPath();
        makeVault(path);
        const QJsonObject before = readJson(path);
        const UnlockResult r = Vault(path).changePasscode(pass("999999"), pass("888888"),
                                                          KdfParams::fastForTests(), T0);
        QCOMPARE(r.status, UnlockStatus::WrongPasscode);
        QCOMPARE(r.failures, 1);
        QCOMPARE(r.triesLeft, 9);
        QVERIFY(r.dataKey.isEmpty());
        const QJsonObject after = readJson(path);
        QCOMPARE(after.value(QLatin1String("failures")).toInt(), 1);
        QCOMPARE(after.value(QLatin1String("wrappedKey")),
                 before.value(QLatin1String("wrappedKey")));
        QCOMPARE(after.value(QLatin1String("salt")), before.value(QLatin1String("salt")));
        QCOMPARE(Vault(path).unlock(pass("888888"), T0).status, UnlockStatus::WrongPasscode);
        QCOMPARE(Vault(path).unlock(pass("246810"), T0).status, UnlockStatus::Unlocked);
    }

    void databaseSaltRoundTrip() {
        const QString path = newPath();
        makeVault(path);
        QVERIFY(Vault(path).databaseSalt().isEmpty());
        const QByteArray salt = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        QString error;
        QVERIFY(Vault(path).setDatabaseSalt(salt, &error));
        QCOMPARE(Vault(path).databaseSalt(), salt);
        // kept through a failure and a successful unlock
        QCOMPARE(Vault(path).unlock(pass("000000"), T0).status, UnlockStatus::WrongPasscode);
        QCOMPARE(Vault(path).unlock(pass("246810"), T0).status, UnlockStatus::Unlocked);
        QCOMPARE(Vault(path).databaseSalt(), salt);
        QVERIFY(!Vault(newPath()).setDatabaseSalt(salt, &error));
        QVERIFY(!error.isEmpty());
    }

    void damagedKeyFile_data() {
        QTest::addColumn<QByteArray>("content");
        const QString good = newPath();
        makeVault(good);
        const QByteArray bytes = readAll(good);
        const QJsonObject o = readJson(good);
        auto with = [&](const char *field, const QJsonValue &value) {
            QJsonObject copy = o;
            if (value.isUndefined())
                copy.remove(QLatin1String(field));
            else
                copy.insert(QLatin1String(field), value);
            return QJsonDocument(copy).toJson();
        };
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("random bytes") << QByteArray::fromHex("8f1e22a9c0ffee00deadbeef1234");
        QTest::newRow("cut in half") << bytes.left(bytes.size() / 2);
        QTest::newRow("json array") << QByteArray("[1,2,3]");
        QTest::newRow("format 2") << with("format", 2);
        QTest::newRow("other kdf") << with("kdf", QStringLiteral("scrypt"));
        QTest::newRow("no salt") << with("salt", QJsonValue(QJsonValue::Undefined));
        QTest::newRow("bad base64") << with("nonce", QStringLiteral("!!not base64!!"));
        QTest::newRow("short nonce") << with("nonce", QStringLiteral("AAAA"));
        QTest::newRow("short wrapped key") << with("wrappedKey", QStringLiteral("AAAA"));
        QTest::newRow("negative failures") << with("failures", -1);
        QTest::newRow("failures above max") << with("failures", 11);
        QTest::newRow("memlimit 0") << with("memlimit", 0);
        QTest::newRow("wiped not bool") << with("wiped", QStringLiteral("no"));
    }
    void damagedKeyFile() {
        QFETCH(QByteArray, content);
        const QString path = newPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        writeAll(path, content);
        const QByteArray before = fileHash(path);
        const UnlockResult r = Vault(path).unlock(pass("246810"), T0);
        QCOMPARE(r.status, UnlockStatus::KeyFileDamaged);
        QVERIFY(r.message.contains(QStringLiteral("damaged")));
        QCOMPARE(fileHash(path), before);
        QCOMPARE(Vault(path)
                     .changePasscode(pass("246810"), pass("135791"), KdfParams::fastForTests(), T0)
                     .status,
                 UnlockStatus::KeyFileDamaged);
        QString error;
        QVERIFY(!Vault(path).setDatabaseSalt(QByteArray(16, 'x'), &error));
        QVERIFY(Vault(path).create(pass("246810"), KdfParams::fastForTests(), &error).isEmpty());
        QCOMPARE(fileHash(path), before);
    }

    void kdfParamsCannotBeSwapped() {
        // Editing the parameters (e.g. to weaker ones) makes the right passcode fail: they are
        // part of the associated data.
        const QString path = newPath();
        makeVault(path);
        QJsonObject o = readJson(path);
        o.insert(QLatin1String("opslimit"), qint64(KdfParams::fastForTests().opsLimit + 1));
        writeAll(path, QJsonDocument(o).toJson());
        QCOMPARE(Vault(path).unlock(pass("246810"), T0).status, UnlockStatus::WrongPasscode);
        o.insert(QLatin1String("opslimit"), qint64(KdfParams::fastForTests().opsLimit));
        o.insert(QLatin1String("failures"), 0);
        writeAll(path, QJsonDocument(o).toJson());
        QCOMPARE(Vault(path).unlock(pass("246810"), T0).status, UnlockStatus::Unlocked);
    }

    void passcodePolicy_data() {
        QTest::addColumn<QByteArray>("passcode");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("5 digits") << QByteArray("12345") << false;
        QTest::newRow("6 digits") << QByteArray("123456") << true;
        QTest::newRow("10 digits") << QByteArray("0123456789") << true;
        QTest::newRow("6 chars with a letter") << QByteArray("12345a") << false;
        QTest::newRow("7 letters") << QByteArray("abcdefg") << false;
        QTest::newRow("8 letters") << QByteArray("abcdefgh") << true;
        QTest::newRow("7 non-ascii (14 bytes)") << QByteArray("åäöåäöå") << false;
        QTest::newRow("8 non-ascii") << QByteArray("åäöåäöåä") << true;
        QTest::newRow("spaces count") << QByteArray("a b c de") << true;
        QTest::newRow("invalid utf-8")
            << QByteArray("\xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8\xf7") << false;
        QTest::newRow("cut utf-8") << QByteArray("abcdefg\xc3") << false;
    }
    void passcodePolicy() {
        QFETCH(QByteArray, passcode);
        QFETCH(bool, accepted);
        const QString reason = checkPasscodePolicy(SecureBytes::takeFrom(passcode));
        QCOMPARE(reason.isEmpty(), accepted);
    }

    void standardParamsAreStrongAndWork() {
        // The real cost is the point here: one create and one unlock at standard().
        const KdfParams p = KdfParams::standard();
        QVERIFY(p.memLimitBytes >= quint64(64) << 20);
        QVERIFY(p.opsLimit >= crypto_pwhash_OPSLIMIT_INTERACTIVE);
        const QString path = newPath();
        QString error;
        const SecureBytes key = Vault(path).create(pass("246810"), p, &error);
        QCOMPARE(key.size(), std::size_t(32));
        QCOMPARE(quint64(readJson(path).value(QLatin1String("memlimit")).toInteger()),
                 p.memLimitBytes);
        const UnlockResult r = Vault(path).unlock(pass("246810"), T0);
        QCOMPARE(r.status, UnlockStatus::Unlocked);
        QCOMPARE(keyBytes(r.dataKey), keyBytes(key));
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
