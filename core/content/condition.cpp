#include "content/condition.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace lots {

namespace {

class Msg {
    Q_DECLARE_TR_FUNCTIONS(lots::ContentPack)
};

struct FactName {
    ConditionFact fact;
    const char *name;
};

constexpr FactName kFacts[] = {
    {ConditionFact::ChildInCase, "childInCase"},
    {ConditionFact::ChildrenInPicture, "childrenInPicture"},
    {ConditionFact::PoliceLeadsInvestigation, "policeLeadsInvestigation"},
    {ConditionFact::ProsecutorLeadsInvestigation, "prosecutorLeadsInvestigation"},
    {ConditionFact::LivesAbroad, "livesAbroad"},
    {ConditionFact::SexualViolenceSigns, "sexualViolenceSigns"},
    {ConditionFact::GreaterProtectionNeed, "greaterProtectionNeed"},
    {ConditionFact::ReportOfConcernReceived, "reportOfConcernReceived"},
};

bool *slot(ConditionFacts &f, ConditionFact fact) {
    switch (fact) {
    case ConditionFact::ChildInCase:
        return &f.childInCase;
    case ConditionFact::ChildrenInPicture:
        return &f.childrenInPicture;
    case ConditionFact::PoliceLeadsInvestigation:
        return &f.policeLeadsInvestigation;
    case ConditionFact::ProsecutorLeadsInvestigation:
        return &f.prosecutorLeadsInvestigation;
    case ConditionFact::LivesAbroad:
        return &f.livesAbroad;
    case ConditionFact::SexualViolenceSigns:
        return &f.sexualViolenceSigns;
    case ConditionFact::GreaterProtectionNeed:
        return &f.greaterProtectionNeed;
    case ConditionFact::ReportOfConcernReceived:
        return &f.reportOfConcernReceived;
    }
    return &f.childInCase;
}

} // namespace

bool ConditionFacts::value(ConditionFact fact) const {
    return *slot(const_cast<ConditionFacts &>(*this), fact);
}

void ConditionFacts::set(ConditionFact fact, bool on) {
    *slot(*this, fact) = on;
}

Condition Condition::fact(ConditionFact fact) {
    Condition c;
    c.m_kind = Kind::Fact;
    c.m_fact = fact;
    return c;
}

Condition Condition::allOf(QList<Condition> parts) {
    Condition c;
    c.m_kind = Kind::AllOf;
    c.m_parts = std::move(parts);
    return c;
}

Condition Condition::anyOf(QList<Condition> parts) {
    Condition c;
    c.m_kind = Kind::AnyOf;
    c.m_parts = std::move(parts);
    return c;
}

std::optional<Condition> Condition::fromJson(const QJsonValue &json, QString *error) {
    auto bad = [error](const QString &message) -> std::optional<Condition> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (json.isString()) {
        const QString name = json.toString();
        if (name == QLatin1String("always"))
            return always();
        if (const auto f = factFromName(name))
            return fact(*f);
        return bad(Msg::tr("unknown condition '%1'").arg(name));
    }
    if (json.isObject()) {
        const QJsonObject obj = json.toObject();
        if (obj.size() != 1 ||
            !(obj.contains(QLatin1String("allOf")) || obj.contains(QLatin1String("anyOf"))))
            return bad(Msg::tr("a condition object must have exactly one of 'allOf' or 'anyOf'"));
        const bool all = obj.contains(QLatin1String("allOf"));
        const QString key = all ? QStringLiteral("allOf") : QStringLiteral("anyOf");
        const QJsonValue list = obj.value(key);
        if (!list.isArray() || list.toArray().isEmpty())
            return bad(Msg::tr("'%1' needs a non-empty list of conditions").arg(key));
        QList<Condition> parts;
        for (const QJsonValue &part : list.toArray()) {
            auto parsed = fromJson(part, error);
            if (!parsed)
                return std::nullopt;
            parts.append(*parsed);
        }
        return all ? allOf(std::move(parts)) : anyOf(std::move(parts));
    }
    if (json.isUndefined() || json.isNull())
        return bad(Msg::tr("missing condition"));
    return bad(Msg::tr("a condition must be a name or an object with 'allOf' or 'anyOf'"));
}

QJsonValue Condition::toJson() const {
    switch (m_kind) {
    case Kind::Always:
        return QStringLiteral("always");
    case Kind::Fact:
        return factName(m_fact);
    case Kind::AllOf:
    case Kind::AnyOf: {
        QJsonArray list;
        for (const Condition &c : m_parts)
            list.append(c.toJson());
        QJsonObject obj;
        obj.insert(m_kind == Kind::AllOf ? QStringLiteral("allOf") : QStringLiteral("anyOf"), list);
        return obj;
    }
    }
    return {};
}

bool Condition::evaluate(const ConditionFacts &facts) const {
    switch (m_kind) {
    case Kind::Always:
        return true;
    case Kind::Fact:
        return facts.value(m_fact);
    case Kind::AllOf:
        return std::all_of(m_parts.cbegin(), m_parts.cend(),
                           [&](const Condition &c) { return c.evaluate(facts); });
    case Kind::AnyOf:
        return std::any_of(m_parts.cbegin(), m_parts.cend(),
                           [&](const Condition &c) { return c.evaluate(facts); });
    }
    return false;
}

QList<ConditionFact> Condition::referencedFacts() const {
    QList<ConditionFact> out;
    if (m_kind == Kind::Fact)
        out.append(m_fact);
    for (const Condition &c : m_parts) {
        for (ConditionFact f : c.referencedFacts()) {
            if (!out.contains(f))
                out.append(f);
        }
    }
    return out;
}

QString Condition::factName(ConditionFact fact) {
    for (const FactName &f : kFacts) {
        if (f.fact == fact)
            return QLatin1String(f.name);
    }
    return {};
}

std::optional<ConditionFact> Condition::factFromName(const QString &name) {
    for (const FactName &f : kFacts) {
        if (name == QLatin1String(f.name))
            return f.fact;
    }
    return std::nullopt;
}

QStringList Condition::vocabulary() {
    QStringList out{QStringLiteral("always")};
    for (const FactName &f : kFacts)
        out.append(QLatin1String(f.name));
    return out;
}

QList<ConditionFact> Condition::allFacts() {
    QList<ConditionFact> out;
    for (const FactName &f : kFacts)
        out.append(f.fact);
    return out;
}

} // namespace lots
