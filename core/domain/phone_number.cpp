#include "domain/phone_number.h"

#include <QStringList>

namespace lots::phone_number {

namespace {

const QStringList &shortNumbers() {
    static const QStringList list{QStringLiteral("112"), QStringLiteral("11414"),
                                  QStringLiteral("1177"), QStringLiteral("11313")};
    return list;
}

bool allDigits(QStringView s) {
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !s.isEmpty();
}

// Swedish two-digit area codes (after the trunk 0), besides 08 and the 07x/020 series.
const QStringList &twoDigitAreaCodes() {
    static const QStringList list{QStringLiteral("10"), QStringLiteral("11"), QStringLiteral("13"),
                                  QStringLiteral("16"), QStringLiteral("18"), QStringLiteral("19"),
                                  QStringLiteral("21"), QStringLiteral("23"), QStringLiteral("26"),
                                  QStringLiteral("31"), QStringLiteral("33"), QStringLiteral("35"),
                                  QStringLiteral("36"), QStringLiteral("40"), QStringLiteral("42"),
                                  QStringLiteral("44"), QStringLiteral("46"), QStringLiteral("54"),
                                  QStringLiteral("60"), QStringLiteral("63"), QStringLiteral("90")};
    return list;
}

// Groups a Swedish subscriber number the way it is written: 5 "xxx xx", 6 "xx xx xx",
// 7 "xxx xx xx", 8 "xxx xxx xx".
QString groupSubscriber(const QString &s) {
    QList<int> sizes;
    switch (s.size()) {
    case 4:
        sizes = {2, 2};
        break;
    case 5:
        sizes = {3, 2};
        break;
    case 6:
        sizes = {2, 2, 2};
        break;
    case 7:
        sizes = {3, 2, 2};
        break;
    case 8:
        sizes = {3, 3, 2};
        break;
    default:
        return s;
    }
    QStringList parts;
    qsizetype at = 0;
    for (int n : sizes) {
        parts.append(s.mid(at, n));
        at += n;
    }
    return parts.join(u' ');
}

} // namespace

bool isE164(const QString &stored) {
    if (stored.size() < 9 || stored.size() > 16 || !stored.startsWith(u'+'))
        return false;
    const QStringView digits = QStringView(stored).mid(1);
    return allDigits(digits) && digits.front() != u'0';
}

bool isShortNumber(const QString &stored) {
    return shortNumbers().contains(stored);
}

bool isValidStored(const QString &stored) {
    return isE164(stored) || isShortNumber(stored);
}

std::optional<QString> toStored(const QString &input) {
    QString s;
    for (QChar c : input) {
        if (c == u' ' || c == u'-' || c == u'(' || c == u')' || c == u'.' || c == u'\u00a0')
            continue;
        s.append(c);
    }
    if (s.isEmpty())
        return std::nullopt;
    if (s.startsWith(QLatin1String("00")))
        s = u'+' + s.mid(2);
    if (s.startsWith(u'+')) {
        // "+46 (0)8 ..." written with the trunk zero.
        if (s.startsWith(QLatin1String("+460")))
            s.remove(3, 1);
    } else {
        if (!allDigits(s))
            return std::nullopt;
        if (isShortNumber(s))
            return s;
        if (!s.startsWith(u'0') || s.startsWith(QLatin1String("00")))
            return std::nullopt;
        s = QStringLiteral("+46") + s.mid(1);
    }
    if (!isE164(s))
        return std::nullopt;
    return s;
}

QString toDisplay(const QString &stored) {
    if (isShortNumber(stored))
        return stored.size() == 5 ? groupSubscriber(stored) : stored;
    if (!isE164(stored))
        return stored;
    if (!stored.startsWith(QLatin1String("+46")))
        return stored;
    const QString national = stored.mid(3); // without the trunk 0
    if (national.size() < 6)
        return stored;
    qsizetype areaLength = 3; // default: 0 + three digits, e.g. 0120
    if (national.startsWith(u'8'))
        areaLength = 1;
    else if (national.startsWith(u'7') || national.startsWith(QLatin1String("20")))
        areaLength = 2; // 07x mobile and 077/078, 020 free-phone
    else if (national.startsWith(QLatin1String("900")) ||
             national.startsWith(QLatin1String("939")) || national.startsWith(QLatin1String("944")))
        areaLength = 3; // 0900, 0939, 0944
    else if (twoDigitAreaCodes().contains(national.left(2)))
        areaLength = 2;
    const QString area = u'0' + national.left(areaLength);
    const QString subscriber = national.mid(areaLength);
    return area + u'-' + groupSubscriber(subscriber);
}

QString telUri(const QString &stored) {
    if (!isValidStored(stored))
        return {};
    return QStringLiteral("tel:") + stored;
}

} // namespace lots::phone_number
