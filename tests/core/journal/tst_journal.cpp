#include "journal_test_store.h"

#include "crypto/signing.h"
#include "journal/envelope.h"
#include "journal/hlc.h"

#include <QJsonArray>
#include <QTest>
#include <stdexcept>

using namespace lots;
using namespace lots::test;
using namespace Qt::StringLiterals;

namespace {

NewEvent note(const QString &caseId, const QString &text) {
    NewEvent e;
    e.caseId = caseId;
    e.type = u"note.added"_s;
    e.payload.insert(u"text"_s, text);
    return e;
}

// A projection that throws when it sees a given event type.
class ThrowingProjection : public Projection {
public:
    QString trigger;
    QString name() const override { return u"throwing"_s; }
    void reset(Database &) override {}
    void apply(Database &, const Event &event) override {
        if (event.type == trigger)
            throw StoreException(StoreError::Sql, u"projection refused"_s);
    }
};

qint64 scalar(Database &db, const char *sql) {
    Statement q = db.prepare(sql);
    return q.step() ? q.int64(0) : -1;
}

void dropTriggers(Database &db) {
    db.exec("DROP TRIGGER IF EXISTS events_no_update");
    db.exec("DROP TRIGGER IF EXISTS events_no_delete");
}

QByteArray flipByte(QByteArray bytes, qsizetype index, char mask = 0x01) {
    bytes[index] = char(bytes.at(index) ^ mask);
    return bytes;
}

} // namespace

class TestJournal : public QObject {
    Q_OBJECT

private:
    int m_n = 0;
    QString newPath() { return scratchDir(u"journal%1"_s.arg(++m_n)) + u"/j.db"_s; }

    // 4 append transactions: single, batch of 4, single, batch of 3 = 9 events + case
    // events, across two cases and one device-level event.
    std::unique_ptr<TestStore> populated() {
        auto s = TestStore::create(newPath());
        NewEvent device;
        device.type = u"device.enrolled"_s;
        device.payload.insert(u"name"_s, u"Test device"_s);
        s->journal->append(device);
        s->journal->append(QList<NewEvent>{note(u"case-a"_s, u"one"_s), note(u"case-a"_s, u"two"_s),
                                           note(u"case-b"_s, u"three"_s),
                                           note(u"case-b"_s, u"four"_s)});
        NewEvent positioned = note(u"case-a"_s, u"five"_s);
        Position p;
        p.latitude = 59.3293;
        p.longitude = 18.0686;
        p.horizontalAccuracyM = 12.5;
        p.source = u"gnss"_s;
        p.fixTimeMsecs = 1700000000123;
        positioned.position = p;
        s->journal->append(positioned);
        s->journal->append(QList<NewEvent>{note(u"case-b"_s, u"six"_s),
                                           note(u"case-a"_s, u"seven"_s),
                                           note(QString(), u"eight"_s)});
        return s;
    }

private slots:
    void appendAssignsChainAndVerifies() {
        auto s = populated();
        const QList<Event> events = s->journal->allEvents();
        QCOMPARE(events.size(), 9);
        QByteArray prev(HashSize, '\0');
        for (qsizetype i = 0; i < events.size(); ++i) {
            const Event &e = events.at(i);
            QCOMPARE(e.deviceSeq, i + 1);
            QCOMPARE(e.deviceId, s->identity->deviceId());
            QCOMPARE(e.prevHash, prev);
            QCOMPARE(e.hash.size(), HashSize);
            QCOMPARE(envelopeHash(e), e.hash);
            QCOMPARE(e.eventId.size(), 36);
            prev = e.hash;
            if (i > 0)
                QVERIFY(events.at(i - 1).hlc < e.hlc);
        }
        const VerifyReport report = s->journal->verify();
        QVERIFY2(report.ok, qPrintable(report.reason));
        QCOMPARE(report.eventsChecked, 9);
        QCOMPARE(report.signaturesChecked, 4); // one per append transaction
        QCOMPARE(s->journal->count(), 9);
        // Position round-trips through the envelope.
        const Event positioned = events.at(5);
        QVERIFY(positioned.positionValue().has_value());
        QCOMPARE(positioned.positionValue()->latitude, 59.3293);
        QCOMPARE(positioned.positionValue()->fixTimeMsecs, 1700000000123);
        QCOMPARE(positioned.positionValue()->source, u"gnss"_s);
        QCOMPARE(s->journal->eventsForCase(u"case-a"_s).size(), 4);
        QCOMPARE(s->journal->eventsForCase(u"case-b"_s).size(), 3);
        QCOMPARE(s->journal->event(events.at(3).eventId)->payload, events.at(3).payload);
        QVERIFY(!s->journal->event(u"no-such-event"_s).has_value());
    }

    void batchSignsOnlyTheLastEvent() {
        auto s = TestStore::create(newPath());
        const QList<Event> batch = s->journal->append(
            QList<NewEvent>{note(u"c"_s, u"1"_s), note(u"c"_s, u"2"_s), note(u"c"_s, u"3"_s),
                            note(u"c"_s, u"4"_s), note(u"c"_s, u"5"_s)});
        QCOMPARE(batch.size(), 5);
        for (int i = 0; i < 4; ++i)
            QVERIFY(batch.at(i).signature.isEmpty());
        QCOMPARE(batch.at(4).signature.size(), SignatureSize);
        QVERIFY(verifySignature(s->identity->publicKey(), signatureMessage(batch.at(4).hash),
                                batch.at(4).signature));
        // As stored, too.
        QCOMPARE(scalar(*s->db, "SELECT count(*) FROM events WHERE signature IS NULL"), 4);
        QCOMPARE(scalar(*s->db, "SELECT count(*) FROM events WHERE signature IS NOT NULL"), 1);
        const VerifyReport report = s->journal->verify();
        QVERIFY(report.ok);
        QCOMPARE(report.signaturesChecked, 1);
    }

    void triggersRefuseUpdateAndDelete() {
        auto s = populated();
        for (const char *sql : {"UPDATE events SET type = 'x' WHERE local_seq = 2",
                                "UPDATE events SET signature = NULL",
                                "DELETE FROM events WHERE local_seq = 9", "DELETE FROM events"}) {
            bool refused = false;
            try {
                s->db->exec(sql);
            } catch (const StoreException &e) {
                refused = QString::fromUtf8(e.what()).contains(u"append-only"_s);
            }
            QVERIFY2(refused, sql);
        }
        QCOMPARE(s->journal->count(), 9);
        QVERIFY(s->journal->verify().ok);
    }

    void tamperingIsNamedAtTheChangedEvent_data() {
        QTest::addColumn<QString>("field");
        for (const char *f : {"payload", "prev_hash", "hash", "signature", "device_seq", "type",
                              "event_id", "case_id", "hlc", "position", "amends"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void tamperingIsNamedAtTheChangedEvent() {
        QFETCH(QString, field);
        auto s = populated();
        Database &db = *s->db;
        dropTriggers(db); // as an attacker holding the key would
        const QList<Event> events = s->journal->allEvents();
        for (const Event &e : events) {
            const QByteArray column = field.toLatin1();
            // Read the stored value, change one byte, write it back via SQL.
            Statement read = db.prepare(QByteArray("SELECT " + column + ", typeof(" + column +
                                                   ") FROM events WHERE local_seq = ?")
                                            .constData());
            read.bind(1, e.localSeq);
            QVERIFY(read.step());
            const QString kind = read.text(1);
            QByteArray original;
            qint64 originalInt = 0;
            if (kind == u"integer"_s)
                originalInt = read.int64(0);
            else if (kind != u"null"_s)
                original = kind == u"blob"_s ? read.blob(0) : read.textUtf8(0);
            read.reset();

            Statement write = db.prepare(
                QByteArray("UPDATE events SET " + column + " = ? WHERE local_seq = ?").constData());
            auto restore = [&] {
                if (kind == u"integer"_s)
                    write.bind(1, originalInt);
                else if (kind == u"blob"_s)
                    write.bind(1, original);
                else if (kind == u"text"_s)
                    write.bindText(1, original);
                else
                    write.bindNull(1);
                write.bind(2, e.localSeq).run();
            };

            if (kind == u"integer"_s) {
                // Flip one byte of the integer (the second-lowest: keeps it positive and,
                // for device_seq, unique).
                write.bind(1, originalInt ^ 0x100);
            } else if (kind == u"blob"_s) {
                write.bind(1, flipByte(original, original.size() / 2));
            } else if (kind == u"text"_s) {
                write.bindText(1, flipByte(original, original.size() / 2));
            } else {
                // NULL column (no signature / position / amends / case): an attacker adds
                // a value instead.
                if (field == u"signature"_s)
                    write.bind(1, QByteArray(SignatureSize, 'x'));
                else
                    write.bindText(1, QByteArrayLiteral("injected"));
            }
            write.bind(2, e.localSeq).run();

            const VerifyReport report = s->journal->verify();
            QVERIFY2(
                !report.ok,
                qPrintable(u"%1 of event %2 changed, verify passed"_s.arg(field).arg(e.localSeq)));
            QVERIFY2(report.firstBadLocalSeq == e.localSeq,
                     qPrintable(u"%1 of event %2 changed, reported %3: %4"_s.arg(field)
                                    .arg(e.localSeq)
                                    .arg(report.firstBadLocalSeq)
                                    .arg(report.reason)));
            // event_id itself was changed: the report names the stored (changed) id.
            if (field != u"event_id"_s)
                QCOMPARE(report.firstBadEventId, e.eventId);
            QVERIFY(!report.reason.isEmpty());

            restore();
            const VerifyReport again = s->journal->verify();
            QVERIFY2(again.ok, qPrintable(again.reason));
        }
    }

    void changedPublicKeyFails() {
        auto s = populated();
        Statement q = s->db->prepare("UPDATE devices SET public_key = ?");
        q.bind(1, SigningKeyPair::generate().publicKey).run();
        const VerifyReport report = s->journal->verify();
        QVERIFY(!report.ok);
        // The first signed event is the first whose check needs the key.
        QCOMPARE(report.firstBadLocalSeq, 1);
    }

    void unknownDeviceFails() {
        auto s = populated();
        s->db->exec("DELETE FROM devices");
        const VerifyReport report = s->journal->verify();
        QVERIFY(!report.ok);
        QCOMPARE(report.firstBadLocalSeq, 1);
        QVERIFY(report.reason.contains(u"public key"_s));
    }

    void unsignedTailFails() {
        // Removing the signed last event of a batch (truncation) leaves an unsigned tail.
        auto s = populated();
        const QList<Event> events = s->journal->allEvents();
        dropTriggers(*s->db);
        s->db->exec("DELETE FROM events WHERE local_seq = 9");
        VerifyReport report = s->journal->verify();
        QVERIFY(!report.ok);
        QCOMPARE(report.firstBadLocalSeq, 8);
        QCOMPARE(report.firstBadEventId, events.at(7).eventId);
        QVERIFY2(report.reason.contains(u"unsigned"_s), qPrintable(report.reason));

        // Stripping the last signature is also an unsigned tail.
        auto t = populated();
        dropTriggers(*t->db);
        t->db->exec("UPDATE events SET signature = NULL WHERE local_seq = 9");
        report = t->journal->verify();
        QVERIFY(!report.ok);
        QCOMPARE(report.firstBadLocalSeq, 9);
        QVERIFY(report.reason.contains(u"unsigned"_s));
    }

    void gapInSequenceFails() {
        auto s = populated();
        dropTriggers(*s->db);
        s->db->exec("DELETE FROM events WHERE local_seq = 4");
        const VerifyReport report = s->journal->verify();
        QVERIFY(!report.ok);
        QCOMPARE(report.firstBadLocalSeq, 5);
        QVERIFY(report.reason.contains(u"sequence"_s));
    }

    void emptyJournalVerifies() {
        auto s = TestStore::create(newPath());
        const VerifyReport report = s->journal->verify();
        QVERIFY(report.ok);
        QCOMPARE(report.eventsChecked, 0);
        QVERIFY(s->journal->append(QList<NewEvent>{}).isEmpty());
    }

    void appendContinuesChainAfterReopen() {
        auto s = populated();
        const Event lastBefore = s->journal->allEvents().constLast();
        s->close();
        s->reopen();
        const Event next = s->journal->append(note(u"case-a"_s, u"after reopen"_s));
        QCOMPARE(next.deviceSeq, lastBefore.deviceSeq + 1);
        QCOMPARE(next.prevHash, lastBefore.hash);
        QVERIFY(lastBefore.hlc < next.hlc);
        QVERIFY(s->journal->verify().ok);
    }

    void amendmentsLinkToTheAmendedEvent() {
        auto s = TestStore::create(newPath());
        const Event original = s->journal->append(note(u"case-a"_s, u"wrong"_s));
        NewEvent fix = note(u"case-a"_s, u"right"_s);
        fix.amends = original.eventId;
        const Event amended = s->journal->append(fix);
        QCOMPARE(amended.amends, original.eventId);
        QCOMPARE(s->journal->event(amended.eventId)->amends, original.eventId);
        // The original is untouched.
        QCOMPARE(s->journal->event(original.eventId)->payload, original.payload);
        QCOMPARE(scalar(*s->db, "SELECT count(*) FROM events WHERE amends IS NOT NULL"), 1);
        // An amendment must name an event that exists.
        NewEvent dangling = note(u"case-a"_s, u"?"_s);
        dangling.amends = u"00000000-0000-0000-0000-000000000000"_s;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, s->journal->append(dangling));
        QCOMPARE(s->journal->count(), 2);
        QVERIFY(s->journal->verify().ok);
    }

    void failedAppendLeavesNothing() {
        auto s = TestStore::create(newPath());
        ThrowingProjection thrower;
        thrower.trigger = u"boom"_s;
        s->journal->addProjection(&thrower);
        s->journal->append(note(u"case-a"_s, u"kept"_s));
        const qint64 eventsBefore = s->journal->count();
        const qint64 casesBefore = scalar(*s->db, "SELECT count(*) FROM cases");

        NewEvent boom = note(u"case-new"_s, u"x"_s);
        boom.type = u"boom"_s;
        QVERIFY_THROWS_EXCEPTION(StoreException, s->journal->append(QList<NewEvent>{
                                                     note(u"case-new"_s, u"first"_s), boom}));
        QCOMPARE(s->journal->count(), eventsBefore);
        QCOMPARE(scalar(*s->db, "SELECT count(*) FROM cases"), casesBefore);
        QCOMPARE(scalar(*s->db, "SELECT count(*) FROM cases WHERE case_id = 'case-new'"), 0);

        // Bad input is refused before anything is written.
        NewEvent nan = note(u"case-a"_s, u"nan"_s);
        nan.payload.insert(u"v"_s, std::numeric_limits<double>::quiet_NaN());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, s->journal->append(nan));
        NewEvent untyped = note(u"case-a"_s, u"no type"_s);
        untyped.type.clear();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, s->journal->append(untyped));
        QCOMPARE(s->journal->count(), eventsBefore);

        // The chain goes on without a gap.
        const Event next = s->journal->append(note(u"case-a"_s, u"after"_s));
        QCOMPARE(next.deviceSeq, eventsBefore + 1);
        QVERIFY(s->journal->verify().ok);
    }

    void hlcStaysMonotonicWhenTheClockGoesBack() {
        qint64 now = 1'700'000'000'000;
        auto s = TestStore::create(newPath(), [&now] { return now; });
        QList<Hlc> stamps;
        stamps << s->journal->append(note(u"c"_s, u"1"_s)).hlc;
        now -= 60'000; // the wall clock jumps back a minute
        stamps << s->journal->append(note(u"c"_s, u"2"_s)).hlc;
        stamps << s->journal->append(note(u"c"_s, u"3"_s)).hlc;
        now -= 3'600'000;
        for (const Event &e :
             s->journal->append(QList<NewEvent>{note(u"c"_s, u"4"_s), note(u"c"_s, u"5"_s)}))
            stamps << e.hlc;
        QCOMPARE(stamps.at(0).wallMsecs, 1'700'000'000'000);
        QCOMPARE(stamps.at(1).wallMsecs, 1'700'000'000'000);
        QCOMPARE(stamps.at(1).counter, 1u);
        QCOMPARE(stamps.at(2).counter, 2u);
        for (qsizetype i = 1; i < stamps.size(); ++i)
            QVERIFY(stamps.at(i - 1) < stamps.at(i));

        // Across a restart, still with the clock behind.
        s->close();
        s->reopen([&now] { return now; });
        const Hlc afterReopen = s->journal->append(note(u"c"_s, u"6"_s)).hlc;
        QVERIFY(stamps.constLast() < afterReopen);
        QCOMPARE(afterReopen.wallMsecs, 1'700'000'000'000);

        // The clock catches up: the counter starts again at 0.
        now = 1'700'000'100'000;
        const Hlc caughtUp = s->journal->append(note(u"c"_s, u"7"_s)).hlc;
        QCOMPARE(caughtUp.wallMsecs, now);
        QCOMPARE(caughtUp.counter, 0u);
        QVERIFY(s->journal->verify().ok);
    }

    void hlcStateComesFromTheEventsAndReceivedStamps() {
        qint64 now = 1'800'000'000'000;
        auto s = TestStore::create(newPath(), [&now] { return now; });
        const Hlc stamp = s->journal->append(note(u"c"_s, u"1"_s)).hlc;
        // An ordinary append writes no clock row: the event carries the stamp.
        Statement q = s->db->prepare("SELECT count(*) FROM meta WHERE key = 'hlc.last'");
        QVERIFY(q.step());
        QCOMPARE(q.int64(0), 0);
        q.reset();

        // A clock loaded later (wall clock far behind) starts above the stored events.
        HlcClock clock(*s->db, [] { return qint64(5); });
        QCOMPARE(clock.last(), stamp);
        QVERIFY(stamp < clock.advance());

        // A remote stamp ahead of everything raises the clock and is persisted, so the
        // next append (same or another connection) stays above it.
        const Hlc remote{now + 60'000, 3};
        {
            Transaction txn(*s->db);
            HlcClock receiver(*s->db, [&now] { return now; });
            QVERIFY(remote < receiver.receive(remote));
            txn.commit();
        }
        QVERIFY(q.step());
        QCOMPARE(q.int64(0), 1);
        q.reset();
        const Hlc after = s->journal->append(note(u"c"_s, u"2"_s)).hlc;
        QVERIFY(remote < after);
    }

    void hlcHoldsAcrossTwoConnections() {
        // Two writers on one database (the app and lots-cli): stamps never go back.
        qint64 fast = 1'900'000'000'000;
        qint64 slow = 1'800'000'000'000;
        auto a = TestStore::create(newPath(), [&fast] { return fast; });
        const Hlc first = a->journal->append(note(u"c"_s, u"a1"_s)).hlc;
        auto db2 = Database::open(a->path, a->key, Database::Mode::OpenExisting);
        auto id2 = DeviceIdentity::load(*db2);
        Journal b(*db2, *id2, [&slow] { return slow; });
        const Hlc second = b.append(note(u"c"_s, u"b1"_s)).hlc;
        QVERIFY(first < second);
        const Hlc third = a->journal->append(note(u"c"_s, u"a2"_s)).hlc;
        QVERIFY(second < third);
        QVERIFY(b.verify().ok);
    }

    void hlcRules() {
        const Hlc last{1000, 5};
        QCOMPARE(HlcClock::next(last, 2000), (Hlc{2000, 0}));
        QCOMPARE(HlcClock::next(last, 1000), (Hlc{1000, 6}));
        QCOMPARE(HlcClock::next(last, 10), (Hlc{1000, 6}));
        QCOMPARE(HlcClock::next(Hlc{1000, HlcClock::MaxCounter}, 10), (Hlc{1001, 0}));
        // Packing keeps the order.
        QVERIFY((Hlc{1000, HlcClock::MaxCounter}.packed() < Hlc{1001, 0}.packed()));
        QCOMPARE(Hlc::unpack(Hlc{1'700'000'000'000, 42}.packed()), (Hlc{1'700'000'000'000, 42}));

        // Receive (HLC merge).
        QCOMPARE(HlcClock::merge(last, Hlc{900, 9}, 500), (Hlc{1000, 6}));
        QCOMPARE(HlcClock::merge(last, Hlc{1000, 9}, 500), (Hlc{1000, 10}));
        QCOMPARE(HlcClock::merge(last, Hlc{3000, 2}, 500), (Hlc{3000, 3}));
        QCOMPARE(HlcClock::merge(last, Hlc{3000, 2}, 4000), (Hlc{4000, 0}));
        QCOMPARE(HlcClock::merge(last, Hlc{1000, HlcClock::MaxCounter}, 5), (Hlc{1001, 0}));
    }

    void hlcReceiveIsPersisted() {
        qint64 now = 1000;
        auto s = TestStore::create(newPath(), [&now] { return now; });
        HlcClock clock(*s->db, [&now] { return now; });
        const Hlc merged = clock.receive(Hlc{5000, 7});
        QCOMPARE(merged, (Hlc{5000, 8}));
        HlcClock reloaded(*s->db, [&now] { return now; });
        QCOMPARE(reloaded.last(), merged);
        QCOMPARE(reloaded.tick(), (Hlc{5000, 9}));
    }

    void envelopeEncodingIsUnambiguous() {
        Event a;
        a.eventId = u"e"_s;
        a.caseId = u"ab"_s;
        a.deviceId = u"c"_s;
        a.type = u"t"_s;
        a.payload = "{}";
        a.prevHash = QByteArray(32, '\0');
        Event b = a;
        b.caseId = u"a"_s;
        b.deviceId = u"bc"_s; // same concatenation, different split
        QVERIFY(envelopeBytes(a) != envelopeBytes(b));
        QVERIFY(envelopeHash(a) != envelopeHash(b));
        // Every field is covered.
        const QByteArray base = envelopeHash(a);
        Event c = a;
        c.amends = u"x"_s;
        QVERIFY(envelopeHash(c) != base);
        c = a;
        c.position = "{}";
        QVERIFY(envelopeHash(c) != base);
        c = a;
        c.hlc = Hlc{1, 0};
        QVERIFY(envelopeHash(c) != base);
        c = a;
        c.deviceSeq = 1;
        QVERIFY(envelopeHash(c) != base);
        // Not covered on purpose: local_seq, hash, signature.
        c = a;
        c.localSeq = 77;
        c.signature = QByteArray(64, 's');
        QCOMPARE(envelopeHash(c), base);
        QVERIFY(envelopeBytes(a).startsWith(QByteArray("\0\0\0\x12lots.journal.event", 22)));
    }

    void deviceIdentityPersists() {
        auto s = TestStore::create(newPath());
        const QString id = s->identity->deviceId();
        const QByteArray pk = s->identity->publicKey();
        const QByteArray message = "hello";
        const QByteArray signature = s->identity->sign(message);
        QVERIFY(verifySignature(pk, message, signature));
        QVERIFY_THROWS_EXCEPTION(StoreException,
                                 DeviceIdentity::create(*s->db, u"again"_s, u"police"_s, 1));
        s->close();
        s->reopen();
        QCOMPARE(s->identity->deviceId(), id);
        QCOMPARE(s->identity->publicKey(), pk);
        QCOMPARE(s->identity->name(), u"Test device"_s);
        QCOMPARE(s->identity->roleKey(), u"police"_s);
        QVERIFY(verifySignature(pk, message, s->identity->sign(message)));
        QCOMPARE(scalar(*s->db, "SELECT count(*) FROM devices WHERE is_self = 1"), 1);
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
