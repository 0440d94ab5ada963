#include "domain/case_service.h"

#include "domain/case_list_projection.h"
#include "journal/journal.h"
#include "store/database.h"

#include <QJsonObject>
#include <QUuid>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace lots {

namespace {
#define LOTS_CASE_COLUMNS                                                                          \
    "case_id, reference, opened_at, opened_by_device, last_change_hlc, event_count"

CaseSummary readSummary(const Statement &q) {
    CaseSummary s;
    s.caseId = q.text(0);
    s.reference = q.text(1);
    s.openedAtMsecs = q.isNull(2) ? 0 : q.int64(2);
    s.openedByDevice = q.isNull(3) ? QString() : q.text(3);
    s.lastChangeMsecs = Hlc::unpack(q.int64(4)).wallMsecs;
    s.eventCount = int(q.int64(5));
    return s;
}
// Resets a cached statement however the scope is left.
struct ResetGuard {
    Statement &statement;
    ~ResetGuard() { statement.reset(); }
};

} // namespace

struct CaseService::Private {
    Private(Database &database, Journal &j)
        : db(database)
        , journal(j) {
        // Prepared once; SQLite re-prepares them itself if a projection rebuild recreates
        // the table.
        openedEvent = db.prepare("SELECT opened_event_id FROM cases WHERE case_id = ? AND "
                                 "opened_event_id IS NOT NULL");
        list = db.prepare("SELECT " LOTS_CASE_COLUMNS " FROM cases "
                          "WHERE opened_event_id IS NOT NULL "
                          "ORDER BY last_change_hlc DESC, case_id LIMIT ? OFFSET ?");
        get = db.prepare("SELECT " LOTS_CASE_COLUMNS " FROM cases "
                         "WHERE case_id = ? AND opened_event_id IS NOT NULL");
        count = db.prepare("SELECT count(*) FROM cases WHERE opened_event_id IS NOT NULL");
    }
    Database &db;
    Journal &journal;
    Statement openedEvent;
    Statement list;
    Statement get;
    Statement count;
};

CaseService::CaseService(Database &db, Journal &journal)
    : d(std::make_unique<Private>(db, journal)) {}

CaseService::~CaseService() = default;

QString CaseService::openCase(qint64 openedAtMsecs, const QString &reference,
                              const std::optional<Position> &position) {
    NewEvent e;
    e.caseId = QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
    e.type = QLatin1String(CaseListProjection::OpenedType);
    e.payload.insert(u"openedAt"_s, QJsonValue(openedAtMsecs));
    e.payload.insert(u"reference"_s, reference.trimmed());
    e.position = position;
    d->journal.append(e);
    return e.caseId;
}

void CaseService::amendReference(const QString &caseId, const QString &reference) {
    QString openedEventId;
    {
        ResetGuard guard{d->openedEvent};
        d->openedEvent.bind(1, caseId);
        if (d->openedEvent.step())
            openedEventId = d->openedEvent.text(0);
    }
    if (openedEventId.isEmpty())
        throw std::invalid_argument("amendReference: no such case");
    NewEvent e;
    e.caseId = caseId;
    e.type = QLatin1String(CaseListProjection::AmendedType);
    e.payload.insert(u"reference"_s, reference.trimmed());
    e.amends = openedEventId;
    d->journal.append(e);
}

QList<CaseSummary> CaseService::list(int limit, int offset) const {
    Statement &q = d->list;
    ResetGuard guard{q};
    q.bind(1, qint64(limit < 0 ? -1 : limit)).bind(2, qint64(offset < 0 ? 0 : offset));
    QList<CaseSummary> out;
    if (limit > 0)
        out.reserve(limit);
    while (q.step())
        out.append(readSummary(q));
    return out;
}

std::optional<CaseSummary> CaseService::get(const QString &caseId) const {
    Statement &q = d->get;
    ResetGuard guard{q};
    q.bind(1, caseId);
    if (!q.step())
        return std::nullopt;
    return readSummary(q);
}

int CaseService::count() const {
    Statement &q = d->count;
    ResetGuard guard{q};
    return q.step() ? int(q.int64(0)) : 0;
}

} // namespace lots
