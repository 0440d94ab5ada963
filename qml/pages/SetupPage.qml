import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// First start: who uses this device, what it is called, and the passcode that protects
// everything on it.
Page {
    id: page
    objectName: "setupPage"

    property string roleKey: ""

    title: qsTr("Set up Lots")

    function submit() {
        AppController.setup(page.roleKey, deviceName.text, passcode.text, confirmation.text)
        passcode.clear()
        confirmation.clear()
    }

    ScrollingColumn {
        anchors.fill: parent

        Label {
            objectName: "setupTitle"
            Layout.fillWidth: true
            text: qsTr("Set up Lots on this device")
            font.pixelSize: Theme.titleSize
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Everything you record is stored encrypted on this device only. "
                       + "Choose a passcode that others cannot guess. It cannot be recovered: "
                       + "after 10 wrong tries the data on this device is erased.")
            wrapMode: Text.Wrap
            color: Theme.secondaryText
        }

        SectionHeading {
            text: qsTr("Your role")
        }
        ChoiceList {
            objectName: "setupRoles"
            namePrefix: "setupRole"
            model: AppController.roleOptions
            currentKey: page.roleKey
            onChosen: key => page.roleKey = key
        }

        FieldLabel {
            text: qsTr("Name of this device")
        }
        TextField {
            id: deviceName
            objectName: "setupDeviceName"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget + 8
            placeholderText: qsTr("For example: Patrol car 3")
            font.pixelSize: Theme.bodySize
            inputMethodHints: Qt.ImhNoPredictiveText // qmllint disable type property
            Accessible.name: qsTr("Name of this device")
        }

        FieldLabel {
            text: qsTr("Passcode (at least 6 digits or 8 characters)")
        }
        PasscodeField {
            id: passcode
            objectName: "setupPasscode"
            Accessible.name: qsTr("Passcode")
        }
        FieldLabel {
            text: qsTr("Passcode again")
        }
        PasscodeField {
            id: confirmation
            objectName: "setupConfirmation"
            Accessible.name: qsTr("Passcode again")
            onAccepted: page.submit()
        }

        StatusText {
            objectName: "setupMessage"
            kind: "error"
            text: AppController.setupMessage
        }
        StatusText {
            objectName: "setupBusy"
            text: AppController.busy ? qsTr("Setting up. This takes a moment.") : ""
        }

        ActionButton {
            objectName: "setupButton"
            text: qsTr("Set up")
            enabled: !AppController.busy
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Set up")
            onClicked: page.submit()
        }
    }
}
