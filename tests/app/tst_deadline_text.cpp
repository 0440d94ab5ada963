// Deadlines in words (app/deadline_text.h), at fixed moments in Europe/Stockholm.

#include "deadline_text.h"

#include <QTest>
#include <QTimeZone>

using lots::DeadlineCalculator;
using lots::DeadlineText;

class TstDeadlineText : public QObject {
    Q_OBJECT

    const QTimeZone m_zone{"Europe/Stockholm"};
    const DeadlineCalculator m_calc{QTimeZone("Europe/Stockholm")};

    QDateTime local(int y, int mo, int d, int h, int mi) const {
        return QDateTime(QDate(y, mo, d), QTime(h, mi), m_zone).toUTC();
    }
    QString words(const QDateTime &due, const QDateTime &now, bool minimum = false) const {
        return DeadlineText::describe(m_calc.status(due, now), now, m_zone, minimum);
    }

private slots:
    void dueTodayAndTomorrow() {
        const QDateTime due = QDateTime(QDate(2026, 11, 30), QTime(23, 59, 59, 999), m_zone).toUTC();
        QCOMPARE(words(due, local(2026, 11, 29, 14, 2)), QStringLiteral("due tomorrow 23:59"));
        QCOMPARE(words(due, local(2026, 11, 30, 8, 0)), QStringLiteral("due today 23:59"));
        QCOMPARE(words(due, local(2026, 11, 30, 23, 20)), QStringLiteral("due today 23:59 (in 39 min)"));
    }

    void overdueInHoursThenDays() {
        const QDateTime due = QDateTime(QDate(2026, 11, 30), QTime(23, 59, 59, 999), m_zone).toUTC();
        QCOMPARE(words(due, local(2026, 12, 1, 3, 5)), QStringLiteral("overdue 3 h"));
        QCOMPARE(words(due, local(2026, 12, 1, 0, 30)), QStringLiteral("overdue 30 min"));
        QCOMPARE(words(due, local(2026, 12, 3, 1, 0)), QStringLiteral("overdue 2 days"));
        QCOMPARE(DeadlineText::stateKey(m_calc.status(due, local(2026, 12, 1, 3, 5)).state),
                 QStringLiteral("overdue"));
    }

    void laterDaysShowTheDate() {
        const QDateTime due = local(2026, 12, 29, 14, 2);
        QCOMPARE(words(due, local(2026, 11, 29, 14, 2)), QStringLiteral("due 29 Dec 14:02 (in 30 days)"));
        QCOMPARE(words(due, local(2026, 11, 29, 14, 2), true),
                 QStringLiteral("runs at least until 29 Dec 14:02"));
    }

    void acrossTheDaylightSavingChange() {
        // Clocks go back on 25 Oct 2026 in Stockholm: the local due time stays 23:59.
        const QDateTime due = QDateTime(QDate(2026, 10, 25), QTime(23, 59, 59, 999), m_zone).toUTC();
        QCOMPARE(words(due, local(2026, 10, 24, 22, 0)), QStringLiteral("due tomorrow 23:59"));
    }

    void met() {
        const QDateTime due = local(2026, 11, 30, 23, 59);
        const auto status = m_calc.status(due, local(2026, 12, 2, 9, 0), local(2026, 11, 30, 10, 0));
        QCOMPARE(DeadlineText::describe(status, local(2026, 12, 2, 9, 0), m_zone),
                 QStringLiteral("done on time"));
    }
};

QTEST_GUILESS_MAIN(TstDeadlineText)

#include "tst_deadline_text.moc"
