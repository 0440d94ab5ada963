import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// One task of the action plan: mark it done, not applicable (with a reason) or reopen it,
// with a time and a note. Each change is a signed event; the history says who did what when.
Page {
    id: page
    objectName: "taskPage"

    property string taskId
    property bool showBack: true
    property bool showLock: true
    signal backRequested

    // Re-read whenever the plan changes (AcuteController.changed).
    readonly property var task: AcuteController.active ? AcuteController.task(page.taskId) : ({})
    readonly property var history: AcuteController.active ? AcuteController.taskHistory(page.taskId) : []
    readonly property bool isOpen: (task.taskState || "open") === "open"

    title: qsTr("Task %1").arg(task.number || "")

    header: PageHeader {
        namePrefix: "task"
        title: page.title
        showBack: page.showBack
        showLock: page.showLock
        onBackRequested: {
            AcuteController.clearMessage()
            page.backRequested()
        }
    }

    ScrollingColumn {
        anchors.fill: parent

        Label {
            objectName: "taskTitle"
            Layout.fillWidth: true
            text: page.task.title || ""
            font.pixelSize: Theme.headingSize
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.task.subtitle || ""
            font.pixelSize: Theme.bodySize
            color: Theme.secondaryText
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: (page.task.actorName || "") + " · " + (page.task.source || "")
            font.pixelSize: Theme.bodySize
            color: Theme.secondaryText
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "taskStateText"
            Layout.fillWidth: true
            text: page.task.stateText || ""
            font.pixelSize: Theme.bodySize
            font.bold: true
            wrapMode: Text.Wrap
        }

        FieldLabel {
            text: qsTr("When (empty = now, or 14:05 today)")
        }
        TextField {
            id: time
            objectName: "taskTime"
            Layout.fillWidth: true
            placeholderText: qsTr("Now")
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("When it was done")
        }
        FieldLabel {
            text: qsTr("Note (optional)")
        }
        TextField {
            id: note
            objectName: "taskNote"
            Layout.fillWidth: true
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Note")
        }
        StatusText {
            objectName: "taskMessage"
            kind: "error"
            text: AcuteController.message
        }
        ActionButton {
            objectName: "taskDone"
            visible: page.task.taskState !== "done"
            text: qsTr("Mark done")
            Accessible.name: text
            onClicked: {
                if (AcuteController.markDone(page.taskId, note.text, time.text)) {
                    note.text = ""
                    time.text = ""
                }
            }
        }

        FieldLabel {
            visible: page.task.taskState !== "not-applicable"
            text: qsTr("Why it does not apply (required)")
        }
        TextField {
            id: reason
            objectName: "taskReason"
            visible: page.task.taskState !== "not-applicable"
            Layout.fillWidth: true
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Why it does not apply")
        }
        Button {
            objectName: "taskNotApplicable"
            visible: page.task.taskState !== "not-applicable"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget + 8
            text: qsTr("Mark not applicable")
            font.pixelSize: Theme.bodySize
            Material.elevation: 0
            Accessible.name: text
            onClicked: {
                if (AcuteController.markNotApplicable(page.taskId, reason.text, note.text)) {
                    reason.text = ""
                    note.text = ""
                }
            }
        }
        Button {
            objectName: "taskReopen"
            visible: !page.isOpen
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget + 8
            text: qsTr("Reopen")
            font.pixelSize: Theme.bodySize
            Material.elevation: 0
            Accessible.name: qsTr("Reopen the task")
            onClicked: {
                if (AcuteController.reopen(page.taskId, note.text))
                    note.text = ""
            }
        }

        SectionHeading {
            visible: page.history.length > 0
            text: qsTr("History")
        }
        Repeater {
            objectName: "taskHistory"
            model: page.history
            delegate: ColumnLayout {
                id: entry
                required property var modelData
                required property int index
                objectName: "taskHistory_" + index
                Layout.fillWidth: true
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    text: entry.modelData.actionText + " · " + entry.modelData.whenText
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: entry.modelData.who
                    font.pixelSize: Theme.bodySize
                    color: Theme.secondaryText
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: entry.modelData.reason.length > 0
                    text: qsTr("Reason: %1").arg(entry.modelData.reason)
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: entry.modelData.note.length > 0
                    text: qsTr("Note: %1").arg(entry.modelData.note)
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
