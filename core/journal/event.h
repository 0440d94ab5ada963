#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace lots {

// Hybrid logical clock: wall-clock milliseconds plus a counter that keeps the stamp
// strictly increasing on this device even when the wall clock jumps back.
struct Hlc {
    qint64 wallMsecs = 0;
    quint32 counter = 0;
    qint64 packed() const { return (wallMsecs << 16) | qint64(counter & 0xffff); }
    static Hlc unpack(qint64 packed) { return {packed >> 16, quint32(packed & 0xffff)}; }
    friend bool operator==(const Hlc &, const Hlc &) = default;
    friend auto operator<=>(const Hlc &a, const Hlc &b) { return a.packed() <=> b.packed(); }
};

// Where something was recorded. Stored in the event envelope, covered by the hash.
struct Position {
    double latitude = 0;
    double longitude = 0;
    double horizontalAccuracyM = -1; // < 0: unknown
    QString source;                  // "gnss", "network", "manual", "nmea-replay"...
    qint64 fixTimeMsecs = 0;         // when the fix was taken (epoch ms)
    QString manualPlace;             // typed by hand when there is no fix
    QJsonObject toJson() const;
    static std::optional<Position> fromJson(const QJsonObject &json);
    friend bool operator==(const Position &, const Position &) = default;
};

// What a caller asks to append.
struct NewEvent {
    QString caseId;  // empty for device-level events
    QString type;    // e.g. "case.opened"
    QJsonObject payload;
    QString amends;  // event id this corrects; empty when none
    std::optional<Position> position;
};

// A stored event. Immutable.
struct Event {
    qint64 localSeq = 0;   // insertion order on this device's database
    QString eventId;       // UUID, lower case, no braces
    QString caseId;
    QString deviceId;
    qint64 deviceSeq = 0;  // 1, 2, 3... per device, no gaps
    Hlc hlc;
    QString type;
    QByteArray payload;    // canonical JSON (UTF-8)
    QString amends;
    QByteArray position;   // canonical JSON or empty
    QByteArray prevHash;   // 32 bytes; zeros for a device's first event
    QByteArray hash;       // 32 bytes
    QByteArray signature;  // 64 bytes on the last event of a transaction, else empty

    QJsonObject payloadObject() const;
    std::optional<Position> positionValue() const;
};

} // namespace lots
