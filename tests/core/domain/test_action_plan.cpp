// Action plan: which guidance tasks apply to a case and in what order; the report of
// concern requirement; placement conflicts.

#include "content/guidance_pack.h"
#include "domain/action_plan.h"
#include "domain/persons.h" // both headers together: no clashing names

static_assert(int(lots::CaseAgeGroup::Unknown) == int(lots::AgeGroup::Unknown));
static_assert(int(lots::CaseAgeGroup::Child) == int(lots::AgeGroup::Child));
static_assert(int(lots::CaseAgeGroup::Adult) == int(lots::AgeGroup::Adult));

#include <QTest>
#include <algorithm>

using namespace lots;
using namespace Qt::StringLiterals;

namespace {

using Numbers = QList<int>;

CaseFacts adultCase() {
    CaseFacts f;
    f.persons = {{u"p1"_s, CaseAgeGroup::Adult, false}};
    return f;
}

Numbers numbersOf(const ActionPlan &plan) {
    Numbers n;
    for (const PlannedTask &t : plan.tasks)
        n << t.task.number;
    return n;
}

Numbers sorted(Numbers n) {
    std::sort(n.begin(), n.end());
    return n;
}

// Tasks whose condition is "always" in the shipped pack.
const Numbers kAlways{4, 5, 6, 8, 10, 11, 12, 13, 14, 15, 18, 25, 26};

} // namespace

Q_DECLARE_METATYPE(CaseFacts)

class TestActionPlan : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void adultOnlyBaseline();
    void eachConditionChangesTasks_data();
    void eachConditionChangesTasks();
    void investigationLeadTasks();
    void orderOwnRoleFirst();
    void orderChildPinnedFirst();
    void orderReportReceivedPinsProtectionAssessment();
    void everyTaskReachable();

    void reportOfConcern_data();
    void reportOfConcern();
    void reportOfConcernDetails();

    void placementConflict();
    void placementOverride();

private:
    GuidancePack m_pack;
};

void TestActionPlan::initTestCase() {
    const auto r = GuidancePack::loadShipped();
    QVERIFY2(r.ok(), qPrintable(r.error()));
    m_pack = r.value();
}

void TestActionPlan::adultOnlyBaseline() {
    const ActionPlan plan = buildActionPlan(adultCase(), m_pack, u"police"_s);
    QCOMPARE(sorted(numbersOf(plan)), kAlways);
    QCOMPARE(plan.reportOfConcern.need, ReportOfConcernNeed::NotNeeded);
    for (const PlannedTask &t : plan.tasks)
        QVERIFY(!t.pinned);
}

void TestActionPlan::eachConditionChangesTasks_data() {
    QTest::addColumn<CaseFacts>("facts");
    QTest::addColumn<Numbers>("added");

    CaseFacts f = adultCase();
    f.persons << CasePerson{u"c1"_s, CaseAgeGroup::Child, false};
    QTest::newRow("child person") << f << Numbers{1, 2, 3, 7, 19, 20};

    f = adultCase();
    f.childrenAtAddress = {{true, false}};
    QTest::newRow("own child at address") << f << Numbers{1, 2, 3, 7, 19, 20};

    f = adultCase();
    f.childrenAtAddress = {{false, true}};
    QTest::newRow("other child, part time") << f << Numbers{1, 2, 3, 7, 19, 20};

    f = adultCase();
    f.persons.first().ageGroup = CaseAgeGroup::Unknown;
    QTest::newRow("unknown age only") << f << Numbers{};

    f = adultCase();
    f.persons.first().pregnant = true;
    QTest::newRow("pregnancy adds no task") << f << Numbers{};

    f = adultCase();
    f.investigationLead = InvestigationLead::Police;
    QTest::newRow("police leads") << f << Numbers{17};

    f = adultCase();
    f.investigationLead = InvestigationLead::Prosecutor;
    QTest::newRow("prosecutor leads") << f << Numbers{22, 23};

    f = adultCase();
    f.livesAbroad = true;
    QTest::newRow("lives abroad") << f << Numbers{24, 27};

    f.investigationLead = InvestigationLead::Police;
    QTest::newRow("lives abroad, police leads") << f << Numbers{16, 17, 24, 27};

    f.investigationLead = InvestigationLead::Prosecutor;
    QTest::newRow("lives abroad, prosecutor leads") << f << Numbers{21, 22, 23, 24, 27};

    f = adultCase();
    f.sexualViolenceSigns = true;
    QTest::newRow("sexual violence signs") << f << Numbers{9};

    f = adultCase();
    f.greaterProtectionNeed = true;
    QTest::newRow("greater protection need") << f << Numbers{20};

    f = adultCase();
    f.reportOfConcernReceived = true;
    QTest::newRow("report of concern received") << f << Numbers{1};

    f = adultCase();
    f.reportOfConcernMade = true;
    QTest::newRow("report made changes no task") << f << Numbers{};
}

void TestActionPlan::eachConditionChangesTasks() {
    QFETCH(CaseFacts, facts);
    QFETCH(Numbers, added);
    const ActionPlan plan = buildActionPlan(facts, m_pack, u"police"_s);
    QCOMPARE(sorted(numbersOf(plan)), sorted(kAlways + added));
}

void TestActionPlan::investigationLeadTasks() {
    CaseFacts f = adultCase();
    f.livesAbroad = true;
    for (auto lead :
         {InvestigationLead::None, InvestigationLead::Police, InvestigationLead::Prosecutor}) {
        f.investigationLead = lead;
        const Numbers n = numbersOf(buildActionPlan(f, m_pack, u"prosecutor"_s));
        const bool police = lead == InvestigationLead::Police;
        const bool prosecutor = lead == InvestigationLead::Prosecutor;
        QCOMPARE(n.contains(16), police);
        QCOMPARE(n.contains(17), police);
        QCOMPARE(n.contains(21), prosecutor);
        QCOMPARE(n.contains(22), prosecutor);
        QCOMPARE(n.contains(23), prosecutor);
    }
}

void TestActionPlan::orderOwnRoleFirst() {
    CaseFacts f = adultCase();
    f.investigationLead = InvestigationLead::Police;
    ActionPlan plan = buildActionPlan(f, m_pack, u"police"_s);
    QCOMPARE(numbersOf(plan), (Numbers{12, 13, 14, 15, 17, 18, 4, 5, 6, 8, 10, 11, 25, 26}));
    QVERIFY(plan.tasks.first().ownRole);
    QVERIFY(!plan.tasks.last().ownRole);

    plan = buildActionPlan(f, m_pack, u"health-care"_s);
    QCOMPARE(numbersOf(plan), (Numbers{6, 8, 10, 11, 4, 5, 12, 13, 14, 15, 17, 18, 25, 26}));

    // A role without tasks of its own sees the guidance order.
    plan = buildActionPlan(f, m_pack, u"unknown-role"_s);
    QCOMPARE(numbersOf(plan), sorted(numbersOf(plan)));
    for (const PlannedTask &t : plan.tasks)
        QVERIFY(!t.ownRole);
}

void TestActionPlan::orderChildPinnedFirst() {
    CaseFacts f = adultCase();
    f.persons << CasePerson{u"c1"_s, CaseAgeGroup::Child, false};
    ActionPlan plan = buildActionPlan(f, m_pack, u"police"_s);
    QCOMPARE(numbersOf(plan),
             (Numbers{19, 1, 7, 12, 13, 14, 15, 18, 20, 2, 3, 4, 5, 6, 8, 10, 11, 25, 26}));
    for (int i = 0; i < plan.tasks.size(); ++i)
        QCOMPARE(plan.tasks.at(i).pinned, i < 3);

    plan = buildActionPlan(f, m_pack, u"health-care"_s);
    QCOMPARE(numbersOf(plan).mid(0, 4), (Numbers{7, 1, 19, 6}));

    plan = buildActionPlan(f, m_pack, u"social-services"_s);
    QCOMPARE(numbersOf(plan).mid(0, 6), (Numbers{1, 7, 19, 2, 3, 4}));
    QCOMPARE(plan.reportOfConcern.need, ReportOfConcernNeed::Required);
}

void TestActionPlan::orderReportReceivedPinsProtectionAssessment() {
    CaseFacts f = adultCase();
    f.reportOfConcernReceived = true;
    const ActionPlan plan = buildActionPlan(f, m_pack, u"police"_s);
    QCOMPARE(plan.tasks.first().task.number, 1);
    QVERIFY(plan.tasks.first().pinned);
}

void TestActionPlan::everyTaskReachable() {
    // With every fact true, all 27 tasks show.
    CaseFacts f = adultCase();
    f.persons << CasePerson{u"c1"_s, CaseAgeGroup::Child, false};
    f.livesAbroad = f.sexualViolenceSigns = f.greaterProtectionNeed = true;
    f.reportOfConcernReceived = true;
    f.investigationLead = InvestigationLead::Police;
    Numbers seen = numbersOf(buildActionPlan(f, m_pack, u"police"_s));
    f.investigationLead = InvestigationLead::Prosecutor;
    seen += numbersOf(buildActionPlan(f, m_pack, u"police"_s));
    seen = sorted(seen);
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    Numbers all;
    for (int i = 1; i <= 27; ++i)
        all << i;
    QCOMPARE(seen, all);
}

void TestActionPlan::reportOfConcern_data() {
    QTest::addColumn<CaseFacts>("facts");
    QTest::addColumn<int>("need");

    QTest::newRow("adult only: not required") << adultCase() << int(ReportOfConcernNeed::NotNeeded);

    CaseFacts f = adultCase();
    f.persons << CasePerson{u"c1"_s, CaseAgeGroup::Child, false};
    QTest::newRow("person under 18") << f << int(ReportOfConcernNeed::Required);

    f = adultCase();
    f.childrenAtAddress = {{true, false}};
    QTest::newRow("own child at address") << f << int(ReportOfConcernNeed::Required);

    f = adultCase();
    f.childrenAtAddress = {{false, false}};
    QTest::newRow("other child at address") << f << int(ReportOfConcernNeed::Required);

    f = adultCase();
    f.childrenAtAddress = {{true, true}};
    QTest::newRow("part-time child") << f << int(ReportOfConcernNeed::Required);

    f = adultCase();
    f.persons.first().pregnant = true;
    QTest::newRow("pregnancy: offered") << f << int(ReportOfConcernNeed::Offered);

    f.childrenAtAddress = {{false, true}};
    QTest::newRow("pregnancy and child: required") << f << int(ReportOfConcernNeed::Required);

    f.reportOfConcernMade = true;
    QTest::newRow("made: no longer required") << f << int(ReportOfConcernNeed::Made);

    f = adultCase();
    f.persons.first().ageGroup = CaseAgeGroup::Unknown;
    QTest::newRow("unknown age: not required") << f << int(ReportOfConcernNeed::NotNeeded);
}

void TestActionPlan::reportOfConcern() {
    QFETCH(CaseFacts, facts);
    QFETCH(int, need);
    QCOMPARE(int(assessReportOfConcern(facts).need), need);
    QCOMPARE(int(buildActionPlan(facts, m_pack, u"police"_s).reportOfConcern.need), need);
}

void TestActionPlan::reportOfConcernDetails() {
    CaseFacts f;
    f.persons = {{u"a"_s, CaseAgeGroup::Adult, true},
                 {u"b"_s, CaseAgeGroup::Child, false},
                 {u"c"_s, CaseAgeGroup::Unknown, false}};
    ReportOfConcernAssessment a = assessReportOfConcern(f);
    QCOMPARE(a.need, ReportOfConcernNeed::Required);
    QVERIFY(a.childPerson);
    QVERIFY(!a.childrenAtAddress);
    QVERIFY(a.pregnancy);
    QVERIFY(a.ageUnknown);
    QCOMPARE(a.childPersonIds, QStringList{u"b"_s});
    QCOMPARE(a.pregnantPersonIds, QStringList{u"a"_s});
    f.persons.removeAt(1);
    f.childrenAtAddress = {{false, true}};
    a = assessReportOfConcern(f);
    QCOMPARE(a.need, ReportOfConcernNeed::Required);
    QVERIFY(!a.childPerson);
    QVERIFY(a.childrenAtAddress);
}

void TestActionPlan::placementConflict() {
    const QList<Placement> existing{{u"anna"_s, u"case1"_s, u"house-a"_s, true},
                                    {u"bea"_s, u"case1"_s, u"house-b"_s, true},
                                    {u"cleo"_s, u"case2"_s, u"house-c"_s, true},
                                    {u"dana"_s, u"case1"_s, u"house-c"_s, false},
                                    {u"eva"_s, u"case1"_s, u"house-a"_s, true}};
    // Same case, same housing, another person: conflict naming both others.
    PlacementCheck c = checkPlacement(existing, {u"fia"_s, u"case1"_s, u"house-a"_s, true});
    QVERIFY(c.conflict);
    QCOMPARE(c.otherPersonIds, (QStringList{u"anna"_s, u"eva"_s}));
    // Another case at that housing: no conflict.
    c = checkPlacement(existing, {u"gun"_s, u"case3"_s, u"house-a"_s, true});
    QVERIFY(!c.conflict);
    // Same case, other housing: no conflict.
    c = checkPlacement(existing, {u"fia"_s, u"case1"_s, u"house-d"_s, true});
    QVERIFY(!c.conflict);
    // A person of another case placed there does not conflict.
    c = checkPlacement(existing, {u"fia"_s, u"case1"_s, u"house-c"_s, true});
    QVERIFY(!c.conflict); // cleo is case2, dana's placement ended
    // The same person moved within the housing (re-recorded) does not conflict with herself.
    c = checkPlacement(existing, {u"bea"_s, u"case1"_s, u"house-b"_s, true});
    QVERIFY(!c.conflict);
}

void TestActionPlan::placementOverride() {
    const QList<Placement> existing{{u"anna"_s, u"case1"_s, u"house-a"_s, true}};
    const Placement proposed{u"bea"_s, u"case1"_s, u"house-a"_s, true};

    PlacementDecision d = decidePlacement(existing, proposed);
    QVERIFY(!d.allowed);
    QVERIFY(d.check.conflict);
    QVERIFY(!d.message.isEmpty());
    QVERIFY(d.message.contains(u"reason"_s) || d.message.contains(u"Write why"_s));

    d = decidePlacement(existing, proposed, u"   \n\t"_s);
    QVERIFY(!d.allowed);
    QVERIFY(!d.overridden);

    d = decidePlacement(existing, proposed,
                        u"  Sisters; only housing with a free place tonight. "_s);
    QVERIFY(d.allowed);
    QVERIFY(d.overridden);
    QCOMPARE(d.reason, u"Sisters; only housing with a free place tonight."_s);
    QVERIFY(d.message.isEmpty());

    d = decidePlacement(existing, {u"bea"_s, u"case1"_s, u"house-b"_s, true});
    QVERIFY(d.allowed);
    QVERIFY(!d.overridden);
}

QTEST_GUILESS_MAIN(TestActionPlan)
#include "test_action_plan.moc"
