import QtQuick
import Lots

// Everything that exists only while unlocked. Main.qml destroys this item, and with it
// every page holding case data, the moment the app locks.
Item {
    id: shell
    objectName: "shell"

    readonly property bool wide: width >= Theme.wideBreakpoint

    Loader {
        objectName: "layoutLoader"
        anchors.fill: parent
        sourceComponent: shell.wide ? tabletLayout : phoneLayout
    }

    Component {
        id: phoneLayout
        PhoneLayout {}
    }
    Component {
        id: tabletLayout
        TabletLayout {}
    }
}
