import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// Placement of one person: kind, housing, date, support, staffing, transport. Persons of
// the same case are not placed at the same housing unless a written reason is given.
Page {
    id: page
    objectName: "placementPage"

    property bool showBack: true
    property bool showLock: true
    property string personId: AcuteController.persons.length > 0 ? AcuteController.persons[0].personId : ""
    property string kindKey: "protected-housing"
    property var result: ({})
    readonly property bool refused: result.ruleText !== undefined && result.ruleText.length > 0 && !result.ok
    readonly property bool isChild: AcuteController.active && AcuteController.personIsChild(page.personId)
    signal backRequested

    title: qsTr("Placement")

    header: PageHeader {
        namePrefix: "placement"
        title: page.title
        showBack: page.showBack
        showLock: page.showLock
        onBackRequested: {
            AcuteController.clearMessage()
            page.backRequested()
        }
    }

    function save(overrideReason, overriding) {
        page.result = AcuteController.place(page.personId, page.kindKey, housing.text, date.text,
                                            support.text, staffed.checked, transport.checked,
                                            note.text, overrideReason, overriding)
        if (page.result.ok) {
            housing.text = ""
            override.text = ""
        }
    }

    ScrollingColumn {
        anchors.fill: parent

        Label {
            Layout.fillWidth: true
            visible: AcuteController.persons.length === 0
            text: qsTr("Add the person first (Persons on the case page).")
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }

        FieldLabel {
            text: qsTr("Person")
        }
        ChoiceList {
            namePrefix: "placementPerson"
            keyRole: "personId"
            // qmllint disable
            model: AcuteController.persons.map(p => ({ personId: p.personId,
                                                       name: p.isChild ? p.label + " – " + qsTr("CHILD under 18") : p.label }))
            // qmllint enable
            currentKey: page.personId
            onChosen: key => { page.personId = key; page.result = ({}) }
        }

        ColumnLayout {
            objectName: "placementChildReminders"
            Layout.fillWidth: true
            visible: page.isChild
            spacing: 4
            ChildBadge {}
            Repeater {
                model: AcuteController.childPlacementReminders
                delegate: Label {
                    required property string modelData
                    Layout.fillWidth: true
                    text: "• " + modelData
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
            }
        }

        FieldLabel {
            text: qsTr("Kind")
        }
        ChoiceList {
            namePrefix: "placementKind"
            model: AcuteController.placementKindOptions
            currentKey: page.kindKey
            onChosen: key => page.kindKey = key
        }
        RowLayout {
            Layout.fillWidth: true
            FieldLabel {
                text: qsTr("Housing identifier (not the address)")
            }
            TermInfo {
                term: "skyddat boende"
            }
        }
        TextField {
            id: housing
            objectName: "placementHousing"
            Layout.fillWidth: true
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Housing identifier")
        }
        FieldLabel {
            text: qsTr("Date (empty = today, or 2026-11-28)")
        }
        TextField {
            id: date
            objectName: "placementDate"
            Layout.fillWidth: true
            placeholderText: qsTr("Today")
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Date of the placement")
        }
        FieldLabel {
            text: qsTr("Level of support")
        }
        TextField {
            id: support
            objectName: "placementSupport"
            Layout.fillWidth: true
            placeholderText: qsTr("Bed, food, counselling, help with authorities…")
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Level of support")
        }
        Switch {
            id: staffed
            objectName: "placementStaffed"
            Layout.fillWidth: true
            text: qsTr("Staffed around the clock")
            font.pixelSize: Theme.bodySize
            Accessible.name: text
        }
        Switch {
            id: transport
            objectName: "placementTransport"
            Layout.fillWidth: true
            text: qsTr("Transport accompanied by social services")
            font.pixelSize: Theme.bodySize
            Accessible.name: text
        }
        TextField {
            id: note
            objectName: "placementNote"
            Layout.fillWidth: true
            placeholderText: qsTr("Note (optional)")
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Note")
        }
        StatusText {
            objectName: "placementMessage"
            kind: "error"
            text: AcuteController.message
        }
        ActionButton {
            objectName: "placementSave"
            visible: !page.refused
            enabled: page.personId.length > 0
            text: qsTr("Record the placement")
            Accessible.name: text
            onClicked: page.save("", false)
        }

        Pane {
            objectName: "placementConflict"
            Layout.fillWidth: true
            visible: page.refused
            padding: Theme.margin
            Material.elevation: 0
            background: Rectangle {
                color: Theme.dark ? "#3b2a12" : "#fff3e0"
                border.color: Theme.warningText
                border.width: 2
                radius: 8
            }
            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: Theme.smallSpacing
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Already placed there: %1").arg(page.result.conflictWith || "")
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "placementRuleText"
                    Layout.fillWidth: true
                    text: page.result.ruleText || ""
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
                FieldLabel {
                    text: qsTr("Place there anyway: write why (required)")
                }
                TextField {
                    id: override
                    objectName: "placementOverrideReason"
                    Layout.fillWidth: true
                    font.pixelSize: Theme.bodySize
                    Accessible.name: qsTr("Why the person is placed there anyway")
                }
                ActionButton {
                    objectName: "placementOverride"
                    text: qsTr("Place anyway with this reason")
                    Accessible.name: text
                    onClicked: page.save(override.text, true)
                }
                Button {
                    objectName: "placementChooseOther"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget
                    flat: true
                    text: qsTr("Choose another housing")
                    font.pixelSize: Theme.bodySize
                    Accessible.name: text
                    onClicked: { page.result = ({}); AcuteController.clearMessage() }
                }
            }
        }

        SectionHeading {
            visible: AcuteController.placements.count > 0
            text: qsTr("Placements of this case")
        }
        Repeater {
            model: AcuteController.placements
            delegate: ColumnLayout {
                id: placed
                required property int index
                required property string personLabel
                required property string kindTitle
                required property string housingId
                required property string placedOnText
                required property string details
                required property string overrideReason
                objectName: "placementRow_" + index
                Layout.fillWidth: true
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    text: placed.personLabel + ": " + placed.kindTitle + ", " + placed.housingId + " · " + placed.placedOnText
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: placed.details
                    font.pixelSize: Theme.bodySize
                    color: Theme.secondaryText
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: placed.overrideReason
                    font.pixelSize: Theme.bodySize
                    color: Theme.warningText
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
