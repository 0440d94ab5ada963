import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// The quiet note shown while protected content is revealed on a page.
Pane {
    id: banner
    property string namePrefix: "page"
    objectName: namePrefix + "RevealBanner"
    visible: FieldController.anyRevealed
    Layout.fillWidth: true
    padding: Theme.smallSpacing
    Material.elevation: 0
    Material.background: Theme.selectedBackground

    RowLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.smallSpacing
        LockIcon {}
        Label {
            Layout.fillWidth: true
            text: qsTr("Revealed until you leave this page")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize
        }
        Button {
            objectName: banner.namePrefix + "HideButton"
            text: qsTr("Hide now")
            flat: true
            font.pixelSize: Theme.bodySize
            implicitHeight: Theme.touchTarget
            Accessible.name: qsTr("Hide the protected content now")
            onClicked: FieldController.concealAll()
        }
    }
}
