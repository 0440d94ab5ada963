import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// The sign checklist of one person, grouped as in the catalogue (child-specific signs only
// for a child). One tap on "Observed" records the sign; note and source can follow.
DetailPage {
    id: page
    objectName: "signsPage"
    namePrefix: "signs"
    title: qsTr("Signs: %1").arg(FieldController.personLabel)

    ListView {
        id: list
        objectName: "signList"
        anchors.fill: parent
        clip: true
        model: FieldController.signs
        spacing: 0
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        // The Qt 6.4 linter does not see outer ids inside delegates (fixed in 6.5).
        // qmllint disable unqualified
        section.property: "groupTitle"
        section.delegate: Label {
            required property string section
            width: ListView.view.width
            leftPadding: Theme.margin
            topPadding: Theme.spacing
            bottomPadding: 4
            text: section
            font.pixelSize: Theme.headingSize
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: section
        }

        header: ColumnLayout {
            width: list.width
            spacing: Theme.smallSpacing
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.topMargin: Theme.smallSpacing
                visible: FieldController.personIsChild
                ChildBadge { namePrefix: "signsPerson" }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Child-specific signs are included.")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.bodySize
                }
            }
            Label {
                objectName: "signsDisclaimer"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.topMargin: Theme.smallSpacing
                text: FieldController.disclaimer
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodySize
                font.italic: true
            }
            RevealBanner {
                namePrefix: "signs"
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
            }
            Button {
                objectName: "signsRevealButton"
                Layout.leftMargin: Theme.margin
                visible: !FieldController.anyRevealed
                text: qsTr("Show recorded signs")
                flat: true
                font.pixelSize: Theme.bodySize
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Show the recorded signs with your passcode")
                onClicked: revealDialog.ask("person:" + FieldController.personId,
                                            qsTr("Signs and injuries of %1").arg(FieldController.personLabel))
            }
            StatusText {
                objectName: "signsMessage"
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                kind: "error"
                text: revealDialog.visible ? "" : FieldController.message
            }
        }

        delegate: SignRow {
            width: ListView.view.width
            onHelpRequested: (indicatorId, text) => {
                helpDialog.title = text
                helpDialog.helpText = FieldController.indicatorHelp(indicatorId)
                helpDialog.open()
            }
            onNoteRequested: (indicatorId, text, note, source) => noteDialog.edit(indicatorId, text, note, source)
        }
        footer: Item { width: 1; height: Theme.margin }
        // qmllint enable unqualified
    }

    RevealDialog {
        id: revealDialog
    }

    Dialog {
        id: helpDialog
        objectName: "signHelpDialog"
        property string helpText
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(page.width - 32, 480)
        Material.elevation: 0
        standardButtons: Dialog.Close
        Label {
            objectName: "signHelpText"
            width: parent.width
            text: helpDialog.helpText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize
        }
    }

    SignNoteDialog {
        id: noteDialog
    }
}
