import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// One row per person: tapping it opens that person's sign checklist, where one more tap
// records a sign.
SectionBox {
    id: section
    objectName: "section_signs"
    title: qsTr("Signs")
    signal signsRequested(string personId)

    Label {
        objectName: "section_signs_empty"
        Layout.fillWidth: true
        visible: FieldController.persons.count === 0
        text: qsTr("No signs recorded yet. Add a person first.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.bodySize
    }
    // qmllint disable unqualified
    Repeater {
        model: FieldController.persons
        delegate: ItemDelegate {
            id: row
            required property int index
            required property string personId
            required property string label
            required property bool isChild
            required property string signsText
            objectName: "signsRow_" + index
            Layout.fillWidth: true
            implicitHeight: Math.max(Theme.touchTarget + 8, implicitContentHeight + topPadding + bottomPadding)
            Accessible.name: qsTr("Signs of %1").arg(label)
            onClicked: section.signsRequested(personId)
            contentItem: RowLayout {
                Label {
                    Layout.fillWidth: true
                    text: row.label + " \u00b7 " + row.signsText
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
                ChildBadge {
                    namePrefix: "signs_" + row.index + "_child"
                    visible: row.isChild
                }
                Label {
                    text: "\u203a"
                    font.pixelSize: Theme.titleSize
                    color: Theme.primary
                }
            }
        }
    }
    // qmllint enable unqualified
}
