import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// The cases on this device, what is due first (then newest change), and the big "New case"
// button. A banner says when something is overdue or due today.
Page {
    id: page
    objectName: "caseListPage"

    signal caseChosen(string caseId)
    signal newCaseRequested
    signal settingsRequested

    title: qsTr("Cases")

    header: PageHeader {
        namePrefix: "caseList"
        title: page.title
        showSettings: true
        onSettingsRequested: page.settingsRequested()
    }

    ListView {
        id: list
        objectName: "caseList"
        anchors.fill: parent
        clip: true
        model: CaseController.cases
        bottomMargin: 96 // room for the floating button
        ScrollBar.vertical: ScrollBar {}

        delegate: ItemDelegate {
            id: row
            required property int index
            required property string caseId
            required property string title
            required property string subtitle
            required property string dueText
            required property string dueState

            objectName: "caseRow_" + index
            width: ListView.view.width
            implicitHeight: Math.max(72, implicitContentHeight + topPadding + bottomPadding)
            highlighted: CaseController.caseId === row.caseId
            Accessible.name: title + ". " + (dueText.length > 0 ? dueText + ". " : "") + subtitle
            onClicked: page.caseChosen(row.caseId) // qmllint disable unqualified

            contentItem: ColumnLayout {
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        text: row.title
                        font.pixelSize: Theme.bodySize
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    // A child in the case (H7): in words, not only colour.
                    ChildBadge {
                        namePrefix: "caseRow_" + row.index + "_child"
                        visible: FieldController.caseHasChild(row.caseId)
                    }
                }
                DueText {
                    objectName: "caseRowDue_" + row.index
                    text: row.dueText
                    dueState: row.dueState
                }
                Label {
                    Layout.fillWidth: true
                    text: row.subtitle
                    font.pixelSize: Theme.bodySize
                    color: Theme.secondaryText
                    wrapMode: Text.Wrap
                }
            }
        }

        // In-app reminder: something is overdue or due today (H8).
        header: Pane {
            objectName: "dueBanner"
            width: ListView.view.width
            visible: CaseController.cases.reminderText.length > 0
            height: visible ? implicitHeight : 0
            padding: Theme.margin
            Material.elevation: 0
            background: Rectangle {
                color: CaseController.cases.reminderState === "overdue"
                       ? (Theme.dark ? "#4a1f1b" : "#fdecea") : (Theme.dark ? "#3b2a12" : "#fff3e0")
            }
            Label {
                objectName: "dueBannerText"
                anchors.left: parent.left
                anchors.right: parent.right
                text: CaseController.cases.reminderText
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: CaseController.cases.reminderState === "overdue" ? Theme.errorText : Theme.warningText
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
    }

    ColumnLayout {
        objectName: "caseListEmpty"
        visible: list.count === 0
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.formMaxWidth)
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("No cases on this device yet")
            font.pixelSize: Theme.headingSize
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "caseListEmptyHint"
            Layout.fillWidth: true
            text: qsTr("Tap \"New case\" to start recording. The case is saved on this device "
                       + "at once, even without a network.")
            font.pixelSize: Theme.bodySize
            color: Theme.secondaryText
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
    }

    RoundButton {
        objectName: "newCaseButton"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin + 8
        implicitHeight: 64
        leftPadding: 28
        rightPadding: 28
        highlighted: true
        Material.elevation: 0
        Material.accent: Theme.buttonColor
        text: qsTr("New case")
        font.pixelSize: Theme.headingSize
        font.bold: true
        Accessible.name: qsTr("New case")
        onClicked: page.newCaseRequested()
    }
}
