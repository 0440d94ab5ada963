import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// The visible label above a field.
Label {
    Layout.fillWidth: true
    Layout.topMargin: Theme.smallSpacing
    wrapMode: Text.Wrap
    font.pixelSize: Theme.bodySize
    font.bold: true
}
