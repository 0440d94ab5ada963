import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

Label {
    Layout.fillWidth: true
    Layout.topMargin: Theme.smallSpacing
    wrapMode: Text.Wrap
    font.pixelSize: Theme.headingSize
    font.bold: true
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
