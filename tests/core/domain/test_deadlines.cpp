// Deadline rules of the guidance pack, in Europe/Stockholm local time, across midnight,
// daylight-saving changes and year ends.

#include "content/guidance_pack.h"
#include "domain/deadlines.h"

#include <QTest>

using namespace lots;
using namespace Qt::StringLiterals;

namespace {
QDateTime utc(const char *iso) {
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    t.setTimeZone(QTimeZone::utc());
    return t;
}
} // namespace

class TestDeadlines : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void protectionAssessment_data();
    void protectionAssessment();
    void protectionAssessmentAmbiguousHour();
    void status_data();
    void status();
    void statusMet();
    void reflectionPeriod_data();
    void reflectionPeriod();
    void longerPermit_data();
    void longerPermit();
    void evaluateTriggers();

private:
    GuidancePack m_pack;
    const DeadlineRule *m_protection = nullptr;
    const DeadlineRule *m_reflection = nullptr;
    const DeadlineRule *m_permit = nullptr;
};

void TestDeadlines::initTestCase() {
    const auto r = GuidancePack::loadShipped();
    QVERIFY2(r.ok(), qPrintable(r.error()));
    m_pack = r.value();
    m_protection = m_pack.deadline(u"protection-assessment"_s);
    m_reflection = m_pack.deadline(u"reflection-period"_s);
    m_permit = m_pack.deadline(u"longer-permit"_s);
    QVERIFY(m_protection && m_reflection && m_permit);
    QVERIFY(QTimeZone("Europe/Stockholm").isValid());
}

void TestDeadlines::protectionAssessment_data() {
    QTest::addColumn<QDateTime>("trigger");
    QTest::addColumn<QDateTime>("due");
    // Spring forward: Sunday 2026-03-29, 02:00 CET -> 03:00 CEST.
    QTest::newRow("day before spring change, 00:30 local")
        << utc("2026-03-27T23:30:00.000") << utc("2026-03-29T21:59:59.999");
    QTest::newRow("day before spring change, 23:50 local")
        << utc("2026-03-28T22:50:00.000") << utc("2026-03-29T21:59:59.999");
    QTest::newRow("spring change day, 00:30 local")
        << utc("2026-03-28T23:30:00.000") << utc("2026-03-30T21:59:59.999");
    QTest::newRow("spring change day, 23:50 local")
        << utc("2026-03-29T21:50:00.000") << utc("2026-03-30T21:59:59.999");
    // Fall back: Sunday 2026-10-25, 03:00 CEST -> 02:00 CET.
    QTest::newRow("day before fall change, 00:30 local")
        << utc("2026-10-23T22:30:00.000") << utc("2026-10-25T22:59:59.999");
    QTest::newRow("day before fall change, 23:50 local")
        << utc("2026-10-24T21:50:00.000") << utc("2026-10-25T22:59:59.999");
    QTest::newRow("fall change day, 00:30 local")
        << utc("2026-10-24T22:30:00.000") << utc("2026-10-26T22:59:59.999");
    QTest::newRow("fall change day, 23:50 local")
        << utc("2026-10-25T22:50:00.000") << utc("2026-10-26T22:59:59.999");
    // Year end.
    QTest::newRow("new year's eve, 00:30 local")
        << utc("2026-12-30T23:30:00.000") << utc("2027-01-01T22:59:59.999");
    QTest::newRow("new year's eve, 23:50 local")
        << utc("2026-12-31T22:50:00.000") << utc("2027-01-01T22:59:59.999");
    QTest::newRow("new year's day 00:30 local is still 2026 in UTC")
        << utc("2026-12-31T23:30:00.000") << utc("2027-01-02T22:59:59.999");
    // Summer time, leap day.
    QTest::newRow("summer, 12:00 local")
        << utc("2026-07-01T10:00:00.000") << utc("2026-07-02T21:59:59.999");
    QTest::newRow("into a leap day")
        << utc("2028-02-28T10:00:00.000") << utc("2028-02-29T22:59:59.999");
}

void TestDeadlines::protectionAssessment() {
    QFETCH(QDateTime, trigger);
    QFETCH(QDateTime, due);
    const DeadlineCalculator calc(m_pack);
    const QDateTime got = calc.dueTime(*m_protection, trigger);
    QCOMPARE(got, due);
    QCOMPARE(got.timeSpec(), Qt::UTC);
    // Always 23:59:59.999 local on the next local calendar day.
    const QDateTime local = got.toTimeZone(calc.zone());
    QCOMPARE(local.time(), QTime(23, 59, 59, 999));
    QCOMPARE(trigger.toTimeZone(calc.zone()).date().daysTo(local.date()), 1);
}

void TestDeadlines::protectionAssessmentAmbiguousHour() {
    // 02:30 happens twice on 2026-10-25; both are the same local day.
    const DeadlineCalculator calc(m_pack);
    const QDateTime first = utc("2026-10-25T00:30:00.000");  // 02:30 CEST
    const QDateTime second = utc("2026-10-25T01:30:00.000"); // 02:30 CET
    QCOMPARE(first.toTimeZone(calc.zone()).time(), QTime(2, 30));
    QCOMPARE(second.toTimeZone(calc.zone()).time(), QTime(2, 30));
    QCOMPARE(calc.dueTime(*m_protection, first), utc("2026-10-26T22:59:59.999"));
    QCOMPARE(calc.dueTime(*m_protection, second), utc("2026-10-26T22:59:59.999"));
    QVERIFY(!calc.dueTime(*m_protection, QDateTime()).isValid());
}

void TestDeadlines::status_data() {
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("state");
    QTest::addColumn<qint64>("days");
    QTest::addColumn<int>("hours");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<qint64>("totalHours");
    // Due 2026-03-29 23:59:59.999 CEST = 21:59:59.999 UTC.
    QTest::newRow("day before: upcoming")
        << utc("2026-03-28T12:00:00.000") << int(DeadlineState::Upcoming) << qint64(1) << 9 << 59
        << qint64(33);
    QTest::newRow("local midnight passed, UTC date still before: due today")
        << utc("2026-03-28T23:30:00.000") << int(DeadlineState::DueToday) << qint64(0) << 22 << 29
        << qint64(22);
    QTest::newRow("morning of the day: due today")
        << utc("2026-03-29T08:00:00.000") << int(DeadlineState::DueToday) << qint64(0) << 13 << 59
        << qint64(13);
    QTest::newRow("exactly at the due time: due today")
        << utc("2026-03-29T21:59:59.999") << int(DeadlineState::DueToday) << qint64(0) << 0 << 0
        << qint64(0);
    QTest::newRow("one millisecond late: overdue")
        << utc("2026-03-29T22:00:00.000") << int(DeadlineState::Overdue) << qint64(0) << 0 << 0
        << qint64(0);
    QTest::newRow("overdue 3 h") << utc("2026-03-30T01:00:00.000") << int(DeadlineState::Overdue)
                                 << qint64(0) << 3 << 0 << qint64(3);
    QTest::newRow("overdue 1 day 4 h 30 min")
        << utc("2026-03-31T02:30:00.000") << int(DeadlineState::Overdue) << qint64(1) << 4 << 30
        << qint64(28);
}

void TestDeadlines::status() {
    QFETCH(QDateTime, now);
    QFETCH(int, state);
    QFETCH(qint64, days);
    QFETCH(int, hours);
    QFETCH(int, minutes);
    QFETCH(qint64, totalHours);
    const DeadlineCalculator calc(m_pack);
    const QDateTime due = calc.dueTime(*m_protection, utc("2026-03-28T09:00:00.000"));
    QCOMPARE(due, utc("2026-03-29T21:59:59.999"));
    const DeadlineStatus s = calc.status(due, now);
    QCOMPARE(int(s.state), state);
    QCOMPARE(s.days, days);
    QCOMPARE(s.hours, hours);
    QCOMPARE(s.minutes, minutes);
    QCOMPARE(s.totalHours, totalHours);
    QCOMPARE(s.msecsLeft, now.msecsTo(due));
    QCOMPARE(s.dueLocal.time(), QTime(23, 59, 59, 999));
    QCOMPARE(s.dueLocal.date(), QDate(2026, 3, 29));
}

void TestDeadlines::statusMet() {
    const DeadlineCalculator calc(m_pack);
    const QDateTime due = utc("2026-03-29T21:59:59.999");
    const QDateTime late = utc("2026-03-31T00:00:00.000");
    DeadlineStatus s = calc.status(due, late, utc("2026-03-29T10:00:00.000"));
    QCOMPARE(s.state, DeadlineState::Met);
    QVERIFY(s.metOnTime);
    s = calc.status(due, late, utc("2026-03-30T10:00:00.000"));
    QCOMPARE(s.state, DeadlineState::Met);
    QVERIFY(!s.metOnTime);
}

void TestDeadlines::reflectionPeriod_data() {
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    QTest::newRow("plain, winter")
        << utc("2026-01-05T11:00:00.000") << utc("2026-02-04T11:00:00.000");
    QTest::newRow("across spring change: same local time 12:00")
        << utc("2026-03-10T11:00:00.000") << utc("2026-04-09T10:00:00.000");
    QTest::newRow("across fall change: same local time 12:00")
        << utc("2026-10-10T10:00:00.000") << utc("2026-11-09T11:00:00.000");
    QTest::newRow("across year end")
        << utc("2026-12-15T11:00:00.000") << utc("2027-01-14T11:00:00.000");
    QTest::newRow("local day differs from UTC day")
        << utc("2026-12-31T23:30:00.000") << utc("2027-01-30T23:30:00.000");
}

void TestDeadlines::reflectionPeriod() {
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    const DeadlineCalculator calc(m_pack);
    const QDateTime got = calc.dueTime(*m_reflection, start);
    QCOMPARE(got, end);
    const QDateTime startLocal = start.toTimeZone(calc.zone());
    const QDateTime endLocal = got.toTimeZone(calc.zone());
    QCOMPARE(startLocal.date().daysTo(endLocal.date()), 30);
    QCOMPARE(endLocal.time(), startLocal.time());
}

void TestDeadlines::longerPermit_data() {
    QTest::addColumn<QDateTime>("decided");
    QTest::addColumn<QDateTime>("earliestEnd");
    QTest::newRow("summer to autumn")
        << utc("2026-04-15T10:00:00.000") << utc("2026-10-15T10:00:00.000");
    QTest::newRow("summer time to winter time, end of month")
        << utc("2026-08-31T10:00:00.000") << utc("2027-02-28T11:00:00.000");
    QTest::newRow("winter to summer")
        << utc("2026-11-20T11:00:00.000") << utc("2027-05-20T10:00:00.000");
}

void TestDeadlines::longerPermit() {
    QFETCH(QDateTime, decided);
    QFETCH(QDateTime, earliestEnd);
    const DeadlineCalculator calc(m_pack);
    QVERIFY(m_permit->minimum);
    QCOMPARE(calc.dueTime(*m_permit, decided), earliestEnd);
}

void TestDeadlines::evaluateTriggers() {
    const DeadlineCalculator calc(m_pack);
    QHash<QString, QDateTime> triggers;
    QVERIFY(calc.evaluate(m_pack, triggers).isEmpty());
    triggers.insert(u"reportOfConcernReceived"_s, utc("2026-03-28T22:50:00.000"));
    QList<Deadline> d = calc.evaluate(m_pack, triggers);
    QCOMPARE(d.size(), 1);
    QCOMPARE(d.first().ruleId, u"protection-assessment"_s);
    QCOMPARE(d.first().dueUtc, utc("2026-03-29T21:59:59.999"));
    QVERIFY(!d.first().minimum);
    triggers.insert(u"reflectionPeriodStarted"_s, utc("2026-03-10T11:00:00.000"));
    triggers.insert(u"decidedToTakePart"_s, utc("2026-04-15T10:00:00.000"));
    d = calc.evaluate(m_pack, triggers);
    QCOMPARE(d.size(), 3);
    QCOMPARE(d.at(1).ruleId, u"reflection-period"_s);
    QCOMPARE(d.at(1).dueUtc, utc("2026-04-09T10:00:00.000"));
    QCOMPARE(d.at(2).ruleId, u"longer-permit"_s);
    QVERIFY(d.at(2).minimum);
}

QTEST_GUILESS_MAIN(TestDeadlines)
#include "test_deadlines.moc"
