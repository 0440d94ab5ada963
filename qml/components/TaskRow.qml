import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// One task of the action plan: number and title (the guidance's Swedish words first, the
// English below in the English UI), where it comes from, and its status in words.
ItemDelegate {
    id: row

    property string taskId
    property int number
    property string title
    property string subtitle
    property string source
    property string taskState
    property string stateText
    property bool pinned
    property string changesText

    Layout.fillWidth: true
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.smallSpacing
    rightPadding: Theme.smallSpacing
    Accessible.name: number + ". " + title + ". " + stateText

    background: Rectangle {
        color: row.pressed ? Theme.selectedBackground : "transparent"
        border.color: row.pinned ? Theme.warningText : Theme.cardBorder
        border.width: row.pinned ? 2 : 1
        radius: 8
    }

    contentItem: RowLayout {
        spacing: Theme.smallSpacing
        Label {
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 40
            text: row.taskState === "done" ? "\u2713" : row.taskState === "not-applicable" ? "\u2013" : row.number + "."
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: row.taskState === "open" ? Material.foreground : Theme.secondaryText
            horizontalAlignment: Text.AlignHCenter
            Accessible.ignored: true
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                visible: row.pinned
                text: qsTr("First: a child is in the picture")
                font.pixelSize: Theme.bodySize - 2
                font.bold: true
                color: Theme.warningText
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: row.title
                font.pixelSize: Theme.bodySize
                font.bold: row.taskState === "open"
                font.strikeout: row.taskState === "done"
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: row.subtitle.length > 0
                text: row.subtitle
                font.pixelSize: Theme.bodySize
                color: Theme.secondaryText
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "taskState_" + row.taskId
                Layout.fillWidth: true
                text: row.stateText + (row.changesText.length > 0 ? " · " + row.changesText : "")
                font.pixelSize: Theme.bodySize
                color: row.taskState === "open" ? Theme.warningText : Theme.secondaryText
                wrapMode: Text.Wrap
            }
        }
    }
}
