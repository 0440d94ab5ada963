import QtQuick
import QtQuick.Controls
import QtTest
import Lots

// Persons, the case overview and the sign checklist (H7) against a real installation.
Item {
    id: root
    width: 390
    height: 844

    Component {
        id: stackComponent
        StackView {
            anchors.fill: parent
            initialItem: CasePage {}
        }
    }
    Component {
        id: personFormComponent
        PersonFormPage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "PersonsSigns"
        when: windowShown


        // Repeater delegates inside layouts are not always reached by findChild() in Qt 6.4:
        // look through children and content items (test code only).
        function find(item, name) {
            const found = findChild(item, name)
            if (found)
                return found
            const walk = (it, depth) => {
                if (!it || depth > 40)
                    return null
                if (it.objectName === name)
                    return it
                const kids = it.children || []
                for (let i = 0; i < kids.length; ++i) {
                    const r = walk(kids[i], depth + 1)
                    if (r)
                        return r
                }
                if (it.contentItem && it.contentItem !== it)
                    return walk(it.contentItem, depth + 1)
                return null
            }
            return walk(item, 0)
        }

        function initTestCase() {
            verify(AppController.setup("health-care", "Ward tablet 2", "11223344", "11223344"))
            tryCompare(AppController, "state", AppController.Unlocked, 10000)
            verify(CaseController.newCase("5000-K1-26").length > 0)
        }

        function test_1_add_person_through_the_form() {
            const form = createTemporaryObject(personFormComponent, root)
            find(form, "personLabelField").text = "Woman A"
            mouseClick(find(form, "personAge_adult"))
            find(form, "personLanguages").text = "Romanian, English"
            mouseClick(find(form, "personInterpreter"))
            form.save() // the button is below the fold at this size
            compare(FieldController.message, "")
            compare(FieldController.persons.count, 1)
            compare(FieldController.persons.get(0).label, "Woman A")
            verify(!FieldController.persons.get(0).isChild)
            const details = FieldController.personDetails(FieldController.persons.get(0).personId)
            compare(details.languages.length, 2)
            verify(details.interpreterNeeded)
        }

        function test_2_empty_label_is_refused_with_a_message() {
            const form = createTemporaryObject(personFormComponent, root)
            form.save()
            verify(find(form, "personFormMessage").text.length > 0)
            compare(FieldController.persons.count, 1)
            FieldController.clearMessage()
        }

        function test_3_two_taps_record_a_sign() {
            const stack = createTemporaryObject(stackComponent, root)
            const casePage = stack.currentItem
            // Tap 1: the person's "Signs" row on the case page.
            mouseClick(find(casePage, "signsRow_0"))
            tryCompare(stack, "busy", false)
            const signsPage = stack.currentItem
            compare(signsPage.objectName, "signsPage")
            const first = FieldController.signs.get(0)
            verify(first.indicatorId.length > 0)
            compare(first.recorded, false)
            // Tap 2: "Observed" on an indicator.
            const observed = find(signsPage, "signObserved_" + first.indicatorId)
            verify(observed)
            verify(observed.height >= 48)
            mouseClick(observed)
            const after = FieldController.signs.get(0)
            compare(after.recorded, true)
            compare(after.status, "observed")
            compare(after.source, "seen")
            verify(FieldController.overviewSignsText.indexOf("1 sign") === 0)
            // The disclaimer of the catalogue is on the page.
            verify(find(signsPage, "signsDisclaimer").text.indexOf("neither prove nor rule out") >= 0)
        }

        function test_4_child_specific_signs_only_for_children() {
            compare(FieldController.persons.count, 1)
            verify(FieldController.selectPerson(FieldController.persons.get(0).personId))
            compare(FieldController.signs.indexOf("groupId", "child"), -1)
            const id = FieldController.addPerson({ label: "Girl B", ageGroup: "child", estimatedAge: 15 })
            verify(id.length > 0)
            verify(FieldController.selectPerson(id))
            verify(FieldController.personIsChild)
            verify(FieldController.signs.indexOf("groupId", "child") >= 0)
        }

        function test_5_child_badge_and_overview() {
            const stack = createTemporaryObject(stackComponent, root)
            const page = stack.currentItem
            verify(FieldController.hasChild)
            verify(FieldController.caseHasChild(CaseController.caseId))
            const badge = find(page, "person_1_childBadge")
            verify(badge)
            verify(badge.visible)
            compare(badge.text, "CHILD under 18")
            verify(!find(page, "person_0_childBadge").visible)
            verify(find(page, "overviewPersons").text.indexOf("Girl B (CHILD)") >= 0)
            verify(find(page, "overviewProtected").text.indexOf("1 protected item") === 0)
            verify(find(page, "overviewLastChange").text.indexOf("Last change") === 0)
        }

        function test_6_note_and_source_after_recording() {
            verify(FieldController.selectPerson(FieldController.persons.get(0).personId))
            const id = FieldController.signs.get(0).indicatorId
            // The page that recorded it was left: the sign is protected again.
            compare(FieldController.signs.get(0).masked, true)
            compare(FieldController.signs.get(0).status, "")
            verify(!FieldController.setSignDetails(id, "Said so twice", "told-by-person"))
            verify(FieldController.reveal("person:" + FieldController.personId, "11223344"))
            compare(FieldController.signs.get(0).status, "observed")
            verify(FieldController.setSignDetails(id, "Said so twice", "told-by-person"))
            compare(FieldController.signs.get(0).note, "Said so twice")
            compare(FieldController.signs.get(0).changeCount, 1)
            compare(FieldController.signs.get(0).changesText, "1 change")
        }

        function test_7_lock_forgets_everything() {
            AppController.lock()
            compare(FieldController.persons.count, 0)
            compare(FieldController.signs.count, 0)
            compare(FieldController.personId, "")
            compare(FieldController.overviewPersonsText, "")
        }
    }
}
