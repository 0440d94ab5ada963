#pragma once

#include "domain/deadlines.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace lots {

// Deadlines in words, computed from the status, never typed: "due today 23:59",
// "due tomorrow 23:59", "overdue 3 h", "due 29 Dec 14:02 (in 29 days)". Times are shown
// in the guidance's time zone (Europe/Stockholm), where the deadlines are defined.
class DeadlineText {
    Q_DECLARE_TR_FUNCTIONS(DeadlineText)
public:
    // minimum: an "at least" period (longer permit): "runs at least until ...".
    static QString describe(const DeadlineStatus &status, const QDateTime &nowUtc,
                            const QTimeZone &zone, bool minimum = false);
    // "overdue", "due-today", "upcoming", "met": for colour and tests (words carry meaning).
    static QString stateKey(DeadlineState state);
    // "3 h", "45 min", "2 days"
    static QString span(qint64 msecs);
};

} // namespace lots
