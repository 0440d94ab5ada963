#pragma once

#include "content/localized_text.h"

#include <QList>
#include <QString>

namespace lots {

// A note keyword (sökord). Notes with a protected keyword are masked by default.
struct Keyword {
    QString id; // stable, e.g. "sexual-violence"
    bool isProtected = false;
    LocalizedText label;
    LocalizedText help;
};

// The note keyword catalogue (keywords.json).
class KeywordCatalogue {
public:
    static constexpr int kFormat = 1;

    static ContentResult<KeywordCatalogue> load(const QString &path);
    static ContentResult<KeywordCatalogue> loadShipped();

    int format() const { return m_format; }
    QString contentVersion() const { return m_contentVersion; }
    const LocalizedText &source() const { return m_source; }
    const LocalizedText &protectedNote() const { return m_protectedNote; }
    const QList<Keyword> &keywords() const { return m_keywords; }
    const Keyword *find(const QString &id) const;
    bool isProtected(const QString &id) const; // unknown ids count as protected
    QList<Keyword> protectedKeywords() const;

private:
    int m_format = 0;
    QString m_contentVersion;
    LocalizedText m_source;
    LocalizedText m_protectedNote;
    QList<Keyword> m_keywords;
};

} // namespace lots
