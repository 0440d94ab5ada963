import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// Record that a report of concern (orosanmälan) was made: to which social services, when,
// by whom. Saved as a signed event of the case.
Page {
    id: page
    objectName: "reportOfConcernPage"

    property bool showBack: true
    property bool showLock: true
    signal backRequested
    signal saved

    title: qsTr("Report of concern")

    header: PageHeader {
        namePrefix: "reportOfConcern"
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

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: AcuteController.reportText
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
            TermInfo {
                term: "orosanmälan"
            }
        }

        FieldLabel {
            text: qsTr("To which social services")
        }
        TextField {
            id: services
            objectName: "rocSocialServices"
            Layout.fillWidth: true
            placeholderText: qsTr("For example Södermalm")
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("To which social services")
        }
        FieldLabel {
            text: qsTr("Made by (name or service number)")
        }
        TextField {
            id: madeBy
            objectName: "rocMadeBy"
            Layout.fillWidth: true
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Made by (name or service number)")
        }
        FieldLabel {
            text: qsTr("When (empty = now, or 14:05, or 2026-11-28 14:05)")
        }
        TextField {
            id: time
            objectName: "rocTime"
            Layout.fillWidth: true
            placeholderText: qsTr("Now")
            font.pixelSize: Theme.bodySize
            inputMethodHints: Qt.ImhPreferNumbers // qmllint disable type property
            Accessible.name: qsTr("When the report was made")
        }
        FieldLabel {
            text: qsTr("Note (optional)")
        }
        TextField {
            id: note
            objectName: "rocNote"
            Layout.fillWidth: true
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Note")
        }
        StatusText {
            objectName: "rocMessage"
            kind: "error"
            text: AcuteController.message
        }
        ActionButton {
            objectName: "rocSave"
            text: qsTr("Record the report as made")
            Accessible.name: text
            onClicked: {
                if (AcuteController.recordReportOfConcern(services.text, madeBy.text, note.text, time.text))
                    page.saved()
            }
        }
    }
}
