#include "crypto/signing.h"

#include <QTest>

using namespace lots;

class TestSigning : public QObject {
    Q_OBJECT

private slots:
    void signAndVerify() {
        const SigningKeyPair pair = SigningKeyPair::generate();
        QCOMPARE(pair.publicKey.size(), 32);
        QCOMPARE(pair.secretKey.size(), std::size_t(64));
        const QByteArray message("event 42: case opened");
        const QByteArray signature = sign(pair.secretKey, message);
        QCOMPARE(signature.size(), 64);
        QVERIFY(verifySignature(pair.publicKey, message, signature));
        QVERIFY(verifySignature(pair.publicKey, QByteArray(), sign(pair.secretKey, QByteArray())));
    }

    void tamperingFails() {
        const SigningKeyPair pair = SigningKeyPair::generate();
        const QByteArray message("event 42: case opened");
        const QByteArray signature = sign(pair.secretKey, message);

        QByteArray changedMessage = message;
        changedMessage[6] = '3';
        QVERIFY(!verifySignature(pair.publicKey, changedMessage, signature));
        QVERIFY(!verifySignature(pair.publicKey, message + ' ', signature));

        QByteArray changedSignature = signature;
        changedSignature[10] = char(changedSignature[10] ^ 0x01);
        QVERIFY(!verifySignature(pair.publicKey, message, changedSignature));

        const SigningKeyPair other = SigningKeyPair::generate();
        QVERIFY(other.publicKey != pair.publicKey);
        QVERIFY(!verifySignature(other.publicKey, message, signature));

        // malformed inputs are rejected, not crashed on
        QVERIFY(!verifySignature(pair.publicKey.left(31), message, signature));
        QVERIFY(!verifySignature(pair.publicKey, message, signature.left(63)));
        QVERIFY(!verifySignature(QByteArray(), message, QByteArray()));
        QVERIFY(sign(SecureBytes(10), message).isEmpty());
    }

    void rfc8032Vector() {
        // RFC 8032, 7.1 TEST 1: the empty message.
        QByteArray sk =
            QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"
                                "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        const QByteArray pk =
            QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        const QByteArray expected =
            QByteArray::fromHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                                "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        const SecureBytes secret = SecureBytes::takeFrom(sk);
        QCOMPARE(sign(secret, QByteArray()), expected);
        QVERIFY(verifySignature(pk, QByteArray(), expected));
    }

    void hash256KnownValues() {
        QCOMPARE(hash256(QByteArray()).toHex(),
                 QByteArray("0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8"));
        QCOMPARE(hash256("abc").toHex(),
                 QByteArray("bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319"));
        QVERIFY(hash256("abc") != hash256("abd"));
    }
};

QTEST_GUILESS_MAIN(TestSigning)
#include "tst_signing.moc"
