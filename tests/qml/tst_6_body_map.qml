import QtQuick
import QtQuick.Controls
import QtTest
import Lots

// The body map (H7): a tap places a marker at the normalised point of the figure's box, at
// phone (390x844) and tablet (1280x800) window sizes; markers are numbered and big enough;
// tapping a marker opens the injury; the injury form saves.
Item {
    id: root
    width: 390
    height: 844

    Component {
        id: stackComponent
        StackView {
            anchors.fill: parent
            initialItem: BodyMapPage {}
        }
    }

    TestCase {
        name: "BodyMap"
        when: windowShown

        property string personId


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
            verify(AppController.setup("health-care", "Ward tablet 3", "11223344", "11223344"))
            tryCompare(AppController, "state", AppController.Unlocked, 10000)
            verify(CaseController.newCase("5000-K2-26").length > 0)
            personId = FieldController.addPerson({ label: "Woman A", ageGroup: "adult" })
            verify(personId.length > 0)
            verify(FieldController.selectPerson(personId))
        }

        function openMap(w, h) {
            root.width = w
            root.height = h
            const stack = createTemporaryObject(stackComponent, root)
            waitForRendering(stack)
            return stack
        }

        // Taps at (fx, fy) of the figure's box and checks the stored marker.
        function tapAndCheck(page, view, fx, fy, expectedCount) {
            const figure = find(page, "bodyFigure_" + view)
            verify(figure.visible)
            const image = find(page, "bodyImage_" + view)
            tryCompare(image, "status", Image.Ready)
            tryVerify(() => figure.boxWidth > 50 && figure.boxHeight > 100)
            const px = figure.boxX + fx * figure.boxWidth
            const py = figure.boxY + fy * figure.boxHeight
            mouseClick(figure, px, py)
            compare(FieldController.message, "")
            compare(FieldController.injuries.count, expectedCount)
            const row = FieldController.injuries.get(expectedCount - 1)
            compare(row.number, expectedCount)
            // The expected point computed from the geometry of the figure: what was tapped
            // (whole pixels) relative to the box.
            const stored = FieldController.injuryDetails(row.injuryId).marker
            compare(stored.view, view)
            compare(stored.figure, "adult")
            const tolX = 1.5 / figure.boxWidth
            const tolY = 1.5 / figure.boxHeight
            verify(Math.abs(stored.x - (Math.round(px) - figure.boxX) / figure.boxWidth) <= tolX,
                   "x " + stored.x + " vs " + (px - figure.boxX) / figure.boxWidth)
            verify(Math.abs(stored.y - (Math.round(py) - figure.boxY) / figure.boxHeight) <= tolY,
                   "y " + stored.y + " vs " + (py - figure.boxY) / figure.boxHeight)
            const marker = find(figure, "bodyMarker_" + view + "_" + expectedCount)
            verify(marker)
            verify(marker.visible)
            verify(marker.width >= 48 && marker.height >= 48)
            // The marker's centre is on the stored point.
            fuzzyCompare(marker.x + marker.width / 2, figure.boxX + stored.x * figure.boxWidth, 0.5)
            fuzzyCompare(marker.y + marker.height / 2, figure.boxY + stored.y * figure.boxHeight, 0.5)
            return { figure: figure, marker: marker, row: row, stored: stored }
        }

        function test_1_phone_tap_places_marker() {
            const stack = openMap(390, 844)
            const page = stack.currentItem
            verify(!page.wide)
            verify(find(page, "bodyMapViewSwitch").visible)
            verify(!find(page, "bodyFigure_back").visible)
            // The person's own sides are written on the figure: on the front the person's
            // left is on the viewer's right.
            compare(find(page, "bodySideRightOfViewer_front").text, "person's left \u2192")
            const r = tapAndCheck(page, "front", 0.72, 0.30, 1)
            compare(r.stored.side, "left")
            // Tapping the marker opens the injury (a page of its own on a phone).
            mouseClick(r.marker)
            tryCompare(stack, "busy", false)
            compare(stack.currentItem.objectName, "injuryFormPage")
            stack.pop(null, StackView.Immediate)
        }

        function test_2_phone_back_view_by_switch() {
            const stack = openMap(390, 844)
            const page = stack.currentItem
            mouseClick(find(page, "bodyMapBackTab"))
            verify(find(page, "bodyFigure_back").visible)
            verify(!find(page, "bodyFigure_front").visible)
            const r = tapAndCheck(page, "back", 0.25, 0.55, 2)
            // On the back the viewer's left is the person's left.
            compare(r.stored.side, "left")
        }

        function test_3_tablet_tap_places_marker_side_by_side() {
            const stack = openMap(1280, 800)
            const page = stack.currentItem
            verify(page.wide)
            verify(find(page, "bodyFigure_front").visible)
            verify(find(page, "bodyFigure_back").visible)
            const r = tapAndCheck(page, "front", 0.40, 0.62, 3)
            compare(r.stored.side, "right")
            // On a tablet the form is beside the figures.
            const form = find(page, "bodyMapInjuryForm")
            tryVerify(() => form.visible)
            compare(page.selectedInjury, r.row.injuryId)
        }

        function test_4_injury_form_saves_and_counts_changes() {
            const stack = openMap(1280, 800)
            const page = stack.currentItem
            // Markers of injuries placed before are protected after leaving the page.
            compare(FieldController.injuries.get(0).masked, true)
            const id = FieldController.injuries.get(0).injuryId
            verify(FieldController.reveal("person:" + personId, "11223344"))
            compare(FieldController.injuries.get(0).masked, false)
            verify(find(page, "bodyMapRevealBanner").visible)
            verify(FieldController.amendInjury(id, { type: "bruise", lengthMm: 30, widthMm: 20,
                                                     colour: "blue-red", pain: 4,
                                                     statedCause: "Kicked", redocumentInDays: 3 }))
            const details = FieldController.injuryDetails(id)
            compare(details.type, "bruise")
            compare(details.lengthMm, 30)
            verify(details.redocumentOn.length === 10)
            compare(details.marker.side, "left") // the marker stayed where it was placed
            compare(FieldController.injuries.get(0).changesText, "1 change")
            verify(FieldController.injuries.get(0).summary.indexOf("30 \u00d7 20 mm") >= 0)
            verify(FieldController.injuries.get(0).positionText.length > 0)
        }

        function test_6_position_off_is_said_in_words() {
            FieldController.positionPrecision = "off"
            compare(FieldController.positionPrecision, "off")
            verify(FieldController.placeInjury("front", "adult", 0.5, 0.5).length > 0)
            compare(FieldController.positionText, "Position is off; saved without")
            const row = FieldController.injuries.get(FieldController.injuries.count - 1)
            compare(row.positionText, "Position is off; saved without")
            FieldController.positionPrecision = "exact"
        }

        function test_5_marker_outside_is_refused() {
            compare(FieldController.placeInjury("front", "adult", 1.5, 0.5), "")
            verify(FieldController.message.length > 0)
            FieldController.clearMessage()
        }
    }
}
