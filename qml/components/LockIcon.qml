import QtQuick
import Lots

// A padlock drawn with two rectangles (no icon font needed); always next to words.
Item {
    property color color: Theme.secondaryText
    implicitWidth: 18
    implicitHeight: 22
    Accessible.ignored: true
    Rectangle {
        x: 4
        y: 0
        width: 10
        height: 14
        radius: 5
        color: "transparent"
        border.width: 2.5
        border.color: parent.color
    }
    Rectangle {
        x: 0
        y: 9
        width: 18
        height: 13
        radius: 2
        color: parent.color
    }
}
