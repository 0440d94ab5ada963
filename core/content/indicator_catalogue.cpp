#include "content/indicator_catalogue.h"

#include "content/pack_reader_p.h"

namespace lots {

using namespace content_detail;

namespace {

const QStringList &organisations() {
    static const QStringList list{QStringLiteral("NSPM"), QStringLiteral("UNODC"),
                                  QStringLiteral("ILO")};
    return list;
}

// The six elements of the Palermo Protocol definition, as the ILO sets organise them.
const QStringList &palermoElements() {
    static const QStringList list{
        QStringLiteral("deceptive-recruitment"),     QStringLiteral("coercive-recruitment"),
        QStringLiteral("vulnerability-recruitment"), QStringLiteral("exploitative-conditions"),
        QStringLiteral("coercion-destination"),      QStringLiteral("vulnerability-destination")};
    return list;
}

std::optional<IloWeight> weightFromName(const QString &name) {
    if (name == QLatin1String("strong"))
        return IloWeight::Strong;
    if (name == QLatin1String("medium"))
        return IloWeight::Medium;
    if (name == QLatin1String("weak"))
        return IloWeight::Weak;
    return std::nullopt;
}

} // namespace

QString IndicatorCatalogue::weightName(IloWeight weight) {
    switch (weight) {
    case IloWeight::Strong:
        return QStringLiteral("strong");
    case IloWeight::Medium:
        return QStringLiteral("medium");
    case IloWeight::Weak:
        return QStringLiteral("weak");
    }
    return {};
}

LocalizedText IndicatorCatalogue::weightTitle(IloWeight weight) const {
    const auto index = static_cast<qsizetype>(weight);
    return index < m_weightTitles.size() ? m_weightTitles.at(index) : LocalizedText{};
}

ContentResult<IndicatorCatalogue> IndicatorCatalogue::loadShipped() {
    return load(content_resources::indicators());
}

ContentResult<IndicatorCatalogue> IndicatorCatalogue::load(const QString &path) {
    try {
        const QString pack = Msg::tr("indicators pack");
        const QJsonObject root = openPack(path, QStringLiteral("lots.indicators"), kFormat, pack);
        IndicatorCatalogue c;
        c.m_format = kFormat;
        c.m_contentVersion = root.value(QLatin1String("contentVersion")).toString();
        c.m_source = requireText(root, QStringLiteral("source"), pack, QStringLiteral("source"));
        c.m_disclaimer =
            requireText(root, QStringLiteral("disclaimer"), pack, QStringLiteral("disclaimer"));
        c.m_weightNote =
            requireText(root, QStringLiteral("weightNote"), pack, QStringLiteral("weightNote"));

        QSet<QString> groupIds;
        const QJsonArray groups = requireArray(root, QStringLiteral("groups"), pack);
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const QJsonObject g =
                requireObject(groups.at(i), Msg::tr("group number %1").arg(i + 1));
            IndicatorGroup group;
            group.id = requireId(g, Msg::tr("group"), i);
            const QString where = Msg::tr("group '%1'").arg(group.id);
            requireUnique(groupIds, group.id, where);
            group.title = requireText(g, QStringLiteral("title"), where);
            c.m_groups.append(group);
        }

        QSet<QString> elementIds;
        const QJsonArray elements = requireArray(root, QStringLiteral("iloElements"), pack);
        for (qsizetype i = 0; i < elements.size(); ++i) {
            const QJsonObject e =
                requireObject(elements.at(i), Msg::tr("ILO element number %1").arg(i + 1));
            IloElement element;
            element.id = requireId(e, Msg::tr("ILO element"), i);
            const QString where = Msg::tr("ILO element '%1'").arg(element.id);
            requireUnique(elementIds, element.id, where);
            if (!palermoElements().contains(element.id))
                fail(Msg::tr("%1: not one of the six Palermo elements").arg(where));
            element.title = requireText(e, QStringLiteral("title"), where);
            c.m_iloElements.append(element);
        }

        const QJsonArray weights = requireArray(root, QStringLiteral("iloWeights"), pack);
        for (IloWeight w : {IloWeight::Strong, IloWeight::Medium, IloWeight::Weak}) {
            const QString name = weightName(w);
            bool found = false;
            for (const QJsonValue &wv : weights) {
                const QJsonObject wo = wv.toObject();
                if (wo.value(QLatin1String("id")).toString() == name) {
                    c.m_weightTitles.append(requireText(wo, QStringLiteral("title"),
                                                        Msg::tr("ILO weight '%1'").arg(name)));
                    found = true;
                }
            }
            if (!found)
                fail(Msg::tr("ILO weight '%1': missing").arg(name));
        }

        QSet<QString> ids;
        const QJsonArray items = requireArray(root, QStringLiteral("indicators"), pack);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject o =
                requireObject(items.at(i), Msg::tr("indicator number %1").arg(i + 1));
            Indicator ind;
            ind.id = requireId(o, Msg::tr("indicator"), i);
            const QString where = Msg::tr("indicator '%1'").arg(ind.id);
            requireUnique(ids, ind.id, where);

            ind.group = requireString(o, QStringLiteral("group"), where);
            if (!groupIds.contains(ind.group))
                fail(Msg::tr("%1: unknown group '%2'").arg(where, ind.group));
            ind.text = requireText(o, QStringLiteral("text"), where);
            ind.help = requireText(o, QStringLiteral("help"), where, QStringLiteral("help"));

            const QJsonValue sourceValue = o.value(QLatin1String("source"));
            if (!sourceValue.isArray() || sourceValue.toArray().isEmpty())
                fail(Msg::tr("%1: missing source").arg(where));
            for (const QJsonValue &sv : sourceValue.toArray()) {
                const QJsonObject s = requireObject(sv, where);
                IndicatorSource src;
                src.organisation = s.value(QLatin1String("org")).toString();
                src.list = s.value(QLatin1String("list")).toString().trimmed();
                if (!organisations().contains(src.organisation))
                    fail(Msg::tr("%1: unknown source '%2' (use NSPM, UNODC or ILO)")
                             .arg(where, src.organisation));
                if (src.list.isEmpty())
                    fail(Msg::tr("%1: the source %2 does not name its list")
                             .arg(where, src.organisation));
                ind.sources.append(src);
            }

            const QString applies = requireString(o, QStringLiteral("appliesTo"), where);
            if (applies == QLatin1String("adult"))
                ind.appliesTo = AppliesTo::Adult;
            else if (applies == QLatin1String("child"))
                ind.appliesTo = AppliesTo::Child;
            else if (applies == QLatin1String("both"))
                ind.appliesTo = AppliesTo::Both;
            else
                fail(Msg::tr("%1: unknown appliesTo '%2' (use adult, child or both)")
                         .arg(where, applies));
            if (ind.group == QLatin1String("child") && ind.appliesTo != AppliesTo::Child)
                fail(Msg::tr("%1: a child-specific indicator must apply to children only")
                         .arg(where));

            const QJsonValue ilo = o.value(QLatin1String("ilo"));
            if (!ilo.isUndefined()) {
                const QJsonObject io = requireObject(ilo, where);
                ind.iloElement = io.value(QLatin1String("element")).toString();
                if (!elementIds.contains(ind.iloElement))
                    fail(Msg::tr("%1: unknown ILO element '%2'").arg(where, ind.iloElement));
                const QString weight = io.value(QLatin1String("weight")).toString();
                ind.iloWeight = weightFromName(weight);
                if (!ind.iloWeight)
                    fail(Msg::tr("%1: unknown ILO weight '%2' (use strong, medium or weak)")
                             .arg(where, weight));
            }
            c.m_indicators.append(ind);
        }
        return ContentResult<IndicatorCatalogue>::success(std::move(c));
    } catch (const PackError &e) {
        return ContentResult<IndicatorCatalogue>::failure(e.message);
    }
}

const Indicator *IndicatorCatalogue::find(const QString &id) const {
    for (const Indicator &i : m_indicators) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

const IndicatorGroup *IndicatorCatalogue::group(const QString &id) const {
    for (const IndicatorGroup &g : m_groups) {
        if (g.id == id)
            return &g;
    }
    return nullptr;
}

QList<Indicator> IndicatorCatalogue::inGroup(const QString &groupId) const {
    QList<Indicator> out;
    for (const Indicator &i : m_indicators) {
        if (i.group == groupId)
            out.append(i);
    }
    return out;
}

QList<Indicator> IndicatorCatalogue::forChild() const {
    QList<Indicator> out;
    for (const Indicator &i : m_indicators) {
        if (i.appliesToChild())
            out.append(i);
    }
    return out;
}

QList<Indicator> IndicatorCatalogue::forAdult() const {
    QList<Indicator> out;
    for (const Indicator &i : m_indicators) {
        if (i.appliesToAdult())
            out.append(i);
    }
    return out;
}

} // namespace lots
