import QtQuick
import QtQuick.Controls.Material
import Lots

// "2 changes": opens who changed what and when. Hidden for a record never changed.
Button {
    id: link
    property string namePrefix: "record"
    property string changesText
    objectName: namePrefix + "_changes"
    visible: changesText.length > 0
    text: changesText
    flat: true
    leftPadding: 0
    font.pixelSize: Theme.bodySize
    font.underline: true
    implicitHeight: Theme.touchTarget
    Material.foreground: Theme.primary
    Accessible.name: changesText + ": " + qsTr("show who changed what and when")
}
