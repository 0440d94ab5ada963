import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// A vertically scrolling column, centred and at most Theme.formMaxWidth wide, so forms
// survive a large font size and a small screen.
Flickable {
    id: flick

    default property alias content: column.data
    property int maxWidth: Theme.formMaxWidth
    property int bottomPadding: Theme.margin

    contentWidth: width
    contentHeight: column.implicitHeight + Theme.margin + bottomPadding
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    ColumnLayout {
        id: column
        x: Math.max(Theme.margin, (flick.width - width) / 2)
        y: Theme.margin
        width: Math.min(flick.maxWidth, flick.width - 2 * Theme.margin)
        spacing: Theme.spacing
    }
}
