import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// One indicator of the checklist: its text, help one tap away, and three large buttons.
// A recorded but protected sign says so (lock) without showing its status.
Pane {
    id: row
    required property int index
    required property string indicatorId
    required property string text
    required property bool hasHelp
    required property bool recorded
    required property bool masked
    required property string status
    required property string statusText
    required property string note
    required property string source
    required property string positionText
    signal helpRequested(string indicatorId, string text)
    signal noteRequested(string indicatorId, string text, string note, string source)

    padding: Theme.margin
    topPadding: Theme.smallSpacing
    bottomPadding: Theme.smallSpacing
    Material.elevation: 0
    Material.background: "transparent"

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 2
        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "signText_" + row.indicatorId
                Layout.fillWidth: true
                text: row.text
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodySize
            }
            ToolButton {
                objectName: "signHelp_" + row.indicatorId
                visible: row.hasHelp
                text: "?"
                font.pixelSize: Theme.headingSize
                font.bold: true
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Help: what this sign means")
                onClicked: row.helpRequested(row.indicatorId, row.text)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 4
            // qmllint disable unqualified
            Repeater {
                model: [ { key: "observed", name: qsTr("Observed"), suffix: "Observed" },
                         { key: "not-observed", name: qsTr("Not observed"), suffix: "NotObserved" },
                         { key: "unknown", name: qsTr("Unknown"), suffix: "Unknown" } ]
                delegate: Button {
                    id: choice
                    required property var modelData
                    objectName: "sign" + modelData.suffix + "_" + row.indicatorId
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    implicitHeight: Theme.touchTarget + 4
                    text: modelData.name
                    font.pixelSize: Theme.bodySize
                    leftPadding: 4
                    rightPadding: 4
                    highlighted: row.status === modelData.key
                    flat: row.status !== modelData.key
                    Material.elevation: 0
                    Material.accent: Theme.buttonColor
                    Accessible.name: modelData.name + ": " + row.text
                    onClicked: FieldController.recordSign(row.indicatorId, modelData.key)
                    background: Rectangle {
                        radius: 4
                        color: choice.highlighted ? Theme.buttonColor : "transparent"
                        border.color: Theme.cardBorder
                        border.width: 1
                    }
                    contentItem: Label {
                        text: choice.text
                        font: choice.font
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        elide: Text.ElideRight
                        color: choice.highlighted ? "#ffffff" : Theme.primary
                    }
                }
            }
            // qmllint enable unqualified
        }
        RowLayout {
            Layout.fillWidth: true
            visible: row.recorded
            LockIcon {
                visible: row.masked
            }
            Label {
                objectName: "signStatus_" + row.indicatorId
                Layout.fillWidth: true
                text: row.statusText + (row.note.length > 0 ? " \u00b7 " + row.note : "")
                      + (row.positionText.length > 0 ? " \u00b7 " + row.positionText : "")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodySize - 2
                color: Theme.secondaryText
            }
            Button {
                objectName: "signNote_" + row.indicatorId
                visible: !row.masked
                text: qsTr("Note")
                flat: true
                font.pixelSize: Theme.bodySize
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Add a note and the source")
                onClicked: row.noteRequested(row.indicatorId, row.text, row.note, row.source)
            }
        }
    }
}
