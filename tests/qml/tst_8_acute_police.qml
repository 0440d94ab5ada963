import QtQuick
import QtTest
import Lots
import LotsTest

// Acute-phase guide on a police device: the plan puts police tasks first, task status with
// reasons, deadlines on the case list, the report of concern, placements and contacts.
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
    Component {
        id: taskComponent
        TaskPage {
            anchors.fill: parent
        }
    }
    Component {
        id: listComponent
        CaseListPage {
            anchors.fill: parent
        }
    }
    Component {
        id: sectionComponent
        ActionPlanSection {
            width: 700
        }
    }
    Component {
        id: reportComponent
        ReportOfConcernPage {
            anchors.fill: parent
        }
    }
    Component {
        id: placementComponent
        PlacementPage {
            anchors.fill: parent
        }
    }
    Component {
        id: contactsComponent
        ContactsSection {
            width: 700
        }
    }
    SignalSpy {
        id: savedSpy
        signalName: "saved"
    }

    TestCase {
        name: "AcutePolice"
        when: windowShown

        property string adultCase
        property string childCase
        property string girl
        property string woman

        function initTestCase() {
            verify(AppController.setup("police", "Patrol car 3", "11223344", "11223344"))
            tryCompare(AppController, "state", AppController.Unlocked, 10000)
            adultCase = CaseController.newCase("AP-ADULT")
            verify(adultCase.length > 0)
            tryCompare(AcuteController, "active", true)
        }

        function openCase(id) {
            verify(CaseController.openCase(id))
            tryCompare(AcuteController, "active", true)
        }

        function test_1_police_tasks_first_others_one_tap_away() {
            openCase(adultCase)
            const page = createTemporaryObject(planComponent, root)
            const own = AcuteController.ownTasks
            verify(own.count >= 4)
            for (let i = 0; i < own.count; ++i)
                compare(own.get(i).actor, "police", "row " + i)
            compare(own.get(0).taskId, "police.12")
            // The Swedish words of the guidance come first.
            verify(own.get(0).title.indexOf("112") >= 0)
            verify(findChild(page, "ownTask_police.12").visible)
            compare(AcuteController.roleName, "Police")
            compare(findChild(page, "planTabOwn").Accessible.description, "Police")
            verify(!findChild(page, "planOthersList").visible)
            mouseClick(findChild(page, "planTabOthers"))
            verify(findChild(page, "planOthersList").visible)
            verify(AcuteController.otherTasks.indexOf("taskId", "health.6") >= 0)
            verify(AcuteController.otherTasks.indexOf("taskId", "police.12") < 0)
        }

        function test_2_mark_done_is_recorded_with_who_and_when() {
            openCase(adultCase)
            const page = createTemporaryObject(taskComponent, root, { taskId: "police.13" })
            findChild(page, "taskNote").text = "Told her in Romanian"
            mouseClick(findChild(page, "taskDone"))
            compare(AcuteController.message, "")
            tryVerify(() => page.task.taskState === "done")
            tryVerify(() => page.history.length === 1)
            compare(page.history[0].action, "done")
            verify(page.history[0].who.indexOf("Police") === 0, page.history[0].who)
            compare(page.history[0].note, "Told her in Romanian")
            verify(findChild(page, "taskStateText").text.indexOf("Done") === 0)
        }

        function test_3_not_applicable_needs_a_reason() {
            openCase(adultCase)
            const page = createTemporaryObject(taskComponent, root, { taskId: "police.18" })
            mouseClick(findChild(page, "taskNotApplicable"))
            verify(findChild(page, "taskMessage").text.indexOf("Write why") === 0)
            compare(AcuteController.task("police.18").taskState, "open")
            compare(page.history.length, 0)
            findChild(page, "taskReason").text = "No injuries to document"
            mouseClick(findChild(page, "taskNotApplicable"))
            tryVerify(() => page.task.taskState === "not-applicable")
            verify(page.task.stateText.indexOf("No injuries to document") > 0)
            mouseClick(findChild(page, "taskReopen"))
            tryVerify(() => page.task.taskState === "open")
            tryVerify(() => page.history.length === 2)
            compare(page.history[1].action, "reopened")
        }

        function test_4_deadlines_in_words_on_the_case_list_due_first() {
            // A second case whose deadline is overdue, and the first with one due tomorrow.
            childCase = CaseController.newCase("AP-CHILD")
            tryCompare(AcuteController, "active", true)
            openCase(adultCase)
            verify(AcuteController.recordTime("report-received", ""))
            tryCompare(AcuteController.deadlines, "count", 1)
            compare(AcuteController.deadlines.get(0).dueText, "due tomorrow 23:59")
            openCase(childCase)
            const threeDaysAgo = new Date(Date.now() - 3 * 24 * 3600 * 1000)
            verify(AcuteController.recordTime("report-received", Qt.formatDateTime(threeDaysAgo, "yyyy-MM-dd hh:mm")))
            tryVerify(() => AcuteController.nextDueText.indexOf("overdue") > 0)
            const list = createTemporaryObject(listComponent, root)
            const view = findChild(list, "caseList")
            tryCompare(view, "count", 2)
            // Overdue first, then due tomorrow.
            tryCompare(CaseController.cases, "reminderState", "overdue")
            verify(findChild(list, "dueBannerText").text.indexOf("1 case overdue") === 0)
            tryVerify(() => findChild(list, "caseRowDue_0") !== null)
            verify(findChild(list, "caseRowDue_0").text.indexOf("overdue") > 0)
            tryVerify(() => findChild(list, "caseRowDue_1") !== null)
            compare(findChild(list, "caseRowDue_1").text, "Protection assessment: due tomorrow 23:59")
            compare(CaseController.cases.count, 2)
        }

        function test_5_report_of_concern_required_until_recorded() {
            openCase(childCase)
            girl = FieldController.addPerson({ label: "Girl A", ageGroup: "child" })
            verify(girl.length > 0)
            tryCompare(AcuteController, "reportState", "required")
            verify(AcuteController.hasChild)
            // The child's tasks come first.
            tryVerify(() => AcuteController.ownTasks.count > 0 && AcuteController.ownTasks.get(0).pinned)
            const section = createTemporaryObject(sectionComponent, root)
            verify(findChild(section, "reportOfConcernCard").visible)
            verify(findChild(section, "reportOfConcernState").text.indexOf("REQUIRED") > 0)

            const page = createTemporaryObject(reportComponent, root)
            savedSpy.target = page
            mouseClick(findChild(page, "rocSave"))
            verify(findChild(page, "rocMessage").text.indexOf("social services") > 0)
            compare(savedSpy.count, 0)
            findChild(page, "rocSocialServices").text = "Södermalm"
            findChild(page, "rocMadeBy").text = "Insp. Berg 4711"
            mouseClick(findChild(page, "rocSave"))
            compare(savedSpy.count, 1)
            tryCompare(AcuteController, "reportState", "made")
            verify(AcuteController.reportMadeText.indexOf("Södermalm") > 0)
            verify(AcuteController.reportMadeText.indexOf("Insp. Berg 4711") > 0)
        }

        function test_6_same_housing_refused_with_the_reason_then_override() {
            openCase(childCase)
            woman = FieldController.addPerson({ label: "Woman B", ageGroup: "adult" })
            verify(woman.length > 0)
            tryCompare(AcuteController.persons, "length", 2)
            const page = createTemporaryObject(placementComponent, root, { personId: woman })
            findChild(page, "placementHousing").text = "House 7"
            mouseClick(findChild(page, "placementSave"))
            verify(page.result.ok, page.result.error)
            tryCompare(AcuteController.placements, "count", 1)

            page.personId = girl
            verify(findChild(page, "placementChildReminders").visible)
            findChild(page, "placementHousing").text = "house 7"
            mouseClick(findChild(page, "placementSave"))
            verify(!page.result.ok)
            verify(findChild(page, "placementConflict").visible)
            verify(findChild(page, "placementRuleText").text.indexOf("should not be placed at the same housing") > 0)
            verify(page.result.conflictWith.indexOf("Woman B") >= 0)
            // An override needs a written reason.
            mouseClick(findChild(page, "placementOverride"))
            verify(!page.result.ok)
            verify(findChild(page, "placementMessage").text.indexOf("Write why") === 0)
            compare(AcuteController.placements.count, 1)
            findChild(page, "placementOverrideReason").text = "Only free place tonight; staff on site"
            mouseClick(findChild(page, "placementOverride"))
            verify(page.result.ok, page.result.error)
            verify(page.result.overridden)
            tryCompare(AcuteController.placements, "count", 2)
        }

        function test_7_contacts_child_case_coordinator_first_and_tap_calls() {
            openCase(childCase)
            const section = createTemporaryObject(contactsComponent, root)
            tryCompare(ContactsController.contacts, "count", 4)
            compare(findChild(section, "contactName_0").text, "Jenny Selenius")
            compare(findChild(section, "contactName_1").text, "Elisabet Lundqvist")
            compare(ContactsController.contacts.get(3).contactId, "emergency")
            const call = findChild(section, "contactCall_coordinator-children_0")
            verify(call.text.indexOf("08-508 437 26") > 0, call.text)
            TestDialer.clear()
            mouseClick(call)
            compare(TestDialer.lastUrl, "tel:+46850843726")
            mouseClick(findChild(section, "contactWrite_coordinator-children"))
            compare(TestDialer.lastUrl, "mailto:jenny.selenius@stockholm.se")
            mouseClick(findChild(section, "contactCall_emergency_0"))
            compare(TestDialer.lastUrl, "tel:112")
            compare(TestDialer.count, 3)
        }

        function test_8_contacts_adult_case_adults_coordinator_first() {
            openCase(adultCase)
            const section = createTemporaryObject(contactsComponent, root)
            tryCompare(ContactsController.contacts, "count", 4)
            compare(findChild(section, "contactName_0").text, "Elisabet Lundqvist")
            TestDialer.clear()
            mouseClick(findChild(section, "contactCall_coordinator-adults_0"))
            compare(TestDialer.lastUrl, "tel:+46850825669")
        }

        function test_9_swedish_term_explained_one_tap_away() {
            openCase(childCase)
            const section = createTemporaryObject(sectionComponent, root)
            const info = findChild(section, "termInfo_orosanmälan")
            verify(info.visible)
            verify(info.height >= 48)
            mouseClick(info)
            const popup = findChild(info, "termPopup_orosanmälan")
            verify(popup)
            tryCompare(popup, "opened", true)
            verify(info.meaning.length > 10)
            verify(info.english.indexOf("report of concern") === 0, info.english)
            popup.close()
        }

        function test_zz_lock_forgets_everything() {
            AppController.lock()
            compare(AcuteController.active, false)
            compare(AcuteController.ownTasks.count, 0)
            compare(AcuteController.deadlines.count, 0)
            compare(ContactsController.contacts.count, 0)
            compare(CaseController.cases.reminderText, "")
        }
    }
}
