#pragma once

#include "journal/event.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace lots {

// How precisely a record's position is stored (a setting).
enum class PositionPrecision {
    Exact,   // as the receiver reports it
    Rounded, // latitude and longitude rounded to 2 decimals (about 1 km)
    Off      // never stored (a place typed by hand still is)
};
QString positionPrecisionKey(PositionPrecision p); // "exact", "rounded", "off"
std::optional<PositionPrecision> positionPrecisionFromKey(const QString &key);

// A fix as the positioning source delivered it.
struct PositionFix {
    double latitude = 0;
    double longitude = 0;
    double horizontalAccuracyM = -1; // < 0: unknown
    qint64 fixTimeMsecs = 0;         // the receiver's time stamp
    qint64 receivedAtMsecs = 0;      // this device's clock when it arrived (0: use fixTime)
    QString source;                  // "gnss", "nmea-replay", ...
};

// What happened when a record asked for a position; decides the status words.
enum class PositionOutcome {
    ReusedFresh, // a fix younger than 2 minutes was reused
    Updated,     // a new fix arrived within the timeout
    TimedOut,    // no fix within the timeout (typically indoors): saved without
    Unavailable, // no positioning on this device, or no permission: saved without
    Off,         // the setting is off: saved without
    Manual       // no fix, but a place typed by hand
};

// The pure rules. Saving never waits for a position: the caller asks decide(), then either
// reuses the last fix or requests one update with a timeout, and saves with whatever it has.
class PositionPolicy {
    Q_DECLARE_TR_FUNCTIONS(PositionPolicy)
public:
    static constexpr qint64 FreshForMsecs = 2 * 60 * 1000;
    static constexpr int DefaultTimeoutMsecs = 10 * 1000;
    static constexpr double RoundedAccuracyM = 1000.0;
    // Worst-case error of rounding to 0.01 degree at Swedish latitudes (half a step north
    // and east, about 556 m and 290 m at 59 N), added to the fix's own accuracy.
    static constexpr double RoundingErrorM = 630.0;

    enum class Action { None, ReuseLast, RequestUpdate };

    static bool isFresh(const PositionFix &fix, qint64 nowMsecs);
    static Action decide(PositionPrecision precision, const std::optional<PositionFix> &last,
                         qint64 nowMsecs);

    // The position to store for a fix under the setting (nullopt when Off).
    static std::optional<Position> toPosition(PositionPrecision precision, const PositionFix &fix);
    static Position rounded(const Position &exact);
    // A place typed by hand, alone or added to a fix. nullopt when both are empty.
    static std::optional<Position> withManualPlace(const std::optional<Position> &fromFix,
                                                   const QString &manualPlace);

    // Honest status words, e.g. "No position (indoors); saved without".
    static QString statusText(PositionOutcome outcome, const std::optional<Position> &stored,
                              PositionPrecision precision = PositionPrecision::Exact);
};

} // namespace lots
