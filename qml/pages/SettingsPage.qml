import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// Language, theme, idle lock and passcode. Every change applies at once.
Page {
    id: page
    objectName: "settingsPage"

    property bool showBack: true
    property bool showLock: true
    property string passcodeResult: ""
    property bool passcodeChanged: false
    signal backRequested

    title: qsTr("Settings")

    function changePasscode() {
        const reason = AppController.changePasscode(oldPasscode.text, newPasscode.text,
                                                    newConfirmation.text)
        oldPasscode.clear()
        newPasscode.clear()
        newConfirmation.clear()
        page.passcodeChanged = reason.length === 0
        page.passcodeResult = reason.length === 0 ? qsTr("Passcode changed. Use the new passcode from now on.")
                                                  : reason
    }

    header: PageHeader {
        namePrefix: "settings"
        title: page.title
        showBack: page.showBack
        showLock: page.showLock
        onBackRequested: page.backRequested()
    }

    ScrollingColumn {
        anchors.fill: parent

        SectionHeading {
            text: qsTr("Language")
        }
        ChoiceList {
            objectName: "settingsLanguage"
            namePrefix: "language"
            model: SettingsController.languageOptions
            currentKey: SettingsController.language
            onChosen: key => SettingsController.language = key
        }

        SectionHeading {
            text: qsTr("Appearance")
        }
        ChoiceList {
            objectName: "settingsTheme"
            namePrefix: "theme"
            model: SettingsController.themeOptions
            currentKey: SettingsController.theme
            onChosen: key => SettingsController.theme = key
        }

        SectionHeading {
            text: qsTr("Lock when not used for")
        }
        ChoiceList {
            objectName: "settingsLockTimeout"
            namePrefix: "lockTimeout"
            keyRole: "seconds"
            model: SettingsController.lockTimeoutOptions
            currentKey: SettingsController.lockTimeoutSeconds
            onChosen: key => SettingsController.lockTimeoutSeconds = key
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Lots also locks at once when you switch to another app.")
            wrapMode: Text.Wrap
            color: Theme.secondaryText
        }

        // Field documentation (H7): where records are made.
        SectionHeading {
            text: qsTr("Position saved with each record")
        }
        ChoiceList {
            objectName: "settingsPositionPrecision"
            namePrefix: "positionPrecision"
            model: [ { key: "exact", name: qsTr("Exact") },
                     { key: "rounded", name: qsTr("Rounded (about 1 km)") },
                     { key: "off", name: qsTr("Off") } ]
            currentKey: FieldController.positionPrecision
            onChosen: key => FieldController.positionPrecision = key
        }
        Label {
            objectName: "settingsPositionStatus"
            Layout.fillWidth: true
            text: FieldController.positionStatus
            wrapMode: Text.Wrap
            color: Theme.secondaryText
        }

        SectionHeading {
            text: qsTr("Change passcode")
        }
        FieldLabel {
            text: qsTr("Current passcode")
        }
        PasscodeField {
            id: oldPasscode
            objectName: "settingsOldPasscode"
            Accessible.name: qsTr("Current passcode")
        }
        FieldLabel {
            text: qsTr("New passcode")
        }
        PasscodeField {
            id: newPasscode
            objectName: "settingsNewPasscode"
            Accessible.name: qsTr("New passcode")
        }
        FieldLabel {
            text: qsTr("New passcode again")
        }
        PasscodeField {
            id: newConfirmation
            objectName: "settingsNewConfirmation"
            Accessible.name: qsTr("New passcode again")
            onAccepted: page.changePasscode()
        }
        StatusText {
            objectName: "settingsPasscodeMessage"
            kind: page.passcodeChanged ? "info" : "error"
            text: page.passcodeResult
        }
        ActionButton {
            objectName: "settingsChangePasscodeButton"
            text: qsTr("Change passcode")
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Change passcode")
            onClicked: page.changePasscode()
        }

        SectionHeading {
            text: qsTr("This device")
        }
        Label {
            objectName: "settingsDeviceName"
            Layout.fillWidth: true
            text: qsTr("Name: %1").arg(AppController.deviceName)
            wrapMode: Text.Wrap
        }
    }
}
