#pragma once

#include <QString>

namespace lots {

// "today 14:02", "yesterday 23:40", "3 Nov 2026 08:15" in the current language.
QString formatMoment(qint64 msecsSinceEpoch);

} // namespace lots
