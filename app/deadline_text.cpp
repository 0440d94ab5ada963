#include "deadline_text.h"

#include <QLocale>

namespace lots {

namespace {
constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;
} // namespace

QString DeadlineText::span(qint64 msecs) {
    const qint64 ms = msecs < 0 ? -msecs : msecs;
    if (ms < HourMs)
        return tr("%n min", nullptr, int(std::max<qint64>(1, ms / MinuteMs)));
    if (ms < 2 * DayMs)
        return tr("%n h", nullptr, int(ms / HourMs));
    return tr("%n days", nullptr, int(ms / DayMs));
}

QString DeadlineText::stateKey(DeadlineState state) {
    switch (state) {
    case DeadlineState::Upcoming:
        return QStringLiteral("upcoming");
    case DeadlineState::DueToday:
        return QStringLiteral("due-today");
    case DeadlineState::Overdue:
        return QStringLiteral("overdue");
    case DeadlineState::Met:
        return QStringLiteral("met");
    }
    return {};
}

QString DeadlineText::describe(const DeadlineStatus &status, const QDateTime &nowUtc,
                               const QTimeZone &zone, bool minimum) {
    const QLocale locale;
    const QDateTime due = status.dueUtc.toTimeZone(zone);
    const QDate today = nowUtc.toTimeZone(zone).date();
    const QString time = locale.toString(due.time(), QStringLiteral("HH:mm"));
    const QString dayAndTime = locale.toString(due, due.date().year() == today.year()
                                                        ? QStringLiteral("d MMM HH:mm")
                                                        : QStringLiteral("d MMM yyyy HH:mm"));
    const qint64 left = nowUtc.msecsTo(status.dueUtc);

    if (minimum) {
        if (status.state == DeadlineState::Met)
            return tr("done");
        return tr("runs at least until %1").arg(dayAndTime);
    }
    switch (status.state) {
    case DeadlineState::Met:
        return status.metOnTime ? tr("done on time") : tr("done, after the deadline");
    case DeadlineState::Overdue:
        return tr("overdue %1").arg(span(left));
    case DeadlineState::DueToday:
        if (left < HourMs)
            return tr("due today %1 (in %2)").arg(time, span(left));
        return tr("due today %1").arg(time);
    case DeadlineState::Upcoming:
        if (due.date() == today.addDays(1))
            return tr("due tomorrow %1").arg(time);
        return tr("due %1 (in %2)").arg(dayAndTime, span(left));
    }
    return {};
}

} // namespace lots
