#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace lots {

// The fixed vocabulary of facts a guidance condition may test.
enum class ConditionFact {
    ChildInCase,                  // "childInCase": a person in the case is under 18
    ChildrenInPicture,            // "childrenInPicture": child person, or children at the address
    PoliceLeadsInvestigation,     // "policeLeadsInvestigation"
    ProsecutorLeadsInvestigation, // "prosecutorLeadsInvestigation"
    LivesAbroad,                  // "livesAbroad": the victim's home is in another country
    SexualViolenceSigns,          // "sexualViolenceSigns"
    GreaterProtectionNeed,        // "greaterProtectionNeed"
    ReportOfConcernReceived,      // "reportOfConcernReceived"
};

struct ConditionFacts {
    bool childInCase = false;
    bool childrenInPicture = false;
    bool policeLeadsInvestigation = false;
    bool prosecutorLeadsInvestigation = false;
    bool livesAbroad = false;
    bool sexualViolenceSigns = false;
    bool greaterProtectionNeed = false;
    bool reportOfConcernReceived = false;

    bool value(ConditionFact fact) const;
    void set(ConditionFact fact, bool on);
};

// A condition expression: "always", a fact name, or {"allOf": [...]} / {"anyOf": [...]}
// of conditions (nestable).
class Condition {
public:
    enum class Kind { Always, Fact, AllOf, AnyOf };

    Condition() = default; // always
    static Condition always() { return {}; }
    static Condition fact(ConditionFact fact);
    static Condition allOf(QList<Condition> parts);
    static Condition anyOf(QList<Condition> parts);

    // Parses a JSON condition; on failure returns nullopt and a translated message
    // ("unknown condition 'foo'") in *error.
    static std::optional<Condition> fromJson(const QJsonValue &json, QString *error);
    QJsonValue toJson() const;

    bool evaluate(const ConditionFacts &facts) const;

    Kind kind() const { return m_kind; }
    ConditionFact factValue() const { return m_fact; }
    const QList<Condition> &parts() const { return m_parts; }
    // Every fact named anywhere in the expression.
    QList<ConditionFact> referencedFacts() const;

    static QString factName(ConditionFact fact);
    static std::optional<ConditionFact> factFromName(const QString &name);
    // "always" and every fact name.
    static QStringList vocabulary();
    static QList<ConditionFact> allFacts();

private:
    Kind m_kind = Kind::Always;
    ConditionFact m_fact = ConditionFact::ChildInCase;
    QList<Condition> m_parts;
};

} // namespace lots
