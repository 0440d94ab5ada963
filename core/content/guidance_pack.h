#pragma once

#include "content/condition.h"
#include "content/localized_text.h"

#include <QList>
#include <QString>

namespace lots {

struct GuidanceActor {
    QString id; // social-services, health-care, police, prosecutor, migration-agency,
                // regional-coordinator
    LocalizedText name;
};

// One responsibility of the guidance ("Olika aktörers ansvar i detta steg, punkt 7").
struct GuidanceTask {
    QString id; // "<actor prefix>.<number>", e.g. "police.16"
    int number = 0;
    QString actor;
    LocalizedText title;
    QString sourceSection;
    Condition condition;
    bool childPriority = false; // report of concern / protection assessment: first with a child
};

enum class DeadlineRuleKind {
    EndOfLocalDay, // 23:59:59.999 local time, `amount` calendar days after the trigger's day
    LocalDays,     // trigger + `amount` calendar days, same local time of day
    LocalMonths,   // trigger + `amount` calendar months, same local time of day
};

struct DeadlineRule {
    QString id;      // "protection-assessment", "reflection-period", "longer-permit"
    QString trigger; // "reportOfConcernReceived", "reflectionPeriodStarted", "decidedToTakePart"
    DeadlineRuleKind kind = DeadlineRuleKind::EndOfLocalDay;
    int amount = 0;
    bool minimum = false; // "at least": the computed time is the earliest allowed end
    LocalizedText title;
    LocalizedText text;
    QString sourceSection;
};

struct PlacementKind {
    QString id; // protected-housing, hvb, family-home, other
    LocalizedText title;
};

struct PlacementRule {
    QString id;
    AppliesTo appliesTo = AppliesTo::Both;
    LocalizedText text;
};

struct GlossaryEntry {
    QString sv; // the professional term
    QString en; // the English used in the app
    LocalizedText meaning;
};

struct ContactPhone {
    QString number; // E.164 ("+46850843726") or a short number ("112")
    LocalizedText label;
};

struct Contact {
    QString id;
    QString name;
    LocalizedText role;
    QString ageGroup; // "child", "adult" or "any": whom this contact is offered first for
    QString email;    // may be empty
    QList<ContactPhone> phones;
};

// The acute-phase guidance pack (guidance.json) of one region.
class GuidancePack {
public:
    static constexpr int kFormat = 1;

    static ContentResult<GuidancePack> load(const QString &path);
    static ContentResult<GuidancePack> loadShipped();

    static QStringList knownActors();
    static QStringList knownTriggers();

    int format() const { return m_format; }
    QString contentVersion() const { return m_contentVersion; }
    const LocalizedText &region() const { return m_region; }
    const LocalizedText &step() const { return m_step; }
    const LocalizedText &source() const { return m_source; }
    QString timeZone() const { return m_timeZone; }
    const QList<GuidanceActor> &actors() const { return m_actors; }
    const QList<GuidanceTask> &tasks() const { return m_tasks; }
    const QList<DeadlineRule> &deadlines() const { return m_deadlines; }
    const LocalizedText &reportOfConcernRequired() const { return m_reportRequired; }
    const LocalizedText &reportOfConcernOffered() const { return m_reportOffered; }
    const LocalizedText &contactProhibition() const { return m_contactProhibition; }
    const LocalizedText &placementDecision() const { return m_placementDecision; }
    const QList<PlacementKind> &placementKinds() const { return m_placementKinds; }
    const QList<PlacementRule> &placementRules() const { return m_placementRules; }
    const QList<GlossaryEntry> &glossary() const { return m_glossary; }
    const QList<Contact> &contacts() const { return m_contacts; }

    const GuidanceActor *actor(const QString &id) const;
    const GuidanceTask *task(const QString &id) const;
    const DeadlineRule *deadline(const QString &id) const;
    const Contact *contact(const QString &id) const;
    QList<GuidanceTask> tasksOf(const QString &actorId) const;
    // Contacts offered first for the age group ("child"/"adult"), then the others;
    // "unknown" keeps the pack order.
    QList<Contact> contactsFor(const QString &ageGroup) const;

private:
    int m_format = 0;
    QString m_contentVersion;
    LocalizedText m_region;
    LocalizedText m_step;
    LocalizedText m_source;
    QString m_timeZone;
    QList<GuidanceActor> m_actors;
    QList<GuidanceTask> m_tasks;
    QList<DeadlineRule> m_deadlines;
    LocalizedText m_reportRequired;
    LocalizedText m_reportOffered;
    LocalizedText m_contactProhibition;
    LocalizedText m_placementDecision;
    QList<PlacementKind> m_placementKinds;
    QList<PlacementRule> m_placementRules;
    QList<GlossaryEntry> m_glossary;
    QList<Contact> m_contacts;
};

} // namespace lots
