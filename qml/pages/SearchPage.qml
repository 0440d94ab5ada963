import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// Search across the cases on this device. Protected text is not searched unless asked for
// with the passcode (which is recorded in the audit log, with the query's length only).
DetailPage {
    id: page
    objectName: "searchPage"
    namePrefix: "search"
    title: qsTr("Search all cases")

    Component.onCompleted: {
        FieldController.clearMessage()
        FieldController.search("")
    }

    ScrollingColumn {
        anchors.fill: parent
        TextField {
            id: query
            objectName: "searchField"
            Layout.fillWidth: true
            placeholderText: qsTr("Words to search for")
            font.pixelSize: Theme.bodySize
            inputMethodHints: Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Search")
            onAccepted: FieldController.search(text)
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "searchRunButton"
                Layout.fillWidth: true
                text: qsTr("Search")
                highlighted: true
                Material.elevation: 0
                Material.accent: Theme.buttonColor
                font.pixelSize: Theme.bodySize
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Search the cases")
                onClicked: FieldController.search(query.text)
            }
            Button {
                objectName: "searchProtectedButton"
                Layout.fillWidth: true
                text: qsTr("Include protected")
                flat: true
                font.pixelSize: Theme.bodySize
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Include protected items, with your passcode")
                onClicked: passcodeDialog.open()
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Protected items are not searched unless you include them with your passcode.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize - 2
            color: Theme.secondaryText
        }
        RevealBanner { namePrefix: "search" }
        StatusText {
            objectName: "searchMessage"
            kind: "error"
            text: FieldController.message
        }
        Label {
            objectName: "searchEmpty"
            Layout.fillWidth: true
            visible: FieldController.searchResults.count === 0 && query.text.length > 0
            text: qsTr("Nothing found.")
            font.pixelSize: Theme.bodySize
        }
        // qmllint disable unqualified
        Repeater {
            model: FieldController.searchResults
            delegate: ColumnLayout {
                id: hit
                required property int index
                required property string caseTitle
                required property string kindText
                required property string snippet
                required property bool isProtected
                Layout.fillWidth: true
                spacing: 0
                RowLayout {
                    LockIcon { visible: hit.isProtected }
                    Label {
                        objectName: "searchHitTitle_" + hit.index
                        Layout.fillWidth: true
                        text: hit.kindText + " \u00b7 " + hit.caseTitle
                        font.bold: true
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.Wrap
                    }
                }
                Label {
                    objectName: "searchHit_" + hit.index
                    Layout.fillWidth: true
                    text: hit.snippet
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
            }
        }
        // qmllint enable unqualified
    }

    Dialog {
        id: passcodeDialog
        objectName: "searchPasscodeDialog"
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(page.width - 32, 420)
        title: qsTr("Include protected items")
        Material.elevation: 0
        onOpened: {
            searchPasscode.text = ""
            searchPasscode.forceActiveFocus()
        }
        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            Label {
                Layout.fillWidth: true
                text: qsTr("Enter your passcode. The search is recorded in the audit log.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodySize
            }
            PasscodeField {
                id: searchPasscode
                objectName: "searchPasscode"
                Accessible.name: qsTr("Passcode")
            }
            Button {
                objectName: "searchProtectedConfirm"
                Layout.fillWidth: true
                text: qsTr("Search")
                highlighted: true
                Material.elevation: 0
                Material.accent: Theme.buttonColor
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Search including protected items")
                onClicked: {
                    const ok = FieldController.searchProtected(query.text, searchPasscode.text)
                    searchPasscode.text = ""
                    passcodeDialog.close()
                    if (!ok)
                        FieldController.search(query.text)
                }
            }
        }
    }
}
