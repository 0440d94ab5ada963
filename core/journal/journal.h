#pragma once

#include "journal/event.h"

#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace lots {

class Database;
class DeviceIdentity;

// A read model kept up to date from the events. apply() runs inside the append
// transaction; reset() drops and recreates its tables. rebuild = reset + apply all.
class Projection {
public:
    virtual ~Projection() = default;
    virtual QString name() const = 0;
    virtual void reset(Database &db) = 0;
    virtual void apply(Database &db, const Event &event) = 0;
    // All events of one append transaction (or one chunk of a rebuild), in order. The
    // default applies them one by one; a projection whose per-event work folds (counts,
    // latest stamps) overrides it to write once per batch. Must leave the same rows as
    // apply() on each event in turn.
    virtual void applyBatch(Database &db, const QList<Event> &events) {
        for (const Event &event : events)
            apply(db, event);
    }
};

struct VerifyReport {
    bool ok = true;
    qint64 eventsChecked = 0;
    qint64 signaturesChecked = 0;
    QString firstBadEventId; // empty when ok
    qint64 firstBadLocalSeq = 0;
    QString reason; // English, for logs and the CLI
};

// The signed append-only event log. Each device has its own hash chain; the last event
// of every append transaction carries an Ed25519 signature over its hash, which covers
// the whole chain before it.
class Journal {
public:
    using Clock = std::function<qint64()>; // epoch ms; the wall clock by default

    Journal(Database &db, const DeviceIdentity &device, Clock clock = {});
    ~Journal();

    // One transaction: assigns ids, device sequence numbers and HLC stamps, hashes,
    // signs the last, inserts, applies projections, commits. Throws StoreException and
    // leaves nothing written on failure.
    QList<Event> append(const QList<NewEvent> &events);
    Event append(const NewEvent &event);

    void addProjection(Projection *projection); // not owned
    void rebuildProjections();

    QList<Event> eventsForCase(const QString &caseId) const;
    QList<Event> allEvents() const; // by localSeq
    std::optional<Event> event(const QString &eventId) const;
    qint64 count() const;

    // Checks every device's chain (own and synced alike): device_seq 1, 2, 3... without
    // gaps in stored order, prev_hash links, the recomputed hash (journal/envelope.h),
    // every signature present against that device's key in the devices table, and that
    // the last event of each chain is signed. Reports the first bad event by local_seq.
    VerifyReport verify() const;

    // Bad input (empty type, NaN/infinity in the payload or position, `amends` naming an
    // event that is not in the journal) makes append() throw std::invalid_argument before
    // anything is written.

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// verify() without a device identity (only the database is needed).
VerifyReport verifyJournal(Database &db);

} // namespace lots
