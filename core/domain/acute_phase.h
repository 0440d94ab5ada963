#pragma once

// The acute-phase guide of one unlocked installation: case facts, the action plan per
// actor with task status, reports of concern, deadlines, placements and contacts.
//
// Everything is recorded as signed journal events (domain/acute_phase_projection.h) and
// read back from its read model together with H5's field documentation (persons, evidence
// kits, keywords). The rules are H4's (domain/action_plan.h, domain/deadlines.h); this
// layer only feeds them.
//
// Writes return a WriteResult (domain/field_records.h): on refusal nothing was written and
// error holds a translated message.

#include "content/guidance_pack.h"
#include "domain/action_plan.h"
#include "domain/acute_phase_projection.h"
#include "domain/deadlines.h"
#include "domain/field_records.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace lots {

class FieldDocumentation;

QString investigationLeadKey(InvestigationLead lead); // "none", "police", "prosecutor"
std::optional<InvestigationLead> investigationLeadFromKey(const QString &key);

// What is known of a case, with where each derived fact comes from.
struct AcuteCaseFacts {
    QString caseId;
    InvestigationLead investigationLead = InvestigationLead::None;
    bool greaterProtectionNeed = false;
    // Sexual-violence signs: true when recorded explicitly, or derived from field
    // documentation (an evidence kit, or a note/injury/sign under the keyword
    // "sexual-violence"). explicitSexualViolence is the explicit fact when one was recorded.
    bool sexualViolenceSigns = false;
    std::optional<bool> explicitSexualViolence;
    QStringList sexualViolenceSources; // "explicit", "evidence-kit", "keyword"
    // Lives abroad: any person of the case recorded as living in another country.
    bool livesAbroad = false;
    QStringList livesAbroadPersonIds;
    bool hasChild = false;               // a person under 18 is in the case
    bool childrenInPicture = false;      // a child person or children recorded at an address
    QDateTime reportOfConcernReceivedAt; // UTC; invalid = not recorded
    QDateTime reflectionPeriodStartedAt;
    QDateTime decidedToTakePartAt;
    bool reportOfConcernMade = false;
    // H4's input struct, filled from the above and the persons.
    CaseFacts facts;
};

enum class TaskState { Open, Done, NotApplicable };
QString taskStateKey(TaskState state); // "open", "done", "not-applicable"

// What a task-status event did.
enum class TaskAction { Done, NotApplicable, Reopened };
QString taskActionKey(TaskAction action); // "done", "not-applicable", "reopened"
std::optional<TaskAction> taskActionFromKey(const QString &key);

// One entry of a task's history: who (device + role) did what, when.
struct TaskChange {
    QString eventId;
    TaskAction action = TaskAction::Done;
    QString reason; // not applicable: why
    QString note;
    qint64 atMsecs = 0;         // when it was done (as given; defaults to the recording time)
    qint64 recordedAtMsecs = 0; // when the event was written (HLC wall time)
    QString deviceId;
    QString deviceName; // from the devices table; empty when unknown
    QString role;       // actor id of the device's role at the time ("police"...)
};

struct TaskView {
    GuidanceTask task;    // id, number, actor, title (sv/en), condition...
    QString title;        // in the service's language
    QString actorName;    // in the service's language
    bool ownRole = false; // the viewer role's own task
    bool pinned = false;  // report of concern / protection assessment with a child: on top
    TaskState state = TaskState::Open;
    std::optional<TaskChange> last; // the latest status change; none when never touched
    int changeCount = 0;            // how many status events the task has
};

// The action plan of a case for one actor (role): H4's buildActionPlan order, i.e. pinned
// child tasks first, then the role's own tasks, then the other actors' tasks (which the UI
// shows one step away: ownRole == false and pinned == false).
struct AcuteActionPlan {
    QString caseId;
    QString role;
    QList<TaskView> tasks;
    ReportOfConcernAssessment reportOfConcern;
    ConditionFacts facts;
    int openCount = 0; // open tasks of the role (own, pinned or not)
};

// Input of "report of concern made".
struct ReportOfConcernInput {
    QString socialServices; // which social services received it, e.g. "Södermalm"
    QDateTime madeAt;       // invalid = now
    QString madeBy;         // who made it (name or service number)
    QString note;
};

struct ReportOfConcernRecord {
    QString eventId;
    QString socialServices;
    qint64 madeAtMsecs = 0;
    QString madeBy;
    QString note;
    QString deviceId;
    QString role;
    qint64 recordedAtMsecs = 0;
};

struct ReportOfConcernView {
    ReportOfConcernAssessment assessment; // need: NotNeeded / Offered / Required / Made
    bool required = false;                // need == Required (shown until recorded made)
    bool offered = false;                 // need == Offered
    QString text; // the pack's "required" or "offered" text in the language; else empty
    QList<ReportOfConcernRecord> reports; // oldest first
};

struct DeadlineView {
    QString ruleId; // "protection-assessment", "reflection-period", "longer-permit"
    QString title;  // in the language
    QString text;
    QDateTime triggerUtc;
    QDateTime dueUtc;
    bool minimum = false;   // "at least" (longer permit)
    QDateTime completedUtc; // when met; invalid while open
    DeadlineStatus status;  // at the given now
};

enum class PlacementKindType { ProtectedHousing, Hvb, FamilyHome, Other };
// "protected-housing", "hvb", "family-home", "other" (the pack's placement kind ids)
QString placementKindKey(PlacementKindType kind);
std::optional<PlacementKindType> placementKindFromKey(const QString &key);

struct PlacementInput {
    QString personId;
    PlacementKindType kind = PlacementKindType::ProtectedHousing;
    QString housingId;    // an identifier of the housing (not its address)
    QDate placedOn;       // invalid = today (local)
    QString supportLevel; // e.g. "bed, food, counselling, help with authorities"
    bool staffedAroundTheClock = false;
    bool transportAccompanied = false; // social services staff accompany the transport
    QString note;
};

struct PlacementView {
    QString placementId; // = the event id of acute.placement_recorded
    QString caseId;
    QString personId;
    PlacementKindType kind = PlacementKindType::Other;
    QString kindTitle; // in the language
    QString housingId;
    QDate placedOn;
    QString supportLevel;
    bool staffedAroundTheClock = false;
    bool transportAccompanied = false;
    QString note;
    QString overrideReason;   // set when placed despite another person of the case there
    QStringList conflictWith; // those persons
    bool active = true;       // the person's latest placement and not ended
    QDate endedOn;
    QString deviceId;
    QString role;
    qint64 recordedAtMsecs = 0;
};

struct PlacementResult {
    bool ok() const { return error.isEmpty(); }
    QString placementId;
    QString eventId;
    // Refused: a translated message; nothing was written.
    QString error;
    // With a same-housing conflict: why the rule exists (the pack's text, in the language),
    // and the persons of the case already placed there.
    QString ruleText;
    QStringList conflictWith;
    bool overridden = false; // placed despite the conflict, with the written reason
    // For a child: the reminders of the pack (organisers seeking the child out, running
    // away, supervision under LVU), in the language. Returned on refusal too.
    QStringList childReminders;
};

struct ContactPhoneView {
    QString stored;  // "+46850843726", "112"
    QString display; // "08-508 437 26", "112"
    QString telUri;  // "tel:+46850843726"
    QString label;   // in the language
};

struct ContactView {
    QString id; // the pack's contact id
    QString name;
    QString role; // in the language
    QString email;
    QString mailtoUri; // "mailto:..."; empty without e-mail
    QList<ContactPhoneView> phones;
    bool offeredFirst = false; // the coordinator for the case's age group
};

// The times recorded for a case that start deadlines.
enum class TimeFact { ReportOfConcernReceived, ReflectionPeriodStarted, DecidedToTakePart };

// The read-model column for the case list: the first open deadline of a case.
struct CaseDue {
    QDateTime dueUtc;
    QString ruleId;
};

class AcutePhase {
    Q_DECLARE_TR_FUNCTIONS(AcutePhase)
public:
    using Clock = std::function<QDateTime()>; // UTC now; the wall clock by default

    // Registers the read model with the journal (plain pointer: this object must outlive
    // every later append, destroy it before the FieldDocumentation and the session),
    // rebuilds it when the journal holds acute events it has not seen, and installs the
    // report-of-concern check into docs.overview() (removed again on destruction).
    AcutePhase(FieldDocumentation &docs, const GuidancePack &pack, Clock clock = {});
    ~AcutePhase();
    AcutePhase(const AcutePhase &) = delete;
    AcutePhase &operator=(const AcutePhase &) = delete;

    // "sv" (default) or "en": the language of texts taken from the pack.
    void setLanguage(const QString &language) { m_language = language; }
    QString language() const { return m_language; }
    QDateTime now() const;
    const GuidancePack &pack() const { return m_pack; }
    AcutePhaseProjection &projection() { return m_projection; }
    void rebuild();
    bool isUpToDate() const;

    // --- case facts ---------------------------------------------------------------
    WriteResult setInvestigationLead(const QString &caseId, InvestigationLead lead);
    WriteResult setGreaterProtectionNeed(const QString &caseId, bool need);
    WriteResult setSexualViolenceSigns(const QString &caseId, bool signs);
    // Times: invalid = now; refused when more than 5 minutes in the future.
    WriteResult setReportOfConcernReceived(const QString &caseId, const QDateTime &at = {});
    WriteResult setReflectionPeriodStarted(const QString &caseId, const QDateTime &at = {});
    WriteResult setDecidedToTakePart(const QString &caseId, const QDateTime &at = {});
    // Takes back a time recorded by mistake (its deadline disappears; history stays in the
    // journal).
    WriteResult clearTime(const QString &caseId, TimeFact fact);
    AcuteCaseFacts facts(const QString &caseId) const;

    // --- action plan and task status --------------------------------------------
    // role: an actor id of the pack; empty = this device's role.
    AcuteActionPlan plan(const QString &caseId, const QString &role = {}) const;
    // at: when it was done; invalid = now. Refused for a task the pack does not have,
    // or one that does not apply to the case.
    WriteResult markDone(const QString &caseId, const QString &taskId, const QString &note = {},
                         const QDateTime &at = {});
    // Refused with a translated message when reason is empty.
    WriteResult markNotApplicable(const QString &caseId, const QString &taskId,
                                  const QString &reason, const QString &note = {});
    // Refused when the task is open already.
    WriteResult reopen(const QString &caseId, const QString &taskId, const QString &note = {});
    QList<TaskChange> taskHistory(const QString &caseId, const QString &taskId) const;
    TaskState taskState(const QString &caseId, const QString &taskId) const;

    // --- reports of concern -----------------------------------------------------
    ReportOfConcernView reportOfConcern(const QString &caseId) const;
    WriteResult recordReportOfConcernMade(const QString &caseId, const ReportOfConcernInput &input);
    bool reportOfConcernMade(const QString &caseId) const;

    // --- deadlines --------------------------------------------------------------
    // Every deadline whose trigger is recorded, in pack order, with its status at now.
    QList<DeadlineView> deadlines(const QString &caseId, const QDateTime &now) const;
    QList<DeadlineView> deadlines(const QString &caseId) const { return deadlines(caseId, now()); }
    // The open (not met) deadline that is due first; nullopt when none.
    std::optional<DeadlineView> nextDeadline(const QString &caseId, const QDateTime &now) const;
    // The read-model column: UTC due time of the first open deadline per case (cases
    // without one are absent). One query.
    QHash<QString, CaseDue> nextDueByCase(const QStringList &caseIds) const;
    // Case ids ordered by what is due first (cases without an open deadline last, in the
    // given order).
    QStringList sortByNextDue(const QStringList &caseIds) const;

    // --- placements -------------------------------------------------------------
    // Refused when another person of the same case is actively placed at the same housing
    // and overrideReason is empty (result: error, ruleText, conflictWith); with a written
    // reason it is placed and the reason is stored in the event. A new placement of a
    // person replaces the earlier one (which stops being active).
    PlacementResult place(const PlacementInput &input, const QString &overrideReason = {});
    WriteResult endPlacement(const QString &placementId, const QDate &endedOn = {},
                             const QString &reason = {});
    QList<PlacementView> placements(const QString &caseId) const; // oldest first
    std::optional<PlacementView> activePlacement(const QString &personId) const;
    // The pack's reminders for placing a child, in the language.
    QStringList childPlacementReminders() const;

    // --- contacts ---------------------------------------------------------------
    // The coordinator for the case's age group first (children and young people when a
    // person under 18 is in the case, else adults), the other coordinator, then the
    // support line and 112.
    QList<ContactView> contacts(const QString &caseId) const;

private:
    WriteResult recordFacts(const QString &caseId, const QJsonObject &facts);
    WriteResult recordTime(const QString &caseId, const char *fact, const QDateTime &at);
    WriteResult recordTaskStatus(const QString &caseId, const QString &taskId, TaskAction action,
                                 const QString &reason, const QString &note, const QDateTime &at);
    bool caseExists(const QString &caseId) const;
    QString roleOfDevice() const;

    FieldDocumentation &m_docs;
    FieldContext &m_ctx;
    const GuidancePack &m_pack;
    Clock m_clock;
    DeadlineCalculator m_calc;
    AcutePhaseProjection m_projection;
    QString m_language = QStringLiteral("sv");
};

} // namespace lots
