import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// The action plan on the case page: the report of concern and the deadlines on top, how
// many of this role's tasks are open, and the way to the whole plan and to placements.
Pane {
    id: section
    objectName: "section_actionPlan"

    signal planRequested
    signal reportRequested
    signal factsRequested
    signal placementRequested

    property string title: AcuteController.roleName.length > 0
           ? qsTr("Action plan: %1").arg(AcuteController.roleName) : qsTr("Action plan")
    Layout.fillWidth: true
    padding: Theme.margin
    Material.background: "transparent"
    Material.elevation: 0
    background: Rectangle {
        color: "transparent"
        border.color: Theme.cardBorder
        radius: 8
    }
    Accessible.role: Accessible.Grouping
    Accessible.name: title

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.smallSpacing

        Label {
            Layout.fillWidth: true
            text: section.title
            font.pixelSize: Theme.headingSize
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        ReportOfConcernCard {
            onRecordRequested: section.reportRequested()
        }

        Repeater {
            model: AcuteController.deadlines
            delegate: RowLayout {
                id: deadline
                required property int index
                required property string ruleId
                required property string title
                required property string dueText
                required property string dueState
                objectName: "caseDeadline_" + index
                Layout.fillWidth: true
                DueText {
                    objectName: "caseDeadlineText_" + deadline.ruleId
                    text: deadline.title + ": " + deadline.dueText
                    dueState: deadline.dueState
                }
                TermInfo {
                    term: deadline.ruleId === "protection-assessment" ? "skyddsbedömning" : ""
                }
            }
        }

        Label {
            objectName: "actionPlanSummary"
            Layout.fillWidth: true
            text: AcuteController.planSummary
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }

        ActionButton {
            objectName: "actionPlanOpen"
            text: qsTr("Open the action plan")
            Accessible.name: text
            onClicked: section.planRequested()
        }

        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "actionPlanFacts"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                flat: true
                text: qsTr("Case facts")
                font.pixelSize: Theme.bodySize
                Accessible.name: qsTr("Case facts for the plan")
                onClicked: section.factsRequested()
            }
            Button {
                objectName: "actionPlanPlacements"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                flat: true
                text: AcuteController.placements.count > 0
                      ? qsTr("Placements (%1)").arg(AcuteController.placements.count) : qsTr("Placement")
                font.pixelSize: Theme.bodySize
                Accessible.name: qsTr("Placements of the persons")
                onClicked: section.placementRequested()
            }
        }
    }
}
