import QtQuick
import QtQuick.Controls
import QtTest
import Lots

// Protected notes (H7): masked row with lock and keyword only, reveal asks for the
// passcode, the banner, the audit view, hidden again after leaving the page; search.
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
        id: noteFormComponent
        NoteFormPage {
            anchors.fill: parent
        }
    }
    Component {
        id: auditComponent
        AuditPage {
            anchors.fill: parent
        }
    }
    Component {
        id: searchComponent
        SearchPage {
            anchors.fill: parent
        }
    }

    readonly property string secret: "Forced by the landlord XYZZY"

    TestCase {
        name: "Protection"
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
            verify(AppController.setup("police", "Patrol car 9", "11223344", "11223344"))
            tryCompare(AppController, "state", AppController.Unlocked, 10000)
            verify(CaseController.newCase("5000-K3-26").length > 0)
        }

        function test_1_note_under_protected_keyword() {
            const form = createTemporaryObject(noteFormComponent, root)
            mouseClick(find(form, "keyword_sexual-violence"))
            verify(find(form, "noteKeywordProtected").visible)
            verify(find(form, "noteProtectedByHand").checked)
            find(form, "noteTextField").text = root.secret
            mouseClick(find(form, "noteSaveButton"))
            compare(FieldController.message, "")
            compare(FieldController.notes.count, 1)
            // A plain note too, for the search.
            verify(FieldController.addNote("travel", "Met at the bus station", false).length > 0)
        }

        function checkNothingShows(page) {
            for (const name of ["noteMasked_0_text", "noteText_0", "noteTitle_0", "caseTitle",
                                "overviewPersons", "overviewSigns", "overviewProtected",
                                "notePosition_0"]) {
                const item = find(page, name)
                verify(item, name)
                verify(item.text.indexOf("XYZZY") < 0, name)
                verify(item.text.indexOf("landlord") < 0, name)
            }
        }

        function test_2_masked_row_shows_lock_and_keyword_only() {
            const stack = createTemporaryObject(stackComponent, root)
            const page = stack.currentItem
            const masked = find(page, "noteMasked_0")
            verify(masked.visible)
            compare(find(page, "noteMasked_0_text").text, "Protected note: Sexual violence")
            verify(!find(page, "noteText_0").visible)
            compare(find(page, "noteText_0").text, "")
            compare(FieldController.notes.get(0).text, "")
            checkNothingShows(page)
            verify(page.title.indexOf("XYZZY") < 0)
            verify(!find(page, "caseRevealBanner").visible)
        }

        function test_3_reveal_needs_the_passcode() {
            const stack = createTemporaryObject(stackComponent, root)
            const page = stack.currentItem
            mouseClick(find(page, "noteMasked_0"))
            const dialog = find(page, "revealDialog")
            tryCompare(dialog, "opened", true)
            find(dialog.contentItem, "revealPasscode").text = "00000000"
            mouseClick(find(dialog.contentItem, "revealConfirmButton"))
            verify(find(dialog.contentItem, "revealMessage").text.indexOf("Wrong passcode") === 0)
            verify(dialog.visible)
            checkNothingShows(page)
            compare(FieldController.anyRevealed, false)

            find(dialog.contentItem, "revealPasscode").text = "11223344"
            mouseClick(find(dialog.contentItem, "revealConfirmButton"))
            tryCompare(dialog, "visible", false)
            compare(find(dialog.contentItem, "revealPasscode").text, "")
            const text = find(page, "noteText_0")
            verify(text.visible)
            compare(text.text, root.secret)
            verify(find(page, "caseRevealBanner").visible)
            // Never in the title.
            verify(page.title.indexOf("XYZZY") < 0)
        }

        function test_4_leaving_the_page_hides_it_again() {
            // The page of test 3 was destroyed: nothing stays revealed.
            compare(FieldController.anyRevealed, false)
            const stack = createTemporaryObject(stackComponent, root)
            const page = stack.currentItem
            verify(find(page, "noteMasked_0").visible)
            checkNothingShows(page)
        }

        function test_5_audit_view_lists_the_reveal() {
            const page = createTemporaryObject(auditComponent, root)
            compare(FieldController.audit.count, 1)
            verify(find(page, "auditWhat_0").text.indexOf("Revealed a protected note") === 0)
            verify(find(page, "auditWho_0").text.indexOf("This device") >= 0)
        }

        function test_6_search_finds_plain_text_only() {
            const page = createTemporaryObject(searchComponent, root)
            find(page, "searchField").text = "bus"
            mouseClick(find(page, "searchRunButton"))
            compare(FieldController.searchResults.count, 1)
            verify(find(page, "searchHit_0").text.indexOf("[bus]") >= 0)
            find(page, "searchField").text = "landlord"
            mouseClick(find(page, "searchRunButton"))
            compare(FieldController.searchResults.count, 0)
            // With the passcode, protected text is searched (and the search is audited).
            verify(FieldController.searchProtected("landlord", "11223344"))
            compare(FieldController.searchResults.count, 1)
            verify(FieldController.searchResults.get(0).isProtected)
            FieldController.refreshAudit()
            compare(FieldController.audit.count, 2)
        }

        function test_7_lock_drops_revealed_content() {
            verify(FieldController.reveal(FieldController.notes.get(0).noteId, "11223344"))
            verify(FieldController.anyRevealed)
            AppController.lock()
            compare(FieldController.anyRevealed, false)
            compare(FieldController.notes.count, 0)
            compare(FieldController.searchResults.count, 0)
            compare(FieldController.audit.count, 0)
        }
    }
}
