#include "dialer.h"

#include <QDesktopServices>
#include <QRegularExpression>

namespace lots::platform {

bool Dialer::isAllowed(const QUrl &url) {
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme();
    const QString path = url.path();
    if (scheme == QLatin1String("tel")) {
        static const QRegularExpression number(QStringLiteral("^\\+?[0-9]{2,15}$"));
        return number.match(path).hasMatch();
    }
    if (scheme == QLatin1String("mailto")) {
        static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        return address.match(path).hasMatch();
    }
    return false;
}

bool SystemDialer::open(const QUrl &url) {
    if (!isAllowed(url))
        return false;
    return QDesktopServices::openUrl(url);
}

} // namespace lots::platform
