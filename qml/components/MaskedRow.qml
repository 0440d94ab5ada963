import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// A protected item as it is shown by default: a lock and the keyword, nothing else.
// Tapping it asks to reveal.
ItemDelegate {
    id: row
    property string maskText // "Protected note: sexual violence"
    Layout.fillWidth: true
    implicitHeight: Math.max(Theme.touchTarget + 8, implicitContentHeight + topPadding + bottomPadding)
    Accessible.name: maskText + ". " + qsTr("Tap to show with your passcode.")

    contentItem: RowLayout {
        spacing: Theme.smallSpacing
        LockIcon {}
        Label {
            objectName: row.objectName + "_text"
            Layout.fillWidth: true
            text: row.maskText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize
        }
        Label {
            text: qsTr("Show")
            color: Theme.primary
            font.pixelSize: Theme.bodySize
            font.bold: true
        }
    }
}
