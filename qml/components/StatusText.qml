import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// A message in words. "error" and "warning" change the colour, but the words carry the
// meaning on their own. Hidden while empty.
Label {
    property string kind: "info" // "info", "warning", "error"

    Layout.fillWidth: true
    visible: text.length > 0
    wrapMode: Text.Wrap
    font.pixelSize: Theme.bodySize
    font.bold: kind !== "info"
    color: kind === "error" ? Theme.errorText : kind === "warning" ? Theme.warningText
                                                                    : Material.foreground
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text
}
