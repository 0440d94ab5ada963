#include "journal/hlc.h"

#include "store/database.h"

#include <QDateTime>
#include <algorithm>

namespace lots {

namespace {
const char *const MetaKey = "hlc.last";

Hlc normalized(qint64 wall, qint64 counter) {
    // The counter has 16 bits in the packed form: when it would overflow, move the
    // wall part one millisecond ahead instead (still strictly increasing).
    if (counter > qint64(HlcClock::MaxCounter))
        return {wall + 1, 0};
    return {wall, quint32(counter)};
}
} // namespace

HlcClock::HlcClock(Database &db, WallClock clock)
    : m_db(db)
    , m_clock(clock ? std::move(clock)
                    : WallClock([] { return QDateTime::currentMSecsSinceEpoch(); })) {
    reload();
}

void HlcClock::reload() {
    qint64 packed = 0;
    Statement meta = m_db.prepare("SELECT value FROM meta WHERE key = ?");
    meta.bind(1, QString::fromLatin1(MetaKey));
    if (meta.step() && !meta.isNull(0))
        packed = meta.int64(0);
    meta.reset();
    Statement events = m_db.prepare("SELECT max(hlc) FROM events");
    if (events.step() && !events.isNull(0))
        packed = std::max(packed, events.int64(0));
    events.reset();
    m_last = Hlc::unpack(packed);
}

Hlc HlcClock::next(const Hlc &last, qint64 wallMsecs) {
    wallMsecs = std::max<qint64>(wallMsecs, 0);
    if (wallMsecs > last.wallMsecs)
        return {wallMsecs, 0};
    return normalized(last.wallMsecs, qint64(last.counter) + 1);
}

Hlc HlcClock::merge(const Hlc &last, const Hlc &remote, qint64 wallMsecs) {
    wallMsecs = std::max<qint64>(wallMsecs, 0);
    const qint64 wall = std::max({last.wallMsecs, remote.wallMsecs, wallMsecs});
    if (wall == last.wallMsecs && wall == remote.wallMsecs)
        return normalized(wall, qint64(std::max(last.counter, remote.counter)) + 1);
    if (wall == last.wallMsecs)
        return normalized(wall, qint64(last.counter) + 1);
    if (wall == remote.wallMsecs)
        return normalized(wall, qint64(remote.counter) + 1);
    return {wall, 0};
}

Hlc HlcClock::advance() {
    m_last = next(m_last, m_clock());
    return m_last;
}

Hlc HlcClock::tick() {
    advance();
    persist();
    return m_last;
}

void HlcClock::syncFromStore() {
    if (!m_readPrepared) {
        m_read = m_db.prepare("SELECT value FROM meta WHERE key = ?");
        m_readPrepared = true;
    }
    m_read.bind(1, QString::fromLatin1(MetaKey));
    if (m_read.step() && !m_read.isNull(0)) {
        const Hlc stored = Hlc::unpack(m_read.int64(0));
        if (m_last < stored)
            m_last = stored;
    }
    m_read.reset();
}

void HlcClock::observe(const Hlc &stored) {
    if (m_last < stored)
        m_last = stored;
}

Hlc HlcClock::receive(const Hlc &remote) {
    m_last = merge(m_last, remote, m_clock());
    persist();
    return m_last;
}

void HlcClock::persist() {
    if (!m_writePrepared) {
        m_write = m_db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)");
        m_writePrepared = true;
    }
    m_write.bind(1, QString::fromLatin1(MetaKey)).bind(2, m_last.packed()).run();
}

} // namespace lots
