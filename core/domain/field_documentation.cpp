#include "domain/field_documentation.h"

#include "store/session.h"

using namespace Qt::StringLiterals;

namespace lots {

FieldDocumentation::FieldDocumentation(Database &db, Journal &journal,
                                       const IndicatorCatalogue &indicators,
                                       const KeywordCatalogue &keywords, const QString &deviceId,
                                       const QString &roleKey)
    : m_ctx(db, journal, indicators, keywords, deviceId, roleKey)
    , m_persons(m_ctx)
    , m_signs(m_ctx)
    , m_notes(m_ctx)
    , m_injuries(m_ctx)
    , m_kits(m_ctx)
    , m_protection(m_ctx)
    , m_search(m_ctx)
    , m_overview(m_ctx) {
    journal.addProjection(&m_projection);
    if (!isUpToDate())
        rebuild();
}

FieldDocumentation::FieldDocumentation(Session &session, const IndicatorCatalogue &indicators,
                                       const KeywordCatalogue &keywords)
    : FieldDocumentation(session.database(), session.journal(), indicators, keywords,
                         session.device().deviceId, roleKey(session.device().role)) {}

FieldDocumentation::~FieldDocumentation() = default;

bool FieldDocumentation::isUpToDate() const {
    Statement q =
        m_ctx.db.prepare("SELECT event_id, substr(type, 1, instr(type, '.')) AS area FROM events "
                         "WHERE area IN ('person.', 'sign.', 'note.', 'injury.', 'kit.', 'audit.') "
                         "ORDER BY local_seq DESC LIMIT 1");
    if (!q.step())
        return true;
    const QString last = q.text(0);
    Statement h = m_ctx.db.prepare("SELECT 1 FROM fd_history WHERE event_id = ?1 UNION ALL "
                                   "SELECT 1 FROM fd_audit WHERE event_id = ?1");
    h.bind(1, last);
    return h.step();
}

void FieldDocumentation::rebuild() {
    Transaction tx(m_ctx.db);
    m_projection.reset(m_ctx.db);
    for (const Event &e : m_ctx.journal.allEvents())
        m_projection.apply(m_ctx.db, e);
    tx.commit();
}

} // namespace lots
