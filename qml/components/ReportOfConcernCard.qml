import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// The report of concern (orosanmälan) of the open case: required until recorded as made,
// offered when a person is pregnant, or who made it to which social services.
Pane {
    id: card
    signal recordRequested

    readonly property string reportState: AcuteController.reportState
    objectName: "reportOfConcernCard"
    Layout.fillWidth: true
    visible: reportState === "required" || reportState === "offered" || reportState === "made"
    padding: Theme.margin
    Material.elevation: 0
    Material.background: "transparent"
    background: Rectangle {
        color: card.reportState === "required" ? (Theme.dark ? "#3b2a12" : "#fff3e0") : Theme.cardBackground
        border.color: card.reportState === "required" ? Theme.warningText : Theme.cardBorder
        border.width: card.reportState === "required" ? 2 : 1
        radius: 8
    }
    Accessible.role: Accessible.Grouping
    Accessible.name: heading.text

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            Label {
                id: heading
                objectName: "reportOfConcernState"
                Layout.fillWidth: true
                text: card.reportState === "required" ? qsTr("Report of concern (orosanmälan): REQUIRED, not made yet")
                    : card.reportState === "offered" ? qsTr("Report of concern (orosanmälan): may be made")
                    : qsTr("Report of concern (orosanmälan): made")
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: card.reportState === "required" ? Theme.warningText : Material.foreground
                wrapMode: Text.Wrap
            }
            TermInfo {
                term: "orosanmälan"
            }
        }
        Label {
            objectName: "reportOfConcernText"
            Layout.fillWidth: true
            visible: card.reportState !== "made" && text.length > 0
            text: AcuteController.reportText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "reportOfConcernMade"
            Layout.fillWidth: true
            visible: text.length > 0
            text: AcuteController.reportMadeText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        ActionButton {
            objectName: "reportOfConcernRecord"
            visible: card.reportState === "required" || card.reportState === "offered"
            text: qsTr("Record the report as made")
            Accessible.name: text
            onClicked: card.recordRequested()
        }
    }
}
