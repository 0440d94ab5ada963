#pragma once

#include "content/guidance_pack.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace lots {

enum class DeadlineState {
    Upcoming, // due on a later local day
    DueToday, // due later today (local time), not yet passed
    Overdue,  // the due time has passed
    Met,      // recorded as done (at any time)
};

// Where a deadline stands at a given moment. The numbers are for the UI's own words
// ("due today 23:59", "overdue 3 h"); no text here.
struct DeadlineStatus {
    DeadlineState state = DeadlineState::Upcoming;
    QDateTime dueUtc;
    QDateTime dueLocal;   // in the pack's time zone
    qint64 msecsLeft = 0; // negative when overdue
    // |msecsLeft| split into whole days, hours (0-23) and minutes (0-59), rounded down.
    qint64 days = 0;
    int hours = 0;
    int minutes = 0;
    qint64 totalHours = 0;   // |msecsLeft| in whole hours
    qint64 totalMinutes = 0; // |msecsLeft| in whole minutes
    bool metOnTime = false;  // state Met and done at or before the due time
};

// One evaluated deadline of a case.
struct Deadline {
    QString ruleId;
    QDateTime triggerUtc;
    QDateTime dueUtc;
    bool minimum = false; // "at least": the due time is the earliest allowed end
};

// Deadline rules of a guidance pack evaluated in local time of the pack's zone
// (Europe/Stockholm), correct across daylight-saving changes.
class DeadlineCalculator {
public:
    explicit DeadlineCalculator(QTimeZone zone = QTimeZone("Europe/Stockholm"));
    explicit DeadlineCalculator(const GuidancePack &pack);

    const QTimeZone &zone() const { return m_zone; }

    // The due time (UTC) of rule for a trigger at triggerUtc:
    // EndOfLocalDay n: 23:59:59.999 local on the n-th calendar day after the trigger's local
    // day (protection assessment: n = 1, "at the latest the day after");
    // LocalDays n: the same local time of day n calendar days later (reflection period);
    // LocalMonths n: the same local time of day n calendar months later (longer permit).
    QDateTime dueTime(const DeadlineRule &rule, const QDateTime &triggerUtc) const;

    // Status at nowUtc; completedUtc valid = the deadline was met then.
    DeadlineStatus status(const QDateTime &dueUtc, const QDateTime &nowUtc,
                          const QDateTime &completedUtc = {}) const;

    // Every rule of the pack whose trigger has happened (triggers: trigger name -> UTC time),
    // in pack order.
    QList<Deadline> evaluate(const GuidancePack &pack,
                             const QHash<QString, QDateTime> &triggers) const;

private:
    QTimeZone m_zone;
};

} // namespace lots
