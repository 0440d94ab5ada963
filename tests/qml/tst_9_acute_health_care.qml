import QtQuick
import QtTest
import Lots

// Acute-phase guide on a health-care device: its own tasks first; with a child the report
// of concern comes first of all.
Item {
    id: root
    width: 800
    height: 1600

    Component {
        id: planComponent
        ActionPlanPage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "AcuteHealthCare"
        when: windowShown

        function initTestCase() {
            verify(AppController.setup("health-care", "ER tablet 2", "11223344", "11223344"))
            tryCompare(AppController, "state", AppController.Unlocked, 10000)
            verify(CaseController.newCase("HC-1").length > 0)
            tryCompare(AcuteController, "active", true)
        }

        function test_1_health_care_tasks_first() {
            const page = createTemporaryObject(planComponent, root)
            const own = AcuteController.ownTasks
            verify(own.count >= 4)
            compare(own.get(0).taskId, "health.6")
            for (let i = 0; i < own.count; ++i)
                compare(own.get(i).actor, "health-care", "row " + i)
            verify(AcuteController.roleName.indexOf("Health") === 0, AcuteController.roleName)
            verify(AcuteController.otherTasks.indexOf("taskId", "police.12") >= 0)
            compare(AcuteController.reportState, "not-needed")
        }

        function test_2_with_a_child_report_of_concern_on_top() {
            verify(FieldController.addPerson({ label: "Boy C", ageGroup: "child" }).length > 0)
            tryCompare(AcuteController, "reportState", "required")
            const own = AcuteController.ownTasks
            tryVerify(() => own.get(0).pinned)
            // The health-care report of concern (item 7) is among the pinned tasks on top.
            let pinnedIds = []
            for (let i = 0; i < own.count && own.get(i).pinned; ++i)
                pinnedIds.push(own.get(i).taskId)
            verify(pinnedIds.indexOf("health.7") >= 0, pinnedIds.join(","))
            const page = createTemporaryObject(planComponent, root)
            verify(findChild(page, "reportOfConcernCard").visible)
        }

        function test_3_offered_when_pregnant() {
            verify(CaseController.newCase("HC-2").length > 0)
            tryCompare(AcuteController, "active", true)
            verify(FieldController.addPerson({ label: "Woman D", ageGroup: "adult", pregnant: "yes" }).length > 0)
            tryCompare(AcuteController, "reportState", "offered")
        }
    }
}
