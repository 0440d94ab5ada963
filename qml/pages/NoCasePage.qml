import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// The right pane on a tablet when no case is open.
Page {
    objectName: "noCasePage"

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.formMaxWidth)
        Label {
            Layout.fillWidth: true
            text: qsTr("Choose a case on the left, or tap \"New case\".")
            font.pixelSize: Theme.headingSize
            color: Theme.secondaryText
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
    }
}
