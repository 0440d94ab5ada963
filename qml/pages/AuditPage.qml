import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// Who saw protected items of this case, and when (newest first).
DetailPage {
    id: page
    objectName: "auditPage"
    namePrefix: "audit"
    title: qsTr("Who saw protected items")

    Component.onCompleted: FieldController.refreshAudit()

    ScrollingColumn {
        anchors.fill: parent
        Label {
            objectName: "auditEmpty"
            Layout.fillWidth: true
            visible: FieldController.audit.count === 0
            text: qsTr("Nobody has revealed a protected item of this case.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize
        }
        // qmllint disable unqualified
        Repeater {
            model: FieldController.audit
            delegate: ColumnLayout {
                id: entry
                required property int index
                required property string whenText
                required property string whoText
                required property string whatText
                Layout.fillWidth: true
                spacing: 0
                Label {
                    objectName: "auditWhat_" + entry.index
                    Layout.fillWidth: true
                    text: entry.whatText
                    font.bold: true
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "auditWho_" + entry.index
                    Layout.fillWidth: true
                    text: entry.whenText + " \u00b7 " + entry.whoText
                    font.pixelSize: Theme.bodySize
                    color: Theme.secondaryText
                    wrapMode: Text.Wrap
                }
            }
        }
        // qmllint enable unqualified
    }
}
