import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// One row per person: the body map with the injuries, and the evidence collection kit.
SectionBox {
    id: section
    objectName: "section_injuries"
    title: qsTr("Injuries")
    signal bodyMapRequested(string personId)
    signal kitRequested(string personId)

    Label {
        objectName: "section_injuries_empty"
        Layout.fillWidth: true
        visible: FieldController.persons.count === 0
        text: qsTr("No injuries recorded yet. Add a person first.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.bodySize
    }
    // qmllint disable unqualified
    Repeater {
        model: FieldController.persons
        delegate: ColumnLayout {
            id: row
            required property int index
            required property string personId
            required property string label
            required property bool isChild
            required property string injuriesText
            Layout.fillWidth: true
            spacing: 0
            ItemDelegate {
                objectName: "injuriesRow_" + row.index
                Layout.fillWidth: true
                implicitHeight: Math.max(Theme.touchTarget + 8, implicitContentHeight + topPadding + bottomPadding)
                Accessible.name: qsTr("Body map of %1").arg(row.label)
                onClicked: section.bodyMapRequested(row.personId)
                contentItem: RowLayout {
                    Label {
                        Layout.fillWidth: true
                        text: row.label + " \u00b7 " + row.injuriesText
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.Wrap
                    }
                    ChildBadge {
                        namePrefix: "injuries_" + row.index + "_child"
                        visible: row.isChild
                    }
                    Label {
                        text: "\u203a"
                        font.pixelSize: Theme.titleSize
                        color: Theme.primary
                    }
                }
            }
            Button {
                objectName: "kitButton_" + row.index
                Layout.fillWidth: true
                text: qsTr("Evidence kit (NCK) for %1").arg(row.label)
                flat: true
                font.pixelSize: Theme.bodySize
                font.capitalization: Font.MixedCase
                Material.foreground: Theme.primary
                implicitHeight: Theme.touchTarget
                Accessible.name: text
                onClicked: section.kitRequested(row.personId)
            }
        }
    }
    // qmllint enable unqualified
    Repeater {
        model: FieldController.kits
        delegate: ColumnLayout {
            id: kitRow
            required property int index
            required property string title
            required property string handoverText
            Layout.fillWidth: true
            RowLayout {
                LockIcon {}
                Label {
                    objectName: "kitRow_" + kitRow.index
                    Layout.fillWidth: true
                    text: kitRow.title + " \u00b7 " + kitRow.handoverText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.bodySize
                }
            }
        }
    }
}
