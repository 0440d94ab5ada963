#pragma once

#include "domain/field_records.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace lots {

struct SearchHit {
    QString caseId;
    QString itemId;
    RecordKind kind = RecordKind::Note;
    QString personId;
    QString snippet;          // matched words in [brackets]
    bool isProtected = false; // true only in results of searchProtected()
};

// Full-text search across cases. The normal search reads the FTS4 index fd_fts, which the
// projection fills with NON-protected text only. Protected text is searched only by
// searchProtected(), in memory, after a reveal; it records audit.searched_protected with
// the length of the query, never the query itself.
class Search {
    Q_DECLARE_TR_FUNCTIONS(Search)
public:
    static constexpr int DefaultLimit = 50;

    explicit Search(FieldContext &context);

    // The words of a query (letters and digits, lower-cased).
    static QStringList terms(const QString &query);
    // A safe FTS4 MATCH expression: every term as a prefix, all required. Empty when the
    // query has nothing to search for.
    static QString matchExpression(const QString &query);

    QList<SearchHit> search(const QString &query, int limit = DefaultLimit) const;
    QList<SearchHit> searchCase(const QString &caseId, const QString &query,
                                int limit = DefaultLimit) const;
    // Protected items only, clear snippets. The caller has checked the passcode. Empty
    // caseId: every case. Records one audit.searched_protected (also when nothing matches).
    QList<SearchHit> searchProtected(const QString &query, const QString &caseId = {},
                                     int limit = DefaultLimit);

private:
    QList<SearchHit> run(const QString &caseId, const QString &query, int limit) const;
    FieldContext &m_ctx;
};

} // namespace lots
