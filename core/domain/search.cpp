#include "domain/search.h"

using namespace Qt::StringLiterals;

namespace lots {

namespace {

QString snippetAround(const QString &text, const QString &term) {
    const int at = text.indexOf(term, 0, Qt::CaseInsensitive);
    if (at < 0)
        return text.left(80);
    const int from = qMax(0, at - 30);
    const int to = qMin(int(text.size()), at + int(term.size()) + 30);
    QString s = text.mid(from, at - from) + u'[' + text.mid(at, term.size()) + u']' +
                text.mid(at + term.size(), to - at - term.size());
    s.replace(u'\n', u' ');
    if (from > 0)
        s.prepend(QChar(0x2026));
    if (to < text.size())
        s.append(QChar(0x2026));
    return s;
}

} // namespace

Search::Search(FieldContext &context)
    : m_ctx(context) {}

QStringList Search::terms(const QString &query) {
    QStringList out;
    QString current;
    for (const QChar c : query) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            out << current.toLower();
            current.clear();
        }
    }
    if (!current.isEmpty())
        out << current.toLower();
    out.removeDuplicates();
    return out;
}

QString Search::matchExpression(const QString &query) {
    QStringList parts;
    for (const QString &t : terms(query))
        parts << t + u'*';
    return parts.join(u' ');
}

QList<SearchHit> Search::run(const QString &caseId, const QString &query, int limit) const {
    QList<SearchHit> out;
    const QString match = matchExpression(query);
    if (match.isEmpty())
        return out;
    // protected = 0 is checked again here: the index never holds protected text, and a
    // result never names a protected record even if it somehow did.
    const char *sqlAll = "SELECT r.case_id, r.record_id, r.kind, r.person_id, "
                         "snippet(fd_fts, '[', ']', '\xE2\x80\xA6', -1, 12) "
                         "FROM fd_fts JOIN fd_record r ON r.row_id = fd_fts.docid "
                         "WHERE fd_fts MATCH ? AND r.protected = 0 "
                         "ORDER BY r.updated_hlc DESC LIMIT ?";
    const char *sqlCase = "SELECT r.case_id, r.record_id, r.kind, r.person_id, "
                          "snippet(fd_fts, '[', ']', '\xE2\x80\xA6', -1, 12) "
                          "FROM fd_fts JOIN fd_record r ON r.row_id = fd_fts.docid "
                          "WHERE fd_fts MATCH ? AND r.protected = 0 AND r.case_id = ? "
                          "ORDER BY r.updated_hlc DESC LIMIT ?";
    Statement q = m_ctx.db.prepare(caseId.isEmpty() ? sqlAll : sqlCase);
    q.bind(1, match);
    if (caseId.isEmpty()) {
        q.bind(2, qint64(limit));
    } else {
        q.bind(2, caseId).bind(3, qint64(limit));
    }
    while (q.step()) {
        SearchHit h;
        h.caseId = q.text(0);
        h.itemId = q.text(1);
        h.kind = recordKindFromKey(q.text(2)).value_or(RecordKind::Note);
        h.personId = q.isNull(3) ? QString() : q.text(3);
        h.snippet = q.text(4);
        out.append(h);
    }
    return out;
}

QList<SearchHit> Search::search(const QString &query, int limit) const {
    return run({}, query, limit);
}

QList<SearchHit> Search::searchCase(const QString &caseId, const QString &query, int limit) const {
    if (caseId.isEmpty())
        return {};
    return run(caseId, query, limit);
}

QList<SearchHit> Search::searchProtected(const QString &query, const QString &caseId, int limit) {
    QList<SearchHit> out;
    const QStringList words = terms(query);
    if (!words.isEmpty()) {
        for (const RecordRow &r : m_ctx.protectedRecords(caseId)) {
            if (out.size() >= limit)
                break;
            const QString text = FieldRecordsProjection::searchableText(r.kind, r.data);
            const QString folded = text.toLower();
            bool all = true;
            for (const QString &w : words) {
                if (!folded.contains(w)) {
                    all = false;
                    break;
                }
            }
            if (!all)
                continue;
            SearchHit h;
            h.caseId = r.caseId;
            h.itemId = r.recordId;
            h.kind = r.kind;
            h.personId = r.personId;
            h.snippet = snippetAround(text, words.first());
            h.isProtected = true;
            out.append(h);
        }
    }
    NewEvent e;
    e.caseId = caseId;
    e.type = QLatin1String(field_events::AuditSearchedProtected);
    e.payload = QJsonObject{{u"scope"_s, caseId.isEmpty() ? u"all"_s : u"case"_s},
                            {u"role"_s, m_ctx.roleKey},
                            {u"queryLength"_s, int(query.size())},
                            {u"hits"_s, int(out.size())}};
    m_ctx.append(e);
    return out;
}

} // namespace lots
