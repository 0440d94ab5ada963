import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// The action plan of the open case: this device's role's tasks first (with the report of
// concern and the protection assessment on top when a child is in the picture); what the
// others should do is one tap away, grouped by actor.
Page {
    id: page
    objectName: "actionPlanPage"

    property bool showBack: true
    property bool showLock: true
    property bool showOthers: false
    signal backRequested
    signal taskChosen(string taskId)
    signal factsRequested
    signal reportRequested

    title: qsTr("Action plan")

    header: PageHeader {
        namePrefix: "actionPlan"
        title: page.title
        showBack: page.showBack
        showLock: page.showLock
        onBackRequested: page.backRequested()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            id: tabs
            objectName: "planTabs"
            Layout.fillWidth: true
            currentIndex: page.showOthers ? 1 : 0
            Material.background: "transparent"
            TabButton {
                objectName: "planTabOwn"
                implicitHeight: Theme.touchTarget + 8
                text: qsTr("My tasks")
                font.pixelSize: Theme.bodySize
                Accessible.name: text
                Accessible.description: AcuteController.roleName
                onClicked: page.showOthers = false
            }
            TabButton {
                objectName: "planTabOthers"
                implicitHeight: Theme.touchTarget + 8
                text: qsTr("The others")
                font.pixelSize: Theme.bodySize
                Accessible.name: qsTr("What the others should do")
                onClicked: page.showOthers = true
            }
        }

        ScrollingColumn {
            objectName: "planOwnList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !page.showOthers
            maxWidth: 720

            ReportOfConcernCard {
                onRecordRequested: page.reportRequested()
            }

            Repeater {
                model: AcuteController.deadlines
                delegate: DueText {
                    required property int index
                    required property string title
                    required property string dueText
                    required dueState
                    objectName: "planDeadline_" + index
                    text: title + ": " + dueText
                }
            }

            Label {
                objectName: "planSummary"
                Layout.fillWidth: true
                text: AcuteController.planSummary
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }

            Button {
                objectName: "planFactsButton"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                flat: true
                text: qsTr("Case facts for the plan")
                font.pixelSize: Theme.bodySize
                Accessible.name: text
                onClicked: page.factsRequested()
            }

            // qmllint disable unqualified
            Repeater {
                objectName: "ownTasks"
                model: AcuteController.ownTasks
                delegate: TaskRow {
                    required property int index
                    required property var model
                    objectName: "ownTask_" + model.taskId
                    taskId: model.taskId
                    number: model.number
                    title: model.title
                    subtitle: model.subtitle
                    source: model.source
                    taskState: model.taskState
                    stateText: model.stateText
                    pinned: model.pinned
                    changesText: model.changesText
                    onClicked: page.taskChosen(taskId)
                }
            }
            // qmllint enable unqualified

            Button {
                objectName: "planShowOthers"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                flat: true
                text: qsTr("What the others should do (%1)").arg(AcuteController.otherTasks.count)
                font.pixelSize: Theme.bodySize
                Accessible.name: text
                onClicked: page.showOthers = true
            }
        }

        ListView {
            id: others
            objectName: "planOthersList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: page.showOthers
            clip: true
            spacing: Theme.smallSpacing
            leftMargin: Theme.margin
            rightMargin: Theme.margin
            topMargin: Theme.margin
            bottomMargin: Theme.margin
            model: AcuteController.otherTasks
            ScrollBar.vertical: ScrollBar {}
            section.property: "actorName"
            // qmllint disable unqualified
            section.delegate: Label {
                required property string section
                width: others.width - Theme.margin * 2
                topPadding: Theme.spacing
                bottomPadding: 4
                text: section
                font.pixelSize: Theme.headingSize
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: section
            }
            delegate: TaskRow {
                required property var model
                objectName: "otherTask_" + model.taskId
                width: ListView.view.width - Theme.margin * 2
                taskId: model.taskId
                number: model.number
                title: model.title
                subtitle: model.subtitle
                source: model.source
                taskState: model.taskState
                stateText: model.stateText
                pinned: model.pinned
                changesText: model.changesText
                onClicked: page.taskChosen(taskId)
            }
            // qmllint enable unqualified
        }
    }
}
