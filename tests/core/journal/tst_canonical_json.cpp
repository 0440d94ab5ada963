#include "journal/canonical_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <cmath>
#include <limits>
#include <stdexcept>

using namespace lots;
using namespace Qt::StringLiterals;

class TestCanonicalJson : public QObject {
    Q_OBJECT

private slots:
    void sortsKeysAtEveryLevelWithoutWhitespace() {
        QJsonObject inner;
        inner.insert(u"z"_s, 1);
        inner.insert(u"a"_s, QJsonArray{3, u"x"_s, QJsonValue()});
        QJsonObject o;
        o.insert(u"zeta"_s, true);
        o.insert(u"Beta"_s, false);
        o.insert(u"alpha"_s, inner);
        QCOMPARE(canonicalJson(o),
                 QByteArray(R"({"Beta":false,"alpha":{"a":[3,"x",null],"z":1},"zeta":true})"));
    }

    void insertionOrderDoesNotMatter() {
        QJsonObject a;
        a.insert(u"b"_s, 2);
        a.insert(u"a"_s, 1);
        a.insert(u"c"_s, QJsonObject{{u"y"_s, 1}, {u"x"_s, 2}});
        QJsonObject b;
        b.insert(u"c"_s, QJsonObject{{u"x"_s, 2}, {u"y"_s, 1}});
        b.insert(u"a"_s, 1);
        b.insert(u"b"_s, 2);
        QCOMPARE(canonicalJson(a), canonicalJson(b));
        // Whitespace and order in parsed input vanish.
        QCOMPARE(*canonicalizeJson(QByteArray(" {\n \"b\" : 2, \"a\":1 ,\"c\":{\"y\":1,\"x\":2}}")),
                 canonicalJson(a));
    }

    void integersStayIntegers() {
        QJsonObject o;
        o.insert(u"big"_s, QJsonValue(qint64(9007199254740993))); // 2^53 + 1: not a double
        o.insert(u"neg"_s, -42);
        o.insert(u"ms"_s, QJsonValue(qint64(1700000000123)));
        o.insert(u"whole"_s, 3.0);
        QCOMPARE(canonicalJson(o),
                 QByteArray(R"({"big":9007199254740993,"ms":1700000000123,"neg":-42,"whole":3})"));
        // Round trip keeps the exact integer.
        QCOMPARE(*canonicalizeJson(canonicalJson(o)), canonicalJson(o));
    }

    void doublesAreShortestRoundTrip() {
        QJsonObject o;
        o.insert(u"a"_s, 0.1);
        o.insert(u"b"_s, 2.5);
        o.insert(u"c"_s, 1e-7);
        o.insert(u"d"_s, 1e300);
        o.insert(u"e"_s, -0.0);
        o.insert(u"f"_s, 59.329323);
        o.insert(u"g"_s, 1.0 / 3.0);
        const QByteArray bytes = canonicalJson(o);
        QCOMPARE(bytes, QByteArray(R"({"a":0.1,"b":2.5,"c":1e-07,"d":1e+300,"e":0,)"
                                   R"("f":59.329323,"g":0.3333333333333333})"));
        // Parsing back gives the same doubles bit for bit, and the same bytes.
        const QJsonObject back = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(back.value(u"g"_s).toDouble(), 1.0 / 3.0);
        QCOMPARE(back.value(u"f"_s).toDouble(), 59.329323);
        QCOMPARE(canonicalJson(back), bytes);
        // Deterministic across calls.
        QCOMPARE(canonicalJson(o), bytes);
    }

    void rejectsNanAndInfinity() {
        for (double bad :
             {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
              -std::numeric_limits<double>::infinity()}) {
            QJsonObject flat;
            flat.insert(u"x"_s, bad);
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, canonicalJson(flat));
            QVERIFY(!tryCanonicalJson(flat).has_value());
            QJsonObject nested;
            nested.insert(u"list"_s, QJsonArray{1, QJsonObject{{u"deep"_s, bad}}});
            QVERIFY(!tryCanonicalJson(nested).has_value());
        }
    }

    void stringsAreUtf8WithMinimalEscapes() {
        QJsonObject o;
        o.insert(u"s"_s, QString::fromUtf8("Å/é\"\\\n\t\x01 \u2028 \U0001F600"));
        o.insert(u"ö"_s, 1);
        const QByteArray bytes = canonicalJson(o);
        QCOMPARE(bytes,
                 QByteArray("{\"s\":\"Å/é\\\"\\\\\\n\\t\\u0001 \u2028 \U0001F600\",\"ö\":1}"));
    }

    void keysSortByUtf16CodeUnits() {
        QJsonObject o;
        o.insert(QString::fromUtf8("\U0001F600"), 1); // surrogates D83D DE00
        o.insert(QString::fromUtf8("\uFF21"), 2);     // FF21 sorts after D83D in UTF-16
        o.insert(u"a"_s, 3);
        const QByteArray bytes = canonicalJson(o);
        QVERIFY(bytes.indexOf("\U0001F600") < bytes.indexOf("\uFF21"));
        QVERIFY(bytes.indexOf("\"a\"") < bytes.indexOf("\U0001F600"));
    }

    void notAnObjectIsRefused() {
        QVERIFY(!canonicalizeJson("[1,2]").has_value());
        QVERIFY(!canonicalizeJson("{\"a\":").has_value());
        QVERIFY(!canonicalizeJson("").has_value());
        QCOMPARE(*canonicalizeJson("{}"), QByteArray("{}"));
    }
};

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "tst_canonical_json.moc"
