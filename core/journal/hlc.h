#pragma once

#include "journal/event.h"
#include "store/database.h"

#include <functional>

namespace lots {

class Database;

// The device's hybrid logical clock. Stamps stay strictly increasing across restarts and
// when the wall clock jumps back (then the counter increases instead). The floor for the
// next stamp is the newest of: the device's own last event (read by the journal in every
// append transaction, see observe()), the meta key "hlc.last" (written only when a remote
// stamp raised the clock, receive()), and on load every stamp in the events table. So an
// ordinary append writes no extra row: one page fewer to encrypt and sync per commit.
class HlcClock {
public:
    using WallClock = std::function<qint64()>; // epoch ms

    // Reads the persisted state. clock defaults to QDateTime::currentMSecsSinceEpoch.
    explicit HlcClock(Database &db, WallClock clock = {});

    // The next local stamp (for an event written now). Strictly greater than every stamp
    // returned or received before. Writes the new state to meta: call it inside the
    // transaction that stores the event; if that transaction rolls back, the in-memory
    // state stays ahead, which keeps stamps unique.
    Hlc tick();
    // tick() without the write: for a transaction stamping several events, call
    // syncFromStore() once, advance() per event, then persist() once.
    Hlc advance();
    void persist();
    // Raises the in-memory state to the persisted one (cheap: one meta lookup). Called at
    // the start of each append transaction, so another process writing the same database
    // (e.g. lots-cli while the app is open) cannot make stamps go back.
    void syncFromStore();
    // Raises the in-memory state to a stamp already stored (the device's last event).
    void observe(const Hlc &stored);
    // Merges a stamp received from another device (sync) and returns the new local stamp,
    // greater than both the remote stamp and every earlier local stamp. Persists like tick().
    Hlc receive(const Hlc &remote);
    Hlc last() const { return m_last; }
    // Re-reads the persisted state (the larger of meta and the events table).
    void reload();

    // The pure rules, for tests and sync.
    static Hlc next(const Hlc &last, qint64 wallMsecs);
    static Hlc merge(const Hlc &last, const Hlc &remote, qint64 wallMsecs);

    static constexpr quint32 MaxCounter = 0xffff;

private:
    Database &m_db;
    WallClock m_clock;
    Hlc m_last;
    Statement m_write; // prepared on first use, reused
    bool m_writePrepared = false;
    Statement m_read;
    bool m_readPrepared = false;
};

} // namespace lots
