import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// Asks for the passcode again before protected content is shown. itemId: the item, or
// "person:<id>" for every protected item of a person.
Dialog {
    id: dialog
    objectName: "revealDialog"
    property string itemId
    property string itemName // e.g. "Protected note: sexual violence"
    signal revealed

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 32 : 400, 420)
    title: qsTr("Show protected content")
    Material.elevation: 0

    function ask(id, name) {
        itemId = id
        itemName = name
        passcode.text = ""
        FieldController.clearMessage()
        open()
        passcode.forceActiveFocus()
    }

    function confirm() {
        const ok = FieldController.reveal(dialog.itemId, passcode.text)
        passcode.text = ""
        if (ok) {
            dialog.close()
            dialog.revealed()
        }
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.smallSpacing
        Label {
            Layout.fillWidth: true
            text: dialog.itemName
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Enter your passcode to show it. Showing it is recorded in the audit log.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize
        }
        PasscodeField {
            id: passcode
            objectName: "revealPasscode"
            placeholderText: qsTr("Passcode")
            Accessible.name: qsTr("Passcode")
            onAccepted: dialog.confirm()
        }
        StatusText {
            objectName: "revealMessage"
            kind: "error"
            text: dialog.visible ? FieldController.message : ""
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "revealCancelButton"
                Layout.fillWidth: true
                text: qsTr("Cancel")
                flat: true
                implicitHeight: Theme.touchTarget
                font.pixelSize: Theme.bodySize
                Accessible.name: qsTr("Cancel")
                onClicked: dialog.close()
            }
            Button {
                objectName: "revealConfirmButton"
                Layout.fillWidth: true
                text: qsTr("Show")
                highlighted: true
                Material.elevation: 0
                Material.accent: Theme.buttonColor
                implicitHeight: Theme.touchTarget
                font.pixelSize: Theme.bodySize
                Accessible.name: qsTr("Show the protected content")
                onClicked: dialog.confirm()
            }
        }
    }
}
