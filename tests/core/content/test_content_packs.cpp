// The shipped content packs load and are complete; malformed packs are refused with a
// message naming the item and the problem.

#include "content/guidance_pack.h"
#include "content/indicator_catalogue.h"
#include "content/keyword_catalogue.h"
#include "domain/phone_number.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <functional>
#include <optional>

using namespace lots;
using namespace Qt::StringLiterals;

namespace {

QJsonObject readJson(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Returns node with the value at path replaced (or removed when value is nullopt).
// Path elements that are numbers index arrays.
QJsonValue edit(const QJsonValue &node, QStringList path, const std::optional<QJsonValue> &value) {
    if (path.isEmpty())
        return value.value_or(QJsonValue());
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray arr = node.toArray();
        const int index = key.toInt();
        if (path.isEmpty() && !value)
            arr.removeAt(index);
        else
            arr[index] = edit(arr.at(index), path, value);
        return arr;
    }
    QJsonObject obj = node.toObject();
    if (path.isEmpty() && !value)
        obj.remove(key);
    else
        obj[key] = edit(obj.value(key), path, value);
    return obj;
}

enum class PackKind { Indicators, Keywords, Guidance };

struct BadCase {
    const char *name;
    PackKind pack;
    std::function<QJsonObject(QJsonObject)> mutate;
    QStringList expected; // parts the error message must contain
    QByteArray raw;       // when set, written instead of the mutated JSON
};

QJsonObject set(QJsonObject root, const QString &path, const QJsonValue &value) {
    return edit(root, path.split(u'/'), value).toObject();
}

QJsonObject drop(QJsonObject root, const QString &path) {
    return edit(root, path.split(u'/'), std::nullopt).toObject();
}

QString shippedPath(PackKind kind) {
    switch (kind) {
    case PackKind::Indicators:
        return content_resources::indicators();
    case PackKind::Keywords:
        return content_resources::keywords();
    case PackKind::Guidance:
        return content_resources::guidance();
    }
    return {};
}

QString loadError(PackKind kind, const QString &path) {
    switch (kind) {
    case PackKind::Indicators: {
        auto r = IndicatorCatalogue::load(path);
        return r.ok() ? QString() : r.error();
    }
    case PackKind::Keywords: {
        auto r = KeywordCatalogue::load(path);
        return r.ok() ? QString() : r.error();
    }
    case PackKind::Guidance: {
        auto r = GuidancePack::load(path);
        return r.ok() ? QString() : r.error();
    }
    }
    return {};
}

using Set = std::function<QJsonObject(QJsonObject)>;
Set setter(const QString &path, const QJsonValue &v) {
    return [=](QJsonObject o) {
        return set(o, path, v);
    };
}
Set dropper(const QString &path) {
    return [=](QJsonObject o) {
        return drop(o, path);
    };
}
Set both(Set a, Set b) {
    return [=](QJsonObject o) {
        return b(a(o));
    };
}

const QList<BadCase> &badCases() {
    static const QList<BadCase> cases = [] {
        const auto I = PackKind::Indicators;
        const auto K = PackKind::Keywords;
        const auto G = PackKind::Guidance;
        QList<BadCase> c;
        // Pack envelope, all three kinds
        for (PackKind k : {I, K, G}) {
            c.append(
                {"missing format", k, dropper(u"format"_s), {u"missing format version"_s}, {}});
            c.append({"unsupported format",
                      k,
                      setter(u"format"_s, 2),
                      {u"unsupported format version 2"_s},
                      {}});
            c.append({"format not a number",
                      k,
                      setter(u"format"_s, u"1"_s),
                      {u"format version must be a whole number"_s},
                      {}});
            c.append({"missing content version",
                      k,
                      dropper(u"contentVersion"_s),
                      {u"missing content version"_s},
                      {}});
            c.append({"wrong kind",
                      k,
                      setter(u"kind"_s, u"lots.other"_s),
                      {u"wrong kind of pack 'lots.other'"_s},
                      {}});
            c.append({"not JSON", k, nullptr, {u"not valid JSON"_s}, "{\"format\": 1,"});
            c.append({"not an object", k, nullptr, {u"top level must be a JSON object"_s}, "[1]"});
        }
        // Indicators
        c.append(
            {"indicator missing English",
             I,
             both(setter(u"indicators/0/id"_s, u"ctrl.x"_s), dropper(u"indicators/0/text/en"_s)),
             {u"indicator 'ctrl.x': missing English text"_s},
             {}});
        c.append({"indicator missing Swedish",
                  I,
                  setter(u"indicators/1/text/sv"_s, u"  "_s),
                  {u"indicator 'ident.false-documents': missing Swedish text"_s},
                  {}});
        c.append({"indicator missing help",
                  I,
                  dropper(u"indicators/2/help/en"_s),
                  {u"indicator 'ident.documents-held-by-other': missing English text (help)"_s},
                  {}});
        c.append({"indicator missing id",
                  I,
                  dropper(u"indicators/3/id"_s),
                  {u"indicator number 4: missing id"_s},
                  {}});
        c.append({"indicator duplicate id",
                  I,
                  setter(u"indicators/5/id"_s, u"ident.no-id-documents"_s),
                  {u"indicator 'ident.no-id-documents': duplicate id"_s},
                  {}});
        c.append({"indicator unknown group",
                  I,
                  setter(u"indicators/0/group"_s, u"weather"_s),
                  {u"indicator 'ident.no-id-documents': unknown group 'weather'"_s},
                  {}});
        c.append({"indicator unknown source",
                  I,
                  setter(u"indicators/0/source/0/org"_s, u"WHO"_s),
                  {u"indicator 'ident.no-id-documents': unknown source 'WHO'"_s},
                  {}});
        c.append({"indicator source without list",
                  I,
                  dropper(u"indicators/0/source/0/list"_s),
                  {u"indicator 'ident.no-id-documents': the source NSPM does not name its list"_s},
                  {}});
        c.append({"indicator no source",
                  I,
                  setter(u"indicators/0/source"_s, QJsonArray()),
                  {u"indicator 'ident.no-id-documents': missing source"_s},
                  {}});
        c.append({"indicator unknown appliesTo",
                  I,
                  setter(u"indicators/0/appliesTo"_s, u"elderly"_s),
                  {u"indicator 'ident.no-id-documents': unknown appliesTo 'elderly'"_s},
                  {}});
        c.append({"child indicator applies to both",
                  I,
                  [](QJsonObject o) {
                      const QJsonArray items = o.value(u"indicators"_s).toArray();
                      for (qsizetype i = 0; i < items.size(); ++i) {
                          if (items.at(i)[u"group"_s].toString() == u"child"_s)
                              return set(o, u"indicators/%1/appliesTo"_s.arg(i), u"both"_s);
                      }
                      return o;
                  },
                  {u"indicator 'child.no-access-to-parents': a child-specific indicator must "
                   "apply to children only"_s},
                  {}});
        c.append({"indicator unknown ILO element",
                  I,
                  setter(u"indicators/2/ilo/element"_s, u"luck"_s),
                  {u"indicator 'ident.documents-held-by-other': unknown ILO element 'luck'"_s},
                  {}});
        c.append({"indicator unknown ILO weight",
                  I,
                  setter(u"indicators/2/ilo/weight"_s, u"decisive"_s),
                  {u"indicator 'ident.documents-held-by-other': unknown ILO weight 'decisive'"_s},
                  {}});
        c.append({"unknown Palermo element",
                  I,
                  setter(u"iloElements/0/id"_s, u"luck"_s),
                  {u"ILO element 'luck': not one of the six Palermo elements"_s},
                  {}});
        c.append({"duplicate group",
                  I,
                  setter(u"groups/1/id"_s, u"ident"_s),
                  {u"group 'ident': duplicate id"_s},
                  {}});
        c.append({"group missing English",
                  I,
                  dropper(u"groups/0/title/en"_s),
                  {u"group 'ident': missing English text"_s},
                  {}});
        c.append({"missing disclaimer",
                  I,
                  dropper(u"disclaimer/en"_s),
                  {u"indicators pack: missing English text (disclaimer)"_s},
                  {}});
        c.append({"no indicators",
                  I,
                  setter(u"indicators"_s, QJsonArray()),
                  {u"indicators pack: the list 'indicators' is empty"_s},
                  {}});
        // Keywords
        c.append({"keyword duplicate",
                  K,
                  setter(u"keywords/1/id"_s, u"violence"_s),
                  {u"keyword 'violence': duplicate id"_s},
                  {}});
        c.append({"keyword missing English",
                  K,
                  dropper(u"keywords/0/label/en"_s),
                  {u"keyword 'violence': missing English text"_s},
                  {}});
        c.append({"keyword protected not a flag",
                  K,
                  setter(u"keywords/0/protected"_s, u"yes"_s),
                  {u"keyword 'violence': 'protected' must be true or false"_s},
                  {}});
        c.append({"keyword missing protected",
                  K,
                  dropper(u"keywords/0/protected"_s),
                  {u"keyword 'violence': 'protected' must be true or false"_s},
                  {}});
        // Guidance
        c.append({"task unknown condition",
                  G,
                  setter(u"tasks/12/condition"_s, u"foo"_s),
                  {u"task 'police.13': unknown condition 'foo'"_s},
                  {}});
        c.append({"task nested unknown condition",
                  G,
                  setter(u"tasks/15/condition/allOf/1"_s, u"livesOnMars"_s),
                  {u"task 'police.16': unknown condition 'livesOnMars'"_s},
                  {}});
        c.append({"task empty anyOf",
                  G,
                  setter(u"tasks/0/condition"_s, QJsonObject{{u"anyOf"_s, QJsonArray()}}),
                  {u"task 'social.1': 'anyOf' needs a non-empty list of conditions"_s},
                  {}});
        c.append({"task bad condition object",
                  G,
                  setter(u"tasks/0/condition"_s, QJsonObject{{u"noneOf"_s, QJsonArray()}}),
                  {u"task 'social.1': a condition object must have exactly one"_s},
                  {}});
        c.append({"task missing condition",
                  G,
                  dropper(u"tasks/0/condition"_s),
                  {u"task 'social.1': missing condition"_s},
                  {}});
        c.append({"task unknown actor",
                  G,
                  setter(u"tasks/11/actor"_s, u"army"_s),
                  {u"task 'police.12': unknown actor 'army'"_s},
                  {}});
        c.append({"actor not in vocabulary",
                  G,
                  setter(u"actors/0/id"_s, u"church"_s),
                  {u"actor 'church': unknown actor"_s},
                  {}});
        c.append({"task duplicate id",
                  G,
                  setter(u"tasks/1/id"_s, u"social.1"_s),
                  {u"task 'social.1': duplicate id"_s},
                  {}});
        c.append({"task duplicate number",
                  G,
                  setter(u"tasks/1/number"_s, 1),
                  {u"task 'social.2': duplicate number 1"_s},
                  {}});
        c.append({"task missing English",
                  G,
                  dropper(u"tasks/20/title/en"_s),
                  {u"task 'prosecutor.21': missing English text"_s},
                  {}});
        c.append({"task missing source section",
                  G,
                  dropper(u"tasks/3/sourceSection"_s),
                  {u"task 'social.4': missing 'sourceSection'"_s},
                  {}});
        c.append({"contact phone not E.164",
                  G,
                  setter(u"contacts/0/phones/0/number"_s, u"08-508 437 26"_s),
                  {u"contact 'coordinator-children': phone '08-508 437 26' is not in E.164 form"_s},
                  {}});
        c.append({"contact bad e-mail",
                  G,
                  setter(u"contacts/1/email"_s, u"elisabet"_s),
                  {u"contact 'coordinator-adults': 'elisabet' is not an e-mail address"_s},
                  {}});
        c.append({"contact unknown age group",
                  G,
                  setter(u"contacts/1/ageGroup"_s, u"teen"_s),
                  {u"contact 'coordinator-adults': unknown age group 'teen'"_s},
                  {}});
        c.append({"contact duplicate",
                  G,
                  setter(u"contacts/1/id"_s, u"coordinator-children"_s),
                  {u"contact 'coordinator-children': duplicate id"_s},
                  {}});
        c.append({"deadline unknown trigger",
                  G,
                  setter(u"deadlines/0/trigger"_s, u"sunrise"_s),
                  {u"deadline 'protection-assessment': unknown trigger 'sunrise'"_s},
                  {}});
        c.append({"deadline unknown rule",
                  G,
                  setter(u"deadlines/0/rule/kind"_s, u"soon"_s),
                  {u"deadline 'protection-assessment': unknown rule kind 'soon'"_s},
                  {}});
        c.append({"deadline without amount",
                  G,
                  dropper(u"deadlines/1/rule/days"_s),
                  {u"deadline 'reflection-period': the rule needs a whole number of 'days'"_s},
                  {}});
        c.append({"unknown time zone",
                  G,
                  setter(u"timeZone"_s, u"Europe/Atlantis"_s),
                  {u"guidance pack: unknown time zone 'Europe/Atlantis'"_s},
                  {}});
        c.append({"glossary missing English",
                  G,
                  dropper(u"glossary/2/en"_s),
                  {u"glossary entry 'orosanmälan': missing English text"_s},
                  {}});
        c.append({"glossary missing meaning",
                  G,
                  dropper(u"glossary/2/meaning/sv"_s),
                  {u"glossary entry 'orosanmälan': missing Swedish text (meaning)"_s},
                  {}});
        c.append({"placement kind duplicate",
                  G,
                  setter(u"placements/kinds/1/id"_s, u"other"_s),
                  {u"placement kind 'other': duplicate id"_s},
                  {}});
        c.append({"placement rule appliesTo",
                  G,
                  setter(u"placements/rules/0/appliesTo"_s, u"pets"_s),
                  {u"placement rule 'same-case-separate': unknown appliesTo 'pets'"_s},
                  {}});
        c.append({"report of concern offered text",
                  G,
                  dropper(u"reportOfConcern/offered/en"_s),
                  {u"report of concern: missing English text (offered)"_s},
                  {}});
        return c;
    }();
    return cases;
}

} // namespace

class TestContentPacks : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void localizedTextFallback();
    void indicatorsShipped();
    void keywordsShipped();
    void guidanceShipped();
    void guidanceTaskTitlesFaithful();
    void contactsAndPhones();
    void deadlinesAndRules();
    void conditionRoundTrip();
    void missingFileIsNamed();
    void revisedPackFromFile();

    void badPackRefused_data();
    void badPackRefused();

private:
    QString m_scratch;
};

void TestContentPacks::initTestCase() {
    m_scratch = qEnvironmentVariable("LOTS_TEST_SCRATCH");
    QVERIFY(!m_scratch.isEmpty());
    QVERIFY(QDir().mkpath(m_scratch));
}

void TestContentPacks::localizedTextFallback() {
    LocalizedText t{u"hej"_s, u"hello"_s};
    QCOMPARE(t.text(u"sv"), u"hej"_s);
    QCOMPARE(t.text(u"en"), u"hello"_s);
    QCOMPARE(t.text(u"en_GB"), u"hello"_s);
    QCOMPARE(t.text(u"de"), u"hej"_s); // unknown language: Swedish first
    LocalizedText onlySv{u"hej"_s, {}};
    QCOMPARE(onlySv.text(u"en"), u"hej"_s);
    LocalizedText onlyEn{{}, u"hello"_s};
    QCOMPARE(onlyEn.text(u"sv"), u"hello"_s);
    QVERIFY(t.isComplete());
    QVERIFY(!onlyEn.isComplete());
}

void TestContentPacks::indicatorsShipped() {
    const auto r = IndicatorCatalogue::loadShipped();
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const IndicatorCatalogue &c = r.value();
    QCOMPARE(c.format(), 1);
    QVERIFY(!c.contentVersion().isEmpty());
    QVERIFY(c.source().isComplete());
    QVERIFY(c.disclaimer().isComplete());
    QVERIFY(c.disclaimer().en.contains(u"neither prove nor rule out"_s));
    QVERIFY(c.disclaimer().sv.contains(u"varken bevisar eller utesluter"_s));
    QVERIFY(c.weightNote().en.contains(u"not a score"_s));
    QVERIFY(c.indicators().size() >= 45);

    const QStringList groups{u"ident"_s,  u"ctrl"_s,  u"work"_s, u"money"_s,
                             u"health"_s, u"behav"_s, u"child"_s};
    QCOMPARE(c.groups().size(), 7);
    for (const QString &g : groups) {
        QVERIFY2(c.group(g), qPrintable(g));
        QVERIFY(c.group(g)->title.isComplete());
        QVERIFY2(c.inGroup(g).size() >= 4, qPrintable(g));
    }
    QCOMPARE(c.iloElements().size(), 6);

    QSet<QString> orgs;
    QSet<QString> unodcLists;
    QSet<QString> iloElementsUsed;
    for (const Indicator &i : c.indicators()) {
        QVERIFY2(i.text.isComplete(), qPrintable(i.id));
        QVERIFY2(i.help.isComplete(), qPrintable(i.id));
        QVERIFY2(i.id.startsWith(i.group + u'.'), qPrintable(i.id));
        QVERIFY(!i.sources.isEmpty());
        for (const IndicatorSource &s : i.sources) {
            orgs.insert(s.organisation);
            if (s.organisation == u"UNODC"_s)
                unodcLists.insert(s.list);
        }
        if (i.group == u"child"_s)
            QCOMPARE(i.appliesTo, AppliesTo::Child);
        if (!i.iloElement.isEmpty()) {
            QVERIFY(i.iloWeight.has_value());
            iloElementsUsed.insert(i.iloElement);
        }
    }
    QCOMPARE(orgs, (QSet<QString>{u"NSPM"_s, u"UNODC"_s, u"ILO"_s}));
    QVERIFY(unodcLists.contains(u"General indicators"_s));
    QVERIFY(unodcLists.contains(u"Children"_s));
    QVERIFY(unodcLists.contains(u"Sexual exploitation"_s));
    QCOMPARE(iloElementsUsed.size(), 6); // every Palermo element has at least one sign

    // The NSPM general indicators are all present (the first NSPM bullet, "no passport or
    // ID card, or false identity documents", is two signs).
    QStringList nspm;
    for (const Indicator &i : c.indicators()) {
        for (const IndicatorSource &s : i.sources) {
            if (s.organisation == u"NSPM"_s)
                nspm << i.id;
        }
    }
    QCOMPARE(nspm, (QStringList{u"ident.no-id-documents"_s, u"ident.false-documents"_s,
                                u"ident.no-receiver-contacts"_s, u"ctrl.controlled-by-caller"_s,
                                u"ctrl.disappears"_s, u"work.criminal-activities"_s,
                                u"money.unexplained-money"_s}));

    const Indicator *moved = c.find(u"ctrl.movement-controlled"_s);
    QVERIFY(moved);
    QCOMPARE(moved->text.text(u"en"), u"Shows signs that their movements are controlled"_s);
    QCOMPARE(moved->iloWeight, std::optional(IloWeight::Strong));
    QCOMPARE(c.weightTitle(IloWeight::Strong).sv, u"stark"_s);
    QCOMPARE(c.weightTitle(IloWeight::Weak).en, u"weak"_s);

    // Child-specific ones are offered for children only.
    const QList<Indicator> adult = c.forAdult();
    const QList<Indicator> child = c.forChild();
    QCOMPARE(adult.size() + c.inGroup(u"child"_s).size(), c.indicators().size());
    QCOMPARE(child.size(), c.indicators().size());
    for (const Indicator &i : adult)
        QVERIFY(i.group != u"child"_s);
}

void TestContentPacks::keywordsShipped() {
    const auto r = KeywordCatalogue::loadShipped();
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const KeywordCatalogue &c = r.value();
    QVERIFY(!c.contentVersion().isEmpty());
    QVERIFY(c.protectedNote().isComplete());
    for (const Keyword &k : c.keywords()) {
        QVERIFY2(k.label.isComplete(), qPrintable(k.id));
        QVERIFY2(k.help.isComplete(), qPrintable(k.id));
    }
    const QStringList mustBeProtected{u"violence"_s, u"sexual-violence"_s, u"human-trafficking"_s,
                                      u"third-person"_s, u"child-at-risk"_s};
    for (const QString &id : mustBeProtected) {
        QVERIFY2(c.find(id), qPrintable(id));
        QVERIFY2(c.isProtected(id), qPrintable(id));
    }
    QCOMPARE(c.protectedKeywords().size(), mustBeProtected.size());
    const QStringList open{u"health"_s,     u"living"_s,    u"work"_s,  u"travel"_s,
                           u"statements"_s, u"documents"_s, u"needs"_s, u"other"_s};
    for (const QString &id : open) {
        QVERIFY2(c.find(id), qPrintable(id));
        QVERIFY2(!c.isProtected(id), qPrintable(id));
    }
    QCOMPARE(c.find(u"sexual-violence"_s)->label.text(u"sv"), u"Sexuellt våld"_s);
    QVERIFY(c.isProtected(u"no-such-keyword"_s)); // unknown: treat as protected
}

void TestContentPacks::guidanceShipped() {
    const auto r = GuidancePack::loadShipped();
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const GuidancePack &g = r.value();
    QVERIFY(!g.contentVersion().isEmpty());
    QCOMPARE(g.region().en, u"Stockholm County"_s);
    QCOMPARE(g.timeZone(), u"Europe/Stockholm"_s);
    QCOMPARE(g.step().sv, u"Ge akut skydd och stöd vid misstanke om människohandel"_s);
    QCOMPARE(g.actors().size(), 6);
    QCOMPARE(g.tasks().size(), 27);
    for (int n = 1; n <= 27; ++n) {
        const GuidanceTask &t = g.tasks().at(n - 1);
        QCOMPARE(t.number, n);
        QVERIFY2(t.title.isComplete(), qPrintable(t.id));
        QCOMPARE(t.sourceSection, u"Olika aktörers ansvar i detta steg, punkt %1"_s.arg(n));
        QVERIFY(t.id.endsWith(u".%1"_s.arg(n)));
    }
    QCOMPARE(g.tasksOf(u"social-services"_s).size(), 5);
    QCOMPARE(g.tasksOf(u"health-care"_s).size(), 6);
    QCOMPARE(g.tasksOf(u"police"_s).size(), 9);
    QCOMPARE(g.tasksOf(u"prosecutor"_s).size(), 3);
    QCOMPARE(g.tasksOf(u"migration-agency"_s).size(), 1);
    QCOMPARE(g.tasksOf(u"regional-coordinator"_s).size(), 3);
    for (const GuidanceActor &a : g.actors())
        QVERIFY(a.name.isComplete());

    QVERIFY(g.reportOfConcernRequired().sv.startsWith(u"Du ska alltid göra en orosanmälan"_s));
    QVERIFY(g.reportOfConcernOffered().sv.contains(u"gravid"_s));
    QVERIFY(g.reportOfConcernOffered().isComplete());
    QVERIFY(g.contactProhibition().isComplete());

    QStringList kinds;
    for (const PlacementKind &k : g.placementKinds()) {
        kinds << k.id;
        QVERIFY(k.title.isComplete());
    }
    QCOMPARE(kinds, (QStringList{u"protected-housing"_s, u"hvb"_s, u"family-home"_s, u"other"_s}));
    QStringList rules;
    int childRules = 0;
    for (const PlacementRule &pr : g.placementRules()) {
        rules << pr.id;
        QVERIFY(pr.text.isComplete());
        childRules += pr.appliesTo == AppliesTo::Child ? 1 : 0;
    }
    QVERIFY(rules.contains(u"same-case-separate"_s));
    QVERIFY(rules.contains(u"child-running-away"_s));
    QVERIFY(rules.contains(u"child-lvu-supervision"_s));
    QVERIFY(rules.contains(u"child-organiser-contact"_s));
    QCOMPARE(childRules, 3);

    QCOMPARE(g.glossary().size(), 15);
    bool found = false;
    for (const GlossaryEntry &e : g.glossary()) {
        QVERIFY(!e.sv.isEmpty() && !e.en.isEmpty());
        QVERIFY(e.meaning.isComplete());
        if (e.sv == u"målsägandebiträde"_s) {
            found = true;
            QCOMPARE(e.en, u"counsel for the injured party"_s);
        }
    }
    QVERIFY(found);
}

void TestContentPacks::guidanceTaskTitlesFaithful() {
    // Titles come from the Swedish source text: every bullet of the responsibilities list,
    // in order, is a task title.
    QFile src(
        QStringLiteral(LOTS_TEST_DATA_DIR "/../../../shared/reference/akut-skydd-och-stod.sv.txt"));
    if (!src.open(QIODevice::ReadOnly))
        QSKIP("the Swedish source text is not beside the repository");
    const QString text = QString::fromUtf8(src.readAll());
    const auto r = GuidancePack::loadShipped();
    QVERIFY(r.ok());
    QStringList bullets;
    for (const QString &line : text.split(u'\n')) {
        const QString t = line.trimmed();
        if (t.startsWith(u"•"_s))
            bullets << t.mid(1).trimmed();
    }
    QCOMPARE(bullets.size(), 27);
    for (int i = 0; i < 27; ++i)
        QCOMPARE(r.value().tasks().at(i).title.sv, bullets.at(i));
}

void TestContentPacks::contactsAndPhones() {
    const auto r = GuidancePack::loadShipped();
    QVERIFY(r.ok());
    const GuidancePack &g = r.value();
    const Contact *jenny = g.contact(u"coordinator-children"_s);
    const Contact *elisabet = g.contact(u"coordinator-adults"_s);
    const Contact *line = g.contact(u"support-line"_s);
    const Contact *emergency = g.contact(u"emergency"_s);
    QVERIFY(jenny && elisabet && line && emergency);
    QCOMPARE(jenny->name, u"Jenny Selenius"_s);
    QCOMPARE(jenny->email, u"jenny.selenius@stockholm.se"_s);
    QCOMPARE(jenny->ageGroup, u"child"_s);
    QCOMPARE(elisabet->name, u"Elisabet Lundqvist"_s);
    QCOMPARE(elisabet->email, u"elisabet.lundqvist@stockholm.se"_s);
    QCOMPARE(elisabet->ageGroup, u"adult"_s);
    QCOMPARE(line->name, u"Jämställdhetsmyndighetens stödtelefon"_s);

    QStringList shown;
    for (const Contact &c : g.contacts()) {
        for (const ContactPhone &p : c.phones) {
            QVERIFY2(phone_number::isValidStored(p.number), qPrintable(p.number));
            QVERIFY(p.label.isComplete());
            shown << phone_number::toDisplay(p.number);
        }
    }
    QCOMPARE(shown, (QStringList{u"08-508 437 26"_s, u"076-124 37 26"_s, u"08-508 256 69"_s,
                                 u"076-122 56 69"_s, u"020-39 00 00"_s, u"112"_s}));

    // Coordinators offered by age group.
    QCOMPARE(g.contactsFor(u"child"_s).first().id, u"coordinator-children"_s);
    QCOMPARE(g.contactsFor(u"adult"_s).first().id, u"coordinator-adults"_s);
    QCOMPARE(g.contactsFor(u"adult"_s).size(), g.contacts().size());
    QCOMPARE(g.contactsFor(u"unknown"_s).first().id, g.contacts().first().id);
}

void TestContentPacks::deadlinesAndRules() {
    const auto r = GuidancePack::loadShipped();
    QVERIFY(r.ok());
    const GuidancePack &g = r.value();
    QCOMPARE(g.deadlines().size(), 3);
    const DeadlineRule *pa = g.deadline(u"protection-assessment"_s);
    QVERIFY(pa);
    QCOMPARE(pa->trigger, u"reportOfConcernReceived"_s);
    QCOMPARE(pa->kind, DeadlineRuleKind::EndOfLocalDay);
    QCOMPARE(pa->amount, 1);
    const DeadlineRule *rp = g.deadline(u"reflection-period"_s);
    QVERIFY(rp);
    QCOMPARE(rp->kind, DeadlineRuleKind::LocalDays);
    QCOMPARE(rp->amount, 30);
    const DeadlineRule *lp = g.deadline(u"longer-permit"_s);
    QVERIFY(lp);
    QCOMPARE(lp->kind, DeadlineRuleKind::LocalMonths);
    QCOMPARE(lp->amount, 6);
    QVERIFY(lp->minimum);
    for (const DeadlineRule &d : g.deadlines()) {
        QVERIFY(d.title.isComplete());
        QVERIFY(d.text.isComplete());
    }
}

void TestContentPacks::conditionRoundTrip() {
    const auto r = GuidancePack::loadShipped();
    QVERIFY(r.ok());
    for (const GuidanceTask &t : r.value().tasks()) {
        QString error;
        const auto again = Condition::fromJson(t.condition.toJson(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->toJson(), t.condition.toJson());
    }
    QCOMPARE(Condition::vocabulary().size(), 9);
    QVERIFY(Condition::vocabulary().contains(u"childrenInPicture"_s));
    // Exact evaluation of allOf / anyOf.
    const Condition c = Condition::anyOf(
        {Condition::allOf({Condition::fact(ConditionFact::PoliceLeadsInvestigation),
                           Condition::fact(ConditionFact::LivesAbroad)}),
         Condition::fact(ConditionFact::ChildInCase)});
    ConditionFacts f;
    QVERIFY(!c.evaluate(f));
    f.policeLeadsInvestigation = true;
    QVERIFY(!c.evaluate(f));
    f.livesAbroad = true;
    QVERIFY(c.evaluate(f));
    f = {};
    f.childInCase = true;
    QVERIFY(c.evaluate(f));
    QCOMPARE(c.referencedFacts().size(), 3);
    for (ConditionFact fact : Condition::allFacts()) {
        ConditionFacts one;
        one.set(fact, true);
        QVERIFY(one.value(fact));
        QVERIFY(Condition::fact(fact).evaluate(one));
        QVERIFY(!Condition::fact(fact).evaluate(ConditionFacts{}));
        QCOMPARE(Condition::factFromName(Condition::factName(fact)), std::optional(fact));
    }
}

void TestContentPacks::missingFileIsNamed() {
    const QString path = m_scratch + u"/does-not-exist.json"_s;
    const auto r = IndicatorCatalogue::load(path);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(u"indicators pack: cannot read"_s), qPrintable(r.error()));
    QVERIFY(r.error().contains(path));
}

void TestContentPacks::revisedPackFromFile() {
    // A revised guidance is a data change: a pack with an extra task and another region
    // loads from a file without any code change.
    QJsonObject root = readJson(content_resources::guidance());
    root = set(root, u"contentVersion"_s, u"2027.1"_s);
    root = set(root, u"region/en"_s, u"Uppsala County"_s);
    QJsonArray tasks = root.value(u"tasks"_s).toArray();
    QJsonObject extra = tasks.at(0).toObject();
    extra[u"id"_s] = u"social.28"_s;
    extra[u"number"_s] = 28;
    extra[u"childPriority"_s] = false;
    extra[u"condition"_s] =
        QJsonObject{{u"allOf"_s, QJsonArray{u"livesAbroad"_s, u"childInCase"_s}}};
    tasks.append(extra);
    root[u"tasks"_s] = tasks;
    const QString path = m_scratch + u"/guidance-revised.json"_s;
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(root).toJson());
    f.close();
    const auto r = GuidancePack::load(path);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r.value().contentVersion(), u"2027.1"_s);
    QCOMPARE(r.value().region().text(u"en"), u"Uppsala County"_s);
    QCOMPARE(r.value().tasks().size(), 28);
    QCOMPARE(r.value().task(u"social.28"_s)->condition.kind(), Condition::Kind::AllOf);
}

void TestContentPacks::badPackRefused_data() {
    QTest::addColumn<int>("index");
    const char *packNames[] = {"indicators", "keywords", "guidance"};
    for (int i = 0; i < badCases().size(); ++i) {
        const BadCase &c = badCases().at(i);
        QTest::addRow("%s: %s", packNames[static_cast<int>(c.pack)], c.name) << i;
    }
}

void TestContentPacks::badPackRefused() {
    QFETCH(int, index);
    const BadCase &c = badCases().at(index);
    QByteArray bytes = c.raw;
    if (bytes.isEmpty()) {
        const QJsonObject shipped = readJson(shippedPath(c.pack));
        const QJsonObject bad = c.mutate(shipped);
        QVERIFY2(bad != shipped, "the mutation changed nothing");
        bytes = QJsonDocument(bad).toJson();
    }
    const QString path = m_scratch + u"/bad-%1.json"_s.arg(index);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    f.close();
    const QString error = loadError(c.pack, path);
    QVERIFY2(!error.isEmpty(), "the bad pack was accepted");
    for (const QString &part : c.expected)
        QVERIFY2(error.contains(part), qPrintable(u"got: "_s + error + u"\nwanted: "_s + part));
}

QTEST_GUILESS_MAIN(TestContentPacks)
#include "test_content_packs.moc"
