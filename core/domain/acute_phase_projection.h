#pragma once

// The acute phase (action plan, case facts, task status, reports of concern, deadlines,
// placements): event type names and the read model they are projected into. The rules
// themselves are H4's pure functions (domain/action_plan.h, domain/deadlines.h); the
// services that feed them from these tables are in domain/acute_phase.h.
//
// Every table is a function of the set of acute events (not of their arrival order):
// facts are last-writer-wins per fact by (HLC, event id); task status, reports and
// placements are one row per event and "current" is chosen at read time by (HLC, event
// id); ap_case (next due deadline) is recomputed from those tables after every acute event
// of the case. So a rebuild leaves the same rows as the incremental writes.

#include "content/guidance_pack.h"
#include "domain/deadlines.h"
#include "journal/journal.h"
#include "store/database.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace lots {

namespace acute_events {
// {"<fact>": value, ...}: investigationLead ("none"|"police"|"prosecutor"),
// greaterProtectionNeed (bool), sexualViolenceSigns (bool, the explicit fact),
// reportOfConcernReceived / reflectionPeriodStarted / decidedToTakePart (epoch ms or null).
inline constexpr const char *FactsRecorded = "acute.facts_recorded";
// {taskId, status ("done"|"not-applicable"|"reopened"), reason, note, atMsecs, role}
inline constexpr const char *TaskStatusRecorded = "acute.task_status";
// {socialServices, madeAtMsecs, madeBy, note, role}
inline constexpr const char *ReportOfConcernMade = "acute.report_of_concern_made";
// {personId, kind, housingId, placedOn (ISO date), supportLevel, staffedAroundTheClock,
//  transportAccompanied, note, overrideReason, conflictWith ([person ids]), role}
inline constexpr const char *PlacementRecorded = "acute.placement_recorded";
// {placementId, endedOn (ISO date), reason, role}
inline constexpr const char *PlacementEnded = "acute.placement_ended";
} // namespace acute_events

// The fact names used in acute.facts_recorded payloads (and ap_fact.fact).
namespace acute_facts {
inline constexpr const char *InvestigationLead = "investigationLead";
inline constexpr const char *GreaterProtectionNeed = "greaterProtectionNeed";
inline constexpr const char *SexualViolenceSigns = "sexualViolenceSigns";
inline constexpr const char *ReportOfConcernReceived = "reportOfConcernReceived";
inline constexpr const char *ReflectionPeriodStarted = "reflectionPeriodStarted";
inline constexpr const char *DecidedToTakePart = "decidedToTakePart";
} // namespace acute_facts

// The task whose completion meets the protection-assessment deadline (pack task 1).
inline constexpr const char *ProtectionAssessmentTaskId = "social.1";

// Tables ap_fact, ap_task_event, ap_report, ap_placement, ap_placement_end, ap_case and
// ap_seen (the ids of the acute events applied, for isUpToDate()).
// Created by schema migration 3.
class AcutePhaseProjection : public Projection {
public:
    // pack: the deadline rules used for the ap_case.next_due column. Not owned.
    explicit AcutePhaseProjection(const GuidancePack &pack);

    static const char *createTablesSql();
    static const char *dropTablesSql();
    static bool isAcuteEvent(const QString &type);

    QString name() const override;
    void reset(Database &db) override;
    void apply(Database &db, const Event &event) override;

    // Recomputes ap_case for one case from the other ap_ tables.
    void refreshCase(Database &db, const QString &caseId) const;

    // The trigger times of a case (trigger name -> UTC), from ap_fact.
    static QHash<QString, QDateTime> triggers(Database &db, const QString &caseId);
    // When a deadline counts as met: protection-assessment by task social.1 done or not
    // applicable, reflection-period by the decision to take part; invalid when not met.
    static QDateTime completion(Database &db, const QString &caseId, const QString &ruleId);

private:
    const GuidancePack &m_pack;
    DeadlineCalculator m_calc;
};

} // namespace lots
