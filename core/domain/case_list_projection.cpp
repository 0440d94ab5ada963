#include "domain/case_list_projection.h"

#include "store/database.h"

#include <QHash>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lots {

const char *CaseListProjection::createTablesSql() {
    return R"sql(
CREATE TABLE cases (
    case_id TEXT PRIMARY KEY NOT NULL,
    reference TEXT NOT NULL DEFAULT '',
    reference_hlc INTEGER NOT NULL DEFAULT 0,       -- stamp of the event that set reference
    reference_event_id TEXT NOT NULL DEFAULT '',    -- tie-break for equal stamps
    opened_at INTEGER,                              -- payload openedAt (epoch ms)
    opened_by_device TEXT,
    opened_event_id TEXT,                           -- NULL until case.opened is known
    opened_hlc INTEGER,
    last_change_hlc INTEGER NOT NULL DEFAULT 0,     -- max stamp of the case's events
    event_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX cases_by_change ON cases(last_change_hlc DESC, case_id);
)sql";
}

QString CaseListProjection::name() const {
    return u"cases"_s;
}

void CaseListProjection::release() {
    m_ensure = Statement();
    m_touch = Statement();
    m_open = Statement();
    m_reference = Statement();
    m_preparedFor = nullptr;
}

void CaseListProjection::prepare(Database &db) {
    if (m_preparedFor == &db)
        return;
    release();
    m_ensure = db.prepare("INSERT OR IGNORE INTO cases(case_id) VALUES (?)");
    m_touch = db.prepare("UPDATE cases SET event_count = event_count + ?, "
                         "last_change_hlc = max(last_change_hlc, ?) WHERE case_id = ?");
    m_open = db.prepare("UPDATE cases SET opened_at = ?, opened_by_device = ?, "
                        "opened_event_id = ?, opened_hlc = ? WHERE case_id = ? AND "
                        "(opened_event_id IS NULL OR opened_hlc > ? OR "
                        "(opened_hlc = ? AND opened_event_id > ?))");
    m_reference = db.prepare("UPDATE cases SET reference = ?, reference_hlc = ?, "
                             "reference_event_id = ? WHERE case_id = ? AND (reference_hlc < ? OR "
                             "(reference_hlc = ? AND reference_event_id < ?))");
    m_preparedFor = &db;
}

void CaseListProjection::reset(Database &db) {
    release(); // no statement may hold the table while it is dropped
    db.exec("DROP TABLE IF EXISTS cases");
    db.exec(createTablesSql());
}

void CaseListProjection::apply(Database &db, const Event &event) {
    applyBatch(db, QList<Event>{event});
}

void CaseListProjection::applyBatch(Database &db, const QList<Event> &events) {
    prepare(db);
    // Event count and latest stamp fold per case (sum and max), so the order of the
    // touches does not matter; opening and reference keep their own per-event rules.
    struct Touch {
        qint64 count = 0;
        qint64 latest = 0;
    };
    QHash<QString, Touch> touches;
    for (const Event &event : events) {
        if (event.caseId.isEmpty())
            continue;
        Touch &t = touches[event.caseId];
        ++t.count;
        t.latest = std::max(t.latest, event.hlc.packed());
    }
    for (auto it = touches.cbegin(); it != touches.cend(); ++it) {
        m_ensure.bind(1, it.key()).run();
        m_touch.bind(1, it->count).bind(2, it->latest).bind(3, it.key()).run();
    }
    for (const Event &event : events) {
        if (!event.caseId.isEmpty())
            applyRecord(event);
    }
}

void CaseListProjection::applyRecord(const Event &event) {
    const qint64 stamp = event.hlc.packed();

    const bool opened = event.type == QLatin1String(OpenedType);
    const bool amended = event.type == QLatin1String(AmendedType);
    if (!opened && !amended)
        return;
    const QJsonObject payload = event.payloadObject();
    if (opened) {
        m_open.bind(1, payload.value(u"openedAt"_s).toInteger(0))
            .bind(2, event.deviceId)
            .bind(3, event.eventId)
            .bind(4, stamp)
            .bind(5, event.caseId)
            .bind(6, stamp)
            .bind(7, stamp)
            .bind(8, event.eventId)
            .run();
    }
    if (payload.contains(u"reference"_s)) {
        m_reference.bind(1, payload.value(u"reference"_s).toString())
            .bind(2, stamp)
            .bind(3, event.eventId)
            .bind(4, event.caseId)
            .bind(5, stamp)
            .bind(6, stamp)
            .bind(7, event.eventId)
            .run();
    }
}

} // namespace lots
