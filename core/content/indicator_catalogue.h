#pragma once

#include "content/localized_text.h"

#include <QList>
#include <QString>
#include <optional>

namespace lots {

enum class IloWeight { Strong, Medium, Weak };

struct IndicatorSource {
    QString organisation; // "NSPM", "UNODC" or "ILO"
    QString list;         // the specific list, e.g. "General indicators"
    friend bool operator==(const IndicatorSource &, const IndicatorSource &) = default;
};

struct IndicatorGroup {
    QString id; // "ident", "ctrl", "work", "money", "health", "behav", "child"
    LocalizedText title;
};

struct IloElement {
    QString id; // one of the six Palermo elements, e.g. "coercion-destination"
    LocalizedText title;
};

struct Indicator {
    QString id; // stable, "<group>.<name>", e.g. "ctrl.movement-controlled"
    QString group;
    LocalizedText text;
    LocalizedText help;
    QList<IndicatorSource> sources;
    AppliesTo appliesTo = AppliesTo::Both;
    QString iloElement;                 // empty when none
    std::optional<IloWeight> iloWeight; // help only, never a score

    bool appliesToChild() const { return appliesTo != AppliesTo::Adult; }
    bool appliesToAdult() const { return appliesTo != AppliesTo::Child; }
};

// The signs catalogue (indicators.json).
class IndicatorCatalogue {
public:
    static constexpr int kFormat = 1;

    static ContentResult<IndicatorCatalogue> load(const QString &path);
    static ContentResult<IndicatorCatalogue> loadShipped(); // from the resource

    int format() const { return m_format; }
    QString contentVersion() const { return m_contentVersion; }
    const LocalizedText &source() const { return m_source; }
    const LocalizedText &disclaimer() const { return m_disclaimer; }
    const LocalizedText &weightNote() const { return m_weightNote; }
    const QList<IndicatorGroup> &groups() const { return m_groups; }
    const QList<IloElement> &iloElements() const { return m_iloElements; }
    const QList<Indicator> &indicators() const { return m_indicators; }

    const Indicator *find(const QString &id) const;
    const IndicatorGroup *group(const QString &id) const;
    QList<Indicator> inGroup(const QString &groupId) const;
    // Indicators for a person's age group: a child gets Child and Both, an adult Adult and
    // Both (for an unknown age, show the whole catalogue).
    QList<Indicator> forChild() const;
    QList<Indicator> forAdult() const;

    static QString weightName(IloWeight weight);
    // The pack's title of a weight ("stark" / "strong").
    LocalizedText weightTitle(IloWeight weight) const;

private:
    int m_format = 0;
    QString m_contentVersion;
    LocalizedText m_source;
    LocalizedText m_disclaimer;
    LocalizedText m_weightNote;
    QList<IndicatorGroup> m_groups;
    QList<IloElement> m_iloElements;
    QList<Indicator> m_indicators;
    QList<LocalizedText> m_weightTitles; // strong, medium, weak
};

} // namespace lots
