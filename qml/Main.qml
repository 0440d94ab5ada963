import QtQuick
import QtQuick.Controls.Material
import Lots

// The window. Which page exists follows AppController.state: while locked only the
// unlock page exists; the unlocked shell (and every case page in it) is destroyed.
ApplicationWindow {
    id: window
    objectName: "mainWindow"

    width: 390
    height: 844
    visible: true
    title: qsTr("Lots") // never case data: the title shows in the task switcher
    font.pixelSize: Theme.bodySize

    Material.theme: SettingsController.darkTheme ? Material.Dark : Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.accent

    Loader {
        id: content
        objectName: "rootLoader"
        anchors.fill: parent
        sourceComponent: AppController.state === AppController.NeedsSetup
                         ? setupPage
                         : AppController.state === AppController.Unlocked ? shell : unlockPage
    }

    Component {
        id: setupPage
        SetupPage {}
    }
    Component {
        id: unlockPage
        UnlockPage {}
    }
    Component {
        id: shell
        Shell {}
    }
}
