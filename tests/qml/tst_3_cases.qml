import QtQuick
import QtTest
import Lots

// CaseListPage, NewCasePage and CasePage against a real, empty installation.
Item {
    id: root
    width: 800
    height: 1600

    Component {
        id: listComponent
        CaseListPage {
            anchors.fill: parent
        }
    }
    Component {
        id: newCaseComponent
        NewCasePage {
            anchors.fill: parent
        }
    }
    Component {
        id: caseComponent
        CasePage {
            anchors.fill: parent
        }
    }
    SignalSpy {
        id: createdSpy
        signalName: "created"
    }

    TestCase {
        name: "Cases"
        when: windowShown

        function initTestCase() {
            verify(AppController.setup("police", "Patrol car 3", "11223344", "11223344"))
            tryCompare(AppController, "state", AppController.Unlocked, 10000)
        }

        function test_1_empty_list_says_what_to_do() {
            const page = createTemporaryObject(listComponent, root)
            compare(findChild(page, "caseList").count, 0)
            verify(findChild(page, "caseListEmpty").visible)
            verify(findChild(page, "caseListEmptyHint").text.indexOf("New case") >= 0)
            const button = findChild(page, "newCaseButton")
            verify(button.visible)
            verify(button.height >= 48)
            verify(button.width >= 48)
        }

        function test_2_new_case_appears_in_list() {
            const list = createTemporaryObject(listComponent, root)
            const page = createTemporaryObject(newCaseComponent, root)
            createdSpy.target = page
            findChild(page, "newCaseReference").text = "  5000-K1234-26 "
            mouseClick(findChild(page, "newCaseOpenButton"))
            compare(createdSpy.count, 1)
            compare(CaseController.reference, "5000-K1234-26")
            verify(CaseController.hasCase)
            page.destroy()
            compare(findChild(list, "caseList").count, 1)
            verify(!findChild(list, "caseListEmpty").visible)
            compare(CaseController.cases.count, 1)
        }

        function test_3_too_long_reference_is_refused() {
            const page = createTemporaryObject(newCaseComponent, root)
            findChild(page, "newCaseReference").text = "x".repeat(41)
            mouseClick(findChild(page, "newCaseOpenButton"))
            verify(findChild(page, "newCaseMessage").text.indexOf("too long") > 0)
            compare(CaseController.cases.count, 1)
            CaseController.clearMessage()
        }

        function test_4_case_page_has_every_section() {
            const page = createTemporaryObject(caseComponent, root)
            compare(findChild(page, "caseReference").text, "Reference number: 5000-K1234-26")
            verify(findChild(page, "caseOpenedAt").text.indexOf("Opened") === 0)
            for (const key of ["persons", "signs", "notes", "injuries", "actionPlan", "contacts"]) {
                const section = findChild(page, "section_" + key)
                verify(section, key)
                verify(section.visible, key)
                // Field documentation sections say plainly that nothing is recorded yet.
                if (["persons", "signs", "notes", "injuries"].indexOf(key) >= 0)
                    verify(findChild(page, "section_" + key + "_empty").text.length > 0, key)
            }
        }

        function test_5_lock_forgets_the_case() {
            verify(CaseController.hasCase)
            AppController.lock()
            verify(!CaseController.hasCase)
            compare(CaseController.title, "")
            compare(CaseController.cases.count, 0)
        }
    }
}
