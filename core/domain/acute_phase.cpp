#include "domain/acute_phase.h"

#include "domain/field_documentation.h"
#include "domain/persons.h"
#include "domain/phone_number.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace lots {

namespace {

constexpr qint64 FutureToleranceMsecs = 5 * 60 * 1000;

template <typename E> struct KeyName {
    E value;
    const char *key;
};

constexpr KeyName<InvestigationLead> LeadKeys[] = {
    {InvestigationLead::None, "none"},
    {InvestigationLead::Police, "police"},
    {InvestigationLead::Prosecutor, "prosecutor"},
};
constexpr KeyName<TaskAction> ActionKeys[] = {
    {TaskAction::Done, "done"},
    {TaskAction::NotApplicable, "not-applicable"},
    {TaskAction::Reopened, "reopened"},
};
constexpr KeyName<PlacementKindType> KindKeys[] = {
    {PlacementKindType::ProtectedHousing, "protected-housing"},
    {PlacementKindType::Hvb, "hvb"},
    {PlacementKindType::FamilyHome, "family-home"},
    {PlacementKindType::Other, "other"},
};

template <typename E, size_t N> QString keyOf(const KeyName<E> (&table)[N], E value) {
    for (const auto &k : table) {
        if (k.value == value)
            return QString::fromLatin1(k.key);
    }
    return {};
}

template <typename E, size_t N>
std::optional<E> valueOf(const KeyName<E> (&table)[N], const QString &key) {
    for (const auto &k : table) {
        if (key == QLatin1String(k.key))
            return k.value;
    }
    return std::nullopt;
}

// Housing identifiers compare without case and surrounding or repeated spaces.
QString housingKey(const QString &id) {
    return id.simplified().toCaseFolded();
}

CaseAgeGroup ageGroupOf(const RecordRow &row, const PersonDetails &d) {
    if (row.isChild)
        return CaseAgeGroup::Child;
    if (d.ageGroup == AgeGroup::Adult || (d.estimatedAge && *d.estimatedAge >= 18))
        return CaseAgeGroup::Adult;
    return CaseAgeGroup::Unknown;
}

TaskChange changeOf(const Statement &q) {
    // columns: event_id, action, reason, note, at_msecs, device_id, role, hlc, name
    TaskChange c;
    c.eventId = q.text(0);
    c.action = taskActionFromKey(q.text(1)).value_or(TaskAction::Done);
    c.reason = q.text(2);
    c.note = q.text(3);
    c.atMsecs = q.int64(4);
    c.deviceId = q.text(5);
    c.role = q.text(6);
    c.recordedAtMsecs = Hlc::unpack(q.int64(7)).wallMsecs;
    c.deviceName = q.isNull(8) ? QString() : q.text(8);
    return c;
}

TaskState stateAfter(TaskAction action) {
    switch (action) {
    case TaskAction::Done:
        return TaskState::Done;
    case TaskAction::NotApplicable:
        return TaskState::NotApplicable;
    case TaskAction::Reopened:
        break;
    }
    return TaskState::Open;
}

#define LOTS_AP_TASK_COLUMNS                                                                       \
    "t.event_id, t.action, t.reason, t.note, t.at_msecs, t.device_id, t.role, t.hlc, d.name"

} // namespace

QString investigationLeadKey(InvestigationLead lead) {
    return keyOf(LeadKeys, lead);
}
std::optional<InvestigationLead> investigationLeadFromKey(const QString &key) {
    return valueOf(LeadKeys, key);
}
QString taskStateKey(TaskState state) {
    switch (state) {
    case TaskState::Done:
        return u"done"_s;
    case TaskState::NotApplicable:
        return u"not-applicable"_s;
    case TaskState::Open:
        break;
    }
    return u"open"_s;
}
QString taskActionKey(TaskAction action) {
    return keyOf(ActionKeys, action);
}
std::optional<TaskAction> taskActionFromKey(const QString &key) {
    return valueOf(ActionKeys, key);
}
QString placementKindKey(PlacementKindType kind) {
    return keyOf(KindKeys, kind);
}
std::optional<PlacementKindType> placementKindFromKey(const QString &key) {
    return valueOf(KindKeys, key);
}

// ---------------------------------------------------------------------------------------

AcutePhase::AcutePhase(FieldDocumentation &docs, const GuidancePack &pack, Clock clock)
    : m_docs(docs)
    , m_ctx(docs.context())
    , m_pack(pack)
    , m_clock(std::move(clock))
    , m_calc(pack)
    , m_projection(pack) {
    m_ctx.journal.addProjection(&m_projection);
    if (!isUpToDate())
        rebuild();
    m_docs.overview().setReportOfConcernCheck(
        [this](const QString &caseId) { return reportOfConcernMade(caseId); });
}

AcutePhase::~AcutePhase() {
    m_docs.overview().setReportOfConcernCheck({});
}

QDateTime AcutePhase::now() const {
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

void AcutePhase::rebuild() {
    Transaction tx(m_ctx.db);
    m_projection.reset(m_ctx.db);
    for (const Event &e : m_ctx.journal.allEvents())
        m_projection.apply(m_ctx.db, e);
    tx.commit();
}

bool AcutePhase::isUpToDate() const {
    Statement q = m_ctx.db.prepare("SELECT event_id FROM events WHERE substr(type, 1, 6) = "
                                   "'acute.' ORDER BY local_seq DESC LIMIT 1");
    if (!q.step())
        return true;
    Statement h = m_ctx.db.prepare("SELECT 1 FROM ap_seen WHERE event_id = ?");
    h.bind(1, q.text(0));
    return h.step();
}

bool AcutePhase::caseExists(const QString &caseId) const {
    if (caseId.isEmpty())
        return false;
    Statement q =
        m_ctx.db.prepare("SELECT 1 FROM cases WHERE case_id = ? AND opened_event_id IS NOT NULL");
    q.bind(1, caseId);
    return q.step();
}

QString AcutePhase::roleOfDevice() const {
    return m_ctx.roleKey;
}

// --- case facts ---------------------------------------------------------------------

WriteResult AcutePhase::recordFacts(const QString &caseId, const QJsonObject &facts) {
    if (!caseExists(caseId))
        return WriteResult::refused(tr("This case is not on this device. Open the case first."));
    // Only what changes is recorded (a repeated tap writes nothing).
    QJsonObject changed;
    for (auto it = facts.begin(); it != facts.end(); ++it) {
        Statement q = m_ctx.db.prepare("SELECT value FROM ap_fact WHERE case_id = ? AND fact = ?");
        q.bind(1, caseId).bind(2, it.key());
        const QByteArray wanted =
            QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact);
        if (q.step() && "[" + q.textUtf8(0) + "]" == wanted)
            continue;
        changed.insert(it.key(), it.value());
    }
    if (changed.isEmpty())
        return WriteResult{caseId, {}, {}, {}};
    NewEvent e;
    e.caseId = caseId;
    e.type = QLatin1String(acute_events::FactsRecorded);
    e.payload = changed;
    e.payload.insert(u"role"_s, roleOfDevice());
    const Event stored = m_ctx.append(e);
    return WriteResult{caseId, stored.eventId, {}, {}};
}

WriteResult AcutePhase::recordTime(const QString &caseId, const char *fact, const QDateTime &at) {
    const QDateTime current = now();
    const QDateTime when = at.isValid() ? at.toUTC() : current;
    if (when.toMSecsSinceEpoch() > current.toMSecsSinceEpoch() + FutureToleranceMsecs)
        return WriteResult::refused(
            tr("The time is in the future. Give the time it happened, or leave it empty for "
               "now."));
    return recordFacts(caseId,
                       QJsonObject{{QLatin1String(fact), QJsonValue(when.toMSecsSinceEpoch())}});
}

WriteResult AcutePhase::setInvestigationLead(const QString &caseId, InvestigationLead lead) {
    return recordFacts(caseId, QJsonObject{{QLatin1String(acute_facts::InvestigationLead),
                                            investigationLeadKey(lead)}});
}

WriteResult AcutePhase::setGreaterProtectionNeed(const QString &caseId, bool need) {
    return recordFacts(caseId,
                       QJsonObject{{QLatin1String(acute_facts::GreaterProtectionNeed), need}});
}

WriteResult AcutePhase::setSexualViolenceSigns(const QString &caseId, bool signs) {
    return recordFacts(caseId,
                       QJsonObject{{QLatin1String(acute_facts::SexualViolenceSigns), signs}});
}

WriteResult AcutePhase::setReportOfConcernReceived(const QString &caseId, const QDateTime &at) {
    return recordTime(caseId, acute_facts::ReportOfConcernReceived, at);
}

WriteResult AcutePhase::setReflectionPeriodStarted(const QString &caseId, const QDateTime &at) {
    return recordTime(caseId, acute_facts::ReflectionPeriodStarted, at);
}

WriteResult AcutePhase::setDecidedToTakePart(const QString &caseId, const QDateTime &at) {
    return recordTime(caseId, acute_facts::DecidedToTakePart, at);
}

WriteResult AcutePhase::clearTime(const QString &caseId, TimeFact fact) {
    const char *name = acute_facts::ReportOfConcernReceived;
    if (fact == TimeFact::ReflectionPeriodStarted)
        name = acute_facts::ReflectionPeriodStarted;
    else if (fact == TimeFact::DecidedToTakePart)
        name = acute_facts::DecidedToTakePart;
    return recordFacts(caseId, QJsonObject{{QLatin1String(name), QJsonValue(QJsonValue::Null)}});
}

AcuteCaseFacts AcutePhase::facts(const QString &caseId) const {
    AcuteCaseFacts f;
    f.caseId = caseId;
    {
        Statement q = m_ctx.db.prepare("SELECT fact, value FROM ap_fact WHERE case_id = ?");
        q.bind(1, caseId);
        while (q.step()) {
            const QString fact = q.text(0);
            const QByteArray value = q.textUtf8(1);
            if (fact == QLatin1String(acute_facts::InvestigationLead))
                f.investigationLead =
                    investigationLeadFromKey(QString::fromUtf8(value).remove(u'"'))
                        .value_or(InvestigationLead::None);
            else if (fact == QLatin1String(acute_facts::GreaterProtectionNeed))
                f.greaterProtectionNeed = value == "true";
            else if (fact == QLatin1String(acute_facts::SexualViolenceSigns))
                f.explicitSexualViolence = value == "true";
        }
    }
    const QHash<QString, QDateTime> times = AcutePhaseProjection::triggers(m_ctx.db, caseId);
    f.reportOfConcernReceivedAt = times.value(QLatin1String(acute_facts::ReportOfConcernReceived));
    f.reflectionPeriodStartedAt = times.value(QLatin1String(acute_facts::ReflectionPeriodStarted));
    f.decidedToTakePartAt = times.value(QLatin1String(acute_facts::DecidedToTakePart));
    f.reportOfConcernMade = reportOfConcernMade(caseId);

    // From field documentation: persons, and sexual-violence evidence.
    for (const RecordRow &row : m_ctx.records(caseId, RecordKind::Person)) {
        const PersonDetails d = PersonDetails::fromJson(row.data);
        const CaseAgeGroup age = ageGroupOf(row, d);
        f.facts.persons.append(CasePerson{row.recordId, age, d.pregnant == TriState::Yes});
        f.hasChild = f.hasChild || age == CaseAgeGroup::Child;
        // Every child in the picture counts: own or not, full time, part time or unknown.
        for (const ChildInPicture &c : d.children)
            f.facts.childrenAtAddress.append(
                ChildAtAddress{c.own, c.atAddress == AtAddress::PartTime});
        if (d.livesInAnotherCountry == TriState::Yes)
            f.livesAbroadPersonIds << row.recordId;
    }
    f.livesAbroad = !f.livesAbroadPersonIds.isEmpty();
    f.childrenInPicture = f.hasChild || !f.facts.childrenAtAddress.isEmpty();
    if (f.explicitSexualViolence.value_or(false))
        f.sexualViolenceSources << u"explicit"_s;
    {
        Statement q = m_ctx.db.prepare(
            "SELECT sum(kind = 'kit'), sum(keyword_id = 'sexual-violence') FROM fd_record "
            "WHERE case_id = ? AND (kind = 'kit' OR keyword_id = 'sexual-violence')");
        q.bind(1, caseId);
        if (q.step()) {
            if (!q.isNull(0) && q.int64(0) > 0)
                f.sexualViolenceSources << u"evidence-kit"_s;
            if (!q.isNull(1) && q.int64(1) > 0)
                f.sexualViolenceSources << u"keyword"_s;
        }
    }
    f.sexualViolenceSigns = !f.sexualViolenceSources.isEmpty();

    f.facts.investigationLead = f.investigationLead;
    f.facts.livesAbroad = f.livesAbroad;
    f.facts.sexualViolenceSigns = f.sexualViolenceSigns;
    f.facts.greaterProtectionNeed = f.greaterProtectionNeed;
    f.facts.reportOfConcernReceived = f.reportOfConcernReceivedAt.isValid();
    f.facts.reportOfConcernMade = f.reportOfConcernMade;
    return f;
}

// --- action plan and task status ---------------------------------------------------

AcuteActionPlan AcutePhase::plan(const QString &caseId, const QString &role) const {
    AcuteActionPlan out;
    out.caseId = caseId;
    out.role = role.isEmpty() ? roleOfDevice() : role;
    const AcuteCaseFacts f = facts(caseId);
    const ActionPlan plan = buildActionPlan(f.facts, m_pack, out.role);
    out.reportOfConcern = plan.reportOfConcern;
    out.facts = plan.facts;

    // Every status event of the case, oldest first: the last one per task wins.
    QHash<QString, QList<TaskChange>> changes;
    Statement q =
        m_ctx.db.prepare("SELECT " LOTS_AP_TASK_COLUMNS ", t.task_id FROM ap_task_event t "
                         "LEFT JOIN devices d ON d.device_id = t.device_id "
                         "WHERE t.case_id = ? ORDER BY t.hlc, t.event_id");
    q.bind(1, caseId);
    while (q.step())
        changes[q.text(9)].append(changeOf(q));

    for (const PlannedTask &p : plan.tasks) {
        TaskView v;
        v.task = p.task;
        v.title = p.task.title.text(m_language);
        if (const GuidanceActor *a = m_pack.actor(p.task.actor))
            v.actorName = a->name.text(m_language);
        v.ownRole = p.ownRole;
        v.pinned = p.pinned;
        const QList<TaskChange> &h = changes[p.task.id];
        v.changeCount = int(h.size());
        if (!h.isEmpty()) {
            v.last = h.last();
            v.state = stateAfter(h.last().action);
        }
        if (v.ownRole && v.state == TaskState::Open)
            ++out.openCount;
        out.tasks.append(v);
    }
    return out;
}

QList<TaskChange> AcutePhase::taskHistory(const QString &caseId, const QString &taskId) const {
    QList<TaskChange> out;
    Statement q = m_ctx.db.prepare("SELECT " LOTS_AP_TASK_COLUMNS " FROM ap_task_event t "
                                   "LEFT JOIN devices d ON d.device_id = t.device_id "
                                   "WHERE t.case_id = ? AND t.task_id = ? "
                                   "ORDER BY t.hlc, t.event_id");
    q.bind(1, caseId).bind(2, taskId);
    while (q.step())
        out.append(changeOf(q));
    return out;
}

TaskState AcutePhase::taskState(const QString &caseId, const QString &taskId) const {
    const QList<TaskChange> h = taskHistory(caseId, taskId);
    return h.isEmpty() ? TaskState::Open : stateAfter(h.last().action);
}

WriteResult AcutePhase::recordTaskStatus(const QString &caseId, const QString &taskId,
                                         TaskAction action, const QString &reason,
                                         const QString &note, const QDateTime &at) {
    if (!caseExists(caseId))
        return WriteResult::refused(tr("This case is not on this device. Open the case first."));
    const GuidanceTask *task = m_pack.task(taskId);
    if (!task)
        return WriteResult::refused(
            tr("The task \"%1\" is not in the guidance of this app.").arg(taskId));
    const TaskState state = taskState(caseId, taskId);
    if (action == TaskAction::Reopened) {
        if (state == TaskState::Open)
            return WriteResult::refused(tr("This task is open already."));
    } else if (!task->condition.evaluate(conditionFactsOf(facts(caseId).facts))) {
        return WriteResult::refused(
            tr("This task does not apply to the case as it is recorded now."));
    }
    if (action == TaskAction::NotApplicable && reason.trimmed().isEmpty())
        return WriteResult::refused(
            tr("Write why the task does not apply. The reason is kept in the task's history."));
    const QDateTime current = now();
    const QDateTime when = at.isValid() ? at.toUTC() : current;
    if (when.toMSecsSinceEpoch() > current.toMSecsSinceEpoch() + FutureToleranceMsecs)
        return WriteResult::refused(
            tr("The time is in the future. Give the time it was done, or leave it empty for "
               "now."));
    NewEvent e;
    e.caseId = caseId;
    e.type = QLatin1String(acute_events::TaskStatusRecorded);
    e.payload = QJsonObject{{u"taskId"_s, taskId},
                            {u"status"_s, taskActionKey(action)},
                            {u"reason"_s, reason.trimmed()},
                            {u"note"_s, note.trimmed()},
                            {u"atMsecs"_s, QJsonValue(when.toMSecsSinceEpoch())},
                            {u"role"_s, roleOfDevice()}};
    const Event stored = m_ctx.append(e);
    return WriteResult{taskId, stored.eventId, {}, {}};
}

WriteResult AcutePhase::markDone(const QString &caseId, const QString &taskId, const QString &note,
                                 const QDateTime &at) {
    return recordTaskStatus(caseId, taskId, TaskAction::Done, {}, note, at);
}

WriteResult AcutePhase::markNotApplicable(const QString &caseId, const QString &taskId,
                                          const QString &reason, const QString &note) {
    return recordTaskStatus(caseId, taskId, TaskAction::NotApplicable, reason, note, {});
}

WriteResult AcutePhase::reopen(const QString &caseId, const QString &taskId, const QString &note) {
    return recordTaskStatus(caseId, taskId, TaskAction::Reopened, {}, note, {});
}

// --- reports of concern ---------------------------------------------------------------

bool AcutePhase::reportOfConcernMade(const QString &caseId) const {
    Statement q = m_ctx.db.prepare("SELECT 1 FROM ap_report WHERE case_id = ? LIMIT 1");
    q.bind(1, caseId);
    return q.step();
}

ReportOfConcernView AcutePhase::reportOfConcern(const QString &caseId) const {
    ReportOfConcernView v;
    v.assessment = assessReportOfConcern(facts(caseId).facts);
    v.required = v.assessment.need == ReportOfConcernNeed::Required;
    v.offered = v.assessment.need == ReportOfConcernNeed::Offered;
    if (v.required)
        v.text = m_pack.reportOfConcernRequired().text(m_language);
    else if (v.offered)
        v.text = m_pack.reportOfConcernOffered().text(m_language);
    Statement q = m_ctx.db.prepare("SELECT event_id, social_services, made_at, made_by, note, "
                                   "device_id, role, hlc FROM ap_report WHERE case_id = ? "
                                   "ORDER BY hlc, event_id");
    q.bind(1, caseId);
    while (q.step()) {
        v.reports.append(ReportOfConcernRecord{q.text(0), q.text(1), q.int64(2), q.text(3),
                                               q.text(4), q.text(5), q.text(6),
                                               Hlc::unpack(q.int64(7)).wallMsecs});
    }
    return v;
}

WriteResult AcutePhase::recordReportOfConcernMade(const QString &caseId,
                                                  const ReportOfConcernInput &input) {
    if (!caseExists(caseId))
        return WriteResult::refused(tr("This case is not on this device. Open the case first."));
    if (input.socialServices.trimmed().isEmpty())
        return WriteResult::refused(
            tr("Write which social services received the report of concern."));
    if (input.madeBy.trimmed().isEmpty())
        return WriteResult::refused(tr("Write who made the report of concern."));
    const QDateTime current = now();
    const QDateTime when = input.madeAt.isValid() ? input.madeAt.toUTC() : current;
    if (when.toMSecsSinceEpoch() > current.toMSecsSinceEpoch() + FutureToleranceMsecs)
        return WriteResult::refused(
            tr("The time is in the future. Give the time the report was made, or leave it "
               "empty for now."));
    NewEvent e;
    e.caseId = caseId;
    e.type = QLatin1String(acute_events::ReportOfConcernMade);
    e.payload = QJsonObject{{u"socialServices"_s, input.socialServices.trimmed()},
                            {u"madeAtMsecs"_s, QJsonValue(when.toMSecsSinceEpoch())},
                            {u"madeBy"_s, input.madeBy.trimmed()},
                            {u"note"_s, input.note.trimmed()},
                            {u"role"_s, roleOfDevice()}};
    const Event stored = m_ctx.append(e);
    return WriteResult{stored.eventId, stored.eventId, {}, {}};
}

// --- deadlines ----------------------------------------------------------------------

QList<DeadlineView> AcutePhase::deadlines(const QString &caseId, const QDateTime &nowUtc) const {
    QList<DeadlineView> out;
    const QList<Deadline> all =
        m_calc.evaluate(m_pack, AcutePhaseProjection::triggers(m_ctx.db, caseId));
    for (const Deadline &d : all) {
        DeadlineView v;
        v.ruleId = d.ruleId;
        if (const DeadlineRule *rule = m_pack.deadline(d.ruleId)) {
            v.title = rule->title.text(m_language);
            v.text = rule->text.text(m_language);
        }
        v.triggerUtc = d.triggerUtc;
        v.dueUtc = d.dueUtc;
        v.minimum = d.minimum;
        v.completedUtc = AcutePhaseProjection::completion(m_ctx.db, caseId, d.ruleId);
        v.status = m_calc.status(d.dueUtc, nowUtc, v.completedUtc);
        out.append(v);
    }
    return out;
}

std::optional<DeadlineView> AcutePhase::nextDeadline(const QString &caseId,
                                                     const QDateTime &nowUtc) const {
    std::optional<DeadlineView> first;
    for (const DeadlineView &d : deadlines(caseId, nowUtc)) {
        if (d.completedUtc.isValid())
            continue;
        if (!first || d.dueUtc < first->dueUtc)
            first = d;
    }
    return first;
}

QHash<QString, CaseDue> AcutePhase::nextDueByCase(const QStringList &caseIds) const {
    QHash<QString, CaseDue> out;
    if (caseIds.isEmpty())
        return out;
    if (caseIds.size() > 500) { // SQLite allows 999 bound parameters
        for (qsizetype from = 0; from < caseIds.size(); from += 500)
            out.insert(nextDueByCase(caseIds.mid(from, 500)));
        return out;
    }
    QByteArray sql =
        "SELECT case_id, next_due, next_due_rule FROM ap_case WHERE next_due IS NOT NULL AND "
        "case_id IN (";
    for (qsizetype i = 0; i < caseIds.size(); ++i)
        sql += i == 0 ? "?" : ",?";
    sql += ")";
    Statement q = m_ctx.db.prepare(sql.constData());
    for (qsizetype i = 0; i < caseIds.size(); ++i)
        q.bind(int(i + 1), caseIds[i]);
    while (q.step())
        out.insert(q.text(0),
                   CaseDue{QDateTime::fromMSecsSinceEpoch(q.int64(1), Qt::UTC), q.text(2)});
    return out;
}

QStringList AcutePhase::sortByNextDue(const QStringList &caseIds) const {
    const QHash<QString, CaseDue> due = nextDueByCase(caseIds);
    QStringList out = caseIds;
    std::stable_sort(out.begin(), out.end(), [&due](const QString &a, const QString &b) {
        const auto ia = due.constFind(a);
        const auto ib = due.constFind(b);
        if (ia == due.constEnd())
            return false;
        if (ib == due.constEnd())
            return true;
        return ia->dueUtc < ib->dueUtc;
    });
    return out;
}

// --- placements ------------------------------------------------------------------------

QStringList AcutePhase::childPlacementReminders() const {
    QStringList out;
    for (const PlacementRule &r : m_pack.placementRules()) {
        if (r.appliesTo == AppliesTo::Child)
            out << r.text.text(m_language);
    }
    return out;
}

QList<PlacementView> AcutePhase::placements(const QString &caseId) const {
    QList<PlacementView> out;
    Statement q = m_ctx.db.prepare(
        "SELECT p.placement_id, p.case_id, p.person_id, p.kind, p.housing_id, p.placed_on, "
        "p.support_level, p.staffed, p.transport_accompanied, p.note, p.override_reason, "
        "p.conflict_with, p.device_id, p.role, p.hlc, "
        "(SELECT min(e.ended_on) FROM ap_placement_end e WHERE e.placement_id = "
        "p.placement_id), "
        "NOT EXISTS (SELECT 1 FROM ap_placement l WHERE l.person_id = p.person_id AND "
        "l.case_id = p.case_id AND (l.hlc > p.hlc OR (l.hlc = p.hlc AND "
        "l.placement_id > p.placement_id))) "
        "FROM ap_placement p WHERE p.case_id = ? ORDER BY p.hlc, p.placement_id");
    q.bind(1, caseId);
    while (q.step()) {
        PlacementView v;
        v.placementId = q.text(0);
        v.caseId = q.text(1);
        v.personId = q.text(2);
        v.kind = placementKindFromKey(q.text(3)).value_or(PlacementKindType::Other);
        for (const PlacementKind &k : m_pack.placementKinds()) {
            if (k.id == q.text(3))
                v.kindTitle = k.title.text(m_language);
        }
        v.housingId = q.text(4);
        v.placedOn = QDate::fromString(q.text(5), Qt::ISODate);
        v.supportLevel = q.text(6);
        v.staffedAroundTheClock = q.int64(7) != 0;
        v.transportAccompanied = q.int64(8) != 0;
        v.note = q.text(9);
        v.overrideReason = q.text(10);
        v.conflictWith = q.text(11).split(u',', Qt::SkipEmptyParts);
        v.deviceId = q.text(12);
        v.role = q.text(13);
        v.recordedAtMsecs = Hlc::unpack(q.int64(14)).wallMsecs;
        if (!q.isNull(15))
            v.endedOn = QDate::fromString(q.text(15), Qt::ISODate);
        v.active = q.int64(16) != 0 && q.isNull(15);
        out.append(v);
    }
    return out;
}

std::optional<PlacementView> AcutePhase::activePlacement(const QString &personId) const {
    const auto person = m_ctx.record(personId);
    if (!person)
        return std::nullopt;
    for (const PlacementView &p : placements(person->caseId)) {
        if (p.personId == personId && p.active)
            return p;
    }
    return std::nullopt;
}

PlacementResult AcutePhase::place(const PlacementInput &input, const QString &overrideReason) {
    PlacementResult r;
    const auto person = m_ctx.record(input.personId);
    if (!person || person->kind != RecordKind::Person) {
        r.error = tr("This person is not in the case any more.");
        return r;
    }
    if (person->isChild)
        r.childReminders = childPlacementReminders();
    const QString housing = input.housingId.simplified();
    if (housing.isEmpty()) {
        r.error = tr("Give the housing an identifier (not its address), so that placements at "
                     "the same housing can be recognised.");
        return r;
    }
    const QDate placedOn =
        input.placedOn.isValid() ? input.placedOn : now().toTimeZone(m_calc.zone()).date();

    QList<Placement> existing;
    for (const PlacementView &p : placements(person->caseId))
        existing.append(Placement{p.personId, p.caseId, housingKey(p.housingId), p.active});
    const PlacementDecision decision = decidePlacement(
        existing, Placement{input.personId, person->caseId, housingKey(housing), true},
        overrideReason);
    if (decision.check.conflict) {
        r.conflictWith = decision.check.otherPersonIds;
        for (const PlacementRule &rule : m_pack.placementRules()) {
            if (rule.id == u"same-case-separate"_s)
                r.ruleText = rule.text.text(m_language);
        }
    }
    if (!decision.allowed) {
        r.error = decision.message;
        return r;
    }
    r.overridden = decision.overridden;

    QJsonArray conflicts;
    for (const QString &id : decision.check.otherPersonIds)
        conflicts.append(id);
    NewEvent e;
    e.caseId = person->caseId;
    e.type = QLatin1String(acute_events::PlacementRecorded);
    e.payload = QJsonObject{{u"personId"_s, input.personId},
                            {u"kind"_s, placementKindKey(input.kind)},
                            {u"housingId"_s, housing},
                            {u"placedOn"_s, placedOn.toString(Qt::ISODate)},
                            {u"supportLevel"_s, input.supportLevel.trimmed()},
                            {u"staffedAroundTheClock"_s, input.staffedAroundTheClock},
                            {u"transportAccompanied"_s, input.transportAccompanied},
                            {u"note"_s, input.note.trimmed()},
                            {u"overrideReason"_s, decision.overridden ? decision.reason : u""_s},
                            {u"conflictWith"_s, conflicts},
                            {u"role"_s, roleOfDevice()}};
    const Event stored = m_ctx.append(e);
    r.placementId = stored.eventId;
    r.eventId = stored.eventId;
    return r;
}

WriteResult AcutePhase::endPlacement(const QString &placementId, const QDate &endedOn,
                                     const QString &reason) {
    Statement q = m_ctx.db.prepare(
        "SELECT case_id, (SELECT count(*) FROM ap_placement_end e WHERE e.placement_id = "
        "p.placement_id) FROM ap_placement p WHERE placement_id = ?");
    q.bind(1, placementId);
    if (!q.step())
        return WriteResult::refused(tr("This placement is not recorded on this device."));
    if (q.int64(1) > 0)
        return WriteResult::refused(tr("This placement has ended already."));
    const QString caseId = q.text(0);
    const QDate day = endedOn.isValid() ? endedOn : now().toTimeZone(m_calc.zone()).date();
    NewEvent e;
    e.caseId = caseId;
    e.type = QLatin1String(acute_events::PlacementEnded);
    e.payload = QJsonObject{{u"placementId"_s, placementId},
                            {u"endedOn"_s, day.toString(Qt::ISODate)},
                            {u"reason"_s, reason.trimmed()},
                            {u"role"_s, roleOfDevice()}};
    const Event stored = m_ctx.append(e);
    return WriteResult{placementId, stored.eventId, {}, {}};
}

// --- contacts -------------------------------------------------------------------------

QList<ContactView> AcutePhase::contacts(const QString &caseId) const {
    const bool child = facts(caseId).hasChild;
    const QString group = child ? u"child"_s : u"adult"_s;
    QList<ContactView> out;
    for (const Contact &c : m_pack.contactsFor(group)) {
        ContactView v;
        v.id = c.id;
        v.name = c.name;
        v.role = c.role.text(m_language);
        v.email = c.email;
        if (!c.email.isEmpty())
            v.mailtoUri = u"mailto:"_s + c.email;
        for (const ContactPhone &p : c.phones)
            v.phones.append(ContactPhoneView{p.number, phone_number::toDisplay(p.number),
                                             phone_number::telUri(p.number),
                                             p.label.text(m_language)});
        v.offeredFirst = c.ageGroup == group;
        out.append(v);
    }
    return out;
}

} // namespace lots
