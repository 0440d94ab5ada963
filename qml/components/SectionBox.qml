import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// A section of the case page: a heading and its content, in a bordered box.
Pane {
    id: box
    property string title
    default property alias content: column.data
    Layout.fillWidth: true
    padding: Theme.margin
    Material.background: "transparent"
    Material.elevation: 0
    background: Rectangle {
        color: "transparent"
        border.color: Theme.cardBorder
        radius: 8
    }
    Accessible.role: Accessible.Grouping
    Accessible.name: title

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 4
        Label {
            Layout.fillWidth: true
            text: box.title
            font.pixelSize: Theme.headingSize
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
    }
}
