#include "journal/journal.h"

#include "crypto/signing.h"
#include "journal/canonical_json.h"
#include "journal/device_identity.h"
#include "journal/envelope.h"
#include "journal/hlc.h"
#include "store/database.h"

#include <QHash>
#include <QUuid>
#include <algorithm>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace lots {

namespace {

#define LOTS_EVENT_COLUMNS                                                                         \
    "local_seq, event_id, case_id, device_id, device_seq, hlc, type, payload, amends, "            \
    "position, prev_hash, hash, signature"

Event readEvent(const Statement &q) {
    Event e;
    e.localSeq = q.int64(0);
    e.eventId = q.text(1);
    e.caseId = q.isNull(2) ? QString() : q.text(2);
    e.deviceId = q.text(3);
    e.deviceSeq = q.int64(4);
    e.hlc = Hlc::unpack(q.int64(5));
    e.type = q.text(6);
    e.payload = q.textUtf8(7);
    e.amends = q.isNull(8) ? QString() : q.text(8);
    e.position = q.isNull(9) ? QByteArray() : q.textUtf8(9);
    e.prevHash = q.isNull(10) ? QByteArray() : q.blob(10);
    e.hash = q.isNull(11) ? QByteArray() : q.blob(11);
    e.signature = q.isNull(12) ? QByteArray() : q.blob(12);
    return e;
}

QString nullIfEmpty(const QString &s) {
    return s.isEmpty() ? QString() : s;
}

} // namespace

struct Journal::Private {
    Private(Database &database, const DeviceIdentity &identity, Clock clock)
        : db(database)
        , device(identity)
        , hlc(database, std::move(clock)) {}

    Database &db;
    const DeviceIdentity &device;
    HlcClock hlc;
    QList<Projection *> projections;

    // Prepared once, reused for every call.
    Statement insert;
    Statement tail;
    Statement byCase;
    Statement all;
    Statement byId;
    Statement countAll;
    bool prepared = false;

    void prepare() {
        if (prepared)
            return;
        insert = db.prepare("INSERT INTO events(event_id, case_id, device_id, device_seq, hlc, "
                            "type, payload, amends, position, prev_hash, hash, signature) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        tail = db.prepare("SELECT device_seq, hash, hlc FROM events WHERE device_id = ? "
                          "ORDER BY device_seq DESC LIMIT 1");
        byCase = db.prepare("SELECT " LOTS_EVENT_COLUMNS
                            " FROM events WHERE case_id = ? ORDER BY hlc, local_seq");
        all = db.prepare("SELECT " LOTS_EVENT_COLUMNS " FROM events ORDER BY local_seq");
        byId = db.prepare("SELECT " LOTS_EVENT_COLUMNS " FROM events WHERE event_id = ?");
        countAll = db.prepare("SELECT count(*) FROM events");
        prepared = true;
    }

    QList<Event> readAll(Statement &q) {
        QList<Event> out;
        try {
            while (q.step())
                out.append(readEvent(q));
        } catch (...) {
            q.reset();
            throw;
        }
        q.reset();
        return out;
    }
};

Journal::Journal(Database &db, const DeviceIdentity &device, Clock clock)
    : d(std::make_unique<Private>(db, device, std::move(clock))) {
    d->prepare();
}

Journal::~Journal() = default;

void Journal::addProjection(Projection *projection) {
    d->projections.append(projection);
}

Event Journal::append(const NewEvent &event) {
    return append(QList<NewEvent>{event}).constLast();
}

QList<Event> Journal::append(const QList<NewEvent> &events) {
    if (events.isEmpty())
        return {};
    // Validate and canonicalise everything before touching the database.
    struct Prepared {
        QByteArray payload;
        QByteArray position;
    };
    QList<Prepared> bodies;
    bodies.reserve(events.size());
    for (const NewEvent &e : events) {
        if (e.type.isEmpty())
            throw std::invalid_argument("event type is empty");
        Prepared p;
        auto payload = tryCanonicalJson(e.payload);
        if (!payload)
            throw std::invalid_argument("event payload holds NaN or infinity");
        p.payload = *payload;
        if (e.position) {
            auto position = tryCanonicalJson(e.position->toJson());
            if (!position)
                throw std::invalid_argument("event position holds NaN or infinity");
            p.position = *position;
        }
        bodies.append(std::move(p));
        if (!e.amends.isEmpty()) {
            d->byId.bind(1, e.amends);
            const bool known = d->byId.step();
            d->byId.reset();
            if (!known)
                throw std::invalid_argument("the amended event does not exist");
        }
    }

    const QString deviceId = d->device.deviceId();
    Transaction txn(d->db);
    d->hlc.syncFromStore();

    qint64 seq = 0;
    QByteArray prevHash(HashSize, '\0');
    d->tail.bind(1, deviceId);
    if (d->tail.step()) {
        seq = d->tail.int64(0);
        prevHash = d->tail.blob(1);
        // Another writer on this database (lots-cli) may have stamped later events.
        d->hlc.observe(Hlc::unpack(d->tail.int64(2)));
    }
    d->tail.reset();

    QList<Event> out;
    out.reserve(events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        const NewEvent &in = events.at(i);
        Event e;
        e.eventId = QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
        e.caseId = in.caseId;
        e.deviceId = deviceId;
        e.deviceSeq = ++seq;
        e.hlc = d->hlc.advance();
        e.type = in.type;
        e.payload = bodies.at(i).payload;
        e.amends = in.amends;
        e.position = bodies.at(i).position;
        e.prevHash = prevHash;
        e.hash = envelopeHash(e);
        if (i == events.size() - 1)
            e.signature = d->device.sign(signatureMessage(e.hash));
        prevHash = e.hash;

        d->insert.bind(1, e.eventId)
            .bind(2, nullIfEmpty(e.caseId))
            .bind(3, e.deviceId)
            .bind(4, e.deviceSeq)
            .bind(5, e.hlc.packed())
            .bind(6, e.type)
            .bindText(7, e.payload)
            .bind(8, nullIfEmpty(e.amends));
        if (e.position.isEmpty())
            d->insert.bindNull(9);
        else
            d->insert.bindText(9, e.position);
        d->insert.bind(10, e.prevHash).bind(11, e.hash);
        if (e.signature.isEmpty())
            d->insert.bindNull(12);
        else
            d->insert.bind(12, e.signature);
        try {
            d->insert.run();
        } catch (...) {
            d->insert.reset();
            throw;
        }
        e.localSeq = d->db.lastInsertRowId();
        out.append(std::move(e));
    }
    for (Projection *projection : std::as_const(d->projections))
        projection->applyBatch(d->db, out);
    // No hlc.persist(): the last event of this transaction carries the newest stamp.
    txn.commit();
    return out;
}

void Journal::rebuildProjections() {
    Transaction txn(d->db);
    for (Projection *projection : std::as_const(d->projections))
        projection->reset(d->db);
    Statement q = d->db.prepare("SELECT " LOTS_EVENT_COLUMNS " FROM events ORDER BY local_seq");
    // In chunks, so a projection that folds a batch gets the same benefit as on append
    // while memory stays bounded.
    constexpr qsizetype Chunk = 2000;
    QList<Event> chunk;
    chunk.reserve(Chunk);
    auto flush = [&] {
        for (Projection *projection : std::as_const(d->projections))
            projection->applyBatch(d->db, chunk);
        chunk.clear();
    };
    while (q.step()) {
        chunk.append(readEvent(q));
        if (chunk.size() == Chunk)
            flush();
    }
    flush();
    txn.commit();
}

QList<Event> Journal::eventsForCase(const QString &caseId) const {
    d->byCase.bind(1, caseId);
    return d->readAll(d->byCase);
}

QList<Event> Journal::allEvents() const {
    return d->readAll(d->all);
}

std::optional<Event> Journal::event(const QString &eventId) const {
    d->byId.bind(1, eventId);
    QList<Event> found = d->readAll(d->byId);
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

qint64 Journal::count() const {
    qint64 n = 0;
    if (d->countAll.step())
        n = d->countAll.int64(0);
    d->countAll.reset();
    return n;
}

VerifyReport Journal::verify() const {
    return verifyJournal(d->db);
}

VerifyReport verifyJournal(Database &db) {
    VerifyReport report;

    QHash<QString, QByteArray> keys;
    {
        Statement q = db.prepare("SELECT device_id, public_key FROM devices");
        while (q.step())
            keys.insert(q.text(0), q.isNull(1) ? QByteArray() : q.blob(1));
    }

    struct Failure {
        qint64 localSeq = 0;
        QString eventId;
        QString reason;
    };
    std::optional<Failure> first;
    auto fail = [&first](const Event &e, const QString &reason) {
        if (!first || e.localSeq < first->localSeq)
            first = Failure{e.localSeq, e.eventId, reason};
    };

    // Walk each device's chain in the order its events were stored (for every device,
    // own or synced, events are inserted in device_seq order), so a changed device_seq
    // is reported at the event that carries it.
    Statement q =
        db.prepare("SELECT " LOTS_EVENT_COLUMNS " FROM events ORDER BY device_id, local_seq");
    QString device;
    bool chainFailed = false;
    qint64 expectedSeq = 1;
    QByteArray prevHash;
    QByteArray publicKey;
    std::optional<Event> last;
    bool inChain = false;

    auto finishChain = [&]() {
        if (!chainFailed && last && last->signature.isEmpty())
            fail(*last, u"the last event of device %1 is not signed (unsigned tail)"_s.arg(device));
    };

    while (q.step()) {
        Event e = readEvent(q);
        ++report.eventsChecked;
        if (!inChain || e.deviceId != device) {
            if (inChain)
                finishChain();
            inChain = true;
            device = e.deviceId;
            chainFailed = false;
            expectedSeq = 1;
            prevHash = QByteArray(HashSize, '\0');
            publicKey = keys.value(device);
            last.reset();
        }
        if (chainFailed)
            continue;
        QString reason;
        if (publicKey.size() != 32) {
            reason = u"device %1 has no known public key"_s.arg(device);
        } else if (e.deviceSeq != expectedSeq) {
            reason = u"device sequence is %1, expected %2"_s.arg(e.deviceSeq).arg(expectedSeq);
        } else if (e.prevHash != prevHash) {
            reason = u"prev_hash does not link to the previous event of the device"_s;
        } else if (e.hash.size() != HashSize || envelopeHash(e) != e.hash) {
            reason = u"hash does not match the event's content"_s;
        } else if (!e.signature.isEmpty()) {
            ++report.signaturesChecked;
            if (e.signature.size() != SignatureSize ||
                !verifySignature(publicKey, signatureMessage(e.hash), e.signature))
                reason = u"signature does not verify with the device's public key"_s;
        }
        if (!reason.isEmpty()) {
            fail(e, reason);
            chainFailed = true;
            continue;
        }
        ++expectedSeq;
        prevHash = e.hash;
        last = std::move(e);
    }
    if (inChain)
        finishChain();

    if (first) {
        report.ok = false;
        report.firstBadEventId = first->eventId;
        report.firstBadLocalSeq = first->localSeq;
        report.reason = first->reason;
    }
    return report;
}

} // namespace lots
