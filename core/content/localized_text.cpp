#include "content/localized_text.h"

namespace lots {

QString LocalizedText::text(QStringView language) const {
    const bool wantEnglish = language.startsWith(u"en", Qt::CaseInsensitive);
    const QString &first = wantEnglish ? en : sv;
    const QString &second = wantEnglish ? sv : en;
    return first.isEmpty() ? second : first;
}

} // namespace lots
