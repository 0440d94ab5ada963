#pragma once

#include "content/guidance_pack.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lots {

// A person's age group as the rules see it (child = under 18). Same enumerators, in the same
// order, as lots::AgeGroup of domain/persons.h, which this pure-rules header does not
// include (it pulls in the store); static_cast between them.
enum class CaseAgeGroup { Unknown, Child, Adult };
enum class InvestigationLead { None, Police, Prosecutor };

struct CasePerson {
    QString id;
    CaseAgeGroup ageGroup = CaseAgeGroup::Unknown;
    bool pregnant = false;
};

// A child recorded at the person's address: own or not, full or part time. Any of them
// puts children "in the picture".
struct ChildAtAddress {
    bool ownChild = true;
    bool partTime = false;
};

// What the action plan needs to know of a case (fed from the event projections).
struct CaseFacts {
    QList<CasePerson> persons;
    QList<ChildAtAddress> childrenAtAddress;
    InvestigationLead investigationLead = InvestigationLead::None;
    bool livesAbroad = false;
    bool sexualViolenceSigns = false;
    bool greaterProtectionNeed = false;
    bool reportOfConcernReceived = false; // social services have received a report
    bool reportOfConcernMade = false;     // the report has been recorded as made
};

// The condition vocabulary's facts for a case.
ConditionFacts conditionFactsOf(const CaseFacts &facts);

enum class ReportOfConcernNeed {
    NotNeeded, // adults only, nobody pregnant
    Offered,   // may be made: a person is pregnant (and no child in the picture)
    Required,  // must be made: a child in the case or at the address, not yet made
    Made,      // recorded as made
};

struct ReportOfConcernAssessment {
    ReportOfConcernNeed need = ReportOfConcernNeed::NotNeeded;
    bool childPerson = false;       // a person under 18 is in the case
    bool childrenAtAddress = false; // children (own or not, full or part time) at the address
    bool pregnancy = false;
    bool ageUnknown = false; // someone's age group is unknown: ask
    QStringList childPersonIds;
    QStringList pregnantPersonIds;
};

// Required when a person under 18 is in the case or children are recorded at the address,
// until recorded as made; offered (not required) when a person is pregnant.
ReportOfConcernAssessment assessReportOfConcern(const CaseFacts &facts);

struct PlannedTask {
    GuidanceTask task;
    bool ownRole = false; // the device role's own task
    bool pinned = false;  // report of concern / protection assessment with a child: on top
};

struct ActionPlan {
    QList<PlannedTask> tasks;
    ReportOfConcernAssessment reportOfConcern;
    ConditionFacts facts;
};

// The tasks of the pack whose condition holds for the case, ordered: with a child in the
// picture (or a report of concern received) the report-of-concern and protection-assessment
// tasks first; then the device role's (actor id) own tasks; then the others; each part in
// the guidance's order.
ActionPlan buildActionPlan(const CaseFacts &facts, const GuidancePack &pack,
                           const QString &deviceRole);

// Placements: persons of the same case should, as a rule, not share a housing in the
// acute phase.
struct Placement {
    QString personId;
    QString caseId;
    QString housingId;
    bool active = true; // ended placements do not conflict
};

struct PlacementCheck {
    bool conflict = false;
    QStringList otherPersonIds; // persons of the same case already at that housing
};

PlacementCheck checkPlacement(const QList<Placement> &existing, const Placement &proposed);

struct PlacementDecision {
    bool allowed = false;
    bool overridden = false; // allowed despite a conflict, with a written reason
    QString reason;          // the trimmed reason when overridden
    QString message;         // translated; set when not allowed
    PlacementCheck check;
};

// Allowed when there is no conflict; with a conflict only with a non-empty written reason.
PlacementDecision decidePlacement(const QList<Placement> &existing, const Placement &proposed,
                                  const QString &overrideReason = {});

} // namespace lots
