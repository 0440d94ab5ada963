import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// One case: summary on top, then the sections. The sections are filled by later issues;
// until then each says plainly that nothing is recorded.
Page {
    id: page
    objectName: "casePage"

    property bool showBack: true
    property bool showLock: true
    signal backRequested

    title: CaseController.title

    header: PageHeader {
        namePrefix: "case"
        title: page.title
        showBack: page.showBack
        showLock: page.showLock
        onBackRequested: page.backRequested()
    }

    ScrollingColumn {
        anchors.fill: parent
        maxWidth: 720

        Pane {
            objectName: "caseSummary"
            Layout.fillWidth: true
            Material.background: Theme.cardBackground
            Material.elevation: 0
            padding: Theme.margin

            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 4
                Label {
                    objectName: "caseReference"
                    Layout.fillWidth: true
                    text: CaseController.reference.length > 0
                          ? qsTr("Reference number: %1").arg(CaseController.reference)
                          : qsTr("No reference number yet")
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "caseOpenedAt"
                    Layout.fillWidth: true
                    text: CaseController.openedAtText
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "caseLastChange"
                    Layout.fillWidth: true
                    text: CaseController.lastChangeText
                    color: Theme.secondaryText
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "caseSaved"
                    Layout.fillWidth: true
                    text: qsTr("Saved on this device. Not synced yet.")
                    color: Theme.secondaryText
                    wrapMode: Text.Wrap
                }
            }
        }

        Repeater {
            model: [
                { key: "persons", name: qsTr("Persons"),
                  empty: qsTr("No persons recorded yet.") },
                { key: "signs", name: qsTr("Signs"),
                  empty: qsTr("No signs recorded yet.") },
                { key: "notes", name: qsTr("Notes"),
                  empty: qsTr("No notes recorded yet.") },
                { key: "injuries", name: qsTr("Injuries"),
                  empty: qsTr("No injuries recorded yet.") },
                { key: "actionPlan", name: qsTr("Action plan"),
                  empty: qsTr("No action plan yet: no report of concern (orosanmälan) and no protection assessment recorded.") },
                { key: "contacts", name: qsTr("Contacts"),
                  empty: qsTr("No contacts recorded yet.") }
            ]
            delegate: Pane {
                id: section
                required property var modelData
                objectName: "section_" + modelData.key
                Layout.fillWidth: true
                padding: Theme.margin
                Material.background: "transparent"
                Material.elevation: 0
                background: Rectangle {
                    color: "transparent"
                    border.color: Theme.cardBorder
                    radius: 8
                }
                Accessible.role: Accessible.Grouping
                Accessible.name: modelData.name

                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 4
                    Label {
                        Layout.fillWidth: true
                        text: section.modelData.name
                        font.pixelSize: Theme.headingSize
                        font.bold: true
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Label {
                        objectName: "section_" + section.modelData.key + "_empty"
                        Layout.fillWidth: true
                        text: section.modelData.empty
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Recording this is not available in this version yet.")
                        color: Theme.secondaryText
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
