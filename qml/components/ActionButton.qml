import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// The main action of a form: full width, 56 high, flat (elevation 0 renders the same with
// and without a GPU).
Button {
    Layout.fillWidth: true
    implicitHeight: 56
    highlighted: true
    font.pixelSize: Theme.bodySize
    Material.elevation: 0
    Material.accent: Theme.buttonColor
}
