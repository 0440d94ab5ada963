#include "domain/action_plan.h"

#include <QCoreApplication>

namespace lots {

namespace {
class Msg {
    Q_DECLARE_TR_FUNCTIONS(lots::ActionPlan)
};
} // namespace

ConditionFacts conditionFactsOf(const CaseFacts &facts) {
    ConditionFacts c;
    for (const CasePerson &p : facts.persons)
        c.childInCase = c.childInCase || p.ageGroup == CaseAgeGroup::Child;
    c.childrenInPicture = c.childInCase || !facts.childrenAtAddress.isEmpty();
    c.policeLeadsInvestigation = facts.investigationLead == InvestigationLead::Police;
    c.prosecutorLeadsInvestigation = facts.investigationLead == InvestigationLead::Prosecutor;
    c.livesAbroad = facts.livesAbroad;
    c.sexualViolenceSigns = facts.sexualViolenceSigns;
    c.greaterProtectionNeed = facts.greaterProtectionNeed;
    c.reportOfConcernReceived = facts.reportOfConcernReceived;
    return c;
}

ReportOfConcernAssessment assessReportOfConcern(const CaseFacts &facts) {
    ReportOfConcernAssessment a;
    for (const CasePerson &p : facts.persons) {
        if (p.ageGroup == CaseAgeGroup::Child)
            a.childPersonIds << p.id;
        if (p.ageGroup == CaseAgeGroup::Unknown)
            a.ageUnknown = true;
        if (p.pregnant)
            a.pregnantPersonIds << p.id;
    }
    a.childPerson = !a.childPersonIds.isEmpty();
    a.childrenAtAddress = !facts.childrenAtAddress.isEmpty();
    a.pregnancy = !a.pregnantPersonIds.isEmpty();
    if (facts.reportOfConcernMade)
        a.need = ReportOfConcernNeed::Made;
    else if (a.childPerson || a.childrenAtAddress)
        a.need = ReportOfConcernNeed::Required;
    else if (a.pregnancy)
        a.need = ReportOfConcernNeed::Offered;
    else
        a.need = ReportOfConcernNeed::NotNeeded;
    return a;
}

ActionPlan buildActionPlan(const CaseFacts &facts, const GuidancePack &pack,
                           const QString &deviceRole) {
    ActionPlan plan;
    plan.facts = conditionFactsOf(facts);
    plan.reportOfConcern = assessReportOfConcern(facts);
    const bool childFirst = plan.facts.childrenInPicture || plan.facts.reportOfConcernReceived;

    QList<PlannedTask> pinnedOwn, pinnedOther, own, other;
    for (const GuidanceTask &t : pack.tasks()) {
        if (!t.condition.evaluate(plan.facts))
            continue;
        PlannedTask p{t, t.actor == deviceRole, childFirst && t.childPriority};
        if (p.pinned)
            (p.ownRole ? pinnedOwn : pinnedOther).append(p);
        else
            (p.ownRole ? own : other).append(p);
    }
    plan.tasks = pinnedOwn + pinnedOther + own + other;
    return plan;
}

PlacementCheck checkPlacement(const QList<Placement> &existing, const Placement &proposed) {
    PlacementCheck check;
    for (const Placement &p : existing) {
        if (!p.active || p.personId == proposed.personId)
            continue;
        if (p.caseId == proposed.caseId && p.housingId == proposed.housingId &&
            !p.housingId.isEmpty() && !check.otherPersonIds.contains(p.personId))
            check.otherPersonIds << p.personId;
    }
    check.conflict = !check.otherPersonIds.isEmpty();
    return check;
}

PlacementDecision decidePlacement(const QList<Placement> &existing, const Placement &proposed,
                                  const QString &overrideReason) {
    PlacementDecision d;
    d.check = checkPlacement(existing, proposed);
    if (!d.check.conflict) {
        d.allowed = true;
        return d;
    }
    const QString reason = overrideReason.trimmed();
    if (reason.isEmpty()) {
        d.message = Msg::tr("Another person of this case is already placed at this housing. "
                            "Persons of the same case should as a rule not be placed together "
                            "in this phase. Write why they should be, to place anyway.");
        return d;
    }
    d.allowed = true;
    d.overridden = true;
    d.reason = reason;
    return d;
}

} // namespace lots
