import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// Locked, erased or damaged: what the vault says, in words.
Page {
    id: page
    objectName: "unlockPage"

    readonly property bool locked: AppController.state === AppController.Locked
    readonly property bool wiped: AppController.state === AppController.Wiped
    readonly property bool throttled: AppController.retryInSeconds > 0

    title: qsTr("Lots is locked")

    function submit() {
        AppController.unlock(passcode.text)
        passcode.clear()
    }

    ScrollingColumn {
        anchors.fill: parent

        Label {
            objectName: "unlockTitle"
            Layout.fillWidth: true
            text: page.wiped ? qsTr("The data on this device is gone")
                             : page.locked ? qsTr("Lots is locked")
                                           : qsTr("The data cannot be opened")
            font.pixelSize: Theme.titleSize
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        // Locked
        Label {
            Layout.fillWidth: true
            visible: page.locked
            text: AppController.deviceName.length > 0
                  ? qsTr("Type your passcode to open %1.").arg(AppController.deviceName)
                  : qsTr("Type your passcode to open the cases on this device.")
            wrapMode: Text.Wrap
            color: Theme.secondaryText
        }
        FieldLabel {
            visible: page.locked
            text: qsTr("Passcode")
        }
        PasscodeField {
            id: passcode
            objectName: "unlockPasscode"
            visible: page.locked
            enabled: !AppController.busy
            focus: true
            Accessible.name: qsTr("Passcode")
            onAccepted: if (!page.throttled) page.submit()
        }
        StatusText {
            objectName: "unlockMessage"
            kind: AppController.triesLeft > 0 && AppController.triesLeft <= 3 ? "error" : "warning"
            text: AppController.unlockMessage
        }
        StatusText {
            objectName: "unlockCountdown"
            visible: page.locked && page.throttled
            text: qsTr("You can try again in %n seconds.", "", AppController.retryInSeconds)
        }
        StatusText {
            objectName: "unlockBusy"
            text: AppController.busy ? qsTr("Opening. This takes a moment.") : ""
        }
        ActionButton {
            objectName: "unlockButton"
            visible: page.locked
            enabled: !AppController.busy && !page.throttled
            text: page.throttled ? qsTr("Wait %n seconds", "", AppController.retryInSeconds)
                                 : qsTr("Unlock")
            font.pixelSize: Theme.bodySize
            Accessible.name: text
            onClicked: page.submit()
        }

        // Wiped
        Label {
            objectName: "wipedExplanation"
            Layout.fillWidth: true
            visible: page.wiped
            text: qsTr("After too many wrong passcodes the key to the data on this device was "
                       + "destroyed. The cases recorded here cannot be opened by anyone, "
                       + "including you. Ask your coordinator how to set up the device again.")
            wrapMode: Text.Wrap
        }

        // Damaged
        Label {
            objectName: "damagedExplanation"
            Layout.fillWidth: true
            visible: !page.locked && !page.wiped
            text: qsTr("The files on this device are damaged or were changed outside Lots. "
                       + "Nothing has been deleted. Ask your coordinator for help before "
                       + "you set up the device again.")
            wrapMode: Text.Wrap
        }
    }
}
