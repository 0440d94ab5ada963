#include "domain/acute_phase_projection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace lots {

namespace {

const char *const CreateSql = R"sql(
CREATE TABLE ap_fact (
    case_id TEXT NOT NULL,
    fact TEXT NOT NULL,
    value TEXT NOT NULL,
    stamp TEXT NOT NULL,
    event_id TEXT NOT NULL,
    PRIMARY KEY (case_id, fact)
);
CREATE TABLE ap_task_event (
    event_id TEXT PRIMARY KEY NOT NULL,
    case_id TEXT NOT NULL,
    task_id TEXT NOT NULL,
    action TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    at_msecs INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL
);
CREATE INDEX ap_task_event_by_task ON ap_task_event(case_id, task_id, hlc);
CREATE TABLE ap_report (
    event_id TEXT PRIMARY KEY NOT NULL,
    case_id TEXT NOT NULL,
    social_services TEXT NOT NULL,
    made_at INTEGER NOT NULL,
    made_by TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    device_id TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL
);
CREATE INDEX ap_report_by_case ON ap_report(case_id, hlc);
CREATE TABLE ap_placement (
    placement_id TEXT PRIMARY KEY NOT NULL,
    case_id TEXT NOT NULL,
    person_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    housing_id TEXT NOT NULL,
    placed_on TEXT NOT NULL,
    support_level TEXT NOT NULL DEFAULT '',
    staffed INTEGER NOT NULL DEFAULT 0,
    transport_accompanied INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    override_reason TEXT NOT NULL DEFAULT '',
    conflict_with TEXT NOT NULL DEFAULT '',
    device_id TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL
);
CREATE INDEX ap_placement_by_case ON ap_placement(case_id, hlc);
CREATE INDEX ap_placement_by_person ON ap_placement(person_id, hlc);
CREATE TABLE ap_placement_end (
    event_id TEXT PRIMARY KEY NOT NULL,
    placement_id TEXT NOT NULL,
    ended_on TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    device_id TEXT NOT NULL,
    hlc INTEGER NOT NULL
);
CREATE INDEX ap_placement_end_by_placement ON ap_placement_end(placement_id);
CREATE TABLE ap_case (
    case_id TEXT PRIMARY KEY NOT NULL,
    next_due INTEGER,
    next_due_rule TEXT
);
CREATE INDEX ap_case_by_due ON ap_case(next_due);
CREATE TABLE ap_seen (
    event_id TEXT PRIMARY KEY NOT NULL
);
)sql";

const char *const DropSql = R"sql(
DROP TABLE IF EXISTS ap_fact;
DROP TABLE IF EXISTS ap_task_event;
DROP TABLE IF EXISTS ap_report;
DROP TABLE IF EXISTS ap_placement;
DROP TABLE IF EXISTS ap_placement_end;
DROP TABLE IF EXISTS ap_case;
DROP TABLE IF EXISTS ap_seen;
)sql";

// Orders lexicographically like (hlc, event id).
QString stamp(const Event &e) {
    return u"%1:%2"_s.arg(e.hlc.packed(), 20, 10, QLatin1Char('0')).arg(e.eventId);
}

QByteArray compactValue(const QJsonValue &v) {
    QJsonArray wrap{v};
    const QByteArray json = QJsonDocument(wrap).toJson(QJsonDocument::Compact);
    return json.mid(1, json.size() - 2); // strip [ ]
}

} // namespace

AcutePhaseProjection::AcutePhaseProjection(const GuidancePack &pack)
    : m_pack(pack)
    , m_calc(pack) {}

const char *AcutePhaseProjection::createTablesSql() {
    return CreateSql;
}
const char *AcutePhaseProjection::dropTablesSql() {
    return DropSql;
}

bool AcutePhaseProjection::isAcuteEvent(const QString &type) {
    return type.startsWith(u"acute."_s);
}

QString AcutePhaseProjection::name() const {
    return u"acute-phase"_s;
}

void AcutePhaseProjection::reset(Database &db) {
    db.exec(DropSql);
    db.exec(CreateSql);
}

void AcutePhaseProjection::apply(Database &db, const Event &e) {
    if (!isAcuteEvent(e.type))
        return;
    db.prepare("INSERT OR IGNORE INTO ap_seen(event_id) VALUES (?)").bind(1, e.eventId).run();
    if (e.caseId.isEmpty())
        return;
    const QJsonObject p = e.payloadObject();
    const QString role = p.value(u"role"_s).toString();
    if (e.type == QLatin1String(acute_events::FactsRecorded)) {
        const QString st = stamp(e);
        for (auto it = p.begin(); it != p.end(); ++it) {
            if (it.key() == u"role"_s)
                continue;
            Statement q = db.prepare("SELECT stamp FROM ap_fact WHERE case_id = ? AND fact = ?");
            q.bind(1, e.caseId).bind(2, it.key());
            if (q.step() && q.text(0) >= st)
                continue;
            db.prepare("INSERT OR REPLACE INTO ap_fact(case_id, fact, value, stamp, event_id) "
                       "VALUES (?,?,?,?,?)")
                .bind(1, e.caseId)
                .bind(2, it.key())
                .bindText(3, compactValue(it.value()))
                .bind(4, st)
                .bind(5, e.eventId)
                .run();
        }
    } else if (e.type == QLatin1String(acute_events::TaskStatusRecorded)) {
        db.prepare("INSERT OR IGNORE INTO ap_task_event(event_id, case_id, task_id, action, "
                   "reason, note, at_msecs, device_id, role, hlc) VALUES (?,?,?,?,?,?,?,?,?,?)")
            .bind(1, e.eventId)
            .bind(2, e.caseId)
            .bind(3, p.value(u"taskId"_s).toString(u""_s))
            .bind(4, p.value(u"status"_s).toString(u""_s))
            .bind(5, p.value(u"reason"_s).toString(u""_s))
            .bind(6, p.value(u"note"_s).toString(u""_s))
            .bind(7, qint64(p.value(u"atMsecs"_s).toDouble(double(e.hlc.wallMsecs))))
            .bind(8, e.deviceId)
            .bind(9, role.isNull() ? u""_s : role)
            .bind(10, e.hlc.packed())
            .run();
    } else if (e.type == QLatin1String(acute_events::ReportOfConcernMade)) {
        db.prepare("INSERT OR IGNORE INTO ap_report(event_id, case_id, social_services, made_at, "
                   "made_by, note, device_id, role, hlc) VALUES (?,?,?,?,?,?,?,?,?)")
            .bind(1, e.eventId)
            .bind(2, e.caseId)
            .bind(3, p.value(u"socialServices"_s).toString(u""_s))
            .bind(4, qint64(p.value(u"madeAtMsecs"_s).toDouble(double(e.hlc.wallMsecs))))
            .bind(5, p.value(u"madeBy"_s).toString(u""_s))
            .bind(6, p.value(u"note"_s).toString(u""_s))
            .bind(7, e.deviceId)
            .bind(8, role.isNull() ? u""_s : role)
            .bind(9, e.hlc.packed())
            .run();
    } else if (e.type == QLatin1String(acute_events::PlacementRecorded)) {
        QStringList conflicts;
        for (const QJsonValue &v : p.value(u"conflictWith"_s).toArray())
            conflicts << v.toString();
        db.prepare("INSERT OR IGNORE INTO ap_placement(placement_id, case_id, person_id, kind, "
                   "housing_id, placed_on, support_level, staffed, transport_accompanied, note, "
                   "override_reason, conflict_with, device_id, role, hlc) "
                   "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
            .bind(1, e.eventId)
            .bind(2, e.caseId)
            .bind(3, p.value(u"personId"_s).toString(u""_s))
            .bind(4, p.value(u"kind"_s).toString(u"other"_s))
            .bind(5, p.value(u"housingId"_s).toString(u""_s))
            .bind(6, p.value(u"placedOn"_s).toString(u""_s))
            .bind(7, p.value(u"supportLevel"_s).toString(u""_s))
            .bind(8, qint64(p.value(u"staffedAroundTheClock"_s).toBool() ? 1 : 0))
            .bind(9, qint64(p.value(u"transportAccompanied"_s).toBool() ? 1 : 0))
            .bind(10, p.value(u"note"_s).toString(u""_s))
            .bind(11, p.value(u"overrideReason"_s).toString(u""_s))
            .bind(12, conflicts.isEmpty() ? u""_s : conflicts.join(u','))
            .bind(13, e.deviceId)
            .bind(14, role.isNull() ? u""_s : role)
            .bind(15, e.hlc.packed())
            .run();
    } else if (e.type == QLatin1String(acute_events::PlacementEnded)) {
        db.prepare("INSERT OR IGNORE INTO ap_placement_end(event_id, placement_id, ended_on, "
                   "reason, device_id, hlc) VALUES (?,?,?,?,?,?)")
            .bind(1, e.eventId)
            .bind(2, p.value(u"placementId"_s).toString(u""_s))
            .bind(3, p.value(u"endedOn"_s).toString(u""_s))
            .bind(4, p.value(u"reason"_s).toString(u""_s))
            .bind(5, e.deviceId)
            .bind(6, e.hlc.packed())
            .run();
    }
    db.prepare("INSERT OR IGNORE INTO ap_case(case_id) VALUES (?)").bind(1, e.caseId).run();
    refreshCase(db, e.caseId);
}

QHash<QString, QDateTime> AcutePhaseProjection::triggers(Database &db, const QString &caseId) {
    QHash<QString, QDateTime> out;
    Statement q = db.prepare("SELECT fact, value FROM ap_fact WHERE case_id = ? AND fact IN "
                             "('reportOfConcernReceived', 'reflectionPeriodStarted', "
                             "'decidedToTakePart')");
    q.bind(1, caseId);
    while (q.step()) {
        const QByteArray value = q.textUtf8(1);
        bool ok = false;
        const qint64 ms = value.toLongLong(&ok);
        if (!ok) {
            // Stored as a JSON number: may be written as a double ("1.7e12").
            const double d = value.toDouble(&ok);
            if (!ok)
                continue;
            out.insert(q.text(0), QDateTime::fromMSecsSinceEpoch(qint64(d), Qt::UTC));
            continue;
        }
        out.insert(q.text(0), QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
    }
    return out;
}

QDateTime AcutePhaseProjection::completion(Database &db, const QString &caseId,
                                           const QString &ruleId) {
    if (ruleId == u"protection-assessment"_s) {
        Statement q = db.prepare("SELECT action, at_msecs FROM ap_task_event WHERE case_id = ? "
                                 "AND task_id = ? ORDER BY hlc DESC, event_id DESC LIMIT 1");
        q.bind(1, caseId).bind(2, QString::fromLatin1(ProtectionAssessmentTaskId));
        if (q.step() && q.text(0) != u"reopened"_s)
            return QDateTime::fromMSecsSinceEpoch(q.int64(1), Qt::UTC);
        return {};
    }
    if (ruleId == u"reflection-period"_s)
        return triggers(db, caseId).value(QString::fromLatin1(acute_facts::DecidedToTakePart));
    return {};
}

void AcutePhaseProjection::refreshCase(Database &db, const QString &caseId) const {
    const QList<Deadline> all = m_calc.evaluate(m_pack, triggers(db, caseId));
    std::optional<Deadline> first;
    for (const Deadline &d : all) {
        if (completion(db, caseId, d.ruleId).isValid())
            continue;
        if (!first || d.dueUtc < first->dueUtc)
            first = d;
    }
    Statement q =
        db.prepare("UPDATE ap_case SET next_due = ?, next_due_rule = ? WHERE case_id = ?");
    if (first)
        q.bind(1, first->dueUtc.toMSecsSinceEpoch()).bind(2, first->ruleId);
    else
        q.bindNull(1).bindNull(2);
    q.bind(3, caseId).run();
}

} // namespace lots
