// PositionService with the real QNmeaPositionInfoSource replaying NMEA logs recorded
// around Stockholm (tests/data/*.nmea) in SimulationMode: fresh fix reused, stale fix
// triggers one request, timeout gives no position (and says so), accuracy reported from
// HDOP x UERE, rounding and the off setting applied, a typed place kept.

#include "position_service.h"

#include <QDateTime>
#include <QGeoPositionInfo>
#include <QNmeaPositionInfoSource>
#include <QSignalSpy>
#include <QTest>
#include <cmath>
#include <memory>

using namespace lots;
using namespace Qt::StringLiterals;

namespace {

const QString Walk = QStringLiteral(LOTS_TEST_DATA_DIR "/stockholm_walk.nmea");
const QString Indoors = QStringLiteral(LOTS_TEST_DATA_DIR "/stockholm_indoors.nmea");
constexpr double Uere = 5.1;

struct Result {
    int calls = 0;
    std::optional<Position> position;
    PositionOutcome outcome = PositionOutcome::Unavailable;
};

PositionService::Callback recorder(Result &r) {
    return [&r](const std::optional<Position> &p, PositionOutcome o) {
        ++r.calls;
        r.position = p;
        r.outcome = o;
    };
}

} // namespace

class TestPositionService : public QObject {
    Q_OBJECT

private:
    qint64 m_now = 0;
    PositionService::Clock clock() {
        return [this] {
            return m_now;
        };
    }

private slots:
    void init() { m_now = QDateTime::currentMSecsSinceEpoch(); }

    void freshFixReusedStaleFixRequested() {
        QGeoPositionInfoSource *source = PositionService::createNmeaReplay(Walk, Uere);
        QVERIFY(source);
        PositionService service(source, nullptr, clock());
        service.setTimeoutMsecs(3000);

        Result first;
        service.acquire(recorder(first));
        QTRY_COMPARE(first.calls, 1);
        QCOMPARE(first.outcome, PositionOutcome::Updated);
        QCOMPARE(service.requestsMade(), 1);
        QVERIFY(first.position);
        // Sergels torg, Stockholm.
        QVERIFY(std::abs(first.position->latitude - 59.3325) < 0.001);
        QVERIFY(std::abs(first.position->longitude - 18.0646) < 0.001);
        QCOMPARE(first.position->source, u"nmea"_s);
        QVERIFY(first.position->fixTimeMsecs > 0);
        QVERIFY(service.statusText().startsWith(u"Position saved"_s));

        // One minute later: the fix is fresh and reused at once, without a request.
        m_now += 60'000;
        Result reused;
        service.acquire(recorder(reused));
        QCOMPARE(reused.calls, 1); // synchronously
        QCOMPARE(reused.outcome, PositionOutcome::ReusedFresh);
        QCOMPARE(reused.position, first.position);
        QCOMPARE(service.requestsMade(), 1);

        // Three minutes after the fix: stale, one update is requested and a newer fix comes.
        m_now += 2 * 60'000;
        Result stale;
        service.acquire(recorder(stale));
        QCOMPARE(service.requestsMade(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(stale.calls, 1, 5000);
        QCOMPARE(stale.outcome, PositionOutcome::Updated);
        QVERIFY(stale.position);
        QVERIFY(stale.position->latitude > first.position->latitude); // walking north
        QCOMPARE(service.lastFix()->receivedAtMsecs, m_now);
    }

    void accuracyReportedFromHdop() {
        auto *nmea =
            static_cast<QNmeaPositionInfoSource *>(PositionService::createNmeaReplay(Walk, Uere));
        QVERIFY(nmea);
        QCOMPARE(nmea->userEquivalentRangeError(), Uere);
        PositionService service(nmea, nullptr, clock());
        Result r;
        service.acquire(recorder(r));
        QTRY_COMPARE(r.calls, 1);
        QVERIFY(r.position);
        // The first epoch of the log has HDOP 1.2; Qt reports HDOP x UERE (x2 for 95 %).
        const double hdop = 1.2;
        const double reported = r.position->horizontalAccuracyM;
        QVERIFY2(std::abs(reported - 2 * hdop * Uere) < 1e-6 ||
                     std::abs(reported - hdop * Uere) < 1e-6,
                 qPrintable(QString::number(reported)));
        QCOMPARE(reported,
                 nmea->lastKnownPosition().attribute(QGeoPositionInfo::HorizontalAccuracy));
        QVERIFY(service.statusText().contains(u"%1 m"_s.arg(qRound(reported))));
    }

    void timeoutSavesWithout() {
        QGeoPositionInfoSource *source = PositionService::createNmeaReplay(Indoors, Uere);
        QVERIFY(source);
        PositionService service(source, nullptr, clock());
        service.setTimeoutMsecs(400);
        QSignalSpy status(&service, &PositionService::statusChanged);
        Result r;
        service.acquire(recorder(r));
        QVERIFY(service.isBusy());
        QCOMPARE(r.calls, 0); // not yet: one update was requested
        QTRY_COMPARE_WITH_TIMEOUT(r.calls, 1, 3000);
        QCOMPARE(r.outcome, PositionOutcome::TimedOut);
        QVERIFY(!r.position);
        QVERIFY(!service.isBusy());
        QCOMPARE(service.statusText(), u"No position (indoors); saved without"_s);
        QVERIFY(status.count() >= 2);
        QVERIFY(!service.lastFix());

        // With a place typed by hand, the record carries the place instead.
        service.setManualPlace(u"Basement, Vasagatan 12"_s);
        Result manual;
        service.acquire(recorder(manual));
        QTRY_COMPARE_WITH_TIMEOUT(manual.calls, 1, 3000);
        QCOMPARE(manual.outcome, PositionOutcome::Manual);
        QCOMPARE(manual.position->manualPlace, u"Basement, Vasagatan 12"_s);
        QCOMPARE(manual.position->source, u"manual"_s);
        QVERIFY(service.statusText().contains(u"Vasagatan"_s));
    }

    void roundingApplied() {
        PositionService service(PositionService::createNmeaReplay(Walk, Uere), nullptr, clock());
        service.setPrecisionKey(u"rounded"_s);
        QCOMPARE(service.precision(), PositionPrecision::Rounded);
        Result r;
        service.acquire(recorder(r));
        QTRY_COMPARE(r.calls, 1);
        QVERIFY(r.position);
        const PositionFix raw = *service.lastFix();
        QCOMPARE(r.position->latitude, std::round(raw.latitude * 100) / 100);
        QCOMPARE(r.position->longitude, std::round(raw.longitude * 100) / 100);
        QCOMPARE(r.position->latitude, 59.33);
        QCOMPARE(r.position->longitude, 18.06);
        QVERIFY(r.position->horizontalAccuracyM >= 1000);
        QVERIFY(service.statusText().contains(u"1 km"_s));
        // The reused fresh fix is rounded too.
        Result again;
        service.acquire(recorder(again));
        QCOMPARE(again.outcome, PositionOutcome::ReusedFresh);
        QCOMPARE(again.position, r.position);
    }

    void offAndNoSource() {
        PositionService service(PositionService::createNmeaReplay(Walk, Uere), nullptr, clock());
        service.setPrecision(PositionPrecision::Off);
        Result r;
        service.acquire(recorder(r));
        QCOMPARE(r.calls, 1);
        QCOMPARE(r.outcome, PositionOutcome::Off);
        QVERIFY(!r.position);
        QCOMPARE(service.requestsMade(), 0);
        QCOMPARE(service.statusText(), u"Position is off; saved without"_s);

        PositionService none(nullptr, nullptr, clock());
        Result n;
        none.acquire(recorder(n));
        QCOMPARE(n.calls, 1);
        QCOMPARE(n.outcome, PositionOutcome::Unavailable);
        QVERIFY(!n.position);
        QVERIFY(none.statusText().contains(u"not available"_s));
        QVERIFY(!none.positionNow());
        QVERIFY(!PositionService::createNmeaReplay(u"/nonexistent/x.nmea"_s));
    }

    void positionNowNeverWaits() {
        PositionService service(PositionService::createNmeaReplay(Walk, Uere), nullptr, clock());
        // No fix yet: returns at once without a position, and starts one request. (A replay
        // with data at hand may answer within the call; then the fix is already there.)
        const auto first = service.positionNow();
        QCOMPARE(service.requestsMade(), 1);
        QTRY_VERIFY(service.lastFix().has_value());
        QVERIFY(!first || first->latitude > 59);
        const auto now = service.positionNow();
        QVERIFY(now);
        QCOMPARE(service.requestsMade(), 1);
        m_now += 5 * 60'000; // stale
        QVERIFY(!service.positionNow());
        QCOMPARE(service.requestsMade(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPositionService)
#include "test_position_service.moc"
