// Scenario: one realistic case built through the same API the UI uses. A police patrol
// finds a 16-year-old girl who lives abroad together with an adult woman of the same case,
// late on the evening before the spring daylight-saving change. The police lead the
// preliminary investigation. Checked: the action plan shown to police and to health care,
// the report of concern (required until recorded made), the deadlines (protection
// assessment due at the end of the next day in Europe/Stockholm, reflection period 30
// days), the contacts, and the placement rule (child refused at the adult's housing, then
// accepted with a written reason that is in the stored, signed event).

#include "../store/session_test_util.h"

#include "content/guidance_pack.h"
#include "content/indicator_catalogue.h"
#include "content/keyword_catalogue.h"
#include "domain/acute_phase.h"
#include "domain/case_service.h"
#include "domain/field_documentation.h"
#include "journal/journal.h"
#include "store/session.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace lots;
using namespace lots::test;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone Stockholm("Europe/Stockholm");

QDateTime local(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Stockholm).toUTC();
}

QStringList ids(const AcuteActionPlan &plan) {
    QStringList out;
    for (const TaskView &t : plan.tasks)
        out << t.task.id;
    return out;
}

} // namespace

class TestAcutePhaseScenario : public QObject {
    Q_OBJECT

private slots:
    void sixteenYearOldFoundWithAdult() {
        // --- set up a police device ----------------------------------------------------
        auto indicators = IndicatorCatalogue::loadShipped();
        auto keywords = KeywordCatalogue::loadShipped();
        auto pack = GuidancePack::loadShipped();
        QVERIFY(indicators.ok() && keywords.ok() && pack.ok());
        SetupRequest request;
        request.role = Role::Police;
        request.deviceName = u"Patrol 2140"_s;
        request.kdf = KdfParams::fastForTests();
        auto outcome =
            Session::setup(DataDir{sessionScratch(u"scenario"_s)}, passcode("731946"), request);
        QVERIFY2(outcome.session, qPrintable(outcome.message));
        Session &session = *outcome.session;
        FieldDocumentation docs(session, indicators.value(), keywords.value());
        docs.context().language = u"en"_s;
        QDateTime now = local(2026, 3, 28, 23, 40); // Saturday night; DST starts Sunday 02:00
        AcutePhase acute(docs, pack.value(), [&now]() { return now; });
        acute.setLanguage(u"en"_s);

        // --- the case and the persons ------------------------------------------------------
        const QString caseId = session.cases().openCase(now.toMSecsSinceEpoch(), u"5000-K123-26"_s);
        PersonDetails woman;
        woman.label = u"Woman in the kitchen"_s;
        woman.ageGroup = AgeGroup::Adult;
        woman.estimatedAge = 34;
        woman.gender = Gender::Female;
        const WriteResult w = docs.persons().add(caseId, woman);
        QVERIFY2(w.ok(), qPrintable(w.error));
        PersonDetails girl;
        girl.label = u"Girl B"_s;
        girl.ageGroup = AgeGroup::Child;
        girl.estimatedAge = 16;
        girl.gender = Gender::Female;
        girl.languages = {u"Romanian"_s};
        girl.interpreterNeeded = true;
        girl.livesInAnotherCountry = TriState::Yes;
        girl.country = u"Romania"_s;
        const WriteResult g = docs.persons().add(caseId, girl);
        QVERIFY2(g.ok(), qPrintable(g.error));
        QVERIFY(acute.setInvestigationLead(caseId, InvestigationLead::Police).ok());

        const AcuteCaseFacts facts = acute.facts(caseId);
        QVERIFY(facts.hasChild);
        QVERIFY(facts.livesAbroad);
        QCOMPARE(facts.livesAbroadPersonIds, QStringList{g.recordId});
        QCOMPARE(facts.investigationLead, InvestigationLead::Police);

        // --- the plan shown to the police ------------------------------------------------------
        const AcuteActionPlan police = acute.plan(caseId);
        QCOMPARE(police.role, u"police"_s);
        const QStringList p = ids(police);
        // Report of concern and protection assessment first: own (19), then the others in
        // guidance order (1, 7).
        QCOMPARE(p.mid(0, 3), (QStringList{u"police.19"_s, u"social.1"_s, u"health.7"_s}));
        QVERIFY(police.tasks[0].pinned && police.tasks[0].ownRole);
        QVERIFY(police.tasks[1].pinned && !police.tasks[1].ownRole);
        QCOMPARE(police.tasks[1].actorName, u"Social services"_s);
        // Then every own task, in guidance order, with 16 (permit: police lead + abroad) and
        // 17 (counsel for the injured party) and 20 (a child: contact the coordinator).
        QCOMPARE(p.mid(3, 8),
                 (QStringList{u"police.12"_s, u"police.13"_s, u"police.14"_s, u"police.15"_s,
                              u"police.16"_s, u"police.17"_s, u"police.18"_s, u"police.20"_s}));
        for (int i = 3; i < 11; ++i)
            QVERIFY(police.tasks[i].ownRole && !police.tasks[i].pinned);
        // Then the other actors' tasks (one step away in the UI).
        for (int i = 11; i < police.tasks.size(); ++i)
            QVERIFY(!police.tasks[i].ownRole && !police.tasks[i].pinned);
        QVERIFY(p.contains(u"migration.24"_s));   // lives abroad
        QVERIFY(p.contains(u"coordinator.27"_s)); // lives abroad
        QVERIFY(p.contains(u"social.2"_s));       // a child
        QVERIFY(!p.contains(u"prosecutor.21"_s)); // the prosecutor does not lead
        QVERIFY(!p.contains(u"prosecutor.22"_s));
        QVERIFY(!p.contains(u"prosecutor.23"_s));
        QVERIFY(!p.contains(u"health.9"_s)); // no sexual-violence signs recorded
        QCOMPARE(police.openCount, 9);
        QVERIFY(police.tasks[3].title.startsWith(u"Intervenes against ongoing crime"_s));

        // --- the plan shown to health care ---------------------------------------------------
        const AcuteActionPlan health = acute.plan(caseId, u"health-care"_s);
        const QStringList h = ids(health);
        QCOMPARE(h.mid(0, 3), (QStringList{u"health.7"_s, u"social.1"_s, u"police.19"_s}));
        QCOMPARE(h.mid(3, 4),
                 (QStringList{u"health.6"_s, u"health.8"_s, u"health.10"_s, u"health.11"_s}));
        QVERIFY(health.tasks[3].ownRole);
        QVERIFY(!health.tasks[7].ownRole);
        QVERIFY(h.contains(u"police.16"_s));
        QVERIFY(h.contains(u"police.17"_s));
        QVERIFY(!h.contains(u"prosecutor.21"_s));
        QVERIFY(!h.contains(u"prosecutor.22"_s));
        QCOMPARE(h.size(), p.size()); // the same tasks, another order

        // --- contacts: the children's coordinator first ---------------------------------------
        const QList<ContactView> contacts = acute.contacts(caseId);
        QCOMPARE(contacts.size(), 4);
        QCOMPARE(contacts[0].name, u"Jenny Selenius"_s);
        QCOMPARE(contacts[0].phones[0].display, u"08-508 437 26"_s);
        QCOMPARE(contacts[0].phones[0].telUri, u"tel:+46850843726"_s);
        QCOMPARE(contacts[0].mailtoUri, u"mailto:jenny.selenius@stockholm.se"_s);
        QCOMPARE(contacts[1].name, u"Elisabet Lundqvist"_s);
        QCOMPARE(contacts[2].phones[0].display, u"020-39 00 00"_s);
        QCOMPARE(contacts[3].phones[0].telUri, u"tel:112"_s);

        // --- report of concern: required until recorded made ----------------------------------
        ReportOfConcernView roc = acute.reportOfConcern(caseId);
        QVERIFY(roc.required);
        QCOMPARE(roc.assessment.childPersonIds, QStringList{g.recordId});
        QVERIFY(!roc.text.isEmpty());
        QCOMPARE(docs.overview().overview(caseId).missing.value(0).key, u"report-of-concern"_s);
        now = local(2026, 3, 28, 23, 55);
        ReportOfConcernInput report;
        report.socialServices = u"Socialjouren Stockholm"_s;
        report.madeBy = u"Inspector Lind"_s;
        report.madeAt = local(2026, 3, 28, 23, 50);
        QVERIFY(acute.recordReportOfConcernMade(caseId, report).ok());
        QVERIFY(
            acute.markDone(caseId, u"police.19"_s, u"By phone to the social emergency service"_s)
                .ok());
        roc = acute.reportOfConcern(caseId);
        QVERIFY(!roc.required);
        QCOMPARE(roc.assessment.need, ReportOfConcernNeed::Made);
        QCOMPARE(roc.reports.value(0).socialServices, u"Socialjouren Stockholm"_s);
        QCOMPARE(roc.reports.value(0).role, u"police"_s);
        for (const MissingItem &m : docs.overview().overview(caseId).missing)
            QVERIFY(m.key != u"report-of-concern"_s);
        QCOMPARE(acute.plan(caseId).tasks[0].state, TaskState::Done);
        QCOMPARE(acute.plan(caseId).tasks[0].last->deviceName, u"Patrol 2140"_s);

        // --- deadlines ----------------------------------------------------------------------
        // Social services received the report at 23:58 on Saturday: the protection assessment
        // is due at the end of Sunday, local time (after the clocks went forward: UTC+2).
        QVERIFY(acute.setReportOfConcernReceived(caseId, local(2026, 3, 28, 23, 58)).ok());
        QList<DeadlineView> deadlines = acute.deadlines(caseId, now);
        QCOMPARE(deadlines.size(), 1);
        QCOMPARE(deadlines[0].ruleId, u"protection-assessment"_s);
        QCOMPARE(deadlines[0].dueUtc, local(2026, 3, 29, 23, 59, 59, 999));
        QCOMPARE(deadlines[0].dueUtc,
                 QDateTime(QDate(2026, 3, 29), QTime(21, 59, 59, 999), Qt::UTC));
        QCOMPARE(deadlines[0].status.state, DeadlineState::Upcoming);
        const auto sundayEvening = acute.nextDeadline(caseId, local(2026, 3, 29, 20, 0));
        QVERIFY(sundayEvening);
        QCOMPARE(sundayEvening->status.state, DeadlineState::DueToday);
        QCOMPARE(sundayEvening->status.hours, 3);
        QCOMPARE(sundayEvening->status.minutes, 59);
        QCOMPARE(acute.nextDeadline(caseId, local(2026, 3, 30, 1, 0))->status.state,
                 DeadlineState::Overdue);

        // The investigation leader applies for the permit; the reflection period starts on
        // Sunday at 10:00 and lasts 30 days.
        now = local(2026, 3, 29, 10, 0);
        QVERIFY(acute.setReflectionPeriodStarted(caseId, now).ok());
        deadlines = acute.deadlines(caseId, now);
        QCOMPARE(deadlines.size(), 2);
        QCOMPARE(deadlines[1].ruleId, u"reflection-period"_s);
        QCOMPARE(deadlines[1].dueUtc, local(2026, 4, 28, 10, 0));
        QCOMPARE(deadlines[1].status.days, 30);
        // For the case list: what is due first.
        QCOMPARE(acute.nextDeadline(caseId, now)->ruleId, u"protection-assessment"_s);
        QCOMPARE(acute.nextDueByCase({caseId}).value(caseId).dueUtc,
                 local(2026, 3, 29, 23, 59, 59, 999));

        // --- placements -----------------------------------------------------------------------
        PlacementInput adultPlacement;
        adultPlacement.personId = w.recordId;
        adultPlacement.kind = PlacementKindType::ProtectedHousing;
        adultPlacement.housingId = u"Housing X"_s;
        adultPlacement.supportLevel = u"bed, food, counselling"_s;
        adultPlacement.staffedAroundTheClock = true;
        adultPlacement.transportAccompanied = true;
        const PlacementResult placedAdult = acute.place(adultPlacement);
        QVERIFY2(placedAdult.ok(), qPrintable(placedAdult.error));
        QVERIFY(placedAdult.childReminders.isEmpty());

        PlacementInput childPlacement;
        childPlacement.personId = g.recordId;
        childPlacement.kind = PlacementKindType::Hvb;
        childPlacement.housingId = u"Housing X"_s;
        childPlacement.staffedAroundTheClock = true;
        const qint64 before = session.journal().count();
        const PlacementResult refused = acute.place(childPlacement);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error.contains(u"Another person of this case is already placed"_s));
        QVERIFY(refused.ruleText.contains(u"different relations to the traffickers"_s));
        QCOMPARE(refused.conflictWith, QStringList{w.recordId});
        QCOMPARE(refused.childReminders.size(), 3);
        QCOMPARE(session.journal().count(), before);
        QVERIFY(!acute.activePlacement(g.recordId));

        const QString reason = u"Only staffed housing with an interpreter tonight; separate "
                               u"floors; reassess tomorrow"_s;
        const PlacementResult accepted = acute.place(childPlacement, reason);
        QVERIFY2(accepted.ok(), qPrintable(accepted.error));
        QVERIFY(accepted.overridden);
        QCOMPARE(accepted.childReminders.size(), 3);
        const auto stored = session.journal().event(accepted.eventId);
        QVERIFY(stored);
        QCOMPARE(stored->type, QLatin1String(acute_events::PlacementRecorded));
        QCOMPARE(stored->caseId, caseId);
        QCOMPARE(stored->payloadObject().value(u"overrideReason"_s).toString(), reason);
        const auto active = acute.activePlacement(g.recordId);
        QVERIFY(active);
        QCOMPARE(active->overrideReason, reason);
        QCOMPARE(active->placedOn, QDate(2026, 3, 29));

        // Everything is in the signed journal.
        const VerifyReport verify = session.journal().verify();
        QVERIFY2(verify.ok, qPrintable(verify.reason));
    }
};

QTEST_GUILESS_MAIN(TestAcutePhaseScenario)
#include "test_acute_phase_scenario.moc"
