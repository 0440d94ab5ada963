import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// The cases on this device, newest change first, and the big "New case" button.
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

            objectName: "caseRow_" + index
            width: ListView.view.width
            implicitHeight: Math.max(72, implicitContentHeight + topPadding + bottomPadding)
            highlighted: CaseController.caseId === row.caseId
            Accessible.name: title + ". " + subtitle
            onClicked: page.caseChosen(row.caseId) // qmllint disable unqualified

            contentItem: ColumnLayout {
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: row.title
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    wrapMode: Text.Wrap
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
