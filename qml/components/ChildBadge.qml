import QtQuick
import QtQuick.Controls.Material
import Lots

// "CHILD" in words on a strong background: a person under 18 is impossible to miss, and
// the text carries the meaning without the colour.
Rectangle {
    id: badge
    property string namePrefix: "child"
    implicitWidth: badgeText.implicitWidth + 16
    implicitHeight: Math.max(28, badgeText.implicitHeight + 6)
    radius: 4
    color: Theme.dark ? "#ffcc80" : "#8a4b00"
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Child under 18")

    Label {
        id: badgeText
        objectName: badge.namePrefix + "Badge"
        anchors.centerIn: parent
        text: qsTr("CHILD under 18")
        font.pixelSize: Theme.bodySize - 2
        font.bold: true
        color: Theme.dark ? "#2b1700" : "#ffffff"
    }
}
