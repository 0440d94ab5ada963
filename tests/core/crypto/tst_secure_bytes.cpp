#include "crypto/secure_bytes.h"

#include <QTest>

#include <cstring>

using namespace lots;

class TestSecureBytes : public QObject {
    Q_OBJECT

private slots:
    void zeroFilledOfRequestedSize() {
        SecureBytes b(48);
        QCOMPARE(b.size(), std::size_t(48));
        QVERIFY(!b.isEmpty());
        for (std::size_t i = 0; i < b.size(); ++i)
            QCOMPARE(int(b.data()[i]), 0);
        SecureBytes none;
        QVERIFY(none.isEmpty());
        QVERIFY(none.data() == nullptr);
        SecureBytes zero(0);
        QVERIFY(zero.isEmpty());
    }

    void randomIsRandom() {
        const SecureBytes a = SecureBytes::random(32);
        const SecureBytes b = SecureBytes::random(32);
        QCOMPARE(a.size(), std::size_t(32));
        QVERIFY(std::memcmp(a.data(), b.data(), 32) != 0);
        const SecureBytes zeros(32);
        QVERIFY(std::memcmp(a.data(), zeros.data(), 32) != 0);
    }

    void takeFromCopiesAndWipesTheSource() {
        QByteArray source("correct horse battery");
        source.detach();
        const qsizetype n = source.size();
        const char *buffer = source.constData();
        SecureBytes taken = SecureBytes::takeFrom(source);
        QCOMPARE(taken.size(), std::size_t(n));
        QVERIFY(std::memcmp(taken.data(), "correct horse battery", std::size_t(n)) == 0);
        QVERIFY(source.isEmpty());
        // the caller's buffer is still allocated (capacity kept) and now holds only zeros
        QCOMPARE(source.constData(), buffer);
        QVERIFY(source.capacity() >= n);
        for (qsizetype i = 0; i < n; ++i)
            QCOMPARE(int(buffer[i]), 0);
    }

    void takeFromSharedSourceLeavesOtherCopies() {
        QByteArray source("123456");
        const QByteArray shared = source; // implicitly shared
        SecureBytes taken = SecureBytes::takeFrom(source);
        QCOMPARE(taken.size(), std::size_t(6));
        QVERIFY(source.isEmpty());
        QCOMPARE(shared, QByteArray("123456")); // detached first: only the caller's copy is wiped
    }

    void clearEmpties() {
        SecureBytes b = SecureBytes::random(16);
        b.clear();
        QVERIFY(b.isEmpty());
        QCOMPARE(b.size(), std::size_t(0));
        QVERIFY(b.data() == nullptr);
        b.clear(); // twice is harmless
        QVERIFY(b.isEmpty());
    }

    void moveTransfersOwnership() {
        SecureBytes a = SecureBytes::random(32);
        unsigned char copy[32];
        std::memcpy(copy, a.data(), 32);
        const unsigned char *buffer = a.data();

        SecureBytes b(std::move(a));
        QVERIFY(a.isEmpty());
        QVERIFY(a.data() == nullptr);
        QCOMPARE(b.data(), buffer); // no copy was made
        QVERIFY(std::memcmp(b.data(), copy, 32) == 0);

        SecureBytes c(8);
        c = std::move(b);
        QVERIFY(b.isEmpty());
        QCOMPARE(c.size(), std::size_t(32));
        QVERIFY(std::memcmp(c.data(), copy, 32) == 0);

        SecureBytes &self = c;
        c = std::move(self); // self-move keeps the bytes
        QCOMPARE(c.size(), std::size_t(32));
    }

    void toHexIsLowerCaseHex() {
        QByteArray raw("\x00\x01\xab\xff\x7f", 5);
        const SecureBytes b = SecureBytes::takeFrom(raw);
        const SecureBytes hex = b.toHex();
        QCOMPARE(hex.size(), std::size_t(10));
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(hex.data()), 10),
                 QByteArray("0001abff7f"));
        QVERIFY(SecureBytes().toHex().isEmpty());
        const SecureBytes key = SecureBytes::random(32);
        QCOMPARE(key.toHex().size(), std::size_t(64));
    }
};

QTEST_GUILESS_MAIN(TestSecureBytes)
#include "tst_secure_bytes.moc"
