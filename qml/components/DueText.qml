import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// A deadline in words ("Protection assessment: due today 23:59", "… overdue 3 h"). dueState:
// "overdue", "due-today", "upcoming", "met". The words carry the meaning; the colour and
// the sign only repeat it.
Label {
    id: due
    property string dueState: ""

    Layout.fillWidth: true
    visible: text.length > 0
    wrapMode: Text.Wrap
    font.pixelSize: Theme.bodySize
    font.bold: dueState === "overdue" || dueState === "due-today"
    color: dueState === "overdue" ? Theme.errorText
         : dueState === "due-today" ? Theme.warningText
         : Material.foreground
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
