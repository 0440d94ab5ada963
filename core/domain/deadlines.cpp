#include "domain/deadlines.h"

#include <cstdlib>

namespace lots {

DeadlineCalculator::DeadlineCalculator(QTimeZone zone)
    : m_zone(std::move(zone)) {}

DeadlineCalculator::DeadlineCalculator(const GuidancePack &pack)
    : m_zone(QTimeZone(pack.timeZone().toUtf8())) {
    if (!m_zone.isValid())
        m_zone = QTimeZone("Europe/Stockholm");
}

QDateTime DeadlineCalculator::dueTime(const DeadlineRule &rule, const QDateTime &triggerUtc) const {
    if (!triggerUtc.isValid())
        return {};
    const QDateTime local = triggerUtc.toTimeZone(m_zone);
    QDateTime due;
    switch (rule.kind) {
    case DeadlineRuleKind::EndOfLocalDay:
        due = QDateTime(local.date().addDays(rule.amount), QTime(23, 59, 59, 999), m_zone);
        break;
    case DeadlineRuleKind::LocalDays:
        due = local.addDays(rule.amount);
        break;
    case DeadlineRuleKind::LocalMonths:
        due = local.addMonths(rule.amount);
        break;
    }
    return due.toUTC();
}

DeadlineStatus DeadlineCalculator::status(const QDateTime &dueUtc, const QDateTime &nowUtc,
                                          const QDateTime &completedUtc) const {
    DeadlineStatus s;
    s.dueUtc = dueUtc.toUTC();
    s.dueLocal = dueUtc.toTimeZone(m_zone);
    s.msecsLeft = nowUtc.msecsTo(dueUtc);
    const qint64 abs = std::llabs(s.msecsLeft);
    s.totalMinutes = abs / 60000;
    s.totalHours = abs / 3600000;
    s.days = abs / 86400000;
    s.hours = static_cast<int>((abs / 3600000) % 24);
    s.minutes = static_cast<int>((abs / 60000) % 60);
    if (completedUtc.isValid()) {
        s.state = DeadlineState::Met;
        s.metOnTime = completedUtc <= dueUtc;
    } else if (s.msecsLeft < 0) {
        s.state = DeadlineState::Overdue;
    } else if (nowUtc.toTimeZone(m_zone).date() == s.dueLocal.date()) {
        s.state = DeadlineState::DueToday;
    } else {
        s.state = DeadlineState::Upcoming;
    }
    return s;
}

QList<Deadline> DeadlineCalculator::evaluate(const GuidancePack &pack,
                                             const QHash<QString, QDateTime> &triggers) const {
    QList<Deadline> out;
    for (const DeadlineRule &rule : pack.deadlines()) {
        const QDateTime trigger = triggers.value(rule.trigger);
        if (!trigger.isValid())
            continue;
        out.append({rule.id, trigger.toUTC(), dueTime(rule, trigger), rule.minimum});
    }
    return out;
}

} // namespace lots
