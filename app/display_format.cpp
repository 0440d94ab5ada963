#include "display_format.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace lots {

QString formatMoment(qint64 msecsSinceEpoch) {
    if (msecsSinceEpoch <= 0)
        return QCoreApplication::translate("lots::DisplayFormat", "unknown time");
    const QDateTime moment = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch);
    const QDate today = QDate::currentDate();
    const QLocale locale;
    const QString time = locale.toString(moment.time(), QStringLiteral("HH:mm"));
    if (moment.date() == today)
        return QCoreApplication::translate("lots::DisplayFormat", "today %1").arg(time);
    if (moment.date() == today.addDays(-1))
        return QCoreApplication::translate("lots::DisplayFormat", "yesterday %1").arg(time);
    return locale.toString(moment, QStringLiteral("d MMM yyyy HH:mm"));
}

} // namespace lots
