import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// The bar on top of every unlocked page: optional back button, title, page actions and
// the lock button. The title never carries case data that is protected.
ToolBar {
    id: header

    property string title
    property string namePrefix: "page"
    property bool showBack: false
    property bool showSettings: false
    property bool showLock: true
    signal backRequested
    signal settingsRequested

    Material.elevation: 0
    Material.background: Theme.dark ? "#1b1f1e" : Theme.primary
    Material.foreground: Theme.dark ? "#e0e3e2" : "#ffffff"

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: header.showBack ? 0 : Theme.margin
        spacing: 0

        ToolButton {
            objectName: header.namePrefix + "BackButton"
            visible: header.showBack
            text: "\u2190" // leftwards arrow; the accessible name says "Back"
            font.pixelSize: Theme.titleSize
            implicitHeight: Theme.touchTarget
            implicitWidth: Theme.touchTarget + 8
            Accessible.name: qsTr("Back")
            onClicked: header.backRequested()
        }
        Label {
            objectName: header.namePrefix + "Title"
            Layout.fillWidth: true
            text: header.title
            font.pixelSize: Theme.headingSize
            font.bold: true
            elide: Label.ElideRight
            Accessible.role: Accessible.Heading
            Accessible.name: header.title
        }
        ToolButton {
            objectName: header.namePrefix + "SettingsButton"
            visible: header.showSettings
            text: qsTr("Settings")
            font.pixelSize: Theme.bodySize
            implicitHeight: Theme.touchTarget
            Accessible.name: qsTr("Settings")
            onClicked: header.settingsRequested()
        }
        ToolButton {
            objectName: header.namePrefix + "LockButton"
            visible: header.showLock
            text: qsTr("Lock")
            font.pixelSize: Theme.bodySize
            implicitHeight: Theme.touchTarget
            Accessible.name: qsTr("Lock the app now")
            onClicked: AppController.lock()
        }
    }
}
