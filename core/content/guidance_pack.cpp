#include "content/guidance_pack.h"

#include "content/pack_reader_p.h"
#include "domain/phone_number.h"

#include <QTimeZone>

namespace lots {

using namespace content_detail;

QStringList GuidancePack::knownActors() {
    return {QStringLiteral("social-services"),  QStringLiteral("health-care"),
            QStringLiteral("police"),           QStringLiteral("prosecutor"),
            QStringLiteral("migration-agency"), QStringLiteral("regional-coordinator")};
}

QStringList GuidancePack::knownTriggers() {
    return {QStringLiteral("reportOfConcernReceived"), QStringLiteral("reflectionPeriodStarted"),
            QStringLiteral("decidedToTakePart")};
}

ContentResult<GuidancePack> GuidancePack::loadShipped() {
    return load(content_resources::guidance());
}

namespace {

AppliesTo appliesFrom(const QJsonObject &o, const QString &where) {
    const QString applies = o.value(QLatin1String("appliesTo")).toString();
    if (applies == QLatin1String("adult"))
        return AppliesTo::Adult;
    if (applies == QLatin1String("child"))
        return AppliesTo::Child;
    if (applies == QLatin1String("both"))
        return AppliesTo::Both;
    fail(Msg::tr("%1: unknown appliesTo '%2' (use adult, child or both)").arg(where, applies));
}

bool plausibleEmail(const QString &email) {
    const qsizetype at = email.indexOf(u'@');
    return at > 0 && email.indexOf(u'.', at) > at + 1 && !email.endsWith(u'.') &&
           !email.contains(u' ') && email.count(u'@') == 1;
}

} // namespace

ContentResult<GuidancePack> GuidancePack::load(const QString &path) {
    try {
        const QString pack = Msg::tr("guidance pack");
        const QJsonObject root = openPack(path, QStringLiteral("lots.guidance"), kFormat, pack);
        GuidancePack g;
        g.m_format = kFormat;
        g.m_contentVersion = root.value(QLatin1String("contentVersion")).toString();
        g.m_region = requireText(root, QStringLiteral("region"), pack, QStringLiteral("region"));
        g.m_step = requireText(root, QStringLiteral("step"), pack, QStringLiteral("step"));
        g.m_source = requireText(root, QStringLiteral("source"), pack, QStringLiteral("source"));
        g.m_timeZone = requireString(root, QStringLiteral("timeZone"), pack);
        if (!QTimeZone(g.m_timeZone.toUtf8()).isValid())
            fail(Msg::tr("%1: unknown time zone '%2'").arg(pack, g.m_timeZone));

        // Actors
        QSet<QString> actorIds;
        const QJsonArray actors = requireArray(root, QStringLiteral("actors"), pack);
        for (qsizetype i = 0; i < actors.size(); ++i) {
            const QJsonObject o =
                requireObject(actors.at(i), Msg::tr("actor number %1").arg(i + 1));
            GuidanceActor a;
            a.id = requireId(o, Msg::tr("actor"), i);
            const QString where = Msg::tr("actor '%1'").arg(a.id);
            requireUnique(actorIds, a.id, where);
            if (!knownActors().contains(a.id))
                fail(Msg::tr("%1: unknown actor").arg(where));
            a.name = requireText(o, QStringLiteral("name"), where);
            g.m_actors.append(a);
        }

        // Tasks
        QSet<QString> taskIds;
        QSet<int> numbers;
        const QJsonArray tasks = requireArray(root, QStringLiteral("tasks"), pack);
        for (qsizetype i = 0; i < tasks.size(); ++i) {
            const QJsonObject o = requireObject(tasks.at(i), Msg::tr("task number %1").arg(i + 1));
            GuidanceTask t;
            t.id = requireId(o, Msg::tr("task"), i);
            const QString where = Msg::tr("task '%1'").arg(t.id);
            requireUnique(taskIds, t.id, where);
            const QJsonValue number = o.value(QLatin1String("number"));
            if (!number.isDouble() || number.toInt() < 1)
                fail(Msg::tr("%1: missing number").arg(where));
            t.number = number.toInt();
            if (numbers.contains(t.number))
                fail(Msg::tr("%1: duplicate number %2").arg(where).arg(t.number));
            numbers.insert(t.number);
            t.actor = requireString(o, QStringLiteral("actor"), where);
            if (!actorIds.contains(t.actor))
                fail(Msg::tr("%1: unknown actor '%2'").arg(where, t.actor));
            t.title = requireText(o, QStringLiteral("title"), where);
            t.sourceSection = requireString(o, QStringLiteral("sourceSection"), where);
            QString conditionError;
            const auto condition =
                Condition::fromJson(o.value(QLatin1String("condition")), &conditionError);
            if (!condition)
                fail(Msg::tr("%1: %2").arg(where, conditionError));
            t.condition = *condition;
            const QJsonValue priority = o.value(QLatin1String("childPriority"));
            if (!priority.isUndefined() && !priority.isBool())
                fail(Msg::tr("%1: 'childPriority' must be true or false").arg(where));
            t.childPriority = priority.toBool(false);
            g.m_tasks.append(t);
        }

        // Deadlines
        QSet<QString> deadlineIds;
        const QJsonArray deadlines = requireArray(root, QStringLiteral("deadlines"), pack);
        for (qsizetype i = 0; i < deadlines.size(); ++i) {
            const QJsonObject o =
                requireObject(deadlines.at(i), Msg::tr("deadline number %1").arg(i + 1));
            DeadlineRule d;
            d.id = requireId(o, Msg::tr("deadline"), i);
            const QString where = Msg::tr("deadline '%1'").arg(d.id);
            requireUnique(deadlineIds, d.id, where);
            d.trigger = requireString(o, QStringLiteral("trigger"), where);
            if (!knownTriggers().contains(d.trigger))
                fail(Msg::tr("%1: unknown trigger '%2'").arg(where, d.trigger));
            const QJsonObject rule = requireObject(o.value(QLatin1String("rule")), where);
            const QString kind = rule.value(QLatin1String("kind")).toString();
            QString amountKey = QStringLiteral("days");
            if (kind == QLatin1String("endOfLocalDay")) {
                d.kind = DeadlineRuleKind::EndOfLocalDay;
            } else if (kind == QLatin1String("localDays")) {
                d.kind = DeadlineRuleKind::LocalDays;
            } else if (kind == QLatin1String("localMonths")) {
                d.kind = DeadlineRuleKind::LocalMonths;
                amountKey = QStringLiteral("months");
            } else {
                fail(Msg::tr("%1: unknown rule kind '%2'").arg(where, kind));
            }
            const QJsonValue amount = rule.value(amountKey);
            if (!amount.isDouble() || amount.toInt() < 0 || amount.toDouble() != amount.toInt())
                fail(Msg::tr("%1: the rule needs a whole number of '%2'").arg(where, amountKey));
            d.amount = amount.toInt();
            d.minimum = rule.value(QLatin1String("minimum")).toBool(false);
            d.title = requireText(o, QStringLiteral("title"), where);
            d.text = requireText(o, QStringLiteral("text"), where, QStringLiteral("text"));
            d.sourceSection = requireString(o, QStringLiteral("sourceSection"), where);
            g.m_deadlines.append(d);
        }

        // Report of concern, contact prohibition
        const QString reportWhere = Msg::tr("report of concern");
        const QJsonObject report =
            requireObject(root.value(QLatin1String("reportOfConcern")), reportWhere);
        g.m_reportRequired = requireText(report, QStringLiteral("required"), reportWhere,
                                         QStringLiteral("required"));
        g.m_reportOffered =
            requireText(report, QStringLiteral("offered"), reportWhere, QStringLiteral("offered"));
        g.m_contactProhibition = requireText(root, QStringLiteral("contactProhibition"), pack,
                                             QStringLiteral("contactProhibition"));

        // Placements
        const QString placementWhere = Msg::tr("placements");
        const QJsonObject placements =
            requireObject(root.value(QLatin1String("placements")), placementWhere);
        g.m_placementDecision = requireText(placements, QStringLiteral("decision"), placementWhere,
                                            QStringLiteral("decision"));
        QSet<QString> kindIds;
        const QJsonArray kinds = requireArray(placements, QStringLiteral("kinds"), placementWhere);
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            const QJsonObject o =
                requireObject(kinds.at(i), Msg::tr("placement kind number %1").arg(i + 1));
            PlacementKind k;
            k.id = requireId(o, Msg::tr("placement kind"), i);
            const QString where = Msg::tr("placement kind '%1'").arg(k.id);
            requireUnique(kindIds, k.id, where);
            k.title = requireText(o, QStringLiteral("title"), where);
            g.m_placementKinds.append(k);
        }
        QSet<QString> ruleIds;
        const QJsonArray rules = requireArray(placements, QStringLiteral("rules"), placementWhere);
        for (qsizetype i = 0; i < rules.size(); ++i) {
            const QJsonObject o =
                requireObject(rules.at(i), Msg::tr("placement rule number %1").arg(i + 1));
            PlacementRule r;
            r.id = requireId(o, Msg::tr("placement rule"), i);
            const QString where = Msg::tr("placement rule '%1'").arg(r.id);
            requireUnique(ruleIds, r.id, where);
            r.appliesTo = appliesFrom(o, where);
            r.text = requireText(o, QStringLiteral("text"), where);
            g.m_placementRules.append(r);
        }

        // Glossary
        QSet<QString> terms;
        const QJsonArray glossary = requireArray(root, QStringLiteral("glossary"), pack);
        for (qsizetype i = 0; i < glossary.size(); ++i) {
            const QJsonObject o =
                requireObject(glossary.at(i), Msg::tr("glossary entry number %1").arg(i + 1));
            GlossaryEntry e;
            e.sv = o.value(QLatin1String("sv")).toString().trimmed();
            const QString where = e.sv.isEmpty() ? Msg::tr("glossary entry number %1").arg(i + 1)
                                                 : Msg::tr("glossary entry '%1'").arg(e.sv);
            if (e.sv.isEmpty())
                fail(Msg::tr("%1: missing Swedish text").arg(where));
            e.en = o.value(QLatin1String("en")).toString().trimmed();
            if (e.en.isEmpty())
                fail(Msg::tr("%1: missing English text").arg(where));
            requireUnique(terms, e.sv, where);
            e.meaning = requireText(o, QStringLiteral("meaning"), where, QStringLiteral("meaning"));
            g.m_glossary.append(e);
        }

        // Contacts
        QSet<QString> contactIds;
        const QJsonArray contacts = requireArray(root, QStringLiteral("contacts"), pack);
        for (qsizetype i = 0; i < contacts.size(); ++i) {
            const QJsonObject o =
                requireObject(contacts.at(i), Msg::tr("contact number %1").arg(i + 1));
            Contact c;
            c.id = requireId(o, Msg::tr("contact"), i);
            const QString where = Msg::tr("contact '%1'").arg(c.id);
            requireUnique(contactIds, c.id, where);
            c.name = requireString(o, QStringLiteral("name"), where);
            c.role = requireText(o, QStringLiteral("role"), where, QStringLiteral("role"));
            c.ageGroup = requireString(o, QStringLiteral("ageGroup"), where);
            if (c.ageGroup != QLatin1String("child") && c.ageGroup != QLatin1String("adult") &&
                c.ageGroup != QLatin1String("any"))
                fail(Msg::tr("%1: unknown age group '%2' (use child, adult or any)")
                         .arg(where, c.ageGroup));
            c.email = optionalString(o, QStringLiteral("email"), where).trimmed();
            if (!c.email.isEmpty() && !plausibleEmail(c.email))
                fail(Msg::tr("%1: '%2' is not an e-mail address").arg(where, c.email));
            const QJsonArray phones = requireArray(o, QStringLiteral("phones"), where);
            for (const QJsonValue &pv : phones) {
                const QJsonObject po = requireObject(pv, where);
                ContactPhone p;
                p.number = po.value(QLatin1String("number")).toString();
                if (!phone_number::isValidStored(p.number))
                    fail(Msg::tr("%1: phone '%2' is not in E.164 form (+46...)")
                             .arg(where, p.number));
                p.label = requireText(po, QStringLiteral("label"), where, QStringLiteral("label"));
                c.phones.append(p);
            }
            g.m_contacts.append(c);
        }
        return ContentResult<GuidancePack>::success(std::move(g));
    } catch (const PackError &e) {
        return ContentResult<GuidancePack>::failure(e.message);
    }
}

const GuidanceActor *GuidancePack::actor(const QString &id) const {
    for (const GuidanceActor &a : m_actors) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

const GuidanceTask *GuidancePack::task(const QString &id) const {
    for (const GuidanceTask &t : m_tasks) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

const DeadlineRule *GuidancePack::deadline(const QString &id) const {
    for (const DeadlineRule &d : m_deadlines) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

const Contact *GuidancePack::contact(const QString &id) const {
    for (const Contact &c : m_contacts) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QList<GuidanceTask> GuidancePack::tasksOf(const QString &actorId) const {
    QList<GuidanceTask> out;
    for (const GuidanceTask &t : m_tasks) {
        if (t.actor == actorId)
            out.append(t);
    }
    return out;
}

QList<Contact> GuidancePack::contactsFor(const QString &ageGroup) const {
    if (ageGroup != QLatin1String("child") && ageGroup != QLatin1String("adult"))
        return m_contacts;
    QList<Contact> first;
    QList<Contact> rest;
    for (const Contact &c : m_contacts)
        (c.ageGroup == ageGroup ? first : rest).append(c);
    return first + rest;
}

} // namespace lots
