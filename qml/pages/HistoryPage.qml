import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// Who changed a record, what and when: the "2 changes" link. Values of a protected record
// are shown only while it is revealed.
DetailPage {
    id: page
    objectName: "historyPage"
    namePrefix: "history"
    concealOnDeactivate: false
    concealOnDestruction: false
    property string recordId
    property string recordName
    readonly property var entries: FieldController.ready ? FieldController.history(recordId) : []
    title: qsTr("Changes")

    ScrollingColumn {
        anchors.fill: parent
        SectionHeading {
            objectName: "historyRecordName"
            text: page.recordName
        }
        // qmllint disable unqualified
        Repeater {
            model: page.entries
            delegate: Pane {
                id: entry
                required property var modelData
                required property int index
                Layout.fillWidth: true
                Material.elevation: 0
                Material.background: Theme.cardBackground
                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    Label {
                        objectName: "historyWhen_" + entry.index
                        Layout.fillWidth: true
                        text: (entry.index === 0 ? qsTr("Recorded %1 by %2") : qsTr("Changed %1 by %2"))
                              .arg(entry.modelData.when).arg(entry.modelData.who)
                        font.bold: true
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.Wrap
                    }
                    Label {
                        objectName: "historyWhat_" + entry.index
                        Layout.fillWidth: true
                        text: entry.modelData.what
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: entry.modelData.where
                        font.pixelSize: Theme.bodySize - 2
                        color: Theme.secondaryText
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
        // qmllint enable unqualified
    }
}
