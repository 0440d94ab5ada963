#include "domain/protection.h"

using namespace Qt::StringLiterals;

namespace lots {

Protection::Protection(FieldContext &context)
    : m_ctx(context) {}

bool Protection::isProtected(const QString &itemId) const {
    const auto row = m_ctx.record(itemId);
    return row && row->isProtected;
}

int Protection::protectedCount(const QString &caseId) const {
    Statement q =
        m_ctx.db.prepare("SELECT count(*) FROM fd_record WHERE protected = 1 AND case_id = ?");
    q.bind(1, caseId);
    return q.step() ? int(q.int64(0)) : 0;
}

RevealedItem Protection::revealedOf(const RecordRow &row) const {
    RevealedItem r;
    r.itemId = row.recordId;
    r.caseId = row.caseId;
    r.kind = row.kind;
    r.personId = row.personId;
    r.keywordId = m_ctx.maskKeyword(row);
    r.keywordLabel = r.keywordId.isEmpty() ? QString() : m_ctx.keywordLabel(r.keywordId);
    r.content = row.data;
    r.history = m_ctx.history(row, true);
    return r;
}

std::optional<RevealedItem> Protection::reveal(const QString &itemId) {
    const auto row = m_ctx.record(itemId);
    if (!row)
        return std::nullopt;
    if (row->isProtected)
        m_ctx.recordReveal(row->caseId, u"item"_s, row->recordId, recordKindKey(row->kind));
    return revealedOf(*row);
}

QList<RevealedItem> Protection::revealCase(const QString &caseId) {
    QList<RevealedItem> out;
    if (caseId.isEmpty())
        return out;
    const QList<RecordRow> rows = m_ctx.protectedRecords(caseId);
    m_ctx.recordReveal(caseId, u"case"_s, {}, {});
    for (const RecordRow &r : rows)
        out.append(revealedOf(r));
    return out;
}

QList<AuditEntry> Protection::auditLog(const QString &caseId) const {
    QList<AuditEntry> out;
    Statement q = caseId.isEmpty()
                      ? m_ctx.db.prepare("SELECT event_id, case_id, device_id, role, hlc, action, "
                                         "scope, item_id, item_kind, query_length, hits "
                                         "FROM fd_audit ORDER BY hlc DESC, event_id DESC")
                      : m_ctx.db.prepare("SELECT event_id, case_id, device_id, role, hlc, action, "
                                         "scope, item_id, item_kind, query_length, hits "
                                         "FROM fd_audit WHERE case_id = ? "
                                         "ORDER BY hlc DESC, event_id DESC");
    if (!caseId.isEmpty())
        q.bind(1, caseId);
    while (q.step()) {
        AuditEntry a;
        a.eventId = q.text(0);
        a.caseId = q.isNull(1) ? QString() : q.text(1);
        a.deviceId = q.text(2);
        a.role = q.text(3);
        a.hlc = Hlc::unpack(q.int64(4));
        a.atMsecs = a.hlc.wallMsecs;
        a.action = q.text(5);
        a.scope = q.text(6);
        a.itemId = q.isNull(7) ? QString() : q.text(7);
        a.itemKind = q.isNull(8) ? QString() : q.text(8);
        if (!q.isNull(9))
            a.queryLength = int(q.int64(9));
        if (!q.isNull(10))
            a.hits = int(q.int64(10));
        out.append(a);
    }
    return out;
}

} // namespace lots
