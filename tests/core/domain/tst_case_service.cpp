#include "../journal/journal_test_store.h"

#include "domain/case_service.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <stdexcept>

using namespace lots;
using namespace lots::test;
using namespace Qt::StringLiterals;

namespace {

// Every row and column of the cases table, in case_id order.
QList<QStringList> snapshotCases(Database &db) {
    QList<QStringList> rows;
    Statement q =
        db.prepare("SELECT case_id, reference, reference_hlc, reference_event_id, opened_at, "
                   "opened_by_device, opened_event_id, opened_hlc, last_change_hlc, event_count "
                   "FROM cases ORDER BY case_id");
    while (q.step()) {
        QStringList row;
        for (int c = 0; c < 10; ++c)
            row << (q.isNull(c) ? u"<null>"_s : q.text(c));
        rows << row;
    }
    return rows;
}

} // namespace

class TestCaseService : public QObject {
    Q_OBJECT

private:
    int m_n = 0;
    QString newPath() { return scratchDir(u"cases%1"_s.arg(++m_n)) + u"/c.db"_s; }

private slots:
    void openGetAmendCount() {
        qint64 now = 1'700'000'000'000;
        auto s = TestStore::create(newPath(), [&now] { return now; });
        CaseService cases(*s->db, *s->journal);
        QCOMPARE(cases.count(), 0);
        QVERIFY(cases.list().isEmpty());

        Position p;
        p.latitude = 57.7;
        p.longitude = 11.97;
        p.source = u"manual"_s;
        p.manualPlace = u"Centralstationen"_s;
        const QString id = cases.openCase(1'699'999'000'000, u"  K-123/26 "_s, p);
        QCOMPARE(id.size(), 36);
        std::optional<CaseSummary> c = cases.get(id);
        QVERIFY(c.has_value());
        QCOMPARE(c->caseId, id);
        QCOMPARE(c->reference, u"K-123/26"_s); // trimmed
        QCOMPARE(c->openedAtMsecs, 1'699'999'000'000);
        QCOMPARE(c->openedByDevice, s->identity->deviceId());
        QCOMPARE(c->lastChangeMsecs, now);
        QCOMPARE(c->eventCount, 1);
        QCOMPARE(cases.count(), 1);

        const QList<Event> opened = s->journal->eventsForCase(id);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).type, u"case.opened"_s);
        QCOMPARE(opened.at(0).positionValue()->manualPlace, u"Centralstationen"_s);
        QCOMPARE(opened.at(0).payloadObject().value(u"openedAt"_s).toInteger(), 1'699'999'000'000);

        now += 5000;
        cases.amendReference(id, u"K-124/26"_s);
        c = cases.get(id);
        QCOMPARE(c->reference, u"K-124/26"_s);
        QCOMPARE(c->eventCount, 2);
        QCOMPARE(c->lastChangeMsecs, now);
        QCOMPARE(c->openedAtMsecs, 1'699'999'000'000);
        // The correction is a new event naming the opened event; nothing was edited.
        const QList<Event> events = s->journal->eventsForCase(id);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(1).type, u"case.amended"_s);
        QCOMPARE(events.at(1).amends, events.at(0).eventId);
        QCOMPARE(events.at(0).payload, opened.at(0).payload);

        // An empty reference is allowed (clearing it).
        now += 1;
        cases.amendReference(id, QString());
        QCOMPARE(cases.get(id)->reference, QString());

        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 cases.amendReference(u"no-such-case"_s, u"x"_s));
        QVERIFY(!cases.get(u"no-such-case"_s).has_value());
        QVERIFY(s->journal->verify().ok);
    }

    void listIsNewestChangeFirstAndPaginated() {
        qint64 now = 1'700'000'000'000;
        auto s = TestStore::create(newPath(), [&now] { return now; });
        CaseService cases(*s->db, *s->journal);
        QStringList ids;
        for (int i = 0; i < 120; ++i) {
            now += 10;
            ids << cases.openCase(now, u"R%1"_s.arg(i));
        }
        QCOMPARE(cases.count(), 120);
        QList<CaseSummary> all = cases.list();
        QCOMPARE(all.size(), 120);
        for (int i = 0; i < 120; ++i)
            QCOMPARE(all.at(i).caseId, ids.at(119 - i));

        // Amending the oldest case moves it to the front.
        now += 10;
        cases.amendReference(ids.first(), u"moved"_s);
        all = cases.list();
        QCOMPARE(all.first().caseId, ids.first());
        QCOMPARE(all.first().reference, u"moved"_s);
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).lastChangeMsecs >= all.at(i).lastChangeMsecs);

        // Pages concatenate to the full list.
        QList<CaseSummary> paged;
        for (int offset = 0; offset < 130; offset += 25) {
            const QList<CaseSummary> page = cases.list(25, offset);
            QVERIFY(page.size() <= 25);
            paged += page;
        }
        QCOMPARE(paged, all);
        QCOMPARE(cases.list(10, 115).size(), 5);
        QVERIFY(cases.list(10, 500).isEmpty());
        QCOMPARE(cases.list(0, 0).size(), 0);
    }

    void rebuildEqualsIncrementalOnRandomHistory() {
        QRandomGenerator rng(20261129);
        qint64 now = 1'700'000'000'000;
        auto s = TestStore::create(newPath(), [&now] { return now; });
        CaseService cases(*s->db, *s->journal);

        QStringList ids;
        QHash<QString, QString> expectedReference;
        QHash<QString, int> expectedCount;
        int events = 0;
        while (events < 600) {
            // The clock mostly moves forward, sometimes stands still or jumps back.
            const int move = int(rng.bounded(10));
            if (move < 6)
                now += rng.bounded(1, 5000);
            else if (move == 9)
                now -= rng.bounded(1, 60'000);
            const int action = int(rng.bounded(10));
            if (ids.isEmpty() || action < 3) {
                const QString ref = rng.bounded(4) == 0 ? QString() : u"R-%1"_s.arg(rng.generate());
                const QString id = cases.openCase(now - qint64(rng.bounded(100'000)), ref);
                ids << id;
                expectedReference[id] = ref;
                expectedCount[id] = 1;
                ++events;
            } else if (action < 6) {
                const QString id = ids.at(int(rng.bounded(int(ids.size()))));
                const QString ref = u"A-%1"_s.arg(rng.generate());
                cases.amendReference(id, ref);
                expectedReference[id] = ref;
                expectedCount[id] += 1;
                ++events;
            } else if (action < 8) {
                // A batch of other events on random cases (and device-level ones).
                QList<NewEvent> batch;
                const int n = int(rng.bounded(1, 6));
                for (int i = 0; i < n; ++i) {
                    NewEvent e;
                    e.type = u"note.added"_s;
                    e.payload.insert(u"n"_s, events + i);
                    if (rng.bounded(5) != 0) {
                        e.caseId = ids.at(int(rng.bounded(int(ids.size()))));
                        expectedCount[e.caseId] += 1;
                    }
                    batch << e;
                }
                s->journal->append(batch);
                events += n;
            } else {
                NewEvent e;
                e.type = u"device.checked"_s;
                s->journal->append(e);
                ++events;
            }
        }

        // The incremental read model matches an independent model of the history.
        QCOMPARE(cases.count(), ids.size());
        for (const QString &id : std::as_const(ids)) {
            const std::optional<CaseSummary> c = cases.get(id);
            QVERIFY(c.has_value());
            QCOMPARE(c->reference, expectedReference.value(id));
            QCOMPARE(c->eventCount, expectedCount.value(id));
            QCOMPARE(c->eventCount, s->journal->eventsForCase(id).size());
            QCOMPARE(c->lastChangeMsecs, s->journal->eventsForCase(id).constLast().hlc.wallMsecs);
        }

        const QList<QStringList> incremental = snapshotCases(*s->db);
        const QList<CaseSummary> listBefore = cases.list();
        QCOMPARE(incremental.size(), ids.size());

        s->journal->rebuildProjections();
        const QList<QStringList> rebuilt = snapshotCases(*s->db);
        QCOMPARE(rebuilt.size(), incremental.size());
        for (qsizetype i = 0; i < rebuilt.size(); ++i)
            QCOMPARE(rebuilt.at(i), incremental.at(i));
        QCOMPARE(cases.list(), listBefore);

        // Applying the same events in a shuffled order (as sync may deliver them) gives
        // the same table.
        QList<Event> all = s->journal->allEvents();
        std::shuffle(all.begin(), all.end(), rng);
        {
            Transaction txn(*s->db);
            s->cases->reset(*s->db);
            for (const Event &e : std::as_const(all))
                s->cases->apply(*s->db, e);
            txn.commit();
        }
        const QList<QStringList> shuffled = snapshotCases(*s->db);
        for (qsizetype i = 0; i < shuffled.size(); ++i)
            QCOMPARE(shuffled.at(i), incremental.at(i));

        // And after closing and reopening.
        s->close();
        s->reopen();
        QCOMPARE(snapshotCases(*s->db), incremental);
        QVERIFY(s->journal->verify().ok);
    }
};

QTEST_GUILESS_MAIN(TestCaseService)
#include "tst_case_service.moc"
