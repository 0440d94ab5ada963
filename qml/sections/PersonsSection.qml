import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// The persons of the case. A child carries the badge. Tap a person to amend; "Add person"
// opens the form.
SectionBox {
    id: section
    objectName: "section_persons"
    title: qsTr("Persons")
    signal personRequested(string personId)
    signal historyRequested(string recordId, string name)

    Label {
        objectName: "section_persons_empty"
        Layout.fillWidth: true
        visible: FieldController.persons.count === 0
        text: qsTr("No persons recorded yet.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.bodySize
    }
    // The Qt 6.4 linter does not see outer ids inside a delegate (fixed in 6.5).
    // qmllint disable unqualified
    Repeater {
        model: FieldController.persons
        delegate: ItemDelegate {
            id: row
            required property int index
            required property string personId
            required property string label
            required property bool isChild
            required property string ageText
            required property string summary
            required property string changesText
            required property string positionText
            objectName: "personRow_" + index
            Layout.fillWidth: true
            implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
            Accessible.name: (isChild ? qsTr("Child under 18") + ": " : "") + label + ", " + ageText
            onClicked: section.personRequested(personId)
            contentItem: ColumnLayout {
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        objectName: "personLabel_" + row.index
                        Layout.fillWidth: true
                        text: row.label
                        font.pixelSize: Theme.bodySize
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    ChildBadge {
                        namePrefix: "person_" + row.index + "_child"
                        visible: row.isChild
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: row.ageText + (row.summary.length > 0 ? " \u00b7 " + row.summary : "")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.bodySize
                    color: Theme.secondaryText
                }
                Label {
                    objectName: "personPosition_" + row.index
                    Layout.fillWidth: true
                    text: row.positionText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.bodySize - 2
                    color: Theme.secondaryText
                }
                ChangesLink {
                    namePrefix: "person_" + row.index
                    changesText: row.changesText
                    onClicked: section.historyRequested(row.personId, row.label)
                }
            }
        }
    }
    // qmllint enable unqualified
    Button {
        objectName: "addPersonButton"
        text: qsTr("Add person")
        flat: true
        font.pixelSize: Theme.bodySize
        implicitHeight: Theme.touchTarget
        Accessible.name: qsTr("Add a person to the case")
        onClicked: section.personRequested("")
    }
}
