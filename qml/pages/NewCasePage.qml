import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// Opens a case now. The reference number is optional and can be added later.
Page {
    id: page
    objectName: "newCasePage"

    property bool showBack: true
    property bool showLock: true
    signal created(string caseId)
    signal backRequested

    title: qsTr("New case")

    function submit() {
        const id = CaseController.newCase(reference.text)
        if (id.length > 0)
            page.created(id)
    }

    header: PageHeader {
        namePrefix: "newCase"
        title: page.title
        showBack: page.showBack
        showLock: page.showLock
        onBackRequested: page.backRequested()
    }

    ScrollingColumn {
        anchors.fill: parent

        Label {
            objectName: "newCaseOpenedAt"
            Layout.fillWidth: true
            text: qsTr("The case gets the current date and time when you tap \"Open case\". "
                       + "It is saved on this device at once.")
            wrapMode: Text.Wrap
        }
        FieldLabel {
            text: qsTr("Reference number (optional)")
        }
        TextField {
            id: reference
            objectName: "newCaseReference"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget + 8
            placeholderText: qsTr("For example the police report number")
            font.pixelSize: Theme.bodySize
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferNumbers // qmllint disable type property
            Accessible.name: qsTr("Reference number (optional)")
            onAccepted: page.submit()
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("You can add or correct the reference number later.")
            wrapMode: Text.Wrap
            color: Theme.secondaryText
        }
        StatusText {
            objectName: "newCaseMessage"
            kind: "error"
            text: CaseController.message
        }
        ActionButton {
            objectName: "newCaseOpenButton"
            text: qsTr("Open case")
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Open case")
            onClicked: page.submit()
        }
    }
}
