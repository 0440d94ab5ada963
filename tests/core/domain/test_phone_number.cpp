// Phone numbers: E.164 storage, Swedish display form, tel: URIs.

#include "content/guidance_pack.h"
#include "domain/phone_number.h"

#include <QTest>

using namespace lots;
using namespace Qt::StringLiterals;

class TestPhoneNumber : public QObject {
    Q_OBJECT

private slots:
    void display_data();
    void display();
    void everyPackNumber();
    void validation_data();
    void validation();
    void toStored_data();
    void toStored();
    void telUri();
};

void TestPhoneNumber::display_data() {
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("shown");
    QTest::newRow("Stockholm 08") << u"+46850843726"_s << u"08-508 437 26"_s;
    QTest::newRow("Stockholm 08, 2") << u"+46850825669"_s << u"08-508 256 69"_s;
    QTest::newRow("Stockholm 7 digits") << u"+4681234567"_s << u"08-123 45 67"_s;
    QTest::newRow("mobile 076") << u"+46761243726"_s << u"076-124 37 26"_s;
    QTest::newRow("mobile 076, 2") << u"+46761225669"_s << u"076-122 56 69"_s;
    QTest::newRow("mobile 070") << u"+46701234567"_s << u"070-123 45 67"_s;
    QTest::newRow("mobile 073") << u"+46731234567"_s << u"073-123 45 67"_s;
    QTest::newRow("free-phone 020") << u"+4620390000"_s << u"020-39 00 00"_s;
    QTest::newRow("free-phone 020, 7 digits") << u"+46201234567"_s << u"020-123 45 67"_s;
    QTest::newRow("Gothenburg 031") << u"+46317001234"_s << u"031-700 12 34"_s;
    QTest::newRow("Malmö 040") << u"+4640123456"_s << u"040-12 34 56"_s;
    QTest::newRow("Uppsala 018") << u"+4618123456"_s << u"018-12 34 56"_s;
    QTest::newRow("three-digit area 0120") << u"+46120123456"_s << u"0120-12 34 56"_s;
    QTest::newRow("three-digit area 0980") << u"+4698012345"_s << u"0980-123 45"_s;
    QTest::newRow("emergency") << u"112"_s << u"112"_s;
    QTest::newRow("police non-emergency") << u"11414"_s << u"114 14"_s;
    QTest::newRow("health advice") << u"1177"_s << u"1177"_s;
    QTest::newRow("other country stays E.164") << u"+4722334455"_s << u"+4722334455"_s;
    QTest::newRow("invalid unchanged") << u"hello"_s << u"hello"_s;
}

void TestPhoneNumber::display() {
    QFETCH(QString, stored);
    QFETCH(QString, shown);
    QCOMPARE(phone_number::toDisplay(stored), shown);
    // The display form reads back to the stored form.
    if (phone_number::isValidStored(stored))
        QCOMPARE(phone_number::toStored(shown), std::optional(stored));
}

void TestPhoneNumber::everyPackNumber() {
    const auto r = GuidancePack::loadShipped();
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const QHash<QString, QString> expected{
        {u"+46850843726"_s, u"08-508 437 26"_s}, {u"+46761243726"_s, u"076-124 37 26"_s},
        {u"+46850825669"_s, u"08-508 256 69"_s}, {u"+46761225669"_s, u"076-122 56 69"_s},
        {u"+4620390000"_s, u"020-39 00 00"_s},   {u"112"_s, u"112"_s}};
    int count = 0;
    for (const Contact &c : r.value().contacts()) {
        for (const ContactPhone &p : c.phones) {
            QVERIFY2(expected.contains(p.number), qPrintable(p.number));
            QCOMPARE(phone_number::toDisplay(p.number), expected.value(p.number));
            QCOMPARE(phone_number::telUri(p.number), u"tel:"_s + p.number);
            ++count;
        }
    }
    QCOMPARE(count, expected.size());
}

void TestPhoneNumber::validation_data() {
    QTest::addColumn<QString>("stored");
    QTest::addColumn<bool>("valid");
    QTest::newRow("E.164 Sweden") << u"+46850843726"_s << true;
    QTest::newRow("E.164 Norway") << u"+4722334455"_s << true;
    QTest::newRow("112") << u"112"_s << true;
    QTest::newRow("national form") << u"0850843726"_s << false;
    QTest::newRow("display form") << u"08-508 437 26"_s << false;
    QTest::newRow("plus zero") << u"+0850843726"_s << false;
    QTest::newRow("too short") << u"+46850"_s << false;
    QTest::newRow("too long") << u"+4685084372612345"_s << false;
    QTest::newRow("letters") << u"+46ABC43726"_s << false;
    QTest::newRow("unknown short number") << u"113"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestPhoneNumber::validation() {
    QFETCH(QString, stored);
    QFETCH(bool, valid);
    QCOMPARE(phone_number::isValidStored(stored), valid);
}

void TestPhoneNumber::toStored_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("stored"); // empty = refused
    QTest::newRow("display 08") << u"08-508 437 26"_s << u"+46850843726"_s;
    QTest::newRow("display mobile") << u"076-124 37 26"_s << u"+46761243726"_s;
    QTest::newRow("display 020") << u"020-39 00 00"_s << u"+4620390000"_s;
    QTest::newRow("international with (0)") << u"+46 (0)8 508 437 26"_s << u"+46850843726"_s;
    QTest::newRow("00 prefix") << u"0046 8 508 437 26"_s << u"+46850843726"_s;
    QTest::newRow("already stored") << u"+46850843726"_s << u"+46850843726"_s;
    QTest::newRow("emergency") << u"112"_s << u"112"_s;
    QTest::newRow("no trunk zero") << u"850843726"_s << QString();
    QTest::newRow("letters") << u"08-ABC"_s << QString();
    QTest::newRow("empty") << u"  "_s << QString();
    QTest::newRow("plus only country") << u"+46"_s << QString();
}

void TestPhoneNumber::toStored() {
    QFETCH(QString, input);
    QFETCH(QString, stored);
    const auto got = phone_number::toStored(input);
    if (stored.isEmpty())
        QVERIFY2(!got, qPrintable(got.value_or(QString())));
    else
        QCOMPARE(got, std::optional(stored));
}

void TestPhoneNumber::telUri() {
    QCOMPARE(phone_number::telUri(u"+46850843726"_s), u"tel:+46850843726"_s);
    QCOMPARE(phone_number::telUri(u"112"_s), u"tel:112"_s);
    QCOMPARE(phone_number::telUri(u"08-508 437 26"_s), QString());
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "test_phone_number.moc"
