// Acute phase on a real SQLCipher database opened through Session::setup: case facts as
// events (explicit and derived from field documentation), task status with history,
// reports of concern, deadlines with an injected clock and the per-case next due value,
// placements with the same-housing rule, contacts, and rebuild == incremental.

#include "../store/session_test_util.h"

#include "content/guidance_pack.h"
#include "content/indicator_catalogue.h"
#include "content/keyword_catalogue.h"
#include "domain/acute_phase.h"
#include "domain/case_service.h"
#include "domain/field_documentation.h"
#include "journal/journal.h"
#include "store/database.h"
#include "store/session.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace lots;
using namespace lots::test;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone Stockholm("Europe/Stockholm");

QDateTime local(int y, int mo, int d, int h, int mi) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Stockholm).toUTC();
}

struct Fixture {
    std::unique_ptr<Session> session;
    std::unique_ptr<FieldDocumentation> docs;
    std::unique_ptr<AcutePhase> acute; // destroyed first
    QDateTime now = local(2026, 11, 10, 14, 0);
    QString caseId;
    ~Fixture() {
        acute.reset();
        docs.reset();
    }
    qint64 events() const { return session->journal().count(); }
};

QStringList tableDump(Database &db, const char *sql, int columns) {
    QStringList rows;
    Statement q = db.prepare(sql);
    while (q.step()) {
        QStringList cells;
        for (int c = 0; c < columns; ++c)
            cells << (q.isNull(c) ? u"<null>"_s : q.text(c));
        rows << cells.join(u'|');
    }
    return rows;
}

QStringList snapshot(Database &db) {
    QStringList all;
    all << tableDump(db,
                     "SELECT case_id, fact, value, stamp, event_id FROM ap_fact "
                     "ORDER BY case_id, fact",
                     5);
    all << tableDump(db,
                     "SELECT event_id, case_id, task_id, action, reason, note, at_msecs, "
                     "device_id, role, hlc FROM ap_task_event ORDER BY event_id",
                     10);
    all << tableDump(db,
                     "SELECT event_id, case_id, social_services, made_at, made_by, note, "
                     "device_id, role, hlc FROM ap_report ORDER BY event_id",
                     9);
    all << tableDump(db,
                     "SELECT placement_id, case_id, person_id, kind, housing_id, placed_on, "
                     "support_level, staffed, transport_accompanied, note, override_reason, "
                     "conflict_with, device_id, role, hlc FROM ap_placement "
                     "ORDER BY placement_id",
                     15);
    all << tableDump(db,
                     "SELECT event_id, placement_id, ended_on, reason, device_id, hlc "
                     "FROM ap_placement_end ORDER BY event_id",
                     6);
    all << tableDump(db, "SELECT case_id, next_due, next_due_rule FROM ap_case ORDER BY case_id",
                     3);
    all << tableDump(db, "SELECT event_id FROM ap_seen ORDER BY event_id", 1);
    return all;
}

PersonDetails adult(const QString &label) {
    PersonDetails d;
    d.label = label;
    d.ageGroup = AgeGroup::Adult;
    d.estimatedAge = 30;
    return d;
}

PersonDetails child(const QString &label, int age = 16) {
    PersonDetails d;
    d.label = label;
    d.ageGroup = AgeGroup::Child;
    d.estimatedAge = age;
    return d;
}

QStringList taskIds(const AcuteActionPlan &plan) {
    QStringList out;
    for (const TaskView &t : plan.tasks)
        out << t.task.id;
    return out;
}

PlacementInput placementAt(const QString &personId, const QString &housing) {
    PlacementInput in;
    in.personId = personId;
    in.kind = PlacementKindType::ProtectedHousing;
    in.housingId = housing;
    in.placedOn = QDate(2026, 11, 10);
    in.supportLevel = u"bed, food, counselling"_s;
    in.staffedAroundTheClock = true;
    in.transportAccompanied = true;
    return in;
}

} // namespace

class TestAcutePhase : public QObject {
    Q_OBJECT

private:
    int m_n = 0;
    IndicatorCatalogue m_indicators;
    KeywordCatalogue m_keywords;
    GuidancePack m_pack;

    std::unique_ptr<Fixture> open(Role role = Role::Police) {
        auto f = std::make_unique<Fixture>();
        SetupRequest r;
        r.role = role;
        r.deviceName = u"Car 12"_s;
        r.kdf = KdfParams::fastForTests();
        auto outcome =
            Session::setup(DataDir{sessionScratch(u"ap%1"_s.arg(++m_n))}, passcode("482913"), r);
        if (!outcome.session)
            qFatal("setup failed: %s", qPrintable(outcome.message));
        f->session = std::move(outcome.session);
        f->docs = std::make_unique<FieldDocumentation>(*f->session, m_indicators, m_keywords);
        Fixture *raw = f.get();
        f->acute = std::make_unique<AcutePhase>(*f->docs, m_pack, [raw]() { return raw->now; });
        f->acute->setLanguage(u"en"_s);
        f->caseId = f->session->cases().openCase(f->now.toMSecsSinceEpoch(), u"K-1"_s);
        return f;
    }

private slots:
    void initTestCase() {
        auto i = IndicatorCatalogue::loadShipped();
        QVERIFY2(i.ok(), qPrintable(i.error()));
        m_indicators = i.value();
        auto k = KeywordCatalogue::loadShipped();
        QVERIFY2(k.ok(), qPrintable(k.error()));
        m_keywords = k.value();
        auto g = GuidancePack::loadShipped();
        QVERIFY2(g.ok(), qPrintable(g.error()));
        m_pack = g.value();
    }

    // --- facts ----------------------------------------------------------------------

    void explicitFactsAreEventsLastWriterWins() {
        auto f = open();
        AcuteCaseFacts before = f->acute->facts(f->caseId);
        QCOMPARE(before.investigationLead, InvestigationLead::None);
        QVERIFY(!before.greaterProtectionNeed);
        QVERIFY(!before.reportOfConcernReceivedAt.isValid());

        const qint64 n = f->events();
        QVERIFY(f->acute->setInvestigationLead(f->caseId, InvestigationLead::Police).ok());
        QVERIFY(f->acute->setGreaterProtectionNeed(f->caseId, true).ok());
        QVERIFY(f->acute->setInvestigationLead(f->caseId, InvestigationLead::Prosecutor).ok());
        const WriteResult w =
            f->acute->setReportOfConcernReceived(f->caseId, local(2026, 11, 10, 9, 30));
        QVERIFY(w.ok());
        QCOMPARE(f->events(), n + 4);
        const auto stored = f->session->journal().event(w.eventId);
        QVERIFY(stored);
        QCOMPARE(stored->type, QLatin1String(acute_events::FactsRecorded));
        QCOMPARE(stored->payloadObject().value(u"role"_s).toString(), u"police"_s);

        const AcuteCaseFacts after = f->acute->facts(f->caseId);
        QCOMPARE(after.investigationLead, InvestigationLead::Prosecutor);
        QCOMPARE(after.facts.investigationLead, InvestigationLead::Prosecutor);
        QVERIFY(after.greaterProtectionNeed);
        QVERIFY(after.facts.greaterProtectionNeed);
        QCOMPARE(after.reportOfConcernReceivedAt, local(2026, 11, 10, 9, 30));
        QVERIFY(after.facts.reportOfConcernReceived);

        QVERIFY(f->acute->setGreaterProtectionNeed(f->caseId, false).ok());
        QVERIFY(!f->acute->facts(f->caseId).greaterProtectionNeed);
        // Recording what is already recorded writes nothing.
        const qint64 m = f->events();
        const WriteResult same =
            f->acute->setInvestigationLead(f->caseId, InvestigationLead::Prosecutor);
        QVERIFY(same.ok());
        QVERIFY(same.eventId.isEmpty());
        QVERIFY(f->acute->setReportOfConcernReceived(f->caseId, local(2026, 11, 10, 9, 30)).ok());
        QCOMPARE(f->events(), m);
    }

    void factsRefusals() {
        auto f = open();
        const qint64 n = f->events();
        const WriteResult future =
            f->acute->setReportOfConcernReceived(f->caseId, f->now.addSecs(3600));
        QVERIFY(!future.ok());
        QVERIFY(future.error.contains(u"future"_s));
        const WriteResult noCase =
            f->acute->setInvestigationLead(u"nope"_s, InvestigationLead::Police);
        QVERIFY(!noCase.ok());
        QVERIFY(!noCase.error.isEmpty());
        QCOMPARE(f->events(), n);
        // An empty time means now (the injected clock).
        QVERIFY(f->acute->setReflectionPeriodStarted(f->caseId).ok());
        QCOMPARE(f->acute->facts(f->caseId).reflectionPeriodStartedAt, f->now);
    }

    void factsDerivedFromFieldDocumentation() {
        auto f = open();
        PersonDetails a = adult(u"Woman A"_s);
        a.livesInAnotherCountry = TriState::Yes;
        a.country = u"Romania"_s;
        const QString pa = f->docs->persons().add(f->caseId, a).recordId;
        AcuteCaseFacts x = f->acute->facts(f->caseId);
        QVERIFY(x.livesAbroad);
        QCOMPARE(x.livesAbroadPersonIds, QStringList{pa});
        QVERIFY(!x.hasChild);
        QVERIFY(!x.childrenInPicture);
        QVERIFY(!x.sexualViolenceSigns);
        QCOMPARE(x.facts.persons.size(), 1);
        QCOMPARE(x.facts.persons[0].ageGroup, CaseAgeGroup::Adult);

        // Sexual violence: explicit fact...
        QVERIFY(f->acute->setSexualViolenceSigns(f->caseId, true).ok());
        x = f->acute->facts(f->caseId);
        QVERIFY(x.sexualViolenceSigns);
        QCOMPARE(x.sexualViolenceSources, QStringList{u"explicit"_s});
        QVERIFY(f->acute->setSexualViolenceSigns(f->caseId, false).ok());
        QVERIFY(!f->acute->facts(f->caseId).sexualViolenceSigns);
        QCOMPARE(f->acute->facts(f->caseId).explicitSexualViolence, std::optional<bool>(false));
        // ... or a note under the keyword "sexual-violence" ...
        QVERIFY(f->docs->notes()
                    .add(NoteInput{f->caseId, pa, u"sexual-violence"_s, u"told at 03:00"_s, false})
                    .ok());
        x = f->acute->facts(f->caseId);
        QVERIFY(x.sexualViolenceSigns);
        QVERIFY(x.facts.sexualViolenceSigns);
        QCOMPARE(x.sexualViolenceSources, QStringList{u"keyword"_s});
        // ... or an evidence kit.
        EvidenceKitDetails kit;
        kit.kitId = u"NCK-1"_s;
        kit.examinedAtMsecs = f->now.toMSecsSinceEpoch();
        QVERIFY(f->docs->evidenceKits().record(pa, kit).ok());
        QVERIFY(f->acute->facts(f->caseId).sexualViolenceSources.contains(u"evidence-kit"_s));
        // With sexual-violence signs the plan holds task 9.
        QVERIFY(taskIds(f->acute->plan(f->caseId, u"health-care"_s)).contains(u"health.9"_s));

        // Children at the address (not own, part time) put children in the picture.
        PersonDetails b = adult(u"Woman B"_s);
        b.children = {ChildInPicture{false, AtAddress::PartTime, 6}};
        f->docs->persons().add(f->caseId, b);
        x = f->acute->facts(f->caseId);
        QVERIFY(!x.hasChild);
        QVERIFY(x.childrenInPicture);
        QCOMPARE(x.facts.childrenAtAddress.size(), 1);
        QVERIFY(!x.facts.childrenAtAddress[0].ownChild);
        QVERIFY(x.facts.childrenAtAddress[0].partTime);

        // A person with unknown age stays unknown (not adult).
        PersonDetails u;
        u.label = u"Person C"_s;
        f->docs->persons().add(f->caseId, u);
        QCOMPARE(f->acute->facts(f->caseId).facts.persons.last().ageGroup, CaseAgeGroup::Unknown);
    }

    // --- action plan and task status -------------------------------------------------

    void planIsOrderedForTheDeviceRole() {
        auto f = open(Role::Police);
        f->docs->persons().add(f->caseId, adult(u"A"_s));
        const AcuteActionPlan p = f->acute->plan(f->caseId);
        QCOMPARE(p.role, u"police"_s);
        QVERIFY(!p.tasks.isEmpty());
        // Own tasks first, then the others (one step away in the UI).
        QVERIFY(p.tasks.first().ownRole);
        QCOMPARE(p.tasks.first().task.id, u"police.12"_s);
        QCOMPARE(p.tasks.first().actorName, u"Police"_s);
        QVERIFY(p.tasks.first().title.startsWith(u"Intervenes"_s));
        bool seenOther = false;
        for (const TaskView &t : p.tasks) {
            if (!t.ownRole)
                seenOther = true;
            else
                QVERIFY2(!seenOther, qPrintable(t.task.id));
            QCOMPARE(t.state, TaskState::Open);
        }
        QVERIFY(seenOther);
        QCOMPARE(p.openCount, 5); // 12, 13, 14, 15, 18: adults only, no lead
        QVERIFY(!taskIds(p).contains(u"police.17"_s));
        // Another actor's view.
        const AcuteActionPlan h = f->acute->plan(f->caseId, u"health-care"_s);
        QCOMPARE(h.tasks.first().task.id, u"health.6"_s);
        QVERIFY(h.tasks.first().ownRole);
    }

    void taskStatusHistory() {
        auto f = open(Role::Police);
        f->docs->persons().add(f->caseId, adult(u"A"_s));
        const qint64 n = f->events();
        const WriteResult done = f->acute->markDone(f->caseId, u"police.13"_s,
                                                    u"told in Romanian"_s, f->now.addSecs(-1800));
        QVERIFY2(done.ok(), qPrintable(done.error));
        QCOMPARE(f->acute->taskState(f->caseId, u"police.13"_s), TaskState::Done);

        // Not applicable needs a reason: refused with a clear message, nothing written.
        const WriteResult empty = f->acute->markNotApplicable(f->caseId, u"police.14"_s, u"  "_s);
        QVERIFY(!empty.ok());
        QVERIFY(empty.error.contains(u"Write why"_s));
        QCOMPARE(f->events(), n + 1);
        QVERIFY(
            f->acute->markNotApplicable(f->caseId, u"police.14"_s, u"Coordinator present"_s).ok());
        QCOMPARE(f->acute->taskState(f->caseId, u"police.14"_s), TaskState::NotApplicable);

        // Reopen: only what is not open.
        const WriteResult openAlready = f->acute->reopen(f->caseId, u"police.12"_s);
        QVERIFY(!openAlready.ok());
        QVERIFY(!openAlready.error.isEmpty());
        f->now = f->now.addSecs(600);
        QVERIFY(f->acute->reopen(f->caseId, u"police.13"_s, u"interpreter was wrong"_s).ok());
        QCOMPARE(f->acute->taskState(f->caseId, u"police.13"_s), TaskState::Open);

        const QList<TaskChange> h = f->acute->taskHistory(f->caseId, u"police.13"_s);
        QCOMPARE(h.size(), 2);
        QCOMPARE(h[0].action, TaskAction::Done);
        QCOMPARE(h[0].note, u"told in Romanian"_s);
        QCOMPARE(h[0].atMsecs, local(2026, 11, 10, 13, 30).toMSecsSinceEpoch());
        QCOMPARE(h[0].deviceId, f->session->device().deviceId);
        QCOMPARE(h[0].deviceName, u"Car 12"_s);
        QCOMPARE(h[0].role, u"police"_s);
        QVERIFY(h[0].recordedAtMsecs > 0);
        QCOMPARE(h[1].action, TaskAction::Reopened);
        QCOMPARE(h[1].note, u"interpreter was wrong"_s);
        QCOMPARE(h[1].atMsecs, f->now.toMSecsSinceEpoch());

        const AcuteActionPlan p = f->acute->plan(f->caseId);
        for (const TaskView &t : p.tasks) {
            if (t.task.id == u"police.14"_s) {
                QCOMPARE(t.state, TaskState::NotApplicable);
                QVERIFY(t.last);
                QCOMPARE(t.last->reason, u"Coordinator present"_s);
                QCOMPARE(t.changeCount, 1);
            }
            if (t.task.id == u"police.13"_s) {
                QCOMPARE(t.state, TaskState::Open);
                QCOMPARE(t.changeCount, 2);
            }
        }
    }

    void taskStatusRefusals() {
        auto f = open(Role::Police);
        f->docs->persons().add(f->caseId, adult(u"A"_s));
        const qint64 n = f->events();
        QVERIFY(!f->acute->markDone(f->caseId, u"police.99"_s).ok());
        // Task 17 applies only when the police lead the investigation.
        const WriteResult notApplying = f->acute->markDone(f->caseId, u"police.17"_s);
        QVERIFY(!notApplying.ok());
        QVERIFY(!notApplying.error.isEmpty());
        QVERIFY(!f->acute->markDone(f->caseId, u"police.12"_s, {}, f->now.addDays(1)).ok());
        QVERIFY(!f->acute->markDone(u"no-case"_s, u"police.12"_s).ok());
        QCOMPARE(f->events(), n);
        QVERIFY(f->acute->setInvestigationLead(f->caseId, InvestigationLead::Police).ok());
        QVERIFY(f->acute->markDone(f->caseId, u"police.17"_s).ok());
    }

    // --- reports of concern ----------------------------------------------------------

    void reportOfConcernRequiredUntilMade() {
        auto f = open(Role::HealthCare);
        f->docs->persons().add(f->caseId, adult(u"A"_s));
        QCOMPARE(f->acute->reportOfConcern(f->caseId).assessment.need,
                 ReportOfConcernNeed::NotNeeded);
        const QString c = f->docs->persons().add(f->caseId, child(u"Girl"_s)).recordId;
        ReportOfConcernView v = f->acute->reportOfConcern(f->caseId);
        QVERIFY(v.required);
        QCOMPARE(v.assessment.need, ReportOfConcernNeed::Required);
        QCOMPARE(v.assessment.childPersonIds, QStringList{c});
        QVERIFY(v.text.startsWith(u"You must always make a report of concern"_s));
        QVERIFY(v.reports.isEmpty());
        // The case overview lists it as missing.
        auto missingKeys = [&f]() {
            QStringList keys;
            for (const MissingItem &m : f->docs->overview().overview(f->caseId).missing)
                keys << m.key;
            return keys;
        };
        QVERIFY(missingKeys().contains(u"report-of-concern"_s));

        const qint64 n = f->events();
        ReportOfConcernInput in;
        in.madeBy = u"Nurse Berg"_s;
        QVERIFY(f->acute->recordReportOfConcernMade(f->caseId, in).error.contains(u"social"_s));
        in.socialServices = u"Södermalm"_s;
        in.madeBy.clear();
        QVERIFY(!f->acute->recordReportOfConcernMade(f->caseId, in).ok());
        in.madeBy = u"Nurse Berg"_s;
        in.madeAt = f->now.addSecs(3600);
        QVERIFY(!f->acute->recordReportOfConcernMade(f->caseId, in).ok());
        QCOMPARE(f->events(), n);
        QVERIFY(f->acute->reportOfConcern(f->caseId).required);

        in.madeAt = f->now.addSecs(-600);
        const WriteResult w = f->acute->recordReportOfConcernMade(f->caseId, in);
        QVERIFY2(w.ok(), qPrintable(w.error));
        v = f->acute->reportOfConcern(f->caseId);
        QVERIFY(!v.required);
        QCOMPARE(v.assessment.need, ReportOfConcernNeed::Made);
        QCOMPARE(v.reports.size(), 1);
        QCOMPARE(v.reports[0].socialServices, u"Södermalm"_s);
        QCOMPARE(v.reports[0].madeBy, u"Nurse Berg"_s);
        QCOMPARE(v.reports[0].madeAtMsecs, f->now.addSecs(-600).toMSecsSinceEpoch());
        QCOMPARE(v.reports[0].role, u"health-care"_s);
        QCOMPARE(v.reports[0].deviceId, f->session->device().deviceId);
        QVERIFY(f->acute->reportOfConcernMade(f->caseId));
        QVERIFY(!missingKeys().contains(u"report-of-concern"_s));
    }

    void reportOfConcernChildrenAtAddressAndPregnancy() {
        auto f = open(Role::SocialServices);
        PersonDetails p = adult(u"A"_s);
        p.gender = Gender::Female;
        p.pregnant = TriState::Yes;
        const QString pid = f->docs->persons().add(f->caseId, p).recordId;
        ReportOfConcernView v = f->acute->reportOfConcern(f->caseId);
        QVERIFY(v.offered);
        QVERIFY(!v.required);
        QCOMPARE(v.assessment.need, ReportOfConcernNeed::Offered);
        QVERIFY(v.text.startsWith(u"You may also make"_s));
        // A child that is not hers, at the address part time: required.
        p.children = {ChildInPicture{false, AtAddress::PartTime, 4}};
        QVERIFY(f->docs->persons().amend(pid, p).ok());
        v = f->acute->reportOfConcern(f->caseId);
        QVERIFY(v.required);
        QVERIFY(v.assessment.childrenAtAddress);
        // Full time own child in another case: required too.
        const QString other = f->session->cases().openCase(f->now.toMSecsSinceEpoch(), {});
        PersonDetails q = adult(u"B"_s);
        q.children = {ChildInPicture{true, AtAddress::FullTime, {}}};
        f->docs->persons().add(other, q);
        QVERIFY(f->acute->reportOfConcern(other).required);
    }

    // --- deadlines -------------------------------------------------------------------

    void protectionAssessmentDeadline() {
        auto f = open(Role::SocialServices);
        f->docs->persons().add(f->caseId, child(u"Boy"_s, 15));
        QVERIFY(f->acute->deadlines(f->caseId).isEmpty());
        QVERIFY(!f->acute->nextDeadline(f->caseId, f->now));
        QVERIFY(f->acute->nextDueByCase({f->caseId}).isEmpty());

        const QDateTime received = local(2026, 11, 10, 9, 30);
        QVERIFY(f->acute->setReportOfConcernReceived(f->caseId, received).ok());
        const QList<DeadlineView> ds = f->acute->deadlines(f->caseId);
        QCOMPARE(ds.size(), 1);
        QCOMPARE(ds[0].ruleId, u"protection-assessment"_s);
        QCOMPARE(ds[0].title, u"Protection assessment"_s);
        QCOMPARE(ds[0].triggerUtc, received);
        const QDateTime due = QDateTime(QDate(2026, 11, 11), QTime(23, 59, 59, 999), Stockholm);
        QCOMPARE(ds[0].dueUtc, due.toUTC());
        QCOMPARE(ds[0].status.state, DeadlineState::Upcoming);
        // Status at other moments.
        const QDateTime tomorrowNoon = local(2026, 11, 11, 12, 0);
        DeadlineView d = *f->acute->nextDeadline(f->caseId, tomorrowNoon);
        QCOMPARE(d.status.state, DeadlineState::DueToday);
        QCOMPARE(d.status.hours, 11);
        QCOMPARE(d.status.minutes, 59);
        d = *f->acute->nextDeadline(f->caseId, local(2026, 11, 12, 3, 0));
        QCOMPARE(d.status.state, DeadlineState::Overdue);
        QCOMPARE(d.status.totalHours, 3);
        // The read-model column.
        QCOMPARE(f->acute->nextDueByCase({f->caseId}).value(f->caseId).dueUtc, due.toUTC());
        QCOMPARE(f->acute->nextDueByCase({f->caseId}).value(f->caseId).ruleId,
                 u"protection-assessment"_s);

        // Task 1 done -> the deadline is met and no longer next.
        f->now = local(2026, 11, 11, 10, 0);
        QVERIFY(
            f->acute->markDone(f->caseId, QString::fromLatin1(ProtectionAssessmentTaskId)).ok());
        const QList<DeadlineView> met = f->acute->deadlines(f->caseId, tomorrowNoon);
        QCOMPARE(met[0].status.state, DeadlineState::Met);
        QVERIFY(met[0].status.metOnTime);
        QCOMPARE(met[0].completedUtc, f->now);
        QVERIFY(!f->acute->nextDeadline(f->caseId, tomorrowNoon));
        QVERIFY(f->acute->nextDueByCase({f->caseId}).isEmpty());
        // Reopened -> due again.
        QVERIFY(f->acute->reopen(f->caseId, QString::fromLatin1(ProtectionAssessmentTaskId)).ok());
        QCOMPARE(f->acute->nextDueByCase({f->caseId}).value(f->caseId).dueUtc, due.toUTC());

        // A time recorded by mistake is taken back: no deadline any more.
        QVERIFY(f->acute->clearTime(f->caseId, TimeFact::ReportOfConcernReceived).ok());
        QVERIFY(!f->acute->facts(f->caseId).reportOfConcernReceivedAt.isValid());
        QVERIFY(f->acute->deadlines(f->caseId).isEmpty());
        QVERIFY(f->acute->nextDueByCase({f->caseId}).isEmpty());
    }

    void permitDeadlines() {
        auto f = open(Role::Police);
        PersonDetails a = adult(u"A"_s);
        a.livesInAnotherCountry = TriState::Yes;
        f->docs->persons().add(f->caseId, a);
        const QDateTime start = local(2026, 10, 20, 16, 0); // before the DST change
        QVERIFY(f->acute->setReflectionPeriodStarted(f->caseId, start).ok());
        QList<DeadlineView> ds = f->acute->deadlines(f->caseId);
        QCOMPARE(ds.size(), 1);
        QCOMPARE(ds[0].ruleId, u"reflection-period"_s);
        QCOMPARE(ds[0].dueUtc, local(2026, 11, 19, 16, 0)); // 30 local days, same local time
        QCOMPARE(f->acute->nextDeadline(f->caseId, f->now)->ruleId, u"reflection-period"_s);

        const QDateTime decided = local(2026, 11, 10, 11, 0);
        QVERIFY(f->acute->setDecidedToTakePart(f->caseId, decided).ok());
        ds = f->acute->deadlines(f->caseId);
        QCOMPARE(ds.size(), 2);
        QCOMPARE(ds[0].status.state, DeadlineState::Met); // the decision ends the reflection
        QCOMPARE(ds[1].ruleId, u"longer-permit"_s);
        QVERIFY(ds[1].minimum);
        QCOMPARE(ds[1].dueUtc, local(2027, 5, 10, 11, 0));
        QCOMPARE(f->acute->nextDeadline(f->caseId, f->now)->ruleId, u"longer-permit"_s);
        QCOMPARE(f->acute->nextDueByCase({f->caseId}).value(f->caseId).dueUtc,
                 local(2027, 5, 10, 11, 0));
        QCOMPARE(f->acute->nextDueByCase({f->caseId}).value(f->caseId).ruleId, u"longer-permit"_s);
    }

    void caseListSortsByNextDue() {
        auto f = open(Role::SocialServices);
        const QString a = f->caseId;
        const QString b = f->session->cases().openCase(f->now.toMSecsSinceEpoch(), u"K-2"_s);
        const QString c = f->session->cases().openCase(f->now.toMSecsSinceEpoch(), u"K-3"_s);
        const QString d = f->session->cases().openCase(f->now.toMSecsSinceEpoch(), u"K-4"_s);
        QVERIFY(f->acute->setReflectionPeriodStarted(a, local(2026, 11, 1, 8, 0)).ok());
        QVERIFY(f->acute->setReportOfConcernReceived(b, local(2026, 11, 10, 8, 0)).ok());
        QVERIFY(f->acute->setReportOfConcernReceived(c, local(2026, 11, 9, 8, 0)).ok());
        const QStringList sorted = f->acute->sortByNextDue({a, b, c, d});
        QCOMPARE(sorted, (QStringList{c, b, a, d}));
        const auto due = f->acute->nextDueByCase({a, b, c, d});
        QCOMPARE(due.size(), 3);
        QVERIFY(!due.contains(d));
    }

    // --- placements ------------------------------------------------------------------

    void placementSameHousingRefusedUntilOverridden() {
        auto f = open(Role::SocialServices);
        const QString a = f->docs->persons().add(f->caseId, adult(u"A"_s)).recordId;
        const QString b = f->docs->persons().add(f->caseId, adult(u"B"_s)).recordId;
        const PlacementResult first = f->acute->place(placementAt(a, u"Villa X"_s));
        QVERIFY2(first.ok(), qPrintable(first.error));
        QVERIFY(first.childReminders.isEmpty());
        QVERIFY(first.conflictWith.isEmpty());

        const qint64 n = f->events();
        // Same housing, written differently: still the same housing.
        PlacementResult refused = f->acute->place(placementAt(b, u"  villa   x "_s));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error.contains(u"Another person of this case"_s));
        QCOMPARE(refused.conflictWith, QStringList{a});
        QVERIFY(refused.ruleText.startsWith(u"As a rule, several persons"_s));
        QVERIFY(refused.placementId.isEmpty());
        QCOMPARE(f->events(), n);
        refused = f->acute->place(placementAt(b, u"Villa X"_s), u"   "_s);
        QVERIFY(!refused.ok());

        const PlacementResult ok =
            f->acute->place(placementAt(b, u"Villa X"_s), u" Sisters, assessed together "_s);
        QVERIFY2(ok.ok(), qPrintable(ok.error));
        QVERIFY(ok.overridden);
        QCOMPARE(ok.conflictWith, QStringList{a});
        const QJsonObject payload = f->session->journal().event(ok.eventId)->payloadObject();
        QCOMPARE(payload.value(u"overrideReason"_s).toString(), u"Sisters, assessed together"_s);
        QCOMPARE(payload.value(u"conflictWith"_s).toArray().at(0).toString(), a);

        const QList<PlacementView> ps = f->acute->placements(f->caseId);
        QCOMPARE(ps.size(), 2);
        QCOMPARE(ps[0].personId, a);
        QCOMPARE(ps[0].kind, PlacementKindType::ProtectedHousing);
        QCOMPARE(ps[0].kindTitle, u"Protected housing"_s);
        QCOMPARE(ps[0].housingId, u"Villa X"_s);
        QCOMPARE(ps[0].placedOn, QDate(2026, 11, 10));
        QCOMPARE(ps[0].supportLevel, u"bed, food, counselling"_s);
        QVERIFY(ps[0].staffedAroundTheClock);
        QVERIFY(ps[0].transportAccompanied);
        QVERIFY(ps[0].active);
        QCOMPARE(ps[0].role, u"social-services"_s);
        QCOMPARE(ps[1].overrideReason, u"Sisters, assessed together"_s);
        QCOMPARE(ps[1].conflictWith, QStringList{a});
    }

    void placementEndedOrMovedFreesTheHousing() {
        auto f = open(Role::SocialServices);
        const QString a = f->docs->persons().add(f->caseId, adult(u"A"_s)).recordId;
        const QString b = f->docs->persons().add(f->caseId, adult(u"B"_s)).recordId;
        const QString c = f->docs->persons().add(f->caseId, adult(u"C"_s)).recordId;
        const QString pa = f->acute->place(placementAt(a, u"X"_s)).placementId;
        QVERIFY(!pa.isEmpty());
        QVERIFY(!f->acute->place(placementAt(b, u"X"_s)).ok());
        // A moves to Y: X is free for B.
        QVERIFY(f->acute->place(placementAt(a, u"Y"_s)).ok());
        QCOMPARE(f->acute->activePlacement(a)->housingId, u"Y"_s);
        QVERIFY(f->acute->place(placementAt(b, u"X"_s)).ok());
        // B's placement ends: X is free for C.
        const QString pb = f->acute->activePlacement(b)->placementId;
        QVERIFY(!f->acute->place(placementAt(c, u"X"_s)).ok());
        QVERIFY(f->acute->endPlacement(pb, QDate(2026, 11, 12), u"moved home"_s).ok());
        QVERIFY(!f->acute->endPlacement(pb).ok());
        QVERIFY(!f->acute->endPlacement(u"nope"_s).ok());
        QVERIFY(!f->acute->activePlacement(b));
        QVERIFY(f->acute->place(placementAt(c, u"X"_s)).ok());
        // A person of another case at the same housing is no conflict.
        const QString other = f->session->cases().openCase(f->now.toMSecsSinceEpoch(), {});
        const QString d = f->docs->persons().add(other, adult(u"D"_s)).recordId;
        QVERIFY(f->acute->place(placementAt(d, u"Y"_s)).ok());
        const QList<PlacementView> ps = f->acute->placements(f->caseId);
        int active = 0;
        for (const PlacementView &p : ps)
            active += p.active ? 1 : 0;
        QCOMPARE(active, 2); // A at Y, C at X
    }

    void placementValidationAndChildReminders() {
        auto f = open(Role::SocialServices);
        const QString kid = f->docs->persons().add(f->caseId, child(u"Girl"_s)).recordId;
        const qint64 n = f->events();
        PlacementResult r = f->acute->place(placementAt(kid, u"  "_s));
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(u"identifier"_s));
        QCOMPARE(r.childReminders.size(), 3);
        QVERIFY(!f->acute->place(placementAt(u"nobody"_s, u"X"_s)).ok());
        QCOMPARE(f->events(), n);
        PlacementInput in = placementAt(kid, u"HVB Norr"_s);
        in.kind = PlacementKindType::Hvb;
        in.placedOn = QDate();
        r = f->acute->place(in);
        QVERIFY(r.ok());
        QCOMPARE(r.childReminders, f->acute->childPlacementReminders());
        QCOMPARE(r.childReminders.size(), 3);
        QVERIFY(r.childReminders.join(u' ').contains(u"sought out by the organisers"_s));
        QVERIFY(r.childReminders.join(u' ').contains(u"run away"_s));
        QVERIFY(r.childReminders.join(u' ').contains(u"LVU"_s));
        const auto p = f->acute->activePlacement(kid);
        QVERIFY(p);
        QCOMPARE(p->kind, PlacementKindType::Hvb);
        QCOMPARE(p->placedOn, QDate(2026, 11, 10)); // today in Stockholm by the clock
    }

    // --- contacts --------------------------------------------------------------------

    void contactsOrderedByAgeGroup() {
        auto f = open();
        f->docs->persons().add(f->caseId, adult(u"A"_s));
        QList<ContactView> cs = f->acute->contacts(f->caseId);
        QCOMPARE(cs.size(), 4);
        QCOMPARE(cs[0].id, u"coordinator-adults"_s);
        QVERIFY(cs[0].offeredFirst);
        QCOMPARE(cs[1].id, u"coordinator-children"_s);
        QVERIFY(!cs[1].offeredFirst);
        QCOMPARE(cs[2].id, u"support-line"_s);
        QCOMPARE(cs[3].id, u"emergency"_s);
        QCOMPARE(cs[0].mailtoUri, u"mailto:elisabet.lundqvist@stockholm.se"_s);
        QCOMPARE(cs[0].phones[0].display, u"08-508 256 69"_s);
        QCOMPARE(cs[0].phones[0].telUri, u"tel:+46850825669"_s);
        QCOMPARE(cs[0].phones[1].display, u"076-122 56 69"_s);
        QCOMPARE(cs[2].phones[0].display, u"020-39 00 00"_s);
        QVERIFY(cs[2].mailtoUri.isEmpty());
        QCOMPARE(cs[3].phones[0].telUri, u"tel:112"_s);
        QCOMPARE(cs[3].phones[0].display, u"112"_s);

        f->docs->persons().add(f->caseId, child(u"B"_s));
        cs = f->acute->contacts(f->caseId);
        QCOMPARE(cs[0].id, u"coordinator-children"_s);
        QVERIFY(cs[0].offeredFirst);
        QCOMPARE(cs[0].phones[0].display, u"08-508 437 26"_s);
        QCOMPARE(cs[0].phones[1].display, u"076-124 37 26"_s);
        QCOMPARE(cs[1].id, u"coordinator-adults"_s);
        QCOMPARE(cs[2].id, u"support-line"_s);
        QCOMPARE(cs[3].id, u"emergency"_s);
        f->acute->setLanguage(u"sv"_s);
        QCOMPARE(f->acute->contacts(f->caseId)[3].role, u"Larmnummer vid fara"_s);
    }

    // --- projections -----------------------------------------------------------------

    void rebuildEqualsIncrementalOnRandomHistory() {
        auto f = open(Role::SocialServices);
        QRandomGenerator rng(20261130);
        const QStringList cases{f->caseId,
                                f->session->cases().openCase(f->now.toMSecsSinceEpoch(), {}),
                                f->session->cases().openCase(f->now.toMSecsSinceEpoch(), {})};
        QStringList persons;
        const QStringList housings{u"X"_s, u"Y"_s, u"Z"_s};
        const QStringList tasks{u"social.1"_s, u"social.4"_s, u"social.5"_s, u"police.12"_s,
                                u"health.6"_s};
        int refusals = 0, overrides = 0;
        for (int i = 0; i < 150; ++i) {
            f->now = f->now.addSecs(60 * rng.bounded(240));
            const QString c = cases[rng.bounded(int(cases.size()))];
            const int op = persons.isEmpty() ? 0 : rng.bounded(11);
            switch (op) {
            case 0:
                persons << f->docs->persons()
                               .add(c, rng.bounded(3) ? adult(u"P%1"_s.arg(i))
                                                      : child(u"P%1"_s.arg(i)))
                               .recordId;
                break;
            case 1:
                f->acute->setInvestigationLead(c, InvestigationLead(rng.bounded(3)));
                break;
            case 2:
                f->acute->setGreaterProtectionNeed(c, rng.bounded(2));
                break;
            case 3: {
                const QDateTime at = f->now.addSecs(-3600 * rng.bounded(48));
                switch (rng.bounded(3)) {
                case 0:
                    f->acute->setReportOfConcernReceived(c, at);
                    break;
                case 1:
                    f->acute->setReflectionPeriodStarted(c, at);
                    break;
                default:
                    f->acute->setDecidedToTakePart(c, at);
                }
                if (rng.bounded(6) == 0)
                    f->acute->clearTime(c, TimeFact(rng.bounded(3)));
                break;
            }
            case 4:
            case 5: {
                const QString t = tasks[rng.bounded(int(tasks.size()))];
                switch (rng.bounded(3)) {
                case 0:
                    f->acute->markDone(c, t, u"n%1"_s.arg(i));
                    break;
                case 1:
                    f->acute->markNotApplicable(c, t, rng.bounded(4) ? u"r%1"_s.arg(i) : QString());
                    break;
                default:
                    f->acute->reopen(c, t);
                }
                break;
            }
            case 6: {
                ReportOfConcernInput in;
                in.socialServices = u"S%1"_s.arg(rng.bounded(3));
                in.madeBy = u"M"_s;
                f->acute->recordReportOfConcernMade(c, in);
                break;
            }
            case 7:
            case 8:
            case 9: {
                const QString p = persons[rng.bounded(int(persons.size()))];
                const PlacementResult r =
                    f->acute->place(placementAt(p, housings[rng.bounded(int(housings.size()))]),
                                    rng.bounded(2) ? u"reason %1"_s.arg(i) : QString());
                refusals += r.ok() ? 0 : 1;
                overrides += r.overridden ? 1 : 0;
                break;
            }
            case 10: {
                const QList<PlacementView> ps = f->acute->placements(c);
                if (!ps.isEmpty())
                    f->acute->endPlacement(ps[rng.bounded(int(ps.size()))].placementId);
                break;
            }
            }
        }
        QVERIFY(refusals > 0);
        QVERIFY(overrides > 0);
        Database &db = f->session->database();
        const QStringList incremental = snapshot(db);
        Statement types = db.prepare("SELECT DISTINCT type FROM events WHERE type LIKE 'acute.%'");
        QStringList seen;
        while (types.step())
            seen << types.text(0);
        for (const char *t : {acute_events::FactsRecorded, acute_events::TaskStatusRecorded,
                              acute_events::ReportOfConcernMade, acute_events::PlacementRecorded,
                              acute_events::PlacementEnded})
            QVERIFY2(seen.contains(QLatin1String(t)), t);

        f->session->journal().rebuildProjections();
        QCOMPARE(snapshot(db), incremental);
        f->acute->rebuild();
        QCOMPARE(snapshot(db), incremental);

        // A read model that missed events catches up when the service is created.
        db.exec("DELETE FROM ap_fact; DELETE FROM ap_task_event; DELETE FROM ap_report; "
                "DELETE FROM ap_placement; DELETE FROM ap_placement_end; DELETE FROM ap_case; "
                "DELETE FROM ap_seen;");
        f->acute.reset();
        Fixture *raw = f.get();
        f->acute = std::make_unique<AcutePhase>(*f->docs, m_pack, [raw]() { return raw->now; });
        QVERIFY(f->acute->isUpToDate());
        QCOMPARE(snapshot(db), incremental);
    }

    void reopenKeepsEverything() {
        const DataDir dir{sessionScratch(u"ap-reopen"_s)};
        SetupRequest r;
        r.role = Role::SocialServices;
        r.deviceName = u"Desk"_s;
        r.kdf = KdfParams::fastForTests();
        QString caseId;
        QStringList before;
        {
            auto out = Session::setup(dir, passcode("482913"), r);
            QVERIFY(out.session);
            FieldDocumentation docs(*out.session, m_indicators, m_keywords);
            AcutePhase acute(docs, m_pack);
            caseId = out.session->cases().openCase(1, {});
            const QString p = docs.persons().add(caseId, child(u"K"_s)).recordId;
            QVERIFY(acute.setReportOfConcernReceived(caseId).ok());
            QVERIFY(acute.place(placementAt(p, u"X"_s)).ok());
            before = snapshot(out.session->database());
        }
        auto out = Session::unlock(dir, passcode("482913"));
        QVERIFY2(out.session, qPrintable(out.message));
        FieldDocumentation docs(*out.session, m_indicators, m_keywords);
        AcutePhase acute(docs, m_pack);
        QCOMPARE(snapshot(out.session->database()), before);
        QCOMPARE(acute.placements(caseId).size(), 1);
        QVERIFY(acute.nextDeadline(caseId, QDateTime::currentDateTimeUtc()));
    }
};

QTEST_GUILESS_MAIN(TestAcutePhase)
#include "test_acute_phase.moc"
